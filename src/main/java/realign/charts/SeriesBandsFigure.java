package realign.charts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.distribution.TDistribution;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.ui.Drawable;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import realign.InputException;

/**
 * {@code series-bands}: each outcome's metric over the rounds, from series.csv. With up to six design
 * points, one line per point (the mean over its successful replicates) with the 95% interval of that mean
 * as a band; with more points, one line, the mean over all runs, with a band holding the middle 95% of the
 * runs. One panel per outcome.
 */
final class SeriesBandsFigure implements Figure {

    static final String NAME = "series-bands";
    /** Points up to which each gets its own line. */
    static final int MAX_POINTS = 6;
    private static final float BAND_ALPHA = 0.2f;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "Sweep: outcome metrics over rounds with 95% bands";
    }

    @Override
    public Source source() {
        return Source.SWEEP;
    }

    @Override
    public boolean appliesTo(Path dir) {
        return Files.isRegularFile(dir.resolve("series.csv"));
    }

    @Override
    public Drawable prepare(Path dir, FigureWidth width) throws InputException {
        CsvTable runs = CsvTable.read(dir.resolve("runs.csv"), "run", "point", "status");
        CsvTable design = CsvTable.read(dir.resolve("design.csv"), "point");
        CsvTable series = CsvTable.read(dir.resolve("series.csv"), "run", "round", "outcome", "value");
        Map<Integer, Integer> pointOf = new HashMap<>();
        TreeMap<Integer, Integer> points = new TreeMap<>();
        for (int i = 0; i < runs.size(); i++) {
            if (runs.text(i, "status").equals("ok")) {
                pointOf.put(runs.integer(i, "run"), runs.integer(i, "point"));
                points.putIfAbsent(runs.integer(i, "point"), points.size());
            }
        }
        boolean perPoint = points.size() <= MAX_POINTS;
        // outcome → line (point, or 0 for all) → round → values
        Map<String, List<TreeMap<Integer, List<Double>>>> values = new HashMap<>();
        LinkedHashSet<String> outcomes = new LinkedHashSet<>();
        int lines = perPoint ? points.size() : 1;
        for (int i = 0; i < series.size(); i++) {
            Integer point = pointOf.get(series.integer(i, "run"));
            double v = series.number(i, "value");
            if (point == null || Double.isNaN(v)) {
                continue;
            }
            String outcome = series.text(i, "outcome");
            outcomes.add(outcome);
            List<TreeMap<Integer, List<Double>>> byLine = values.computeIfAbsent(outcome, o -> {
                List<TreeMap<Integer, List<Double>>> l = new ArrayList<>();
                for (int k = 0; k < lines; k++) {
                    l.add(new TreeMap<>());
                }
                return l;
            });
            int line = perPoint ? points.get(point) : 0;
            byLine.get(line).computeIfAbsent(series.integer(i, "round"), r -> new ArrayList<>()).add(v);
        }
        if (outcomes.isEmpty()) {
            throw new InputException(series.file() + ": expected values of successful runs, got none");
        }
        List<String> names = new ArrayList<>();
        if (perPoint) {
            List<String> factors = design.columns().subList(1, design.columns().size());
            Map<Integer, String> label = new HashMap<>();
            for (int i = 0; i < design.size(); i++) {
                List<String> v = new ArrayList<>();
                for (String f : factors) {
                    v.add(SweepData.format(design.number(i, f)));
                }
                int point = design.integer(i, "point");
                label.put(point, v.isEmpty() ? "point " + point : String.join(", ", v));
            }
            for (int p : points.keySet()) {
                names.add(label.getOrDefault(p, "point " + p));
            }
        } else {
            names.add("mean of " + pointOf.size() + " runs (band: middle 95% of runs)");
        }
        Map<String, String> metrics = metrics(dir);
        List<String> shown = List.copyOf(outcomes).subList(0, PanelGrid.shown(outcomes.size(), width));
        List<JFreeChart> panels = new ArrayList<>();
        XYPlot first = null;
        for (String outcome : shown) {
            XYPlot plot = plot(values.get(outcome), names, perPoint, metrics.getOrDefault(outcome, "value"));
            first = first == null ? plot : first;
            panels.add(SweepCharts.panel(plot, outcome));
        }
        String heading = perPoint ? String.join(", ", design.columns().subList(1, design.columns().size())) : "";
        return new PanelGrid(panels, PanelGrid.columns(shown.size(), width), SweepCharts.footerLegend(heading, first));
    }

    private static XYPlot plot(List<TreeMap<Integer, List<Double>>> lines, List<String> names, boolean perPoint,
                               String metric) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        // marks as well as colours, so that lines stay apart in grey scale and for colour-blind readers
        int stride = Math.max(1, (int) Math.ceil(lines.stream().mapToInt(TreeMap::size).max().orElse(0) / 8.0));
        DeviationRenderer renderer = new DeviationRenderer(true, true) {
            private static final long serialVersionUID = 1L;

            /** At most about eight marks a line; item 0 always, which the legend shows too. */
            @Override
            public boolean getItemShapeVisible(int series, int item) {
                return item % stride == 0;
            }
        };
        renderer.setAlpha(BAND_ALPHA);
        for (int k = 0; k < lines.size(); k++) {
            YIntervalSeries s = new YIntervalSeries(names.get(k), false, true);
            for (Map.Entry<Integer, List<Double>> e : lines.get(k).entrySet()) {
                double[] v = e.getValue().stream().mapToDouble(Double::doubleValue).toArray();
                double[] band = perPoint ? meanInterval(v) : middle95(v);
                s.add(e.getKey(), mean(v), band[0], band[1]);
            }
            data.addSeries(s);
            renderer.setSeriesPaint(k, FigureStyle.lineColour(k));
            renderer.setSeriesFillPaint(k, FigureStyle.lineColour(k));
            renderer.setSeriesStroke(k, FigureStyle.LINE);
            renderer.setSeriesShape(k, FigureStyle.mark(k));
            renderer.setSeriesShapesFilled(k, FigureStyle.markFilled(k));
        }
        renderer.setUseFillPaint(true);
        renderer.setUseOutlinePaint(false);
        NumberAxis x = FigureStyle.axis(new NumberAxis(OverviewChart.ROUND_AXIS));
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = FigureStyle.axis(new NumberAxis(metric));
        y.setAutoRangeIncludesZero(false);
        // a margin below zero too, so marks at zero are not cut in half by the axis
        y.setAutoRangeStickyZero(false);
        return new XYPlot(data, x, y, renderer);
    }

    private static double mean(double[] v) {
        return Arrays.stream(v).average().orElse(Double.NaN);
    }

    /** The 95% interval of the mean (Student t), or the mean itself for fewer than two values. */
    static double[] meanInterval(double[] v) {
        double m = mean(v);
        if (v.length < 2) {
            return new double[] {m, m};
        }
        double ss = 0;
        for (double x : v) {
            ss += (x - m) * (x - m);
        }
        double half = new TDistribution(v.length - 1).inverseCumulativeProbability(0.975)
                * Math.sqrt(ss / (v.length - 1) / v.length);
        return new double[] {m - half, m + half};
    }

    /** The 2.5% and 97.5% quantiles (linear interpolation between order statistics). */
    static double[] middle95(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return new double[] {quantile(s, 0.025), quantile(s, 0.975)};
    }

    private static double quantile(double[] sorted, double q) {
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /**
     * Outcome name → the rounds.csv metric it summarises, from the sweep's saved sweep.yaml (series.csv holds
     * the metric, not the outcome's summary of it); empty when the file is missing or unreadable, and the
     * axis then just says "value".
     */
    private static Map<String, String> metrics(Path dir) {
        Map<String, String> metrics = new HashMap<>();
        try {
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(
                    Files.readString(dir.resolve("sweep.yaml"), StandardCharsets.UTF_8));
            if (root instanceof Map<?, ?> m && m.get("outcomes") instanceof List<?> list) {
                for (Object o : list) {
                    if (o instanceof Map<?, ?> outcome && outcome.get("metric") instanceof String metric) {
                        Object name = outcome.get("name");
                        Object summary = outcome.get("summary");
                        metrics.put(name instanceof String s ? s : metric + "_" + (summary instanceof String s
                                ? s : "final"), metric);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // a figure without the metric's name is still right; the axis says "value"
            return Map.of();
        }
        return metrics;
    }
}
