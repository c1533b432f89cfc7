package realign.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.ui.Drawable;
import realign.InputException;
import realign.model.TieEvent;
import realign.world.Country;
import realign.world.World;
import realign.world.WorldLoader;

/**
 * {@code world-map}: countries filled by bloc at round 0 and at the last round (one panel above the other),
 * on Natural Earth 1:50m outlines ({@code data/map/}), equirectangular. UN members with no outline at that
 * scale, or one too small to see in print, are drawn as a dot at their capital. Outlines that are no UN
 * member (Greenland, Taiwan, Western Sahara, ...) are pale grey. Blocs are named after their most capable
 * member. Over the last panel, lines between capitals show what the run changed (ties.csv): security ties formed,
 * deepened and ended, and the trade agreements made or deepened (the economic layer).
 */
final class WorldMapFigure implements Figure {

    static final String NAME = "world-map";
    static final String NOT_A_MEMBER = "not a UN member";
    static final String LINES_HEAD = "Lines (last panel), changes of the run:";
    static final String FORMED_LEGEND = "security tie formed";
    static final String DEEPENED_LEGEND = "security tie deepened";
    static final String ENDED_LEGEND = "security tie ended";
    static final String TRADE_LEGEND = "trade agreement made or deepened";

    /** The overlay's kinds of line, in drawing order (ended below, the agreements on top), with their styles. */
    enum Line {
        ENDED(ENDED_LEGEND, FigureStyle.AXIS, new BasicStroke(0.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                new float[] {2f, 1.5f}, 0f)),
        TRADE(TRADE_LEGEND, FigureStyle.REDDISH_PURPLE, new BasicStroke(0.5f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_ROUND, 10f, new float[] {1.5f, 1f}, 0f)),
        FORMED(FORMED_LEGEND, FigureStyle.ORANGE, new BasicStroke(0.625f, BasicStroke.CAP_ROUND,
                BasicStroke.JOIN_ROUND)),
        DEEPENED(DEEPENED_LEGEND, FigureStyle.BLACK, new BasicStroke(0.625f, BasicStroke.CAP_ROUND,
                BasicStroke.JOIN_ROUND));

        final String legend;
        final Color colour;
        final BasicStroke stroke;

        Line(String legend, Color colour, BasicStroke stroke) {
            this.legend = legend;
            this.colour = colour;
            this.stroke = stroke;
        }
    }

    /** A white line under each overlay line, so that it reads over any bloc's fill. */
    private static final Color HALO = new Color(255, 255, 255, 200);

    private static final Color NON_MEMBER = new Color(0xE8E8E8);
    private static final Stroke BORDER = new BasicStroke(0.25f);
    private static final Stroke DOT_EDGE = new BasicStroke(0.25f);
    /** An outline whose box is narrower and lower than this (points) is also marked with a dot. */
    private static final double TINY = 1.5;

