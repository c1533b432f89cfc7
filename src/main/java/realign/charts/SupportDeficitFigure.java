package realign.charts;

import java.awt.Color;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Drawable;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import realign.InputException;

/**
 * {@code support-deficit}: for each single-country focus group (CAN, GBR, JPN, ... — groups such as the EU are
 * left out, their members' partners would not fit), the country's support as a share of its need
 * ({@code support/need} in {@code countries.csv}) over the rounds, one panel per country on a shared scale. A
 * dashed line marks 1 − δ ({@code renegotiation.deficitTolerance}): below it the country seeks partners. The
 * partners it gained ({@code formed} rows of {@code ties.csv}) are written at the round the tie formed.
 * Small multiples rather than one panel: a country can gain a partner every round, and five lines' worth of
 * labels on one panel cannot be read.
 */
final class SupportDeficitFigure implements Figure {

    static final String NAME = "support-deficit";
    static final String VALUE_AXIS = "Support (% of need)";
    static final String SEEKS_BELOW = "seeks below";
    static final String DELTA = "renegotiation.deficitTolerance";
    static final String COUNTRIES_CSV = "countries.csv";
    static final String TIES_CSV = "ties.csv";

    /** One country: its focus colour index, support/need (NaN where need is 0) and gains per round. */
    record Country(String iso3, int colourIndex, double[] share, List<PartnerLabels.Gain> gains) {}

