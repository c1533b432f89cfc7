/**
 * realign: alliance realignment after diplomatic shocks. The data path is
 * {@code scenario → world → model → observe → output}; {@code cli} is a thin shell over it.
 * {@link realign.InputException} is the one exception type for user mistakes (exit status 2).
 */
package realign;
