package realign.charts;

import java.awt.Color;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.chart.ui.Drawable;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import realign.InputException;

/**
 * {@code blocs-over-time}: members per bloc (top) and the blocs' shares of capability (bottom) over the rounds,
 * as stacked areas on one round axis, from {@code blocs.csv}. A bloc is named after its most capable member
 * ({@code Bloc A (USA)}) and has the colour of its label, as in every figure; unaligned countries are grey.
 */
final class BlocsOverTimeFigure implements Figure {

    static final String NAME = "blocs-over-time";
    static final String MEMBERS_AXIS = "Countries";
    static final String SHARE_AXIS = "Capability (%)";

    /** One bloc label over the rounds: members and share of capability (0..1). */
    record Bloc(String label, String legend, int[] sizes, double[] shares) {}

    record Data(int[] rounds, List<Bloc> blocs, realign.Calendar calendar) {}

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "Bloc membership and capability share over the rounds";
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
        return width == FigureWidth.SINGLE ? 260 : 300;
    }

    static Data read(Path dir) throws InputException {
        CsvTable csv = CsvTable.read(dir.resolve(RunSeries.BLOCS_CSV), "round", "bloc", "name", "size",
                "capability_share");
        if (csv.size() == 0) {
            throw new InputException(csv.file() + ": no rows");
        }
        TreeSet<Integer> roundSet = new TreeSet<>();
        for (int row = 0; row < csv.size(); row++) {
            roundSet.add(csv.integer(row, "round"));
        }
        int[] rounds = roundSet.stream().mapToInt(Integer::intValue).toArray();
        Map<Integer, Integer> index = new HashMap<>();
        for (int r = 0; r < rounds.length; r++) {
            index.put(rounds[r], r);
        }
        int n = rounds.length;
        Map<String, int[]> sizes = new TreeMap<>(BlocsOverTimeFigure::labelOrder);
        Map<String, double[]> shares = new HashMap<>();
        Map<String, String> lastName = new HashMap<>();
        Map<String, Integer> lastRound = new HashMap<>();
        for (int row = 0; row < csv.size(); row++) {
            int round = csv.integer(row, "round");
            int r = index.get(round);
            String label = csv.text(row, "bloc").strip();
            int size = csv.integer(row, "size");
            double share = csv.number(row, "capability_share");
            if (size < 0 || !(share >= 0 && share <= 1 + 1e-9)) {
                throw new InputException(csv.where(row) + ": expected size >= 0 and capability_share in [0, 1], got "
                        + size + " and " + csv.text(row, "capability_share"));
            }
            sizes.computeIfAbsent(label, k -> new int[n])[r] = size;
            shares.computeIfAbsent(label, k -> new double[n])[r] = share;
            if (size > 0 && round >= lastRound.getOrDefault(label, Integer.MIN_VALUE)) {
                lastRound.put(label, round);
                lastName.put(label, csv.text(row, "name").strip());
            }
        }
        List<Bloc> blocs = new ArrayList<>();
        for (var e : sizes.entrySet()) {
            String label = e.getKey();
            if (lastRound.containsKey(label)) {
                blocs.add(new Bloc(label, legend(label, lastName.get(label)), e.getValue(), shares.get(label)));
            }
        }
        return new Data(rounds, List.copyOf(blocs), RunCharts.calendar(dir));
    }

    static JFreeChart chart(Data data) {
        int n = data.rounds().length;
        double[] members = new double[n];
        double[] percent = new double[n];
        XYSeriesCollection membersData = new XYSeriesCollection();
        XYSeriesCollection shareData = new XYSeriesCollection();
        XYAreaRenderer membersRenderer = areaRenderer();
        XYAreaRenderer shareRenderer = areaRenderer();
        double total = 0;
        for (int i = 0; i < data.blocs().size(); i++) {
            Bloc b = data.blocs().get(i);
            XYSeries m = new XYSeries(b.legend(), false, false);
            XYSeries s = new XYSeries(b.legend(), false, false);
            for (int r = 0; r < n; r++) {
                members[r] += b.sizes()[r];
                percent[r] += 100 * b.shares()[r];
                m.add(data.rounds()[r], members[r]);
                s.add(data.rounds()[r], Math.min(percent[r], 100));
                total = Math.max(total, members[r]);
            }
            membersData.addSeries(m);
            shareData.addSeries(s);
            Color colour = FigureStyle.blocColour(b.label());
            membersRenderer.setSeriesPaint(i, colour);
            shareRenderer.setSeriesPaint(i, colour);
        }
        // only the upper panel's entries go into the legend: both panels have the same blocs
        shareRenderer.setDefaultSeriesVisibleInLegend(false);

        NumberAxis membersAxis = FigureStyle.axis(new NumberAxis(MEMBERS_AXIS));
        membersAxis.setRange(0, Math.max(total, 1));
        membersAxis.setTickUnit(new NumberTickUnit(OverviewChart.niceStep((int) total), new DecimalFormat("0")));
        NumberAxis shareAxis = FigureStyle.axis(new NumberAxis(SHARE_AXIS));
        shareAxis.setRange(0, 100);
        shareAxis.setTickUnit(new NumberTickUnit(25, new DecimalFormat("0")));

        XYPlot top = RunCharts.panel(new XYPlot(membersData, null, membersAxis, membersRenderer));
        XYPlot bottom = RunCharts.panel(new XYPlot(shareData, null, shareAxis, shareRenderer));
        // the running totals are drawn tallest first, so each bloc's band shows between its neighbours
        top.setSeriesRenderingOrder(SeriesRenderingOrder.REVERSE);
        bottom.setSeriesRenderingOrder(SeriesRenderingOrder.REVERSE);

        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(RunCharts.roundAxis(data.rounds(), 0, data.calendar()));
        plot.setGap(12);
        plot.add(top, 1);
        plot.add(bottom, 1);
        plot.setOutlineVisible(false);
        plot.setBackgroundPaint(Color.WHITE);
        JFreeChart chart = RunCharts.chart(plot);
        chart.addSubtitle(RunCharts.bottomLegend(top));
        return chart;
    }

    /**
     * Areas from the axis up to each running total, one filled path per bloc: a stacking renderer fills each
     * segment separately, which leaves hairline seams in PNG, SVG and PDF viewers.
     */
    private static XYAreaRenderer areaRenderer() {
        XYAreaRenderer renderer = new XYAreaRenderer(XYAreaRenderer.AREA);
        renderer.setLegendArea(RunCharts.swatch());
        return renderer;
    }

    /** Letters in order (A..Z, then AA..), unaligned last. */
    private static int labelOrder(String a, String b) {
        boolean ua = a.equals(RunSeries.UNALIGNED);
        boolean ub = b.equals(RunSeries.UNALIGNED);
        if (ua || ub) {
            return Boolean.compare(ua, ub);
        }
        return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }

    static String legend(String label, String name) {
        if (label.equals(RunSeries.UNALIGNED)) {
            return "Unaligned";
        }
        return name == null || name.isEmpty() ? "Bloc " + label : "Bloc " + label + " (" + name + ")";
    }
}
