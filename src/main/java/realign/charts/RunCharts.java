package realign.charts;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.block.FlowArrangement;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.VerticalAlignment;
import org.jfree.data.Range;
import realign.InputException;

/**
 * The parts the run figures ({@code blocs-over-time}, {@code trust-in-us}, {@code ties-per-round},
 * {@code support-deficit}) share: the round axis, a plain panel, a legend under the plot, the chart frame.
 */
final class RunCharts {

    static final String ROUND_AXIS = OverviewChart.ROUND_AXIS;

    private RunCharts() {}

    /** The label of a round axis whose ticks are months ({@code Feb 2025}). */
    static final String MONTH_AXIS = "Month (one round each)";

    /** Whole-number round ticks over the rounds, with {@code pad} rounds of margin a side. */
    static NumberAxis roundAxis(int[] rounds, double pad) {
        return roundAxis(rounds, pad, null);
    }

    /**
     * As {@link #roundAxis(int[], double)}; with a calendar, each tick names the round's month ({@code Feb 2025})
     * and ticks are 1, 2, 3, 4, 6, 12, 24, ... months apart.
     */
    static NumberAxis roundAxis(int[] rounds, double pad, realign.Calendar calendar) {
        NumberAxis axis = FigureStyle.axis(new NumberAxis(calendar == null ? ROUND_AXIS : MONTH_AXIS));
        monthTicks(axis, calendar);
        int first = rounds.length == 0 ? 0 : rounds[0];
        int last = rounds.length == 0 ? 1 : rounds[rounds.length - 1];
        axis.setRange(new Range(first - pad, Math.max(last, first + 1) + pad));
        return axis;
    }

    /** Integer round ticks, or with a calendar month ticks (1, 2, 3, 4, 6, 12, 24, ... months apart). */
    static void monthTicks(NumberAxis axis, realign.Calendar calendar) {
        if (calendar == null) {
            axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            return;
        }
        org.jfree.chart.axis.TickUnits units = new org.jfree.chart.axis.TickUnits();
        MonthFormat format = new MonthFormat(calendar.start());
        for (int years = 1; years <= 10_000; years *= 10) {
            for (int months : years == 1 ? new int[] {1, 2, 3, 4, 6, 12, 24, 60} : new int[] {12, 24, 60}) {
                units.add(new org.jfree.chart.axis.NumberTickUnit((double) months * years, format));
            }
        }
        axis.setStandardTickUnits(units);
    }

    /**
     * The calendar of a run folder: the month of each round from the {@code date} column of its rounds.csv
     * (docs/outputs.md); null for a folder without rounds.csv or a run written before that column existed, whose
     * figures keep round numbers.
     */
    static realign.Calendar calendar(java.nio.file.Path runDir) throws InputException {
        if (!java.nio.file.Files.isRegularFile(runDir.resolve(RunSeries.ROUNDS_CSV))) {
            return null;
        }
        CsvTable csv = CsvTable.read(runDir.resolve(RunSeries.ROUNDS_CSV), "round");
        if (!csv.columns().contains("date") || csv.size() == 0) {
            return null;
        }
        java.time.YearMonth month = realign.Calendar.parseMonth(csv.text(0, "date"));
        if (month == null) {
            throw new InputException(csv.where(0) + ": date: expected a month yyyy-MM, got '" + csv.text(0, "date")
                    + "'");
        }
        return new realign.Calendar(month.minusMonths(csv.integer(0, "round") - 1L));
    }

    /**
     * Formats a round as its month, {@code Feb 2025}. Ticks fall on whole rounds; other values (the axis ends,
     * from which JFreeChart estimates the label width when it picks the tick spacing) take the nearest round's.
     */
    static final class MonthFormat extends java.text.NumberFormat {
        private static final long serialVersionUID = 1L;
        private final java.time.YearMonth start;
        private final transient realign.Calendar calendar;

        MonthFormat(java.time.YearMonth start) {
            this.start = start;
            this.calendar = new realign.Calendar(start);
        }

        @Override
        public StringBuffer format(double round, StringBuffer to, java.text.FieldPosition pos) {
            return format(Math.round(round), to, pos);
        }

        @Override
        public StringBuffer format(long round, StringBuffer to, java.text.FieldPosition pos) {
            return to.append(calendar.label(Math.toIntExact(round)));
        }

        @Override
        public Number parse(String source, java.text.ParsePosition pos) {
            return null;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof MonthFormat f && f.start.equals(start);
        }

        @Override
        public int hashCode() {
            return start.hashCode();
        }
    }

