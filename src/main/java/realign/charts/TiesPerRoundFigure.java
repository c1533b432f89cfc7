package realign.charts;

import java.awt.Color;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.ui.Drawable;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;
import realign.InputException;

/**
 * {@code ties-per-round}: the tie events of each round from {@code ties.csv}, one panel per layer (security ties
 * above, trade agreements below, on one round axis), one colour per kind of event in both panels. Bars above zero
 * count what was made (formed, strengthened, joined or signed by a shock), bars below zero what ended (dissolved,
 * or ended by a leave); the axis is signed, so −5 is five ties ended. A run written before model v2 (ties.csv
 * without a {@code layer} column) has the security panel only.
 */
final class TiesPerRoundFigure implements Figure {

    static final String NAME = "ties-per-round";
    static final String SECURITY_AXIS = "Security ties";
    static final String TRADE_AXIS = "Trade agreements";
    /** The note of a panel without events. */
    static final String NONE = "none in this run";

    /** A kind of tie event as the figure draws it: a legend entry, a colour, up (made) or down (ended). */
    enum Event {
        FORMED("formed", FigureStyle.BLUISH_GREEN, true),
        STRENGTHENED("strengthened (deepened)", FigureStyle.BLUE, true),
        SHOCK("joined or signed (shock)", FigureStyle.SKY_BLUE, true),
        DISSOLVED("dissolved", FigureStyle.ORANGE, false),
        LEFT("ended by a leave (shock)", FigureStyle.VERMILLION, false);

        final String legend;
        final Color colour;
        final boolean up;

        Event(String legend, Color colour, boolean up) {
            this.legend = legend;
            this.colour = colour;
            this.up = up;
        }

        /**
         * The kind of a ties.csv row (its event name checked by {@link RunRoundFiles#ties}); null for a {@code left}
         * row whose tie keeps another source (value above 0: nothing ended, nothing made).
         */
        static Event of(RunRoundFiles.TieRow row) {
            return switch (row.event()) {
                case FORMED -> FORMED;
                case STRENGTHENED -> STRENGTHENED;
                case JOINED, SIGNED -> SHOCK;
                case DISSOLVED -> DISSOLVED;
                case LEFT -> RunRoundFiles.ended(row) ? LEFT : null;
            };
        }
    }

    /** One panel: a layer's counts per event and round ({@code counts.get(e)[r]} for {@code rounds[r]}). */
    record Panel(String axis, Map<Event, int[]> counts) {
        Panel {
            counts = Map.copyOf(counts);
        }

        int count(Event e, int r) {
            return counts.get(e)[r];
        }

        /** Events of this panel with at least one count. */
        Set<Event> present() {
            Set<Event> present = EnumSet.noneOf(Event.class);
            for (Event e : Event.values()) {
                for (int c : counts.get(e)) {
                    if (c > 0) {
                        present.add(e);
                        break;
                    }
                }
            }
            return present;
        }
    }

    /** The security panel, then the trade panel (absent for a run folder of model v1). */
    record Data(int[] rounds, List<Panel> panels, realign.Calendar calendar) {
        Data {
            panels = List.copyOf(panels);
        }

        /** The legend's entries: formed, strengthened and dissolved always, the shocks' kinds where they occur. */
        List<Event> legend() {
            Set<Event> shown = EnumSet.of(Event.FORMED, Event.STRENGTHENED, Event.DISSOLVED);
            for (Panel p : panels) {
                shown.addAll(p.present());
            }
            return List.copyOf(shown);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "Tie events per round: security ties and trade agreements made and ended";
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
        return width == FigureWidth.SINGLE ? 260 : 290;
    }

