package realign.charts;

import java.awt.Color;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.ui.Drawable;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.DefaultTableXYDataset;
import realign.InputException;

/**
 * {@code ties-per-round}: ties formed (bars up) and dissolved (bars down) in each round, from
 * {@code rounds.csv}'s {@code ties_formed} and {@code ties_dissolved}. Since model v2 the bars up are stacked:
 * security ties formed, security ties strengthened ({@code ties_strengthened}) and trade agreements formed or
 * strengthened ({@code economic_ties_formed} + {@code economic_ties_strengthened}); run folders without those
 * columns show formed and dissolved only. The axis shows counts both ways.
 */
final class TiesPerRoundFigure implements Figure {

    static final String NAME = "ties-per-round";
    static final String COUNT_AXIS = "Ties per round";
    static final String FORMED = "Formed";
    static final String DISSOLVED = "Dissolved";
    static final Color FORMED_COLOUR = FigureStyle.BLUISH_GREEN;
    static final Color DISSOLVED_COLOUR = FigureStyle.ORANGE;
    static final String STRENGTHENED = "Strengthened";
    static final String TRADE = "Trade agreements";
    static final Color STRENGTHENED_COLOUR = FigureStyle.BLUE;
    static final Color TRADE_COLOUR = FigureStyle.REDDISH_PURPLE;

    /** {@code strengthened} and {@code trade} are null for a run folder without those columns. */
    record Data(int[] rounds, int[] formed, int[] dissolved, int[] strengthened, int[] trade,
                realign.Calendar calendar) {

        Data(int[] rounds, int[] formed, int[] dissolved, realign.Calendar calendar) {
            this(rounds, formed, dissolved, null, null, calendar);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "Ties formed, strengthened and dissolved per round";
    }

    @Override
    public Source source() {
        return Source.RUN;
    }

    @Override
    public Drawable prepare(Path dir, FigureWidth width) throws InputException {
        return chart(read(dir));
    }

    @Override
    public double heightPt(FigureWidth width) {
        return width == FigureWidth.SINGLE ? 180 : 240;
    }

    static Data read(Path dir) throws InputException {
        CsvTable csv = CsvTable.read(dir.resolve(RunSeries.ROUNDS_CSV), "round", "ties_formed", "ties_dissolved");
        int[] rounds = RunCharts.rounds(csv);
        int[] formed = new int[rounds.length];
        int[] dissolved = new int[rounds.length];
        for (int r = 0; r < rounds.length; r++) {
            formed[r] = csv.integer(r, "ties_formed");
            dissolved[r] = csv.integer(r, "ties_dissolved");
            if (formed[r] < 0 || dissolved[r] < 0) {
                throw new InputException(csv.where(r) + ": expected ties_formed and ties_dissolved >= 0, got "
                        + formed[r] + " and " + dissolved[r]);
            }
        }
        int[] strengthened = null;
        int[] trade = null;
        List<String> columns = csv.columns();
        if (columns.contains("ties_strengthened") && columns.contains("economic_ties_formed")
                && columns.contains("economic_ties_strengthened")) {
            strengthened = new int[rounds.length];
            trade = new int[rounds.length];
            for (int r = 0; r < rounds.length; r++) {
                strengthened[r] = csv.integer(r, "ties_strengthened");
                trade[r] = csv.integer(r, "economic_ties_formed") + csv.integer(r, "economic_ties_strengthened");
                if (strengthened[r] < 0 || trade[r] < 0) {
                    throw new InputException(csv.where(r) + ": expected ties_strengthened and economic_ties_* >= 0");
                }
            }
        }
        return new Data(rounds, formed, dissolved, strengthened, trade, RunCharts.calendar(dir));
    }

    static JFreeChart chart(Data data) {
        boolean layers = data.strengthened() != null;
        // a table dataset, so that the bars up stack (formed, strengthened, trade) and dissolved goes down
        DefaultTableXYDataset series = new DefaultTableXYDataset();
        XYSeries formed = new XYSeries(FORMED, true, false);
        XYSeries strengthened = new XYSeries(STRENGTHENED, true, false);
        XYSeries trade = new XYSeries(TRADE, true, false);
        XYSeries dissolved = new XYSeries(DISSOLVED, true, false);
        int up = 0;
        int down = 0;
        for (int r = 0; r < data.rounds().length; r++) {
            formed.add(data.rounds()[r], data.formed()[r]);
            dissolved.add(data.rounds()[r], -data.dissolved()[r]);
            int total = data.formed()[r];
            if (layers) {
                strengthened.add(data.rounds()[r], data.strengthened()[r]);
                trade.add(data.rounds()[r], data.trade()[r]);
                total += data.strengthened()[r] + data.trade()[r];
            }
            up = Math.max(up, total);
            down = Math.max(down, data.dissolved()[r]);
        }
        series.addSeries(formed);
        if (layers) {
            series.addSeries(strengthened);
            series.addSeries(trade);
        }
        series.addSeries(dissolved);
        series.setIntervalWidth(0.7);

        StackedXYBarRenderer renderer = new StackedXYBarRenderer();
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        int k = 0;
        renderer.setSeriesPaint(k++, FORMED_COLOUR);
        if (layers) {
            renderer.setSeriesPaint(k++, STRENGTHENED_COLOUR);
            renderer.setSeriesPaint(k++, TRADE_COLOUR);
        }
        renderer.setSeriesPaint(k, DISSOLVED_COLOUR);
        renderer.setLegendBar(RunCharts.swatch());
        int step = OverviewChart.niceStep(Math.max(Math.max(up, down), 1));
        NumberAxis counts = FigureStyle.axis(new NumberAxis(COUNT_AXIS));
        // dissolved ties are drawn below zero and labelled so: −5 is five ties dissolved (a true minus sign)
        DecimalFormat signed = new DecimalFormat("0");
        signed.setNegativePrefix("\u2212");
        counts.setTickUnit(new NumberTickUnit(step, signed));
        // down to the next tick, so the dissolved side has a labelled tick however short its bars
        counts.setRange(-Math.ceil(Math.max(down, 1) / (double) step) * step, Math.max(up, 1) * 1.05);

        XYPlot plot = RunCharts.panel(new XYPlot(series, RunCharts.roundAxis(data.rounds(), 0.6, data.calendar()), counts, renderer));
        RunCharts.rangeGrid(plot);
        plot.addRangeMarker(new ValueMarker(0, FigureStyle.AXIS, FigureStyle.AXIS_LINE), Layer.FOREGROUND);
        JFreeChart chart = RunCharts.chart(plot);
        chart.addSubtitle(RunCharts.bottomLegend(plot));
        return chart;
    }
}
