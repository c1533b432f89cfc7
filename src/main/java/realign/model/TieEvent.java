package realign.model;

/** Kinds of tie event in a round; the order is the order they happen in (§3.3). */
public enum TieEvent {
    /** dropped because either side's trust fell below renegotiation.dropThreshold; value = min trust */
    DISSOLVED,
    /** formed by matching; value = the pair's net value v_ij */
    FORMED,
    /** an existing tie deepened by a bilateral agreement; value = the pair's net value v_ij */
    STRENGTHENED;

    public String csv() {
        return switch (this) {
            case FORMED -> "formed";
            case DISSOLVED -> "dissolved";
            case STRENGTHENED -> "strengthened";
        };
    }
}
