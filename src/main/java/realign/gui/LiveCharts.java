package realign.gui;

import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import realign.charts.FigureStyle;
import realign.observe.RunRecord;
import realign.observe.Table;
import realign.scenario.Scenario;

/**
 * The live charts, one window of three JFreeChart panels in the style of the run figures (palette, marks, axes):
 * mean trust in the U.S. by focus group, security ties formed, dissolved and strengthened and trade agreements made
 * per round, and bloc sizes. Their points are the
 * run's recorded series ({@link RunRecord}: the {@code rounds.csv} columns and {@code blocs.csv} sizes), read after
 * every step on the model's thread and added on the Swing thread.
 */
final class LiveCharts {

    static final String FORMED = "Formed";
    static final String DISSOLVED = "Dissolved";
    static final String STRENGTHENED = "Strengthened";
    static final String TRADE = "Trade agreements";

    final XYSeriesCollection trust = new XYSeriesCollection();
    final XYSeriesCollection ties = new XYSeriesCollection();
    final XYSeriesCollection blocs = new XYSeriesCollection();
    private final List<ChartPanel> panels = new ArrayList<>();
    private final XYLineAndShapeRenderer blocRenderer;
    private List<String> trustColumns = List.of();
    /** Rows of rounds.csv already charted; touched on the model's thread only. */
    private int charted;
    private JFrame frame;
    private final java.util.concurrent.ConcurrentLinkedQueue<Batch> pending = new java.util.concurrent.ConcurrentLinkedQueue<>();
    static final int REDRAW_MS = 300;
    static final int MARKS_UP_TO = 60;

    /** The points of some rounds, read from the record, to be added to the series. */
    record Batch(int[] rounds, double[][] trust, double[] formed, double[] dissolved, double[] strengthened,
                 double[] trade, List<List<RunRecord.Bloc>> blocs) {}

    LiveCharts() {
        panels.add(panel(chart("Trust in the U.S. by focus group", trust, "Mean trust in the U.S. (0–1)", renderer(), 0, 1)));
        XYLineAndShapeRenderer tieRenderer = renderer();
        tieRenderer.setSeriesPaint(0, FigureStyle.BLUISH_GREEN);
        tieRenderer.setSeriesPaint(1, FigureStyle.ORANGE);
        tieRenderer.setSeriesPaint(2, FigureStyle.BLUE); // strengthened, as in ties-per-round
        tieRenderer.setSeriesPaint(3, TiePortrayal.TRADE);
        panels.add(panel(chart("Ties per round", ties, "Ties per round", tieRenderer, Double.NaN, Double.NaN)));
        blocRenderer = renderer();
        panels.add(panel(chart("Bloc sizes", blocs, "Countries", blocRenderer, Double.NaN, Double.NaN)));
    }

    private static XYLineAndShapeRenderer renderer() {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        r.setAutoPopulateSeriesPaint(false);
        r.setAutoPopulateSeriesShape(false);
        r.setAutoPopulateSeriesStroke(false);
        r.setDefaultStroke(FigureStyle.LINE);
        for (int k = 0; k < 16; k++) {
            r.setSeriesPaint(k, FigureStyle.lineColour(k));
            r.setSeriesShape(k, FigureStyle.mark(k));
            r.setSeriesShapesFilled(k, FigureStyle.markFilled(k));
            r.setSeriesStroke(k, FigureStyle.LINE);
        }
        return r;
    }

    private static Font bigger(Font f) {
        return f.deriveFont(f.getSize2D() * 1.4f);
    }

