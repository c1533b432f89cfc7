package realign.charts;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.util.Arrays;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.block.BlockContainer;
import org.jfree.chart.block.ColumnArrangement;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.CompositeTitle;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.VerticalAlignment;
import org.jfree.chart.util.SortOrder;
import org.jfree.data.Range;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Builds the run overview chart: bloc sizes as stacked areas over trust in the U.S. per focus group, one
 * shared round axis, shock rounds marked on both panels, one legend column per panel on the right.
 */
final class OverviewChart {

    /** One round is nominally one month (docs/model.md, Scales); not "after the shock": a run may have several. */
    static final String ROUND_AXIS = "Round (months)";
    static final String BLOC_AXIS = "Countries";
    static final String TRUST_AXIS = "Mean trust in the U.S.";

    private OverviewChart() {}

    static JFreeChart build(RunSeries run) {
        return build(run, FigureWidth.DOUBLE);
    }

    /** At single-column width the legends go below the panels, in rows, so the panels keep the width. */
    static JFreeChart build(RunSeries run, FigureWidth width) {
        NumberAxis rounds = FigureStyle.axis(new NumberAxis(run.calendar() == null ? ROUND_AXIS : RunCharts.MONTH_AXIS));
        RunCharts.monthTicks(rounds, run.calendar());
        rounds.setRange(roundRange(run.rounds()));

        XYPlot blocs = blocPanel(run);
        XYPlot trust = trustPanel(run);
        // named in a band above the bloc panel (over the areas, which would hide the lines); under the trust lines,
        // which a line would cross out
        ShockBand.addTo(blocs, run.shocks(), Layer.FOREGROUND);
        for (ShockBand.Shock s : run.shocks()) {
            trust.addDomainMarker(new ValueMarker(s.round(), FigureStyle.MARKER, FigureStyle.SHOCK_LINE),
                    Layer.BACKGROUND);
        }

        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(rounds);
        plot.setGap(10);
        plot.add(blocs, 1);
        plot.add(trust, 1);
        plot.setOutlineVisible(false);
        plot.setBackgroundPaint(Color.WHITE);
        // a subplot's own insets are reset when it joins the combined plot: the band's room is made here
        plot.setInsets(new RectangleInsets(ShockBand.height(run.shocks()), 0, 0, 0));

        JFreeChart chart = new JFreeChart(null, FigureStyle.LABEL_FONT, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(4, 2, 2, 4));
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.addSubtitle(legends(blocs, trust, width == FigureWidth.SINGLE));
        TextTitle key = ShockBand.key(run.shocks(), run.calendar(), width);
        if (key != null) {
            // under the round axis, above a single-width legend: what each numbered shock line is
            chart.addSubtitle(1, key);
        }
        return chart;
    }

    /**
     * The rounds plus a margin of 2 % a side, so marks on the first and last round are not cut in half.
     */
    private static Range roundRange(int[] rounds) {
        int first = rounds.length == 0 ? 0 : rounds[0];
        int last = rounds.length == 0 ? 1 : rounds[rounds.length - 1];
        double pad = last > first ? 0.02 * (last - first) : 0.5;
        return new Range(first - pad, last + pad);
    }

