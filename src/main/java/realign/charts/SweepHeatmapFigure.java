package realign.charts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.Drawable;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;
import realign.InputException;

/**
 * {@code sweep-heatmap}: each outcome's mean over the levels of a grid sweep's first two factors, one cell
 * per pair of levels, coloured on a viridis scale with a colour bar; cell values written in when there are
 * few cells. Other factors of a larger grid are averaged over. Grid designs only: the points of random, LHS,
 * Sobol and Morris designs do not fall on a grid, so the figure does not apply to them.
 */
final class SweepHeatmapFigure implements Figure {

    static final String NAME = "sweep-heatmap";
    /** Cells up to which each cell's value is written in it. */
    private static final int ANNOTATED_CELLS = 30;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "Sweep: outcome means over the first two factors";
    }

    @Override
    public Source source() {
        return Source.SWEEP;
    }

    @Override
    public boolean appliesTo(Path dir) {
        return SweepData.isGrid(dir, 2);
    }

    @Override
    public Drawable prepare(Path dir, FigureWidth width) throws InputException {
        return prepare(dir, width, List.of());
    }

    @Override
    public Drawable prepare(Path dir, FigureWidth width, List<String> outcomes) throws InputException {
        SweepData data = SweepData.read(dir);
        if (data.factors().size() < 2) {
            throw new InputException(dir.resolve("summary.csv") + ": " + NAME + ": expected a sweep with at least two"
                    + " factors, got " + data.factors().size());
        }
        List<JFreeChart> panels = new ArrayList<>();
        PanelGrid.Selection s = PanelGrid.select(NAME, data.outcomes(), o -> o, width, outcomes,
                dir.resolve("summary.csv"));
        for (String outcome : s.shown()) {
            panels.add(panel(data, outcome));
        }
        return new PanelGrid(panels, PanelGrid.columns(panels.size(), width), List.of(), NAME, s.omitted(), width);
    }

    private static String[] names(SweepData data, int f, double[] levels) {
        String[] names = new String[levels.length];
        for (int i = 0; i < levels.length; i++) {
            names[i] = data.levelName(f, levels[i]);
        }
        return names;
    }

    private static JFreeChart panel(SweepData data, String outcome) {
        SweepData.Cells cells = data.cells(outcome, 0, 1);
        int na = cells.a().length;
        int nb = cells.b().length;
        double[][] xyz = new double[3][na * nb];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < na; i++) {
            for (int j = 0; j < nb; j++) {
                int k = i * nb + j;
                double z = cells.mean()[i][j];
                xyz[0][k] = i;
                xyz[1][k] = j;
                xyz[2][k] = z;
                if (!Double.isNaN(z)) {
                    lo = Math.min(lo, z);
                    hi = Math.max(hi, z);
                }
            }
        }
        if (lo > hi) {
            lo = 0;
            hi = 1;
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries(outcome, xyz);
        PaintScale scale = SweepCharts.viridis(lo, hi);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        renderer.setBlockAnchor(RectangleAnchor.CENTER);
        SymbolAxis x = SweepCharts.levelAxis(data.factorLabel(0), names(data, 0, cells.a()));
        SymbolAxis y = SweepCharts.levelAxis(data.factorLabel(1), names(data, 1, cells.b()));
        x.setAxisLineVisible(false);
        y.setAxisLineVisible(false);
        XYPlot plot = new XYPlot(dataset, x, y, renderer);
        if (na * nb <= ANNOTATED_CELLS) {
            for (int k = 0; k < na * nb; k++) {
                XYTextAnnotation a = new XYTextAnnotation(SweepCharts.value(xyz[2][k]), xyz[0][k], xyz[1][k]);
                a.setFont(FigureStyle.MARKER_FONT);
                a.setPaint(SweepCharts.textOn(scale.getPaint(xyz[2][k])));
                plot.addAnnotation(a);
            }
        }
        JFreeChart chart = SweepCharts.panel(plot, cells.averaged() ? data.averagedOver(2) : null);
        SweepCharts.notes(chart, data.censoredNote(outcome), SweepCharts.narrowRangeNote(lo, hi));
        plot.setRangeGridlinesVisible(false);
        NumberAxis barAxis = FigureStyle.axis(new NumberAxis(data.labels().outcome(outcome)));
        barAxis.setRange(scale.getLowerBound(), scale.getUpperBound());
        PaintScaleLegend bar = new PaintScaleLegend(scale, barAxis);
        bar.setPosition(RectangleEdge.RIGHT);
        bar.setAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
        bar.setStripWidth(8);
        bar.setSubdivisionCount(64);
        bar.setAxisOffset(2);
        // the bar spans the plot's height, not the x axis's
        bar.setMargin(new RectangleInsets(0, 6, 30, 0));
        // PaintScaleLegend reserves too little room for the tick labels of a right-hand axis
        barAxis.setLabelInsets(new RectangleInsets(2, 12, 2, 2));
        bar.setBackgroundPaint(java.awt.Color.WHITE);
        chart.addSubtitle(bar);
        return chart;
    }
}
