package realign.charts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import realign.Futures;
import realign.InputException;
import realign.output.OutputFiles;

/**
 * {@code validation}: cumulative hits against k (observed pairs found within the first k pairs of each ranking)
 * for the model and the baselines, the random baseline with its 95% permutation band; drawn from a validation
 * folder's {@code validation-curve.csv} into its {@code figures/} (docs/validation.md).
 */
public final class ValidationFigure {

    public static final String NAME = "validation";
    public static final String CURVE_CSV = "validation-curve.csv";
    static final String K_AXIS = "k (first k pairs of each ranking)";
    static final String HITS_AXIS = "Observed pairs found (hits@k)";
    private static final float BAND_ALPHA = 0.2f;

    private ValidationFigure() {}

    /** Draws the figure of a validation folder in every format and returns the files, PNG, SVG, PDF. */
    public static List<Path> render(Path dir) throws InputException, IOException {
        Path csv = dir.resolve(CURVE_CSV);
        chart(csv); // reads and checks the file before anything is written
        Path figures = OutputFiles.createDirectories(dir.resolve(RunFigures.FIGURES));
        FigureWidth width = FigureWidth.DOUBLE;
        java.awt.geom.Rectangle2D page = new java.awt.geom.Rectangle2D.Double(0, 0, width.points(),
                width.points() * 5.0 / 7.0);
        // a chart must not be drawn from two threads at once: one chart per format, the formats drawn in parallel
        List<java.util.concurrent.Callable<Path>> jobs = new ArrayList<>();
        for (FigureFormat f : FigureFormat.values()) {
            jobs.add(() -> {
                Path file = figures.resolve(NAME + "." + f.extension());
                JFreeChart chart = chart(csv);
                OutputFiles.replace(file, temp -> FigureFiles.write(chart, page, f, temp, NAME + "-",
                        "Observed pairs found against k: model and baselines"));
                return file;
            });
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
                Math.max(1, Math.min(jobs.size(), Runtime.getRuntime().availableProcessors())));
        try {
            List<Path> out = new ArrayList<>();
            for (java.util.concurrent.Future<Path> done : pool.invokeAll(jobs)) {
                out.add(Futures.get(done, "drawing the validation figure"));
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while drawing the validation figure", e);
        } finally {
            pool.shutdownNow();
        }
    }

    static JFreeChart chart(Path curveCsv) throws InputException {
        CsvTable csv = CsvTable.read(curveCsv, "scorer", "k", "hits", "hits_low", "hits_high");
        Map<String, YIntervalSeries> series = new LinkedHashMap<>();
        for (int r = 0; r < csv.size(); r++) {
            String scorer = csv.text(r, "scorer");
            YIntervalSeries s = series.computeIfAbsent(scorer, k -> new YIntervalSeries(label(k), false, true));
            double hits = csv.number(r, "hits");
            String lo = csv.text(r, "hits_low");
            String hi = csv.text(r, "hits_high");
            boolean band = !lo.equals("NA") && !hi.equals("NA");
            s.add(csv.integer(r, "k"), hits, band ? csv.number(r, "hits_low") : hits,
                    band ? csv.number(r, "hits_high") : hits);
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(BAND_ALPHA);
        int k = 0;
        for (YIntervalSeries s : series.values()) {
            data.addSeries(s);
            renderer.setSeriesPaint(k, FigureStyle.lineColour(k));
            renderer.setSeriesFillPaint(k, FigureStyle.lineColour(k));
            renderer.setSeriesStroke(k, FigureStyle.LINE);
            k++;
        }
        renderer.setUseFillPaint(true);
        NumberAxis x = FigureStyle.axis(new NumberAxis(K_AXIS));
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setAutoRangeIncludesZero(true);
        NumberAxis y = FigureStyle.axis(new NumberAxis(HITS_AXIS));
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        y.setAutoRangeIncludesZero(true);
        XYPlot plot = RunCharts.panel(new XYPlot(data, x, y, renderer));
        RunCharts.rangeGrid(plot);
        JFreeChart chart = RunCharts.chart(plot);
        chart.addSubtitle(RunCharts.bottomLegend(plot));
        return chart;
    }

    private static String label(String scorer) {
        return switch (scorer) {
            case "model" -> "Model (pair events by round, then value)";
            case "capability" -> "Capability product";
            case "gravity" -> "Gravity (capability × proximity)";
            case "affinity" -> "Vote affinity";
            case "random" -> "Random (expected, 95% band)";
            default -> scorer;
        };
    }
}
