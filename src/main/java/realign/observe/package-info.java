/**
 * Observation: metrics declared once by name ({@link realign.observe.RunMetrics}), sampled every round into
 * tidy tables by {@link realign.observe.RunRecord}; {@link realign.observe.BlocEvents} derives the appearances and
 * dissolutions of blocs from consecutive rounds; {@link realign.observe.Fmt} formats numbers for files.
 */
package realign.observe;
