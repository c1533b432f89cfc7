package realign.charts;

import java.awt.Color;
import java.nio.file.Path;
import java.text.DecimalFormat;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.Drawable;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import realign.InputException;

/**
 * {@code ties-per-round}: ties formed (bars up) and dissolved (bars down) in each round, from
 * {@code rounds.csv}'s {@code ties_formed} and {@code ties_dissolved}. The axis shows counts both ways.
 */
final class TiesPerRoundFigure implements Figure {

    static final String NAME = "ties-per-round";
    static final String COUNT_AXIS = "Ties per round";
    static final String FORMED = "Formed";
    static final String DISSOLVED = "Dissolved";
    static final Color FORMED_COLOUR = FigureStyle.BLUISH_GREEN;
    static final Color DISSOLVED_COLOUR = FigureStyle.ORANGE;

    record Data(int[] rounds, int[] formed, int[] dissolved, realign.Calendar calendar) {}

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "Alliance ties formed and dissolved per round";
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
        return new Data(rounds, formed, dissolved, RunCharts.calendar(dir));
    }

    static JFreeChart chart(Data data) {
        XYSeries formed = new XYSeries(FORMED, false, false);
        XYSeries dissolved = new XYSeries(DISSOLVED, false, false);
        int up = 0;
        int down = 0;
        for (int r = 0; r < data.rounds().length; r++) {
            formed.add(data.rounds()[r], data.formed()[r]);
            dissolved.add(data.rounds()[r], -data.dissolved()[r]);
            up = Math.max(up, data.formed()[r]);
            down = Math.max(down, data.dissolved()[r]);
        }
        XYSeriesCollection series = new XYSeriesCollection();
        series.addSeries(formed);
        series.addSeries(dissolved);
        series.setIntervalWidth(0.7);

        XYBarRenderer renderer = new XYBarRenderer();
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setSeriesPaint(0, FORMED_COLOUR);
        renderer.setSeriesPaint(1, DISSOLVED_COLOUR);
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
