/**
 * Figures of a finished run, drawn with JFreeChart from the run's result tables (never from a live model)
 * and written as PNG (300 dpi), SVG (JFreeSVG) and PDF (OrsonPDF); the same tables give the same bytes.
 * <ul>
 *   <li>{@link realign.charts.RunFigures}: the entry point, {@code render(runDir)} → {@code runDir/figures/}.</li>
 *   <li>{@code RunSeries}: reads {@code rounds.csv}, {@code blocs.csv} and the focus-group
 *       names in {@code manifest.json} into the series a figure shows.</li>
 *   <li>{@code CsvTable}: one CSV file with column look-ups that name file, line and column
 *       in errors.</li>
 *   <li>{@code OverviewChart}: the run overview chart (bloc sizes over trust in the U.S.).</li>
 *   <li>{@code FigureStyle}: size, font, Okabe–Ito palette, strokes, axis look.</li>
 *   <li>{@code FigureFiles}: the PNG, SVG and PDF writers.</li>
 * </ul>
 */
package realign.charts;
