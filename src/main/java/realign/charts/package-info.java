/**
 * Figures drawn with JFreeChart (and Java2D for maps and matrices) from the files of a finished run or sweep,
 * never from a live model, written as PNG (300 dpi), SVG (JFreeSVG) and PDF (OrsonPDF); the same files give
 * the same bytes. docs/figures.md shows every figure.
 * <ul>
 *   <li>{@link realign.charts.Figures}: the registry of figures and the one way to draw them into
 *       {@code figures/}; {@link realign.charts.Figure}, {@link realign.charts.FigureWidth},
 *       {@link realign.charts.FigureFormat}: what a figure is, at which width, in which format;
 *       {@link realign.charts.FiguresManifest}: {@code figures/figures.json}, what {@code realign plot} drew.</li>
 *   <li>Run figures: {@code OverviewFigure}/{@code OverviewChart} (run-overview), {@code BlocsOverTimeFigure},
 *       {@code TrustInUsFigure}, {@code TiesPerRoundFigure}, {@code SupportDeficitFigure},
 *       {@code TrustMatrixFigure}, {@code NetworkFigure}, {@code WorldMapFigure}.</li>
 *   <li>Sweep figures: {@code SweepHeatmapFigure}, {@code SweepLinesFigure}, {@code SensitivityFigure},
 *       {@code SeriesBandsFigure}.</li>
 *   <li>Validation and calibration figures, drawn into their own folders: {@code ValidationFigure}
 *       (validation: hits against k), {@code CalibrationFigure} (calibration: objective against evaluations).</li>
 *   <li>Reading result files: {@code CsvTable} (errors name file, line and column; each file parsed once per
 *       plot call), {@code RunSeries},
 *       {@code RunManifest}, {@code RunRoundFiles}, {@code SweepData}, {@code SweepLabels} (labels of factors
 *       and outcomes from the saved sweep file); {@code CountryOutlines}: the shipped
 *       Natural Earth outlines.</li>
 *   <li>Drawing helpers: {@code FigureStyle} (size, font, Okabe–Ito palette, strokes, axes), {@code RunCharts},
 *       {@code SweepCharts}, {@code PanelGrid}, {@code ShockBand}, {@code PartnerLabels}, {@code PointLabels},
 *       {@code MapCanvas}; {@code FigureFiles}: the PNG, SVG and PDF writers; {@link realign.charts.FigureWarmUp}:
 *       a throwaway drawing that loads the figure code before the first real figure; {@link realign.charts.RunFigures}:
 *       the run overview alone.</li>
 * </ul>
 */
package realign.charts;