    /**
     * Stacked areas drawn as one filled path per bloc from the axis up to the running total, the tallest
     * first: a stacking renderer fills each segment separately, which leaves hairline seams in PNG, SVG
     * and PDF viewers alike.
     */
    private static XYPlot blocPanel(RunSeries run) {
        int n = run.rounds().length;
        XYSeriesCollection data = new XYSeriesCollection();
        XYAreaRenderer renderer = new XYAreaRenderer(XYAreaRenderer.AREA);
        renderer.setLegendArea(new Rectangle2D.Double(-4, -4, 8, 8));
        int[] stacked = new int[n];
        for (int i = 0; i < run.blocs().size(); i++) {
            RunSeries.Bloc b = run.blocs().get(i);
            XYSeries s = new XYSeries(b.legend(), false, false);
            for (int r = 0; r < n; r++) {
                stacked[r] += b.sizes()[r];
                s.add(run.rounds()[r], stacked[r]);
            }
            data.addSeries(s);
            renderer.setSeriesPaint(i, FigureStyle.blocColour(b.label()));
        }
        int total = Arrays.stream(stacked).max().orElse(0);
        NumberAxis countries = FigureStyle.axis(new NumberAxis(BLOC_AXIS));
        countries.setRange(0, Math.max(total, 1) * 1.05);
        countries.setTickUnit(new NumberTickUnit(niceStep(total), new DecimalFormat("0")));
        XYPlot plot = new XYPlot(data, null, countries, renderer);
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.REVERSE);
        panel(plot);
        return plot;
    }

    /** A tick step of 1, 2 or 5 × 10^k giving three to five ticks up to {@code max}. */
    static int niceStep(int max) {
        int step = 1;
        while (true) {
            for (int m : new int[] {1, 2, 5}) {
                if (max / (step * m) <= 4) {
                    return step * m;
                }
            }
            step *= 10;
        }
    }

    private static XYPlot trustPanel(RunSeries run) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = RunCharts.focusLines(data, run.rounds(),
                run.focus().stream().map(RunSeries.Focus::name).toList(),
                run.focus().stream().map(RunSeries.Focus::trust).toList());
        NumberAxis trust = RunCharts.trustAxis(TRUST_AXIS);
        XYPlot plot = new XYPlot(data, null, trust, renderer);
        panel(plot);
        plot.setRangeGridlinesVisible(true);
        plot.setRangeGridlinePaint(FigureStyle.GRID);
        plot.setRangeGridlineStroke(FigureStyle.GRID_LINE);
        return plot;
    }

    private static void panel(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(new RectangleInsets(2, 2, 2, 2));
    }

    /** One column right of the plots (or, {@code below}, under them): the blocs' legend, then the focus groups'. */
    private static CompositeTitle legends(XYPlot blocs, XYPlot trust, boolean below) {
        BlockContainer column = new BlockContainer(
                new ColumnArrangement(HorizontalAlignment.LEFT, VerticalAlignment.TOP, 0, 0));
        column.add(heading("Blocs"));
        LegendTitle blocLegend = legend(blocs, below);
        blocLegend.setSortOrder(SortOrder.DESCENDING); // top of the stack first, as drawn
        column.add(blocLegend);
        column.add(heading("Trust in the U.S. of"));
        column.add(legend(trust, below));
        CompositeTitle title = new CompositeTitle(column);
        title.setPosition(below ? RectangleEdge.BOTTOM : RectangleEdge.RIGHT);
        title.setVerticalAlignment(VerticalAlignment.TOP);
        title.setHorizontalAlignment(HorizontalAlignment.LEFT);
        title.setPadding(below ? new RectangleInsets(2, 0, 0, 0) : new RectangleInsets(0, 6, 0, 0));
        return title;
    }

    private static TextTitle heading(String text) {
        TextTitle t = new TextTitle(text, FigureStyle.LEGEND_HEADING_FONT);
        t.setPaint(FigureStyle.AXIS);
        t.setHorizontalAlignment(HorizontalAlignment.LEFT);
        t.setTextAlignment(HorizontalAlignment.LEFT);
        t.setPadding(new RectangleInsets(8, 2, 2, 2));
        return t;
    }

    private static LegendTitle legend(XYPlot source, boolean inRows) {
        int items = Math.max(1, source.getLegendItems().getItemCount());
        int perRow = 3;
        LegendTitle legend = inRows
                ? new LegendTitle(source, new org.jfree.chart.block.GridArrangement((items + perRow - 1) / perRow,
                        Math.min(items, perRow)), new ColumnArrangement())
                : new LegendTitle(source, new ColumnArrangement(), new ColumnArrangement());
        legend.setItemFont(FigureStyle.LEGEND_FONT);
        legend.setItemPaint(FigureStyle.AXIS);
        legend.setBackgroundPaint(null);
        legend.setFrame(BlockBorder.NONE);
        legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
        legend.setItemLabelPadding(new RectangleInsets(1, 3, 1, 2));
        legend.setPadding(RectangleInsets.ZERO_INSETS);
        return legend;
    }
}