    static Data read(Path dir) throws InputException {
        CsvTable csv = CsvTable.read(dir.resolve(RunSeries.ROUNDS_CSV), "round");
        int[] rounds = RunCharts.rounds(csv);
        Map<Integer, Integer> index = new HashMap<>();
        for (int r = 0; r < rounds.length; r++) {
            index.put(rounds[r], r);
        }
        RunRoundFiles.TieRows ties = RunRoundFiles.ties(dir);
        List<String> layers = ties.layered() ? List.of(RunRoundFiles.SECURITY, RunRoundFiles.ECONOMIC)
                : List.of(RunRoundFiles.SECURITY);
        List<Map<Event, int[]>> counts = new ArrayList<>();
        for (int l = 0; l < layers.size(); l++) {
            Map<Event, int[]> byEvent = new java.util.EnumMap<>(Event.class);
            for (Event e : Event.values()) {
                byEvent.put(e, new int[rounds.length]);
            }
            counts.add(byEvent);
        }
        Path file = dir.resolve(RunRoundFiles.TIES_CSV);
        for (int i = 0; i < ties.rows().size(); i++) {
            RunRoundFiles.TieRow row = ties.rows().get(i);
            final int line = i + 2; // the header is line 1
            Event e = Event.of(row);
            Integer r = index.get(row.round());
            if (r == null) {
                throw new InputException(file + ":" + line + ": column 'round': expected a round of "
                        + RunSeries.ROUNDS_CSV + ", got " + row.round());
            }
            if (e != null) {
                counts.get(layers.indexOf(row.layer())).get(e)[r]++;
            }
        }
        List<Panel> panels = new ArrayList<>();
        panels.add(new Panel(SECURITY_AXIS, counts.get(0)));
        if (ties.layered()) {
            panels.add(new Panel(TRADE_AXIS, counts.get(1)));
        }
        return new Data(rounds, panels, RunCharts.calendar(dir));
    }

    static JFreeChart chart(Data data) {
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(RunCharts.roundAxis(data.rounds(), 0.6, data.calendar()));
        plot.setGap(10);
        for (Panel p : data.panels()) {
            plot.add(panel(data.rounds(), p), 1);
        }
        plot.setOutlineVisible(false);
        plot.setBackgroundPaint(Color.WHITE);
        JFreeChart chart = RunCharts.chart(plot);
        LegendItemCollection items = new LegendItemCollection();
        for (Event e : data.legend()) {
            LegendItem item = new LegendItem(e.legend, null, null, null, RunCharts.swatch(), e.colour);
            items.add(item);
        }
        chart.addSubtitle(RunCharts.bottomLegend(() -> items));
        return chart;
    }

    /** One layer's stacked bars: made above zero, ended below, each kind in its colour. */
    private static XYPlot panel(int[] rounds, Panel p) {
        DefaultTableXYDataset series = new DefaultTableXYDataset();
        StackedXYBarRenderer renderer = new StackedXYBarRenderer();
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        int k = 0;
        int up = 0;
        int down = 0;
        for (Event e : Event.values()) {
            XYSeries s = new XYSeries(e.legend, true, false);
            for (int r = 0; r < rounds.length; r++) {
                s.add(rounds[r], e.up ? p.count(e, r) : -p.count(e, r));
            }
            series.addSeries(s);
            renderer.setSeriesPaint(k++, e.colour);
        }
        for (int r = 0; r < rounds.length; r++) {
            int made = 0;
            int ended = 0;
            for (Event e : Event.values()) {
                if (e.up) {
                    made += p.count(e, r);
                } else {
                    ended += p.count(e, r);
                }
            }
            up = Math.max(up, made);
            down = Math.max(down, ended);
        }
        series.setIntervalWidth(0.7);
        int step = OverviewChart.niceStep(Math.max(Math.max(up, down), 1));
        NumberAxis counts = FigureStyle.axis(new NumberAxis(p.axis()));
        // ended ties are drawn below zero and labelled so: −5 is five ties ended (a true minus sign)
        DecimalFormat signed = new DecimalFormat("0");
        signed.setNegativePrefix("\u2212");
        counts.setTickUnit(new NumberTickUnit(step, signed));
        // down to the next tick, so the ended side has a labelled tick however short its bars; a layer where
        // nothing can end (trade agreements) starts at zero
        double low = down == 0 && p.axis().equals(TRADE_AXIS) ? 0 : -Math.ceil(Math.max(down, 1) / (double) step) * step;
        counts.setRange(low, Math.max(up, 1) * 1.08);
        XYPlot plot = RunCharts.panel(new XYPlot(series, null, counts, renderer));
        RunCharts.rangeGrid(plot);
        if (up == 0 && down == 0 && rounds.length > 0) {
            // an empty panel says so, rather than look like a failed drawing
            org.jfree.chart.annotations.XYTextAnnotation none = new org.jfree.chart.annotations.XYTextAnnotation(
                    NONE, (rounds[0] + rounds[rounds.length - 1]) / 2.0, 0.5);
            none.setFont(FigureStyle.LEGEND_FONT);
            none.setPaint(FigureStyle.AXIS);
            plot.addAnnotation(none);
        }
        plot.addRangeMarker(new ValueMarker(0, FigureStyle.AXIS, FigureStyle.AXIS_LINE), Layer.FOREGROUND);
        return plot;
    }
}