    private static JFreeChart chart(String title, XYSeriesCollection data, String yLabel, XYLineAndShapeRenderer r,
                                    double min, double max) {
        NumberAxis x = FigureStyle.axis(new NumberAxis("Round"));
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setAutoRangeIncludesZero(true);
        NumberAxis y = FigureStyle.axis(new NumberAxis(yLabel));
        if (Double.isNaN(min)) {
            y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            y.setAutoRangeIncludesZero(true);
        } else {
            y.setRange(min, max);
        }
        for (NumberAxis a : List.of(x, y)) {
            a.setLabelFont(bigger(FigureStyle.LABEL_FONT));
            a.setTickLabelFont(bigger(FigureStyle.TICK_FONT));
        }
        XYPlot plot = new XYPlot(data, x, y, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinePaint(FigureStyle.GRID);
        plot.setRangeGridlinePaint(FigureStyle.GRID);
        plot.setDomainGridlineStroke(FigureStyle.GRID_LINE);
        plot.setRangeGridlineStroke(FigureStyle.GRID_LINE);
        JFreeChart chart = new JFreeChart(title, bigger(FigureStyle.LABEL_FONT).deriveFont(Font.BOLD), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(bigger(FigureStyle.LEGEND_FONT));
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        return chart;
    }

    private static ChartPanel panel(JFreeChart chart) {
        ChartPanel p = new ChartPanel(chart, 560, 230, 200, 120, 2400, 1600, true, true, true, true, true, true);
        p.setMouseWheelEnabled(true);
        return p;
    }

    List<ChartPanel> panels() {
        return List.copyOf(panels);
    }

    /** The window of the three charts (needs a screen). */
    JFrame frame() {
        if (frame == null) {
            frame = new JFrame("realign: charts");
            JPanel grid = new JPanel(new GridLayout(panels.size(), 1));
            panels.forEach(grid::add);
            frame.getContentPane().add(grid);
            frame.pack();
            new javax.swing.Timer(REDRAW_MS, e -> drain()).start();
        }
        return frame;
    }

    /** Empties the charts for a new run of {@code s} (one trust line per focus group). Model thread or Swing thread. */
    void reset(Scenario s) {
        charted = 0;
        pending.clear();
        List<String> names = s.focus().stream().map(Scenario.FocusGroup::name).toList();
        trustColumns = s.focus().stream().map(Scenario.FocusGroup::column).toList();
        onSwing(() -> {
            trust.removeAllSeries();
            names.forEach(name -> trust.addSeries(new XYSeries(name, false, false)));
            ties.removeAllSeries();
            ties.addSeries(new XYSeries(FORMED, false, false));
            ties.addSeries(new XYSeries(DISSOLVED, false, false));
            ties.addSeries(new XYSeries(STRENGTHENED, false, false));
            ties.addSeries(new XYSeries(TRADE, false, false));
            blocs.removeAllSeries();
        });
    }

    /** The rounds recorded since the last call; called on the model's thread, between steps. */
    Batch collect(RunRecord record) {
        Table rounds = record.rounds();
        List<String[]> rows = rounds.rows();
        int from = charted;
        int to = rows.size();
        charted = to;
        int k = to - from;
        int[] r = new int[k];
        double[][] t = new double[trustColumns.size()][k];
        double[] formed = new double[k];
        double[] dissolved = new double[k];
        double[] strengthened = new double[k];
        double[] trade = new double[k];
        List<List<RunRecord.Bloc>> b = new ArrayList<>();
        int[] cols = trustColumns.stream().mapToInt(rounds::column).toArray();
        int cf = rounds.column("ties_formed");
        int cd = rounds.column("ties_dissolved");
        int cs = rounds.column("ties_strengthened");
        int cef = rounds.column("economic_ties_formed");
        int ces = rounds.column("economic_ties_strengthened");
        for (int q = 0; q < k; q++) {
            String[] row = rows.get(from + q);
            r[q] = Integer.parseInt(row[0]);
            for (int g = 0; g < cols.length; g++) {
                t[g][q] = number(row[cols[g]]);
            }
            formed[q] = number(row[cf]);
            dissolved[q] = number(row[cd]);
            strengthened[q] = number(row[cs]);
            trade[q] = number(row[cef]) + number(row[ces]);
            b.add(record.blocsByRound().get(r[q]));
        }
        return new Batch(r, t, formed, dissolved, strengthened, trade, b);
    }

    private static double number(String cell) {
        return cell.equals("NA") ? Double.NaN : Double.parseDouble(cell);
    }

    /** Adds a batch to the series; on the Swing thread. Round 0 has no tie events and is left out of the tie chart. */
    void apply(Batch batch) {
        for (int q = 0; q < batch.rounds().length; q++) {
            int round = batch.rounds()[q];
            for (int g = 0; g < batch.trust().length && g < trust.getSeriesCount(); g++) {
                trust.getSeries(g).add(round, batch.trust()[g][q]);
            }
            if (round > 0) {
                ties.getSeries(0).add(round, batch.formed()[q]);
                ties.getSeries(1).add(round, batch.dissolved()[q]);
                ties.getSeries(2).add(round, batch.strengthened()[q]);
                ties.getSeries(3).add(round, batch.trade()[q]);
            }
            for (RunRecord.Bloc bloc : batch.blocs().get(q)) {
                blocSeries(bloc.label()).add(round, bloc.members().size());
            }
        }
    }

    private XYSeries blocSeries(String label) {
        int i = blocs.getSeriesIndex(label);
        if (i >= 0) {
            return blocs.getSeries(i);
        }
        XYSeries s = new XYSeries(label, false, false);
        blocs.addSeries(s);
        int k = blocs.getSeriesCount() - 1;
        blocRenderer.setSeriesPaint(k, FigureStyle.blocColour(label));
        blocRenderer.setSeriesShape(k, FigureStyle.mark(0));
        blocRenderer.setSeriesShapesFilled(k, true);
        return s;
    }

    /**
     * Reads what is new in the record (model thread) for the Swing thread to chart. The charts are redrawn at most
     * every {@link #REDRAW_MS} ms, however fast the model steps: redrawing three charts every round would cost
     * more than the round.
     */
    void update(RunRecord record) {
        pending.add(collect(record));
        if (frame == null || GraphicsEnvironment.isHeadless()) {
            onSwing(this::drain);
        }
    }

    /** Charts every pending batch with one redraw per chart; on the Swing thread. */
    void drain() {
        if (pending.isEmpty()) {
            return;
        }
        List<JFreeChart> all = panels.stream().map(ChartPanel::getChart).toList();
        all.forEach(c -> c.setNotify(false));
        for (Batch b = pending.poll(); b != null; b = pending.poll()) {
            apply(b);
        }
        // marks help to tell a few points apart; on a long run they only hide the lines
        boolean marks = trust.getSeriesCount() == 0 || trust.getItemCount(0) <= MARKS_UP_TO;
        for (JFreeChart c : all) {
            ((XYLineAndShapeRenderer) c.getXYPlot().getRenderer()).setDefaultShapesVisible(marks);
        }
        all.forEach(c -> c.setNotify(true));
    }

    static void onSwing(Runnable r) {
        if (SwingUtilities.isEventDispatchThread() || GraphicsEnvironment.isHeadless()) {
            r.run();
        } else {
            SwingUtilities.invokeLater(r);
        }
    }
}
