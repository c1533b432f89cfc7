/**
 * {@code realign compare}: two or more finished runs or sweeps side by side. {@link realign.compare.CompareInput}
 * reads one folder (its outcomes per run and its focus trust and bloc-size series),
 * {@link realign.compare.Differences} computes each input's outcomes and their differences from the first input
 * with Welch and seeded bootstrap intervals, {@link realign.compare.Comparison} ties them together and writes the
 * comparison folder ({@code compare.csv}, {@code series.csv}, {@code manifest.json}; the figure is drawn by
 * {@code realign.charts.CompareFigure} from those files).
 */
package realign.compare;
