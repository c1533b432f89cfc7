package realign.world;

/**
 * A pair of countries (indices, {@code i < j}) covered by at least one trade agreement, with the greatest
 * {@link TradeAgreement#depth() depth} among the agreements that cover it.
 */
public record TradePair(int i, int j, int depth) {}
