package realign.charts;

import java.awt.BasicStroke;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.Drawable;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import realign.InputException;

/**
 * {@code sweep-lines}: each outcome's mean against a grid sweep's first factor, one line per level of the
 * second factor (colour and marker), with the 95% interval of the mean as a shaded band; one panel per
 * outcome. In a grid of three or more factors the others are averaged over, and the bands are left out (an
 * average of means has no interval in summary.csv). Grid designs only, like {@link SweepHeatmapFigure}.
 */
final class SweepLinesFigure implements Figure {

    static final String NAME = "sweep-lines";
    /** Band opacity: light enough that overlapping bands and the lines through them stay legible. */
    private static final float BAND_ALPHA = 0.18f;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "Sweep: outcome means against the first factor with 95% intervals";
    }

    @Override
    public Source source() {
        return Source.SWEEP;
    }

    @Override
    public boolean appliesTo(Path dir) {
        return SweepData.isGrid(dir, 1);
    }

    @Override
    public Drawable prepare(Path dir, FigureWidth width) throws InputException {
        return prepare(dir, width, List.of());
    }

    @Override
    public Drawable prepare(Path dir, FigureWidth width, List<String> outcomes) throws InputException {
        SweepData data = SweepData.read(dir);
        if (data.factors().isEmpty()) {
            throw new InputException(dir.resolve("summary.csv") + ": " + NAME + ": expected a sweep with at least one"
                    + " factor, got none");
        }
        PanelGrid.Selection s = PanelGrid.select(NAME, data.outcomes(), o -> o, width, outcomes,
                dir.resolve("summary.csv"));
        List<JFreeChart> panels = new ArrayList<>();
        XYPlot first = null;
        for (String outcome : s.shown()) {
            XYPlot plot = plot(data, outcome);
            first = first == null ? plot : first;
            JFreeChart panel = SweepCharts.panel(plot, data.factors().size() > 2 ? data.averagedOver(2) : null);
            SweepCharts.notes(panel, data.censoredNote(outcome));
            panels.add(panel);
        }
        List<Title> legend = data.factors().size() >= 2 ? SweepCharts.footerLegend(data.factorLabel(1), first)
                : List.of();
        return new PanelGrid(panels, PanelGrid.columns(panels.size(), width), legend, NAME, s.omitted(), width);
    }

    private static XYPlot plot(SweepData data, String outcome) {
        boolean two = data.factors().size() >= 2;
        SweepData.Cells cells = data.cells(outcome, 0, two ? 1 : -1);
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, true);
        renderer.setAlpha(cells.averaged() ? 0f : BAND_ALPHA);
        for (int j = 0; j < cells.b().length; j++) {
            YIntervalSeries s = new YIntervalSeries(two ? data.levelName(1, cells.b()[j])
                    : data.labels().outcome(outcome), false, true);
            for (int i = 0; i < cells.a().length; i++) {
                double m = cells.mean()[i][j];
                if (Double.isNaN(m)) {
                    continue;
                }
                double lo = cells.low()[i][j];
                double hi = cells.high()[i][j];
                // no interval (n < 2, or averaged): a band of zero width, so only the line shows
                s.add(cells.a()[i], m, Double.isNaN(lo) ? m : lo, Double.isNaN(hi) ? m : hi);
            }
            dataset.addSeries(s);
            renderer.setSeriesPaint(j, FigureStyle.lineColour(j));
            renderer.setSeriesFillPaint(j, FigureStyle.lineColour(j));
            renderer.setSeriesStroke(j, FigureStyle.LINE);
            renderer.setSeriesShape(j, FigureStyle.mark(j));
            renderer.setSeriesShapesFilled(j, FigureStyle.markFilled(j));
        }
        renderer.setUseFillPaint(true);
        renderer.setDrawOutlines(true);
        renderer.setUseOutlinePaint(false);
        renderer.setDefaultOutlineStroke(new BasicStroke(0.8f));
        NumberAxis x;
        if (data.categorical(0)) {
            // categories at 0, 1, 2, ...: the line joins them in the sweep file's order
            String[] names = new String[cells.a().length];
            for (int i = 0; i < names.length; i++) {
                names[i] = data.levelName(0, cells.a()[i]);
            }
            x = SweepCharts.levelAxis(data.factorLabel(0), names);
        } else {
            x = FigureStyle.axis(new NumberAxis(data.factorLabel(0)));
            x.setAutoRangeIncludesZero(false);
        }
        NumberAxis y = FigureStyle.axis(new NumberAxis(data.labels().outcome(outcome)));
        y.setAutoRangeIncludesZero(false);
        // a margin below zero too, so marks at zero are not cut in half by the axis
        y.setAutoRangeStickyZero(false);
        // an outcome that is the same at every point (0 ties lost): a readable range around it, not ±5E-9
        org.jfree.data.Range r = org.jfree.data.general.DatasetUtils.findRangeBounds(dataset, true);
        if (r != null && r.getLength() < 1e-12) {
            y.setAutoRangeMinimumSize(Math.max(1.0, 0.2 * Math.abs(r.getCentralValue())));
        }
        return new XYPlot(dataset, x, y, renderer);
    }
}
