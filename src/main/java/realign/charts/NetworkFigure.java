package realign.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jfree.chart.ui.Drawable;
import realign.InputException;
import realign.world.Country;
import realign.world.World;
import realign.world.WorldLoader;

/**
 * {@code network}: the alliance network at the first and the last round, one panel above the other, each
 * country at its capital (equirectangular: x = longitude, y = latitude, so the layout is fixed by geography),
 * node area proportional to capability, node colour its bloc; ties as thin grey lines (multilateral ones
 * lighter), ties new since round 0 orange and thicker in the last panel, ties of round 0 that dissolved and
 * formed again (ties.csv) sky blue and dashed there, security ties deepened during the run black, and the trade
 * agreements made or deepened during the run (the economic layer of ties.csv) thin, dotted and reddish purple; the
 * ten most capable labelled.
 * A tie spanning more than 180° of longitude is drawn the short way, across the map's edge. Land, and each
 * kind of tie, is one path, which keeps the SVG and PDF small.
 */
final class NetworkFigure implements Figure {

    static final String NAME = "network";
    static final String NEW_TIES_LEGEND = "new tie since round 0";
    static final String REFORMED_TIES_LEGEND = "round-0 tie re-formed after dissolving";
    static final String DEEPENED_TIES_LEGEND = "tie deepened in the run";
    static final String TRADE_LEGEND = "trade agreement made or deepened in the run";
    static final int LABELLED = 10;

    private static final Color LAND = new Color(0xEDEDED);
    private static final Color TIE = new Color(0x55, 0x55, 0x55, 110);
    private static final Color MULTILATERAL_TIE = new Color(0x88, 0x88, 0x88, 45);
    /** Orange: of the Okabe–Ito colours, the one no bloc A–D uses, and distinct from the grey ties. */
    private static final Color NEW_TIE = FigureStyle.ORANGE;
    /** Sky blue, dashed: apart from the new ties in colour and, in grey print, in pattern. */
    static final Color REFORMED_TIE = FigureStyle.SKY_BLUE;
    // stroke widths exactly representable as floats, so the SVG writes "0.25", not "0.30000001192092896"
    private static final Stroke TIE_STROKE = new BasicStroke(0.25f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final Stroke NEW_TIE_STROKE = new BasicStroke(0.625f, BasicStroke.CAP_ROUND,
            BasicStroke.JOIN_ROUND);
    /** At single width the panels are half as wide and the same number of new ties would cover them. */
    private static final Stroke NEW_TIE_STROKE_NARROW = new BasicStroke(0.5f, BasicStroke.CAP_ROUND,
            BasicStroke.JOIN_ROUND);
    private static final Stroke NODE_EDGE = new BasicStroke(0.25f);
    private static final Stroke REFORMED_TIE_STROKE = new BasicStroke(1.0f, BasicStroke.CAP_BUTT,
            BasicStroke.JOIN_ROUND, 10f, new float[] {3f, 1.5f}, 0f);
    /** Black and as thick as a new tie: a deepened tie is a stronger one, drawn darker than the plain grey ties. */
    static final Color DEEPENED_TIE = FigureStyle.BLACK;
    /**
     * Reddish purple, thin and finely dotted: the economic layer, apart from every security style in colour and,
     * in grey print, in pattern. Only the trade agreements of the run are drawn: the thousands in force at round 0
     * (the EU single market alone is 351 pairs) would cover the map.
     */
    static final Color TRADE_TIE = FigureStyle.REDDISH_PURPLE;
    private static final Stroke TRADE_STROKE = new BasicStroke(0.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
            10f, new float[] {1.5f, 1f}, 0f);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "Alliance network at the first and last round, countries at their capitals";
    }

    @Override
    public Source source() {
        return Source.RUN;
    }

    @Override
    public boolean appliesTo(Path dir) {
        try {
            return !RunRoundFiles.rounds(dir, "network-round-", "graphml").isEmpty();
        } catch (InputException e) {
            return false;
        }
    }