    record Data(int[] rounds, List<Country> countries, double delta, realign.Calendar calendar) {}

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "Support as a share of need, and partners gained, of the focus countries";
    }

    @Override
    public Source source() {
        return Source.RUN;
    }

    /** Only runs with a single-country focus group; a missing or broken manifest is left to {@link #prepare}. */
    @Override
    public boolean appliesTo(Path dir) {
        try {
            return RunManifest.read(dir).focus().stream().anyMatch(f -> f.members().size() == 1);
        } catch (InputException e) {
            return true;
        }
    }

    @Override
    public Drawable prepare(Path dir, FigureWidth width) throws InputException {
        return chart(read(dir));
    }

    @Override
    public double heightPt(FigureWidth width) {
        return width == FigureWidth.SINGLE ? 380 : 400;
    }

    static Data read(Path dir) throws InputException {
        RunManifest manifest = RunManifest.read(dir);
        double delta = manifest.parameter(dir, DELTA);
        Map<String, Integer> focus = new java.util.LinkedHashMap<>();
        for (int i = 0; i < manifest.focus().size(); i++) {
            RunManifest.Focus f = manifest.focus().get(i);
            if (f.members().size() == 1) {
                focus.putIfAbsent(f.members().get(0), i);
            }
        }
        if (focus.isEmpty()) {
            throw new InputException(dir.resolve(RunManifest.FILE) + ": field 'scenario.focus': expected a focus"
                    + " group of one country (e.g. JPN), got none");
        }
        CsvTable csv = CsvTable.read(dir.resolve(COUNTRIES_CSV), "round", "iso3", "support", "need");
        TreeMap<Integer, Integer> index = new TreeMap<>();
        for (int row = 0; row < csv.size(); row++) {
            index.put(csv.integer(row, "round"), 0);
        }
        if (index.isEmpty()) {
            throw new InputException(csv.file() + ": no rows");
        }
        int[] rounds = index.keySet().stream().mapToInt(Integer::intValue).toArray();
        for (int r = 0; r < rounds.length; r++) {
            index.put(rounds[r], r);
        }
        Map<String, double[]> share = new HashMap<>();
        for (String iso3 : focus.keySet()) {
            double[] s = new double[rounds.length];
            java.util.Arrays.fill(s, Double.NaN);
            share.put(iso3, s);
        }
        for (int row = 0; row < csv.size(); row++) {
            double[] s = share.get(csv.text(row, "iso3").strip());
            if (s != null) {
                double need = csv.number(row, "need");
                s[index.get(csv.integer(row, "round"))] = need > 0 ? 100 * csv.number(row, "support") / need : Double.NaN;
            }
        }
        Map<String, TreeMap<Integer, List<String>>> partners = new HashMap<>();
        for (RunRoundFiles.TieRow t : RunRoundFiles.ties(dir).rows()) {
            // security agreements only (support is security support); run folders before model v2 have no layer
            if (!t.security() || !t.event().agreement()) {
                continue;
            }
            String a = t.a();
            String b = t.b();
            int round = t.round();
            if (focus.containsKey(a)) {
                partners.computeIfAbsent(a, k -> new TreeMap<>()).computeIfAbsent(round, k -> new ArrayList<>()).add(b);
            }
            if (focus.containsKey(b)) {
                partners.computeIfAbsent(b, k -> new TreeMap<>()).computeIfAbsent(round, k -> new ArrayList<>()).add(a);
            }
        }
        List<Country> countries = new ArrayList<>();
        for (var e : focus.entrySet()) {
            String iso3 = e.getKey();
            if (java.util.Arrays.stream(share.get(iso3)).allMatch(Double::isNaN)) {
                throw new InputException(csv.file() + ": no rows with a need > 0 for focus country " + iso3);
            }
            List<PartnerLabels.Gain> gains = new ArrayList<>();
            partners.getOrDefault(iso3, new TreeMap<>()).forEach((round, p) -> gains.add(
                    new PartnerLabels.Gain(round, String.join(" ", p))));
            countries.add(new Country(iso3, e.getValue(), share.get(iso3), List.copyOf(gains)));
        }
        return new Data(rounds, List.copyOf(countries), delta, RunCharts.calendar(dir));
    }

    static JFreeChart chart(Data data) {
        double max = 100;
        for (Country c : data.countries()) {
            for (double v : c.share()) {
                max = Double.isNaN(v) ? max : Math.max(max, v);
            }
        }
        double top = Math.ceil(max * 1.15 / 10) * 10;
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(RunCharts.roundAxis(data.rounds(), 0.6, data.calendar()));
        plot.setGap(6);
        double seeks = 100 * (1 - data.delta());
        for (int k = 0; k < data.countries().size(); k++) {
            Country c = data.countries().get(k);
            XYSeries s = new XYSeries(c.iso3(), false, true);
            for (int r = 0; r < data.rounds().length; r++) {
                s.add(data.rounds()[r], Double.isNaN(c.share()[r]) ? null : c.share()[r]);
            }
            Color colour = FigureStyle.focusColour(c.colourIndex());
            XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
            renderer.setSeriesPaint(0, colour);
            renderer.setSeriesStroke(0, FigureStyle.LINE);
            NumberAxis axis = FigureStyle.axis(new NumberAxis(c.iso3()));
            // the country, written across, names the panel; the figure's y title is on the left of all panels
            axis.setLabelAngle(Math.PI / 2);
            axis.setRange(0, top);
            axis.setTickUnit(new NumberTickUnit(top > 150 ? 100 : 50, new DecimalFormat("0")));
            XYPlot panel = RunCharts.panel(new XYPlot(new XYSeriesCollection(s), null, axis, renderer));
            panel.addRangeMarker(new ValueMarker(seeks, FigureStyle.MARKER, FigureStyle.SHOCK_LINE), Layer.BACKGROUND);
            panel.addAnnotation(new PartnerLabels(data.rounds(), c.share(), c.gains(), colour,
                    k == 0 ? SEEKS_BELOW : null, seeks), false);
            plot.add(panel, 1);
        }
        plot.setOutlineVisible(false);
        plot.setBackgroundPaint(Color.WHITE);
        JFreeChart chart = RunCharts.chart(plot);
        TextTitle yTitle = new TextTitle(VALUE_AXIS, FigureStyle.LABEL_FONT);
        yTitle.setPaint(FigureStyle.AXIS);
        yTitle.setPosition(RectangleEdge.LEFT);
        yTitle.setPadding(new RectangleInsets(0, 0, 0, 2));
        chart.addSubtitle(yTitle);
        return chart;
    }
}