    /** How a UN member is drawn. */
    enum Mark { OUTLINE, DOT, OUTLINE_AND_DOT }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "Blocs on the world map at round 0 and at the last round";
    }

    @Override
    public Source source() {
        return Source.RUN;
    }

    @Override
    public boolean appliesTo(Path dir) {
        return java.nio.file.Files.isRegularFile(dir.resolve(RunRoundFiles.COUNTRIES_CSV));
    }

    /**
     * The pairs ({@code "A-B"}) of each kind of line at the end of round {@code last}, from ties.csv: security ties
     * formed during the run and still there (re-formed ones included), deepened ({@code strengthened}) and not ended
     * since, ended (dissolved, or removed by a leave) and not formed again; trade agreements made or deepened
     * (economic {@code formed}, {@code strengthened} or {@code signed}). A tie formed and then deepened is a
     * deepened one. Empty for a run folder without ties.csv.
     */
    static Map<Line, java.util.SortedSet<String>> lines(Path dir, int last) throws InputException {
        Map<Line, java.util.SortedSet<String>> lines = new java.util.EnumMap<>(Line.class);
        for (Line l : Line.values()) {
            lines.put(l, new java.util.TreeSet<>());
        }
        if (!java.nio.file.Files.isRegularFile(dir.resolve(RunRoundFiles.TIES_CSV))) {
            return lines;
        }
        RunRoundFiles.TieRows rows = RunRoundFiles.ties(dir);
        lines.get(Line.DEEPENED).addAll(RunRoundFiles.deepened(rows, Integer.MIN_VALUE, last));
        lines.get(Line.TRADE).addAll(RunRoundFiles.tradeMade(rows, Integer.MIN_VALUE, last));
        for (RunRoundFiles.TieRow t : rows.rows()) {
            if (t.round() > last || !t.security()) {
                continue;
            }
            String p = t.pair();
            if (RunRoundFiles.ended(t)) {
                lines.get(Line.ENDED).add(p);
                lines.get(Line.FORMED).remove(p);
            } else if (t.event() == TieEvent.FORMED) {
                lines.get(Line.ENDED).remove(p);
                lines.get(Line.FORMED).add(p);
            } else if (t.event() == TieEvent.STRENGTHENED) {
                lines.get(Line.FORMED).remove(p); // a deepened tie, drawn as one
            } else if (t.event() == TieEvent.JOINED || t.event() == TieEvent.SIGNED) {
                lines.get(Line.ENDED).remove(p); // tied again by the shock (often a tie that was there all along)
            }
        }
        return lines;
    }

    @Override
    public Drawable prepare(Path dir, FigureWidth width) throws InputException {
        int last = RunRoundFiles.lastRound(dir);
        World world = WorldLoader.loadShipped();
        List<Panel> panels = new ArrayList<>();
        Map<String, String> strongest = new TreeMap<>();
        realign.Calendar calendar = RunCharts.calendar(dir);
        for (int round : last == 0 ? List.of(0) : List.of(0, last)) {
            Map<String, String> bloc = RunRoundFiles.blocOf(dir, round);
            for (RunRoundFiles.Bloc b : RunRoundFiles.blocs(dir, round)) {
                int i = world.indexOf(b.name());
                strongest.put(b.label(), i >= 0 ? world.country(i).name() : b.name());
            }
            panels.add(new Panel(RunCharts.roundName(round, calendar)
                    + (round == 0 ? " (before the shock)" : " (last)"), bloc,
                    round == 0 ? Map.of() : lines(dir, round)));
        }
        Map<String, String> legend = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : NetworkFigure.sortedLegend(strongest).entrySet()) {
            legend.put(e.getKey(), e.getKey().equals(RunSeries.UNALIGNED) ? "unaligned"
                    : "bloc " + e.getKey() + ", led by " + e.getValue());
        }
        return new Drawing(world, List.copyOf(panels), legend);
    }

    @Override
    public double heightPt(FigureWidth width) {
        return new Layout(width.points()).height();
    }

    /** {@code lines}: the changes of the run drawn over the panel (empty for round 0). */
    record Panel(String title, Map<String, String> blocOf, Map<Line, java.util.SortedSet<String>> lines) {}

    record Layout(double w) implements MapCanvas.TwoPanels {
        @Override
        public double legendNarrowH() {
            return 68;
        }

        @Override
        public double legendWideH() {
            return 34;
        }

        /** Outline detail kept: points closer than this (points) are merged. */
        double minStep() {
            return 0.9;
        }

        double dotRadius() {
            return narrow() ? 1.0 : 1.4;
        }
    }

    /** How each UN member of the shipped world is drawn at a page width (for tests: every member is drawn). */
    static Map<String, Mark> marks(double pageWidth) {
        Layout l = new Layout(pageWidth);
        MapCanvas.Frame f = l.frame(0);
        World world = WorldLoader.loadShipped();
        CountryOutlines outlines = CountryOutlines.shipped();
        Map<String, Mark> marks = new TreeMap<>();
        for (Country c : world.countries()) {
            Path2D.Double shape = outlines.projected(c.iso3(), f.x0(), f.y0(), f.k(), l.minStep());
            if (shape == null) {
                marks.put(c.iso3(), Mark.DOT);
            } else {
                Rectangle2D b = shape.getBounds2D();
                marks.put(c.iso3(), b.getWidth() < TINY && b.getHeight() < TINY ? Mark.OUTLINE_AND_DOT : Mark.OUTLINE);
            }
        }
        return marks;
    }

    private record Drawing(World world, List<Panel> panels, Map<String, String> legend) implements Drawable {

        @Override
        public void draw(Graphics2D g, Rectangle2D area) {
            Layout l = new Layout(area.getWidth());
            Map<String, Mark> marks = marks(area.getWidth());
            Graphics2D g2 = (Graphics2D) g.create();
            try {
                g2.translate(area.getX(), area.getY());
                for (int p = 0; p < panels.size(); p++) {
                    drawPanel(g2, l, l.frame(p), panels.get(p), marks);
                }
                drawLegend(g2, l, panels.size() * l.panelH() + 2);
            } finally {
                g2.dispose();
            }
        }

        private void drawPanel(Graphics2D g, Layout l, MapCanvas.Frame f, Panel panel, Map<String, Mark> marks) {
            MapCanvas.text(g, panel.title(), FigureStyle.LABEL_FONT, FigureStyle.AXIS, f.x(), f.y() - 3,
                    MapCanvas.Align.LEFT);
            Shape clip = g.getClip();
            g.clip(f.bounds());
            CountryOutlines outlines = CountryOutlines.shipped();
            // one path per fill colour (bloc labels sorted, non-members first) and one for all borders
            Map<String, Path2D.Double> byBloc = new TreeMap<>();
            Path2D.Double borders = new Path2D.Double(Path2D.WIND_EVEN_ODD);
            for (String iso : outlines.iso3()) {
                Path2D.Double shape = outlines.projected(iso, f.x0(), f.y0(), f.k(), l.minStep());
                String key = world.indexOf(iso) < 0 ? "" : panel.blocOf().getOrDefault(iso, RunSeries.UNALIGNED);
                byBloc.computeIfAbsent(key, k -> new Path2D.Double(Path2D.WIND_EVEN_ODD)).append(shape, false);
                borders.append(shape, false);
            }
            for (Map.Entry<String, Path2D.Double> e : byBloc.entrySet()) {
                g.setColor(e.getKey().isEmpty() ? NON_MEMBER : FigureStyle.blocColour(e.getKey()));
                g.fill(e.getValue());
            }
            g.setColor(Color.WHITE);
            g.setStroke(BORDER);
            g.draw(borders);
            g.setStroke(DOT_EDGE);
            double r = l.dotRadius();
            for (Country c : world.countries()) {
                if (marks.get(c.iso3()) != Mark.OUTLINE) {
                    Ellipse2D.Double dot = new Ellipse2D.Double(CountryOutlines.round(f.px(c.lon()) - r),
                            CountryOutlines.round(f.py(c.lat()) - r), 2 * r, 2 * r);
                    g.setColor(FigureStyle.blocColour(panel.blocOf().getOrDefault(c.iso3(), RunSeries.UNALIGNED)));
                    g.fill(dot);
                    g.setColor(FigureStyle.AXIS);
                    g.draw(dot);
                }
            }
            drawLines(g, f, panel.lines());
            g.setClip(clip);
        }

        /** The run's changes between capitals, each kind one path over a white halo. */
        private void drawLines(Graphics2D g, MapCanvas.Frame f, Map<Line, java.util.SortedSet<String>> lines) {
            for (Line kind : Line.values()) {
                java.util.SortedSet<String> pairs = lines.getOrDefault(kind, java.util.Collections.emptySortedSet());
                Path2D.Double path = new Path2D.Double();
                for (String pair : pairs) {
                    int dash = pair.indexOf('-');
                    int a = world.indexOf(pair.substring(0, dash));
                    int b = world.indexOf(pair.substring(dash + 1));
                    if (a >= 0 && b >= 0) {
                        Country ca = world.country(a);
                        Country cb = world.country(b);
                        MapCanvas.addLine(path, f, new double[] {ca.lon(), ca.lat()}, new double[] {cb.lon(), cb.lat()});
                    }
                }
                if (path.getCurrentPoint() == null) {
                    continue; // nothing of this kind: no empty path in the SVG
                }
                g.setColor(HALO);
                g.setStroke(new BasicStroke(kind.stroke.getLineWidth() + 0.75f, BasicStroke.CAP_ROUND,
                        BasicStroke.JOIN_ROUND));
                g.draw(path);
                g.setColor(kind.colour);
                g.setStroke(kind.stroke);
                g.draw(path);
            }
        }

        private void drawLegend(Graphics2D g, Layout l, double y) {
            double x = Layout.MARGIN;
            double cy = y + 8;
            List<Map.Entry<String, Color>> entries = new ArrayList<>();
            for (Map.Entry<String, String> e : legend.entrySet()) {
                entries.add(Map.entry(e.getValue(), FigureStyle.blocColour(e.getKey())));
            }
            entries.add(Map.entry(NOT_A_MEMBER, NON_MEMBER));
            for (Map.Entry<String, Color> e : entries) {
                double w = 9 + MapCanvas.width(g, e.getKey(), FigureStyle.LEGEND_FONT);
                if (x > Layout.MARGIN && x + w > l.w() - Layout.MARGIN) {
                    x = Layout.MARGIN;
                    cy += 10;
                }
                g.setColor(e.getValue());
                g.fill(new Rectangle2D.Double(x, cy - 6, 6, 6));
                MapCanvas.text(g, e.getKey(), FigureStyle.LEGEND_FONT, FigureStyle.AXIS, x + 8.5, cy,
                        MapCanvas.Align.LEFT);
                x += w + 9;
            }
            if (panels.size() < 2) {
                return; // round 0 only: nothing changed
            }
            // the lines of the last panel, on the next rows
            x = Layout.MARGIN;
            cy += 11;
            MapCanvas.text(g, LINES_HEAD, FigureStyle.LEGEND_FONT, FigureStyle.AXIS, x, cy, MapCanvas.Align.LEFT);
            x += MapCanvas.width(g, LINES_HEAD, FigureStyle.LEGEND_FONT) + 8;
            for (Line kind : List.of(Line.FORMED, Line.DEEPENED, Line.ENDED, Line.TRADE)) {
                double w = 15 + MapCanvas.width(g, kind.legend, FigureStyle.LEGEND_FONT);
                if (x > Layout.MARGIN && x + w > l.w() - Layout.MARGIN) {
                    x = Layout.MARGIN;
                    cy += 10;
                }
                g.setColor(kind.colour);
                g.setStroke(kind.stroke);
                g.draw(new java.awt.geom.Line2D.Double(x, cy - 2.5, x + 12, cy - 2.5));
                MapCanvas.text(g, kind.legend, FigureStyle.LEGEND_FONT, FigureStyle.AXIS, x + 15, cy,
                        MapCanvas.Align.LEFT);
                x += w + 9;
            }
        }
    }
}
