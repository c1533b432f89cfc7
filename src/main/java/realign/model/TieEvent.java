package realign.model;

/** Kinds of tie event in a round; the order is the order they happen in (§3.3). */
public enum TieEvent {
    /** dropped because either side's trust fell below renegotiation.dropThreshold; value = min trust */
    DISSOLVED,
    /** formed by matching; value = the pair value v_ij */
    FORMED;

    public String csv() {
        return this == FORMED ? "formed" : "dissolved";
    }
}
