package realign.model;

/** The two kinds of tie (docs/model.md §1): alignment (security) ties W and economic ties E. */
public enum Layer {
    /** alignment ties W: defence pacts, alliances, partnerships */
    SECURITY,
    /** economic ties E: trade agreements */
    ECONOMIC;

    /** The name in ties.csv's {@code layer} column. */
    public String csv() {
        return this == SECURITY ? "security" : "economic";
    }
}
