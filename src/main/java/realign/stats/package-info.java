/**
 * Statistics shared by the sweep summaries and the sweep figures: {@link realign.stats.Bootstrap} (seeded
 * percentile intervals of a mean, which stay inside the range of the values) and
 * {@link realign.stats.Censored} (times to an event right-censored at the end of a window: share reached,
 * Kaplan–Meier median, restricted mean).
 */
package realign.stats;
