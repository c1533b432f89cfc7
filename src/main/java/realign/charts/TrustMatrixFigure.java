package realign.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jfree.chart.ui.Drawable;
import realign.InputException;

/**
 * {@code trust-matrix}: the trust matrix of every round the run wrote one for ({@code trust-round-<t>.csv}: round 0,
 * every shock round and the last round), side by side in as many rows as make them largest; round 0 and the first
 * shock round (or the last round if the run has none) are required. Rows and columns are ordered by bloc at the end of that
 * round (bloc A first, members by capability, unaligned last), with a strip of bloc colours along the edges
 * and thin white lines between blocs.
 *
 * <p>The 193 × 193 cells are drawn as one raster image (each cell 3 × 3 pixels, nearest-neighbour scaled),
 * which the SVG and PDF embed as a PNG: 37,249 vector rectangles per panel would make them megabytes.
 * Separators, strips, text and the colour bar stay vector.
 */
final class TrustMatrixFigure implements Figure {

    static final String NAME = "trust-matrix";
    static final String COLOUR_BAR_LABEL = "Trust T_ij (row trusts column)";
    private static final int CELL_PX = 3;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "Trust matrices before and after each shock, ordered by bloc";
    }

    @Override
    public Source source() {
        return Source.RUN;
    }

    @Override
    public boolean appliesTo(Path dir) {
        return Files.isRegularFile(dir.resolve("trust-round-0.csv"));
    }

    @Override
    public Drawable prepare(Path dir, FigureWidth width) throws InputException {
        int shock = RunRoundFiles.firstShockRound(dir);
        TreeSet<Integer> rounds = RunRoundFiles.rounds(dir, "trust-round-", "csv");
        int last = rounds.isEmpty() ? 0 : rounds.last();
        java.util.Map<Integer, String> shocks = new java.util.HashMap<>();
        for (ShockBand.Shock s : ShockBand.byRound(RunManifest.read(dir).shocks(), 0, Integer.MAX_VALUE)) {
            shocks.put(s.round(), s.label());
        }
        // round 0 and the first shock round (or the last, without shocks) must be there; the others as written
        TreeSet<Integer> shown = new TreeSet<>(rounds);
        shown.add(0);
        shown.add(shock > 0 ? shock : last);
        List<Panel> panels = new ArrayList<>();
        realign.Calendar calendar = RunCharts.calendar(dir);
        for (int round : shown) {
            String name = RunCharts.roundName(round, calendar);
            String title;
            if (shocks.containsKey(round)) {
                title = name + ": " + shocks.get(round); // at the end of the round: after its shocks
            } else if (round == 0) {
                title = name + ": before";
            } else if (round == last) {
                title = name + (shocks.isEmpty() ? ": last (no shock)" : ": last");
            } else {
                title = name;
            }
            panels.add(panel(dir, round, title));
        }
        return new Drawing(List.copyOf(panels));
    }

    @Override
    public double heightPt(FigureWidth width) {
        Layout l = new Layout(width.points());
        return l.height();
    }

    /** One matrix in display order, with the bloc of each position. */
    record Panel(String title, BufferedImage image, List<String> blocOfRow, Map<String, String> blocNames) {}

    private static Panel panel(Path dir, int round, String title) throws InputException {
        RunRoundFiles.TrustMatrix m = RunRoundFiles.trust(dir, round);
        List<RunRoundFiles.Bloc> blocs = RunRoundFiles.blocs(dir, round);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < m.iso3().size(); i++) {
            index.put(m.iso3().get(i), i);
        }
        List<Integer> order = new ArrayList<>();
        List<String> blocOfRow = new ArrayList<>();
        Map<String, String> names = new LinkedHashMap<>();
        List<RunRoundFiles.Bloc> sorted = new ArrayList<>(blocs);
        // labelled blocs in label order, unaligned last
        sorted.sort((a, b) -> {
            boolean ua = a.label().equals(RunSeries.UNALIGNED);
            boolean ub = b.label().equals(RunSeries.UNALIGNED);
            return ua != ub ? Boolean.compare(ua, ub) : a.label().compareTo(b.label());
        });
        boolean[] placed = new boolean[m.iso3().size()];
        for (RunRoundFiles.Bloc b : sorted) {
            names.put(b.label(), b.name());
            for (String iso : b.members()) {
                Integer i = index.get(iso);
                if (i != null && !placed[i]) {
                    placed[i] = true;
                    order.add(i);
                    blocOfRow.add(b.label());
                }
            }
        }
        for (int i = 0; i < placed.length; i++) {
            if (!placed[i]) { // in the matrix but in no bloc row: shown last, as unaligned
                order.add(i);
                blocOfRow.add(RunSeries.UNALIGNED);
            }
        }
        int n = order.size();
        BufferedImage image = new BufferedImage(n * CELL_PX, n * CELL_PX, BufferedImage.TYPE_INT_RGB);
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                int rgb = MapCanvas.viridisRgb(m.value(order.get(r), order.get(c)));
                for (int dy = 0; dy < CELL_PX; dy++) {
                    for (int dx = 0; dx < CELL_PX; dx++) {
                        image.setRGB(c * CELL_PX + dx, r * CELL_PX + dy, rgb);
                    }
                }
            }
        }
        return new Panel(title, image, List.copyOf(blocOfRow), names);
    }

    /**
     * Positions in points for a page width and a number of panels. The page is as high as two panels side by side
     * need ({@link #heightPt}); more panels go into the grid of columns and rows that makes them largest.
     */
    record Layout(double w, int panels, int columns) {
        static final double TITLE = 12;
        static final double STRIP = 3;
        static final double LEFT = 10;
        static final double GAP = 16;
        static final double ROW_GAP = 4;
        static final double RIGHT = 3;
        static final double BELOW = 40;

        Layout(double w) {
            this(w, 2, 2);
        }

        /** The layout of {@code panels} panels on a page of width {@code w}: the columns that give the largest side. */
        static Layout of(double w, int panels) {
            double h = new Layout(w).height();
            Layout best = new Layout(w, panels, 1);
            for (int c = 1; c <= Math.max(1, panels); c++) {
                Layout l = new Layout(w, panels, c);
                if (l.side(h) > best.side(h) + 1e-9) {
                    best = l;
                }
            }
            return best;
        }

        int rows() {
            return Math.max(1, (panels + columns - 1) / columns);
        }

        /** The side of a panel's matrix: the width shared by the columns, unless the page height is shorter. */
        double side(double pageHeight) {
            double byWidth = (w - LEFT - (columns - 1) * GAP - RIGHT - columns * (STRIP + 1)) / columns;
            double byHeight = (pageHeight - BELOW - rows() * (TITLE + STRIP + 1) - (rows() - 1) * ROW_GAP) / rows();
            return Math.min(byWidth, byHeight);
        }

        /** Two panels side by side: the page height for every number of panels. */
        double side() {
            return (w - LEFT - GAP - RIGHT - 2 * (STRIP + 1)) / 2;
        }

        double height() {
            return TITLE + STRIP + 1 + side() + BELOW;
        }

        /** Left edge of panel {@code p}'s matrix; a grid narrower than the page is centred. */
        double x(int p) {
            double side = side(height());
            double spare = w - LEFT - RIGHT - columns * (side + STRIP + 1) - (columns - 1) * GAP;
            return LEFT + Math.max(0, spare) / 2 + STRIP + 1 + (p % columns) * (side + GAP + STRIP + 1);
        }

        /** Top edge of panel {@code p}'s matrix. */
        double y(int p) {
            return (p / columns) * (TITLE + STRIP + 1 + side(height()) + ROW_GAP) + TITLE + STRIP + 1;
        }

        /** Below the last row of panels: where the colour bar and the bloc legend go. */
        double bottom() {
            return y((rows() - 1) * columns) + side(height());
        }
    }

    private record Drawing(List<Panel> panels) implements Drawable {
        @Override
        public void draw(Graphics2D g, Rectangle2D area) {
            Layout l = Layout.of(area.getWidth(), panels.size());
            Graphics2D g2 = (Graphics2D) g.create();
            try {
                g2.translate(area.getX(), area.getY());
                double s = l.side(l.height());
                Map<String, String> legend = new LinkedHashMap<>();
                for (int p = 0; p < panels.size(); p++) {
                    Panel panel = panels.get(p);
                    double x = l.x(p);
                    double y = l.y(p);
                    title(g2, panel.title(), s + Layout.STRIP + 1, x + s / 2, y - Layout.STRIP - 1 - 3);
                    int n = panel.blocOfRow().size();
                    double cell = s / n;
                    drawImage(g2, panel.image(), x, y, s);
                    // bloc strips (left and top) and separators
                    int start = 0;
                    g2.setStroke(new BasicStroke(0.6f));
                    for (int i = 1; i <= n; i++) {
                        if (i == n || !panel.blocOfRow().get(i).equals(panel.blocOfRow().get(start))) {
                            String bloc = panel.blocOfRow().get(start);
                            legend.putIfAbsent(bloc, panel.blocNames().getOrDefault(bloc, ""));
                            g2.setColor(FigureStyle.blocColour(bloc));
                            g2.fill(new Rectangle2D.Double(x - Layout.STRIP - 1, y + start * cell, Layout.STRIP,
                                    (i - start) * cell));
                            g2.fill(new Rectangle2D.Double(x + start * cell, y - Layout.STRIP - 1, (i - start) * cell,
                                    Layout.STRIP));
                            if ((i - start) * cell >= 8) {
                                MapCanvas.text(g2, shortLabel(bloc), FigureStyle.MARKER_FONT, FigureStyle.AXIS,
                                        x - Layout.STRIP - 2, y + (start + i) * cell / 2 + 2.5, MapCanvas.Align.RIGHT);
                            }
                            if (i < n) {
                                g2.setColor(Color.WHITE);
                                g2.draw(new Line2D.Double(x, y + i * cell, x + s, y + i * cell));
                                g2.draw(new Line2D.Double(x + i * cell, y, x + i * cell, y + s));
                            }
                            start = i;
                        }
                    }
                }
                drawColourBar(g2, l);
                drawBlocLegend(g2, l, legend);
            } finally {
                g2.dispose();
            }
        }

        /**
         * A panel title in the label font, or the smaller marker font where that does not fit; what still does not
         * fit is cut at a word of its description ("…"), never in its "Round t".
         */
        private static void title(Graphics2D g, String title, double width, double centre, double baseline) {
            Font font = FigureStyle.LABEL_FONT;
            String shown = title;
            if (MapCanvas.width(g, title, font) > width) {
                font = FigureStyle.MARKER_FONT;
                int colon = title.indexOf(": ");
                if (MapCanvas.width(g, title, font) > width && colon > 0) {
                    String round = title.substring(0, colon);
                    g.setFont(font);
                    String rest = ShockBand.fit(title.substring(colon + 2),
                            width - MapCanvas.width(g, round + ": ", font), g.getFontMetrics(), g);
                    shown = rest.isEmpty() ? round : round + ": " + rest;
                }
            }
            MapCanvas.text(g, shown, font, FigureStyle.AXIS, centre, baseline, MapCanvas.Align.CENTRE);
        }

        private static void drawImage(Graphics2D g, BufferedImage image, double x, double y, double s) {
            Object old = g.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            Graphics2D gi = (Graphics2D) g.create();
            try {
                gi.translate(x, y);
                gi.scale(s / image.getWidth(), s / image.getHeight());
                gi.drawImage(image, 0, 0, null);
            } finally {
                gi.dispose();
            }
            if (old != null) {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, old);
            }
        }

        private static void drawColourBar(Graphics2D g, Layout l) {
            double x = new Layout(l.w()).x(0); // where two panels side by side would start, as the legend
            double y = l.bottom() + 8;
            double w = Math.min(l.side(), 160);
            double h = 5;
            int steps = 64;
            for (int i = 0; i < steps; i++) {
                g.setColor(new Color(MapCanvas.viridisRgb((i + 0.5) / steps)));
                // slight overlap so no hairline gaps show between steps
                g.fill(new Rectangle2D.Double(x + i * w / steps, y, w / steps + 0.3, h));
            }
            g.setColor(FigureStyle.AXIS);
            g.setStroke(FigureStyle.AXIS_LINE);
            g.draw(new Rectangle2D.Double(x, y, w, h));
            for (int t = 0; t <= 4; t++) {
                double tx = x + w * t / 4.0;
                g.draw(new Line2D.Double(tx, y + h, tx, y + h + 2));
                MapCanvas.text(g, t == 0 ? "0" : t == 4 ? "1" : String.valueOf(t / 4.0), FigureStyle.TICK_FONT,
                        FigureStyle.AXIS, tx, y + h + 10, MapCanvas.Align.CENTRE);
            }
            MapCanvas.text(g, COLOUR_BAR_LABEL, FigureStyle.LABEL_FONT, FigureStyle.AXIS, x + w / 2, y + h + 21,
                    MapCanvas.Align.CENTRE);
        }

        private static void drawBlocLegend(Graphics2D g, Layout l, Map<String, String> legend) {
            double x = new Layout(l.w()).x(1);
            double y = l.bottom() + 8;
            double lineH = 9.5;
            int perColumn = 3;
            double columnW = (l.side() + Layout.STRIP) / 2;
            int i = 0;
            for (Map.Entry<String, String> e : legend.entrySet()) {
                double cx = x + (i / perColumn) * columnW;
                double cy = y + (i % perColumn) * lineH;
                g.setColor(FigureStyle.blocColour(e.getKey()));
                g.fill(new Rectangle2D.Double(cx, cy, 6, 6));
                String text = e.getKey().equals(RunSeries.UNALIGNED) ? "unaligned"
                        : "bloc " + e.getKey() + (e.getValue().isEmpty() ? "" : " (" + e.getValue() + ")");
                MapCanvas.text(g, text, FigureStyle.LEGEND_FONT, FigureStyle.AXIS, cx + 8.5, cy + 6,
                        MapCanvas.Align.LEFT);
                i++;
            }
        }

        private static String shortLabel(String bloc) {
            return bloc.equals(RunSeries.UNALIGNED) ? "u" : bloc;
        }
    }
}