    @Override
    public Drawable prepare(Path dir, FigureWidth width) throws InputException {
        TreeSet<Integer> rounds = RunRoundFiles.rounds(dir, "network-round-", "graphml");
        if (rounds.isEmpty()) {
            throw new InputException(dir.resolve("network-round-0.graphml") + ": file is missing (no"
                    + " network-round-<t>.graphml in " + dir + ")");
        }
        World world = WorldLoader.loadShipped();
        Map<String, String> names = new LinkedHashMap<>();
        List<Panel> panels = new ArrayList<>();
        int first = rounds.first();
        int last = rounds.last();
        realign.Calendar calendar = RunCharts.calendar(dir);
        for (int round : first == last ? List.of(first) : List.of(first, last)) {
            RunRoundFiles.Network net = RunRoundFiles.network(dir, round);
            for (RunRoundFiles.Bloc b : RunRoundFiles.blocs(dir, round)) {
                names.putIfAbsent(b.label(), b.name());
            }
            java.util.Set<String> reformed = new java.util.HashSet<>();
            Changes changes = Changes.NONE;
            if (round != first) {
                java.util.Set<String> dissolved = RunRoundFiles.dissolvedBy(dir, round);
                for (RunRoundFiles.Tie t : net.ties()) {
                    if (!t.isNew() && dissolved.contains(t.a() + "-" + t.b())) {
                        reformed.add(t.a() + "-" + t.b());
                    }
                }
                changes = changes(RunRoundFiles.ties(dir), first, round, net);
            }
            panels.add(new Panel(RunCharts.roundName(round, calendar) + (round == first ? " (first)" : " (last)"),
                    net, round != first, java.util.Set.copyOf(reformed), changes));
        }
        boolean layered = first != last && RunRoundFiles.ties(dir).layered();
        return new Drawing(world, List.copyOf(panels), sortedLegend(names), layered ? tradeAtStart(dir, first) : -1);
    }

    /**
     * What the run did to a panel's ties beyond the GraphML: the security ties present at {@code to} that were
     * deepened ({@code strengthened}) after {@code from} and not ended since, and the pairs that made or deepened a
     * trade agreement after {@code from} ({@code formed}, {@code strengthened} or {@code signed} in the economic
     * layer; economic ties never end), each as {@code "A-B"} in pair order.
     */
    record Changes(java.util.SortedSet<String> deepened, java.util.SortedSet<String> trade) {
        static final Changes NONE = new Changes(new TreeSet<>(), new TreeSet<>());

