package realign.charts;

import java.awt.Color;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.block.ColumnArrangement;
import org.jfree.chart.block.FlowArrangement;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.VerticalAlignment;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleInsets;

/** What the sweep figures share: panels, a categorical axis of factor levels, the sequential colour scale. */
final class SweepCharts {

    /**
     * Viridis (van der Walt and Smith 2015) at nine stops: sequential, perceptually uniform, readable with
     * every common colour-vision deficiency and in grey scale.
     */
    private static final Color[] VIRIDIS = {new Color(0x440154), new Color(0x472D7B), new Color(0x3B528B),
        new Color(0x2C728E), new Color(0x21918C), new Color(0x28AE80), new Color(0x5EC962), new Color(0xADDC30),
        new Color(0xFDE725)};
    static final Color MISSING = new Color(0xDDDDDD);

    private SweepCharts() {}

    /** A panel: the plot with white, unframed background, an optional title above it, no legend. */
    static JFreeChart panel(XYPlot plot, String title) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(FigureStyle.GRID);
        plot.setRangeGridlineStroke(FigureStyle.GRID_LINE);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        // an outcome that is NA in every run (a "first" outcome never reached, failed points) leaves an empty panel
        plot.setNoDataMessage("no values: NA in every run");
        plot.setNoDataMessageFont(FigureStyle.LABEL_FONT);
        plot.setNoDataMessagePaint(FigureStyle.AXIS);
        // a little air between a y-axis title and its tick labels
        for (int i = 0; i < plot.getRangeAxisCount(); i++) {
            if (plot.getRangeAxis(i) != null) {
                plot.getRangeAxis(i).setLabelInsets(new RectangleInsets(2, 2, 2, 5));
            }
        }
        JFreeChart chart = new JFreeChart(null, FigureStyle.LABEL_FONT, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(4, 4, 4, 8));
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        if (title != null) {
            TextTitle t = new TextTitle(title, FigureStyle.LEGEND_HEADING_FONT);
            t.setPaint(FigureStyle.AXIS);
            t.setHorizontalAlignment(HorizontalAlignment.LEFT);
            t.setPadding(new RectangleInsets(0, 0, 3, 0));
            chart.setTitle(t);
        }
        return chart;
    }

    /**
     * A legend for a figure's foot: a bold heading (what the entries are levels of; none if empty), then the
     * entries of {@code source} left to right, wrapping at the figure's width.
     */
    static List<Title> footerLegend(String heading, LegendItemSource source) {
        List<Title> titles = new ArrayList<>();
        if (!heading.isEmpty()) {
            TextTitle h = new TextTitle(heading, FigureStyle.LEGEND_HEADING_FONT);
            h.setPaint(FigureStyle.AXIS);
            h.setPadding(new RectangleInsets(2, 6, 1, 2));
            titles.add(h);
        }
        LegendTitle legend = new LegendTitle(source, new FlowArrangement(HorizontalAlignment.LEFT,
                VerticalAlignment.CENTER, 8, 2), new ColumnArrangement());
        legend.setItemFont(FigureStyle.LEGEND_FONT);
        legend.setItemPaint(FigureStyle.AXIS);
        legend.setBackgroundPaint(null);
        legend.setFrame(BlockBorder.NONE);
        legend.setItemLabelPadding(new RectangleInsets(1, 3, 1, 2));
        legend.setPadding(new RectangleInsets(1, 6, 4, 6));
        titles.add(legend);
        return titles;
    }

    /** An axis with one tick per level, at 0, 1, 2, ..., labelled with the level's value. */
    static SymbolAxis levelAxis(String label, double[] levels) {
        String[] names = new String[levels.length];
        for (int i = 0; i < levels.length; i++) {
            names[i] = SweepData.format(levels[i]);
        }
        return levelAxis(label, names);
    }

    /** An axis with one tick per level, at 0, 1, 2, ..., labelled with the levels' names (categories). */
    static SymbolAxis levelAxis(String label, String[] names) {
        double[] levels = new double[names.length];
        SymbolAxis axis = FigureStyle.axis(new SymbolAxis(label, names));
        axis.setGridBandsVisible(false);
        axis.setRange(-0.5, levels.length - 0.5);
        return axis;
    }

    /** Adds notes under a panel's title, one line each (null ones left out), in the axis colour. */
    static void notes(JFreeChart chart, String... notes) {
        for (String n : notes) {
            if (n != null) {
                TextTitle t = new TextTitle(n, FigureStyle.LEGEND_FONT);
                t.setPaint(FigureStyle.AXIS);
                t.setHorizontalAlignment(HorizontalAlignment.LEFT);
                t.setPadding(new RectangleInsets(0, 0, 2, 0));
                t.setPosition(org.jfree.chart.ui.RectangleEdge.TOP);
                chart.addSubtitle(t);
            }
        }
    }

    /**
     * A note for a colour scale stretched over a narrow range far from zero (135 to 140: the darkest and the
     * brightest colour differ by under a fifth of the values), so readers do not take small differences for
     * large ones; null when the range is not narrow.
     */
    static String narrowRangeNote(double low, double high) {
        double size = Math.max(Math.abs(low), Math.abs(high));
        if (!(high > low) || size == 0 || (high - low) >= 0.2 * size || low <= 0 && high >= 0) {
            return null;
        }
        return "colours span only " + value(low) + " to " + value(high);
    }

    /** Three significant digits, no exponent for ordinary sizes. */
    static String value(double v) {
        if (Double.isNaN(v)) {
            return "NA";
        }
        double a = Math.abs(v);
        if (a != 0 && (a < 1e-3 || a >= 1e5)) {
            return String.format(Locale.ROOT, "%.2e", v);
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }

    /** Viridis from {@code low} to {@code high}; NaN grey. */
    static PaintScale viridis(double low, double high) {
        double lo = low;
        double hi = high > low ? high : low + 1;
        return new PaintScale() {
            @Override
            public double getLowerBound() {
                return lo;
            }

            @Override
            public double getUpperBound() {
                return hi;
            }

            @Override
            public Paint getPaint(double value) {
                return Double.isNaN(value) ? MISSING : viridis((value - lo) / (hi - lo));
            }
        };
    }

    /** Viridis at {@code t} in [0, 1], linear between the stops. */
    static Color viridis(double t) {
        double x = Math.max(0, Math.min(1, t)) * (VIRIDIS.length - 1);
        int i = Math.min((int) x, VIRIDIS.length - 2);
        double f = x - i;
        Color a = VIRIDIS[i];
        Color b = VIRIDIS[i + 1];
        return new Color((int) Math.round(a.getRed() + f * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + f * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + f * (b.getBlue() - a.getBlue())));
    }

    /** Black or white, whichever reads better on {@code background} (relative luminance). */
    static Color textOn(Paint background) {
        Color c = (Color) background;
        double y = 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
        return y > 140 ? Color.BLACK : Color.WHITE;
    }
}
