package realign.model;

/**
 * Kinds of tie event in a round, in the order they happen: structural shocks in the shock phase (§2b), then
 * renegotiation's drops, formations and deepenings (§3.3).
 */
public enum TieEvent {
    /** dropped because either side's trust fell below renegotiation.dropThreshold; value = min trust */
    DISSOLVED,
    /** formed by matching; value = the pair's net value v_ij */
    FORMED,
    /** an existing tie deepened by a bilateral agreement; value = the pair's net value v_ij */
    STRENGTHENED,
    /** one of the pair left a group both belonged to (a leave shock); value = the tie W after it, 0 if none is left */
    LEFT,
    /** one of the pair joined a group the other belongs to (a join shock); value = the tie W after it */
    JOINED,
    /** the pair signed an agreement (an agreement shock); value = the tie (W or E) after it */
    SIGNED;

    /** The name in ties.csv: {@code dissolved}, {@code formed}, {@code strengthened}, {@code left}, {@code joined}, {@code signed}. */
    public String csv() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Whether renegotiation made an agreement (formed or strengthened, §3.3): the model's predictions that validation
     * scores; dissolutions and the scenario's own structural shocks are not.
     */
    public boolean agreement() {
        return this == FORMED || this == STRENGTHENED;
    }

    /**
     * Whether the event made or deepened the pair's tie by an agreement, renegotiated or signed by a shock: in the
     * economic layer, where ties never end, a trade agreement made or deepened (the network, the map and the GUI draw
     * these).
     */
    public boolean raised() {
        return this == FORMED || this == STRENGTHENED || this == SIGNED;
    }

    /** What an unknown ties.csv event name is told it should be: every {@link #csv()} name, "or" before the last. */
    public static String expected() {
        StringBuilder b = new StringBuilder();
        TieEvent[] all = values();
        for (int e = 0; e < all.length; e++) {
            b.append(e == 0 ? "" : e == all.length - 1 ? " or " : ", ").append(all[e].csv());
        }
        return b.toString();
    }

    /** The event of a ties.csv name, or null for a name that is none ({@link #csv()}). */
    public static TieEvent ofCsv(String name) {
        for (TieEvent e : values()) {
            if (e.csv().equals(name)) {
                return e;
            }
        }
        return null;
    }

    /**
     * Whether an event of this kind with this logged value ends the pair's tie: a dissolution, or a leave that left
     * the tie no source ({@link #LEFT} with value 0). A later formation of the pair re-forms a tie.
     */
    public boolean ends(double value) {
        return this == DISSOLVED || (this == LEFT && value == 0);
    }

    /** Whether a leave, join or agreement shock made it (§2b), rather than renegotiation (§3.3). */
    public boolean structural() {
        return this == LEFT || this == JOINED || this == SIGNED;
    }
}