        Changes {
            deepened = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(deepened));
            trade = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(trade));
        }
    }

    static Changes changes(RunRoundFiles.TieRows rows, int from, int to, RunRoundFiles.Network net) {
        java.util.Set<String> present = new java.util.HashSet<>();
        for (RunRoundFiles.Tie t : net.ties()) {
            present.add(t.a() + "-" + t.b());
        }
        TreeSet<String> deepened = RunRoundFiles.deepened(rows, from, to);
        deepened.retainAll(present);
        return new Changes(deepened, RunRoundFiles.tradeMade(rows, from, to));
    }

    /** Trade agreements in force at round {@code first} ({@code economic_ties} of rounds.csv), or -1 if not recorded. */
    private static int tradeAtStart(Path dir, int first) throws InputException {
        CsvTable csv = CsvTable.read(dir.resolve(RunSeries.ROUNDS_CSV), "round");
        if (!csv.columns().contains("economic_ties")) {
            return -1;
        }
        for (int r = 0; r < csv.size(); r++) {
            if (csv.integer(r, "round") == first) {
                return csv.integer(r, "economic_ties");
            }
        }
        return -1;
    }

    static Map<String, String> sortedLegend(Map<String, String> names) {
        List<String> labels = new ArrayList<>(names.keySet());
        labels.sort(Comparator.comparing((String s) -> s.equals(RunSeries.UNALIGNED)).thenComparing(s -> s));
        Map<String, String> sorted = new LinkedHashMap<>();
        for (String l : labels) {
            sorted.put(l, names.get(l));
        }
        return sorted;
    }

    @Override
    public double heightPt(FigureWidth width) {
        Layout l = new Layout(width.points());
        return l.height();
    }

    /** {@code reformed}: the ties ("A-B") of round 0 that dissolved and formed again by this panel's round. */
    record Panel(String title, RunRoundFiles.Network network, boolean showNew, java.util.Set<String> reformed,
                 Changes changes) {}

    /** Positions in points for a page width. */
    record Layout(double w) implements MapCanvas.TwoPanels {
        @Override
        public double legendNarrowH() {
            return 80;
        }

        @Override
        public double legendWideH() {
            return 46;
        }

        /** Radius of the largest node. */
        double maxRadius() {
            return narrow() ? 5 : 8;
        }
    }

    /** {@code tradeAtStart}: trade agreements in force in the first round; -1 for a run without an economic layer. */
    private record Drawing(World world, List<Panel> panels, Map<String, String> legend, int tradeAtStart)
            implements Drawable {

        @Override
        public void draw(Graphics2D g, Rectangle2D area) {
            Layout l = new Layout(area.getWidth());
            Graphics2D g2 = (Graphics2D) g.create();
            try {
                g2.translate(area.getX(), area.getY());
                for (int p = 0; p < panels.size(); p++) {
                    drawPanel(g2, l, l.frame(p), panels.get(p));
                }
                drawLegend(g2, l, 2 * l.panelH() + 2);
            } finally {
                g2.dispose();
            }
        }

        private void drawPanel(Graphics2D g, Layout l, MapCanvas.Frame f, Panel panel) {
            MapCanvas.text(g, panel.title(), FigureStyle.LABEL_FONT, FigureStyle.AXIS, f.x(), f.y() - 3,
                    MapCanvas.Align.LEFT);
            Shape clip = g.getClip();
            g.clip(f.bounds());
            g.setColor(LAND);
            CountryOutlines outlines = CountryOutlines.shipped();
            Path2D.Double land = new Path2D.Double(Path2D.WIND_EVEN_ODD);
            for (String iso : outlines.iso3()) {
                land.append(outlines.projected(iso, f.x0(), f.y0(), f.k(), 1.0), false);
            }
            g.fill(land);
            Map<String, double[]> at = new HashMap<>();
            for (RunRoundFiles.Node n : panel.network().nodes()) {
                int i = world.indexOf(n.iso3());
                if (i >= 0) {
                    Country c = world.country(i);
                    at.put(n.iso3(), new double[] {c.lon(), c.lat()});
                }
            }
            // multilateral first (lightest), then bilateral, the run's trade agreements, then deepened, new and
            // re-formed security ties on top
            Stroke thick = l.narrow() ? NEW_TIE_STROKE_NARROW : NEW_TIE_STROKE;
            Path2D.Double[] byKind = new Path2D.Double[6];
            for (int k = 0; k < byKind.length; k++) {
                byKind[k] = new Path2D.Double();
            }
            for (RunRoundFiles.Tie t : panel.network().ties()) {
                String pair = t.a() + "-" + t.b();
                boolean isNew = panel.showNew() && t.isNew();
                int kind = isNew ? 4 : panel.reformed().contains(pair) ? 5
                        : panel.changes().deepened().contains(pair) ? 3 : t.multilateral() ? 0 : 1;
                add(byKind[kind], f, at, t.a(), t.b());
            }
            for (String pair : panel.changes().trade()) {
                int dash = pair.indexOf('-');
                add(byKind[2], f, at, pair.substring(0, dash), pair.substring(dash + 1));
            }
            Color[] colours = {MULTILATERAL_TIE, TIE, TRADE_TIE, DEEPENED_TIE, NEW_TIE, REFORMED_TIE};
            Stroke[] strokes = {TIE_STROKE, TIE_STROKE, TRADE_STROKE, thick, thick, REFORMED_TIE_STROKE};
            for (int k = 0; k < byKind.length; k++) {
                if (byKind[k].getCurrentPoint() == null) {
                    continue; // nothing of this kind: no empty path in the SVG
                }
                g.setColor(colours[k]);
                g.setStroke(strokes[k]);
                g.draw(byKind[k]);
            }
            List<RunRoundFiles.Node> bySize = new ArrayList<>(panel.network().nodes());
            bySize.sort(Comparator.comparingDouble(RunRoundFiles.Node::capability).reversed()
                    .thenComparing(RunRoundFiles.Node::iso3));
            double maxCap = bySize.isEmpty() ? 1 : Math.max(bySize.get(0).capability(), 1e-12);
            g.setStroke(NODE_EDGE);
            for (RunRoundFiles.Node n : bySize) {
                double[] ll = at.get(n.iso3());
                if (ll == null) {
                    continue;
                }
                double[] p = {CountryOutlines.round(f.px(ll[0])), CountryOutlines.round(f.py(ll[1]))};
                double r = radius(l, n.capability(), maxCap);
                Ellipse2D.Double dot = new Ellipse2D.Double(p[0] - r, p[1] - r, 2 * r, 2 * r);
                g.setColor(FigureStyle.blocColour(n.bloc()));
                g.fill(dot);
                g.setColor(Color.WHITE);
                g.draw(dot);
            }
            List<Rectangle2D> taken = new ArrayList<>();
            for (int i = 0; i < Math.min(LABELLED, bySize.size()); i++) {
                RunRoundFiles.Node n = bySize.get(i);
                double[] ll = at.get(n.iso3());
                if (ll != null) {
                    double r = radius(l, n.capability(), maxCap);
                    taken.add(new Rectangle2D.Double(f.px(ll[0]) - r, f.py(ll[1]) - r, 2 * r, 2 * r));
                }
            }
            for (int i = 0; i < Math.min(LABELLED, bySize.size()); i++) {
                RunRoundFiles.Node n = bySize.get(i);
                double[] ll = at.get(n.iso3());
                if (ll != null) {
                    label(g, n.iso3(), f.px(ll[0]), f.py(ll[1]), radius(l, n.capability(), maxCap), taken);
                }
            }
            g.setClip(clip);
        }

        private static void add(Path2D.Double path, MapCanvas.Frame f, Map<String, double[]> at, String a, String b) {
            double[] pa = at.get(a);
            double[] pb = at.get(b);
            if (pa != null && pb != null) {
                MapCanvas.addLine(path, f, pa, pb);
            }
        }

        /**
         * A label beside its node: right, left, above or below, the first place that overlaps no node of a
         * labelled country and no label already placed (right if none is free). Deterministic: the largest
         * countries are placed first.
         */
        private static void label(Graphics2D g, String text, double x, double y, double r, List<Rectangle2D> taken) {
            double w = MapCanvas.width(g, text, FigureStyle.MARKER_FONT);
            double h = 5.5;
            double[][] spots = {
                {x + r + 1, y + h / 2}, {x - r - 1 - w, y + h / 2}, {x - w / 2, y - r - 1}, {x - w / 2, y + r + 1 + h}};
            double[] chosen = spots[0];
            for (double[] s : spots) {
                Rectangle2D box = new Rectangle2D.Double(s[0], s[1] - h, w, h);
                if (taken.stream().noneMatch(t -> t.intersects(box))) {
                    chosen = s;
                    break;
                }
            }
            taken.add(new Rectangle2D.Double(chosen[0], chosen[1] - h, w, h));
            MapCanvas.text(g, text, FigureStyle.MARKER_FONT, FigureStyle.MARKER, chosen[0], chosen[1],
                    MapCanvas.Align.LEFT);
        }

        private static double radius(Layout l, double capability, double maxCap) {
            return Math.max(0.6, l.maxRadius() * Math.sqrt(Math.max(capability, 0) / maxCap));
        }

        private void drawLegend(Graphics2D g, Layout l, double y) {
            double x = Layout.MARGIN;
            double lineH = 10;
            double cy = y + 7;
            for (Map.Entry<String, String> e : legend.entrySet()) { // the blocs on the first row
                String text = e.getKey().equals(RunSeries.UNALIGNED) ? "unaligned"
                        : "bloc " + e.getKey() + (e.getValue().isEmpty() ? "" : " (" + e.getValue() + ")");
                g.setColor(FigureStyle.blocColour(e.getKey()));
                g.fill(new Ellipse2D.Double(x, cy - 5.5, 6, 6));
                MapCanvas.text(g, text, FigureStyle.LEGEND_FONT, FigureStyle.AXIS, x + 8, cy, MapCanvas.Align.LEFT);
                x += 8 + MapCanvas.width(g, text, FigureStyle.LEGEND_FONT) + 8;
            }
            // the tie styles flow on the next rows, wrapping before an entry that would pass the right edge
            x = Layout.MARGIN;
            cy += lineH + 2;
            List<Object[]> entries = new ArrayList<>();
            entries.add(new Object[] {TIE, TIE_STROKE, tradeAtStart >= 0 ? "security tie" : "tie"});
            entries.add(new Object[] {new Color(0x88, 0x88, 0x88, 110), TIE_STROKE, "multilateral"});
            entries.add(new Object[] {NEW_TIE, NEW_TIE_STROKE, NEW_TIES_LEGEND});
            entries.add(new Object[] {REFORMED_TIE, REFORMED_TIE_STROKE, REFORMED_TIES_LEGEND});
            if (tradeAtStart >= 0) {
                entries.add(new Object[] {DEEPENED_TIE, NEW_TIE_STROKE, DEEPENED_TIES_LEGEND});
                entries.add(new Object[] {TRADE_TIE, TRADE_STROKE, TRADE_LEGEND});
                entries.add(new Object[] {null, null, "(the " + tradeAtStart + " of the first round not drawn)"});
            }
            entries.add(new Object[] {null, null, "node area \u221d capability"});
            for (Object[] e : entries) {
                String text = (String) e[2];
                double w = (e[0] == null ? 0 : 15) + MapCanvas.width(g, text, FigureStyle.LEGEND_FONT) + 8;
                if (x > Layout.MARGIN && x + w - 8 > l.w() - Layout.MARGIN) {
                    x = Layout.MARGIN;
                    cy += lineH + 1;
                }
                if (e[0] == null) {
                    MapCanvas.text(g, text, FigureStyle.LEGEND_FONT, FigureStyle.AXIS, x, cy, MapCanvas.Align.LEFT);
                    x += w;
                } else {
                    x = lineEntry(g, x, cy, (Color) e[0], (Stroke) e[1], text);
                }
            }
        }

        private static double lineEntry(Graphics2D g, double x, double y, Color c, Stroke s, String text) {
            g.setColor(c);
            g.setStroke(s);
            g.draw(new Line2D.Double(x, y - 2.5, x + 12, y - 2.5));
            MapCanvas.text(g, text, FigureStyle.LEGEND_FONT, FigureStyle.AXIS, x + 15, y, MapCanvas.Align.LEFT);
            return x + 15 + MapCanvas.width(g, text, FigureStyle.LEGEND_FONT) + 8;
        }
    }
}
