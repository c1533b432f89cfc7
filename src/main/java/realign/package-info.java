/**
 * realign: alliance realignment after diplomatic shocks. The data path is
 * {@code scenario → world → model → observe → output}; {@code cli} is a thin shell over it.
 * {@link realign.InputException} is the one exception type for user mistakes (exit status 2).
 * {@link realign.Calendar} maps rounds to months (round 1 = the scenario's {@code start}) for the scenario
 * reader, the outputs, the figures and validation; the model itself knows only rounds.
 */
package realign;
