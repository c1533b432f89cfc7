/**
 * Observation: metrics declared once by name ({@link realign.observe.RunMetrics}), sampled every round into
 * tidy tables by {@link realign.observe.RunRecord}; {@link realign.observe.Fmt} formats numbers for files.
 */
package realign.observe;
