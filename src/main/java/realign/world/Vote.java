package realign.world;

/** A member's recorded vote on one roll call. */
public enum Vote {
    /** yes */
    Y,
    /** no */
    N,
    /** abstain */
    A,
    /** absent or did not vote */
    X;

    public boolean cast() {
        return this != X;
    }

    /** Parses a one-letter code, or returns null when it is not one of Y, N, A, X. */
    public static Vote parse(String code) {
        return switch (code) {
            case "Y" -> Y;
            case "N" -> N;
            case "A" -> A;
            case "X" -> X;
            default -> null;
        };
    }
}
