/**
 * The world: {@link realign.world.WorldLoader} loads the shipped data set from the classpath (and the
 * user's roll-call files), {@link realign.world.World} holds countries indexed 0..n-1, groups, treaties,
 * trade agreements ({@link realign.world.TradeAgreement}; the pairs they cover, {@link realign.world.TradePair}),
 * roll calls and capabilities (with imputation, {@code Capability}).
 */
package realign.world;
