package realign.charts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.ui.Drawable;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import realign.InputException;
import realign.stats.Bootstrap;

/**
 * {@code series-bands}: the sweep's outcome metrics over the rounds, from series.csv, one panel per metric
 * (two outcomes built on the same metric share it). Lines never mix design points silently: with up to six
 * points, one line per point (the mean over its successful replicates) with the 95% bootstrap interval of
 * that mean as its band, which shows replicate noise; with more points, one line per level of a factor
 * ({@code series_by} in the sweep file, else the first factor with 2 to 8 levels), each the mean over the
 * runs at that level (so over the other factors' points, as the legend says), with the 95% bootstrap interval
 * of that mean; only when no factor has few enough levels (random, LHS, Sobol designs), one line of all runs
 * whose band, the middle 95% of the runs, includes the spread of the parameters, as the legend says.
 */
final class SeriesBandsFigure implements Figure {

    static final String NAME = "series-bands";
    /** Points up to which each gets its own line. */
    static final int MAX_POINTS = 6;
    /** Levels of a factor up to which each level gets its own line when there are more points. */
    static final int MAX_LEVELS = 8;
    /** Bootstrap resamples per band point: enough for a smooth band, few enough for long series. */
    private static final int RESAMPLES = 1000;
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

    /** How runs are grouped into lines: by point, by level of one factor, or all together. */
    private enum Grouping { POINT, LEVEL, ALL }

    @Override
    public Drawable prepare(Path dir, FigureWidth width) throws InputException {
        return prepare(dir, width, List.of());
    }

    @Override
    public Drawable prepare(Path dir, FigureWidth width, List<String> asked) throws InputException {
        CsvTable runs = CsvTable.read(dir.resolve("runs.csv"), "run", "point", "status");
        CsvTable design = CsvTable.read(dir.resolve("design.csv"), "point");
        CsvTable series = CsvTable.read(dir.resolve("series.csv"), "run", "round", "outcome", "value");
        SweepLabels labels = SweepLabels.read(dir);
        List<String> factors = design.columns().subList(1, design.columns().size());
        Map<Integer, Integer> designRow = new HashMap<>();
        for (int i = 0; i < design.size(); i++) {
            designRow.put(design.integer(i, "point"), i);
        }
        Map<Integer, Integer> pointOf = new HashMap<>();
        TreeMap<Integer, Integer> points = new TreeMap<>();
        for (int i = 0; i < runs.size(); i++) {
            if (runs.text(i, "status").equals("ok")) {
                pointOf.put(runs.integer(i, "run"), runs.integer(i, "point"));
                points.putIfAbsent(runs.integer(i, "point"), 0);
            }
        }
        Grouping grouping = points.size() <= MAX_POINTS ? Grouping.POINT : Grouping.ALL;
        String byFactor = null;
        List<String> levels = new ArrayList<>();
        if (grouping == Grouping.ALL) {
            List<String> candidates = new ArrayList<>();
            if (labels.seriesBy() != null && factors.contains(labels.seriesBy())) {
                candidates.add(labels.seriesBy());
            }
            candidates.addAll(factors);
            for (String f : candidates) {
                List<String> l = levels(design, f, labels);
                if (l.size() >= 2 && (l.size() <= MAX_LEVELS || f.equals(labels.seriesBy()))) {
                    byFactor = f;
                    levels = l;
                    grouping = Grouping.LEVEL;
                    break;
                }
            }
        }
        // point → line
        Map<Integer, Integer> lineOf = new HashMap<>();
        List<String> names = new ArrayList<>();
        String heading;
        switch (grouping) {
            case POINT -> {
                for (int p : points.keySet()) {
                    lineOf.put(p, names.size());
                    List<String> v = new ArrayList<>();
                    Integer row = designRow.get(p);
                    for (String f : factors) {
                        v.add(row == null ? "?" : level(design.text(row, f)));
                    }
                    names.add(v.isEmpty() ? "point " + p : String.join(", ", v));
                }
                heading = String.join(", ", factors.stream().map(labels::factor).toList())
                        + " (band: 95% interval of the mean over replicates)";
            }
            case LEVEL -> {
                for (int p : points.keySet()) {
                    Integer row = designRow.get(p);
                    lineOf.put(p, row == null ? 0 : levels.indexOf(level(design.text(row, byFactor))));
                }
                names.addAll(levels);
                List<String> others = new ArrayList<>();
                for (String f : factors) {
                    if (!f.equals(byFactor)) {
                        others.add(labels.factor(f));
                    }
                }
                int[] perLine = new int[names.size()];
                lineOf.values().forEach(l -> perLine[l]++);
                int most = java.util.Arrays.stream(perLine).max().orElse(0);
                heading = labels.factor(byFactor) + (most <= 1 ? " (band: 95% interval of the mean over replicates)"
                        : " (each line averages up to " + most + " points, over " + String.join(", ", others)
                        + "; band: 95% interval of that mean)");
            }
            default -> {
                for (int p : points.keySet()) {
                    lineOf.put(p, 0);
                }
                names.add("mean of " + pointOf.size() + " runs at " + points.size() + " design points (band: middle"
                        + " 95% of runs, spread of the parameters included)");
                heading = "";
            }
        }
        int lines = names.size();
        // metric → line → round → values; an outcome whose metric already has a panel adds nothing new
        Map<String, List<TreeMap<Integer, List<Double>>>> values = new HashMap<>();
        LinkedHashSet<String> metrics = new LinkedHashSet<>();
        LinkedHashSet<String> seriesOutcomes = new LinkedHashSet<>();
        Map<String, String> panelOutcome = new HashMap<>();
        for (int i = 0; i < series.size(); i++) {
            Integer point = pointOf.get(series.integer(i, "run"));
            double v = series.number(i, "value");
            if (point == null || Double.isNaN(v)) {
                continue;
            }
            String outcome = series.text(i, "outcome");
            seriesOutcomes.add(outcome);
            String metric = labels.metric(outcome) == null ? outcome : labels.metric(outcome);
            if (!panelOutcome.computeIfAbsent(metric, m -> outcome).equals(outcome)) {
                continue;
            }
            metrics.add(metric);
            List<TreeMap<Integer, List<Double>>> byLine = values.computeIfAbsent(metric, o -> {
                List<TreeMap<Integer, List<Double>>> l = new ArrayList<>();
                for (int k = 0; k < lines; k++) {
                    l.add(new TreeMap<>());
                }
                return l;
            });
            byLine.get(lineOf.get(point)).computeIfAbsent(series.integer(i, "round"), r -> new ArrayList<>()).add(v);
        }
        if (metrics.isEmpty()) {
            throw new InputException(series.file() + ": expected values of successful runs, got none");
        }
        // outcomes in the sweep file's order; one panel per metric
        List<String> ordered = new ArrayList<>(labels.outcomes().stream().filter(seriesOutcomes::contains).toList());
        seriesOutcomes.stream().filter(o -> !ordered.contains(o)).forEach(ordered::add);
        PanelGrid.Selection s = PanelGrid.select(NAME, ordered,
                o -> labels.metric(o) == null ? o : labels.metric(o), width, asked, series.file());
        List<JFreeChart> panels = new ArrayList<>();
        XYPlot first = null;
        for (String metric : s.shown()) {
            XYPlot plot = plot(values.get(metric), names, grouping != Grouping.ALL, axisLabel(metric, ordered, labels));
            first = first == null ? plot : first;
            panels.add(SweepCharts.panel(plot, null));
        }
        return new PanelGrid(panels, PanelGrid.columns(panels.size(), width), SweepCharts.footerLegend(heading, first),
                NAME, s.omitted(), width);
    }