    /** A round as a panel title names it: {@code Round 1}, with a calendar {@code Round 1, Feb 2025}. */
    static String roundName(int round, realign.Calendar calendar) {
        return calendar == null ? "Round " + round : "Round " + round + ", " + calendar.label(round);
    }

    /** White panel, no outline, no grid, axes touching the data area. */
    static XYPlot panel(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(new RectangleInsets(2, 2, 2, 2));
        return plot;
    }

    /** Light horizontal grid lines at the range ticks. */
    static void rangeGrid(XYPlot plot) {
        plot.setRangeGridlinesVisible(true);
        plot.setRangeGridlinePaint(FigureStyle.GRID);
        plot.setRangeGridlineStroke(FigureStyle.GRID_LINE);
    }

    /** A legend in one or more rows under the plot: a right-hand column would take a third of a single column. */
    static LegendTitle bottomLegend(LegendItemSource source) {
        LegendTitle legend = new LegendTitle(source, new FlowArrangement(HorizontalAlignment.CENTER, VerticalAlignment.CENTER,
                8, 1), new FlowArrangement());
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setItemFont(FigureStyle.LEGEND_FONT);
        legend.setItemPaint(FigureStyle.AXIS);
        legend.setBackgroundPaint(null);
        legend.setFrame(BlockBorder.NONE);
        legend.setItemLabelPadding(new RectangleInsets(1, 3, 1, 2));
        legend.setPadding(new RectangleInsets(2, 0, 0, 0));
        legend.setLegendItemGraphicPadding(new RectangleInsets(1, 1, 1, 1));
        return legend;
    }

    /** The square legend swatch of a filled area or bar. */
    static Rectangle2D swatch() {
        return new Rectangle2D.Double(-4, -4, 8, 8);
    }

    /** A chart around a plot: no title, no built-in legend, white, antialiased. */
    static JFreeChart chart(Plot plot) {
        JFreeChart chart = new JFreeChart(null, FigureStyle.LABEL_FONT, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(4, 2, 2, 6));
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        return chart;
    }

    /** The round column of a table with one row per round: present, and no round twice. */
    static int[] rounds(CsvTable csv) throws InputException {
        if (csv.size() == 0) {
            throw new InputException(csv.file() + ": no rounds (the file has a header but no rows)");
        }
        int[] rounds = new int[csv.size()];
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int r = 0; r < rounds.length; r++) {
            rounds[r] = csv.integer(r, "round");
            if (!seen.add(rounds[r])) {
                throw new InputException(csv.where(r) + ": round " + rounds[r] + " appears twice");
            }
        }
        return rounds;
    }

    /**
     * One line per focus group into {@code into}, coloured, marked and stroked by position (the same look in
     * every figure: {@link FigureStyle#focusColour}, {@link FigureStyle#focusStroke}); a NaN value is a gap in its
     * line.
     */
    static org.jfree.chart.renderer.xy.XYLineAndShapeRenderer focusLines(org.jfree.data.xy.XYSeriesCollection into,
            int[] rounds, java.util.List<String> names, java.util.List<double[]> trust) {
        org.jfree.chart.renderer.xy.XYLineAndShapeRenderer renderer =
                new org.jfree.chart.renderer.xy.XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < names.size(); i++) {
            org.jfree.data.xy.XYSeries s = new org.jfree.data.xy.XYSeries(names.get(i), false, true);
            for (int r = 0; r < rounds.length; r++) {
                double t = trust.get(i)[r];
                s.add(rounds[r], Double.isNaN(t) ? null : t);
            }
            into.addSeries(s);
            renderer.setSeriesPaint(i, FigureStyle.focusColour(i));
            renderer.setSeriesStroke(i, FigureStyle.focusStroke(i));
            // yellow marks need a dark edge to be seen on white
            renderer.setSeriesOutlinePaint(i, FigureStyle.focusColour(i).equals(FigureStyle.YELLOW)
                    ? FigureStyle.AXIS : FigureStyle.focusColour(i));
            renderer.setSeriesShape(i, FigureStyle.mark(i));
            renderer.setSeriesShapesFilled(i, FigureStyle.markFilled(i));
        }
        renderer.setUseFillPaint(false);
        renderer.setUseOutlinePaint(true);
        renderer.setDrawOutlines(true);
        return renderer;
    }

    /** A trust axis: 0 to 1, ticks every 0.2. */
    static org.jfree.chart.axis.NumberAxis trustAxis(String label) {
        org.jfree.chart.axis.NumberAxis trust = FigureStyle.axis(new org.jfree.chart.axis.NumberAxis(label));
        trust.setRange(0, 1);
        trust.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(0.2, new java.text.DecimalFormat("0.0")));
        return trust;
    }
}
