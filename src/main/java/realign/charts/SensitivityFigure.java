package realign.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Drawable;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import realign.InputException;

/**
 * {@code sensitivity}: the sensitivity indices of a Sobol or Morris sweep, one panel per outcome. Sobol:
 * first-order and total indices per factor as dots with 95% bootstrap whiskers, factors sorted by total
 * index, largest at the top. Morris: each factor's μ* (mean absolute elementary effect) against σ (their
 * standard deviation), labelled with the factor's name.
 */
final class SensitivityFigure implements Figure {

    static final String NAME = "sensitivity";
    private static final String FILE = "sensitivity.csv";
    static final String SOBOL_AXIS = "Sobol index";
    static final String MU_STAR_AXIS = "μ* (mean absolute elementary effect)";
    static final String SIGMA_AXIS = "σ (SD of elementary effects)";
    /** Vertical offset of the first-order and total dots of one factor, in factor rows. */
    private static final double DODGE = 0.17;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "Sweep: sensitivity indices (Sobol or Morris)";
    }

    @Override
    public Source source() {
        return Source.SWEEP;
    }

    @Override
    public boolean appliesTo(Path dir) {
        return Files.isRegularFile(dir.resolve(FILE));
    }

    @Override
    public Drawable prepare(Path dir, FigureWidth width) throws InputException {
        return prepare(dir, width, List.of());
    }

    @Override
    public Drawable prepare(Path dir, FigureWidth width, List<String> asked) throws InputException {
        CsvTable t = CsvTable.read(dir.resolve(FILE), "outcome", "factor");
        SweepLabels labels = SweepLabels.read(dir);
        // the columns tell the method: a Sobol design writes indices, a Morris design elementary effects
        boolean sobol = t.columns().contains("first_order");
        t = sobol
                ? CsvTable.read(dir.resolve(FILE), "outcome", "factor", "first_order", "first_order_ci_low",
                        "first_order_ci_high", "total", "total_ci_low", "total_ci_high")
                : CsvTable.read(dir.resolve(FILE), "outcome", "factor", "mu_star", "sigma");
        LinkedHashSet<String> outcomes = new LinkedHashSet<>();
        for (int i = 0; i < t.size(); i++) {
            outcomes.add(t.text(i, "outcome"));
        }
        PanelGrid.Selection s = PanelGrid.select(NAME, List.copyOf(outcomes), o -> o, width, asked, t.file());
        List<String> shownOutcomes = s.shown();
        List<JFreeChart> panels = new ArrayList<>();
        XYPlot first = null;
        for (String outcome : shownOutcomes) {
            List<Integer> rows = new ArrayList<>();
            for (int i = 0; i < t.size(); i++) {
                if (t.text(i, "outcome").equals(outcome)) {
                    rows.add(i);
                }
            }
            XYPlot plot = sobol ? sobol(t, rows, labels) : morris(t, rows, labels);
            first = first == null ? plot : first;
            panels.add(SweepCharts.panel(plot, labels.outcome(outcome)));
        }
        if (panels.isEmpty()) {
            throw new InputException(t.file() + ": expected indices of at least one outcome, got no rows");
        }
        return new PanelGrid(panels, PanelGrid.columns(panels.size(), width),
                sobol ? SweepCharts.footerLegend("", first) : List.of(), NAME, s.omitted(), width);
    }

    private static XYPlot sobol(CsvTable t, List<Integer> rows, SweepLabels factorLabels) throws InputException {
        List<double[]> values = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i : rows) {
            values.add(new double[] {t.number(i, "first_order"), t.number(i, "first_order_ci_low"),
                t.number(i, "first_order_ci_high"), t.number(i, "total"), t.number(i, "total_ci_low"),
                t.number(i, "total_ci_high")});
            names.add(factorLabels.factor(t.text(i, "factor")));
        }
        // ascending total index: the axis counts upwards, so the largest is drawn at the top; ties by name
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < names.size(); k++) {
            order.add(k);
        }
        order.sort(Comparator.<Integer>comparingDouble(k -> nanLow(values.get(k)[3])).thenComparing(names::get,
                Comparator.reverseOrder()));
        XYIntervalSeries firstOrder = new XYIntervalSeries("first order", false, true);
        XYIntervalSeries total = new XYIntervalSeries("total", false, true);
        String[] labels = new String[order.size()];
        for (int y = 0; y < order.size(); y++) {
            double[] v = values.get(order.get(y));
            labels[y] = names.get(order.get(y));
            add(total, v[3], v[4], v[5], y + DODGE);
            add(firstOrder, v[0], v[1], v[2], y - DODGE);
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(firstOrder);
        data.addSeries(total);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawYError(false);
        renderer.setDrawXError(true);
        renderer.setDefaultLinesVisible(false);
        renderer.setCapLength(3);
        renderer.setErrorStroke(new BasicStroke(0.8f));
        style(renderer, 0, FigureStyle.BLUE, FigureStyle.mark(0));
        style(renderer, 1, FigureStyle.VERMILLION, FigureStyle.mark(1));
        NumberAxis x = FigureStyle.axis(new NumberAxis(SOBOL_AXIS));
        x.setAutoRangeIncludesZero(true);
        SymbolAxis y = FigureStyle.axis(new SymbolAxis(null, labels));
        y.setGridBandsVisible(false);
        y.setRange(-0.6, labels.length - 0.4);
        y.setTickMarksVisible(false);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        SweepCharts.panel(plot, null);
        plot.setDomainGridlinesVisible(true);
        plot.setDomainGridlinePaint(FigureStyle.GRID);
        plot.setDomainGridlineStroke(FigureStyle.GRID_LINE);
        plot.setRangeGridlinesVisible(false);
        plot.setDomainZeroBaselineVisible(true);
        plot.setDomainZeroBaselinePaint(FigureStyle.AXIS);
        plot.setDomainZeroBaselineStroke(FigureStyle.GRID_LINE);
        return plot;
    }

    private static double nanLow(double v) {
        return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
    }

    private static void add(XYIntervalSeries s, double value, double low, double high, double y) {
        if (Double.isNaN(value)) {
            return;
        }
        s.add(value, Double.isNaN(low) ? value : low, Double.isNaN(high) ? value : high, y, y, y);
    }

    private static void style(XYLineAndShapeRenderer r, int series, Color colour, Shape shape) {
        r.setSeriesPaint(series, colour);
        r.setSeriesShape(series, shape);
        r.setSeriesShapesFilled(series, true);
        r.setSeriesShapesVisible(series, true);
    }

    private static XYPlot morris(CsvTable t, List<Integer> rows, SweepLabels factorLabels) throws InputException {
        XYSeries points = new XYSeries("factors", false, true);
        List<PointLabels.Point> labels = new ArrayList<>();
        for (int i : rows) {
            double muStar = t.number(i, "mu_star");
            double sigma = t.number(i, "sigma");
            if (Double.isNaN(muStar) || Double.isNaN(sigma)) {
                continue;
            }
            points.add(muStar, sigma);
            labels.add(new PointLabels.Point(muStar, sigma, factorLabels.factor(t.text(i, "factor"))));
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        style(renderer, 0, FigureStyle.BLUE, FigureStyle.mark(0));
        NumberAxis x = FigureStyle.axis(new NumberAxis(MU_STAR_AXIS));
        x.setAutoRangeIncludesZero(true);
        // room on the right for the label of the factor with the largest μ*
        x.setUpperMargin(0.25);
        NumberAxis y = FigureStyle.axis(new NumberAxis(SIGMA_AXIS));
        y.setAutoRangeIncludesZero(true);
        y.setUpperMargin(0.08);
        XYPlot plot = new XYPlot(new XYSeriesCollection(points), x, y, renderer);
        plot.addAnnotation(new PointLabels(labels));
        return plot;
    }
}