    /**
     * The y axis of a metric's panel: the label of the first outcome on that metric that has one, else the metric's
     * key; a time to an event's label ({@code summary: first}) names a round, not the metric, so it is not used.
     */
    static String axisLabel(String metric, List<String> outcomes, SweepLabels labels) {
        for (String o : outcomes) {
            String m = labels.metric(o) == null ? o : labels.metric(o);
            if (m.equals(metric) && !labels.outcome(o).equals(o) && !labels.censorable(o)) {
                return labels.outcome(o);
            }
        }
        return metric;
    }

    /** A factor's levels in design.csv: numbers ascending, categories in the sweep file's order. */
    private static List<String> levels(CsvTable design, String factor, SweepLabels labels) {
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        boolean numeric = true;
        for (int i = 0; i < design.size(); i++) {
            String v = level(design.text(i, factor));
            seen.add(v);
            try {
                Double.parseDouble(v);
            } catch (NumberFormatException e) {
                numeric = false;
            }
        }
        if (numeric) {
            return seen.stream().sorted(java.util.Comparator.comparingDouble(Double::parseDouble)).toList();
        }
        LinkedHashSet<String> ordered = new LinkedHashSet<>();
        labels.values(factor).stream().filter(seen::contains).forEach(ordered::add);
        ordered.addAll(seen);
        return List.copyOf(ordered);
    }

    /** A design value as shown: numbers as short as they can be, categories as written. */
    private static String level(String text) {
        try {
            return SweepData.format(Double.parseDouble(text));
        } catch (NumberFormatException e) {
            return text;
        }
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
                double[] band = perPoint ? meanInterval(v, 1_000_003L * k + e.getKey()) : middle95(v);
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

    /**
     * The 95% bootstrap percentile interval of the mean (seeded, so the figure is the same bytes every time),
     * which stays within the values' range; the mean itself for fewer than two values.
     */
    static double[] meanInterval(double[] v, long seed) {
        double m = mean(v);
        if (v.length < 2) {
            return new double[] {m, m};
        }
        return Bootstrap.meanInterval(v, seed, RESAMPLES);
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
}
