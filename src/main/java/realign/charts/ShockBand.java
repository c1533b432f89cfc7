package realign.charts;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleInsets;

/**
 * Shock rounds as thin dashed vertical lines across a plot, each labelled in a band above the data area (so no
 * label hides data). With one or two shock rounds the labels are written in the band: they start just right of
 * their line (or end just left of it, when the figure's right edge leaves too little room); where a label would
 * run into the next shock's line it goes to the upper of two rows, and the lines of the shocks it spans stop at
 * the lower row; what still does not fit is cut at a word and ends in "…". With {@link #NUMBERED_FROM} or more
 * shock rounds, labels in the band would hide one another (calendar-2025: seven rounds, only the first and last
 * could be named), so each line is numbered 1, 2, ... in the band and {@link #key} lists what each number is.
 */
final class ShockBand extends AbstractXYAnnotation {

    private static final long serialVersionUID = 1L;
    private static final Font FONT = FigureStyle.MARKER_FONT;
    private static final double ROW = 9;
    private static final double GAP = 2;
    static final String ELLIPSIS = "…";

    /** One shock round and its label (the labels of its shocks, joined). */
    record Shock(int round, String label) {}

    /** Shock rounds from which the lines are numbered and a key names them. */
    static final int NUMBERED_FROM = 3;
    /**
     * Characters of a shock round's labels shown in the key before they are cut at a word with "…", at double and at
     * single width: one line per number.
     */
    static final int KEY_LABEL_CHARS = 72;
    static final int KEY_LABEL_CHARS_SINGLE = 30;

    private final List<Shock> shocks;
    private final int rows;
    private final boolean numbered;

    private ShockBand(List<Shock> shocks) {
        this.shocks = List.copyOf(shocks);
        this.rows = shocks.size() > 1 ? 2 : 1;
        this.numbered = numbered(shocks);
    }

    /** Whether the lines of {@code shocks} are numbered, with a key, rather than labelled in the band. */
    static boolean numbered(List<Shock> shocks) {
        return shocks.size() >= NUMBERED_FROM;
    }

    /**
     * The key of numbered shock lines, one line per number: {@code 2  Mar 2025  U.S. pauses aid ...} (the round's
     * month, or {@code round r} without a calendar, then its shocks' labels, cut at a word with "…" after
     * {@link #KEY_LABEL_CHARS} characters, {@link #KEY_LABEL_CHARS_SINGLE} at single width); null when the lines
     * are labelled in the band.
     */
    static org.jfree.chart.title.TextTitle key(List<Shock> shocks, realign.Calendar calendar, FigureWidth width) {
        if (!numbered(shocks)) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < shocks.size(); i++) {
            Shock s = shocks.get(i);
            text.append(i == 0 ? "" : "\n").append(i + 1).append("  ")
                    .append(calendar == null ? "round " + s.round() : calendar.label(s.round())).append("  ")
                    .append(cut(s.label(), width == FigureWidth.SINGLE ? KEY_LABEL_CHARS_SINGLE : KEY_LABEL_CHARS));
        }
        org.jfree.chart.title.TextTitle t = new org.jfree.chart.title.TextTitle(text.toString(),
                FigureStyle.LEGEND_FONT);
        t.setPaint(FigureStyle.AXIS);
        t.setPosition(org.jfree.chart.ui.RectangleEdge.BOTTOM);
        t.setHorizontalAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
        t.setTextAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
        t.setPadding(new RectangleInsets(4, 2, 2, 2));
        return t;
    }

    /** {@code text} if it has at most {@code max} characters, else its longest word-cut prefix that fits, with "…". */
    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = text.lastIndexOf(' ', max - 1);
        String head = end > 0 ? text.substring(0, end) : text.substring(0, max - 1);
        return head.replaceAll("[,;:.]$", "") + ELLIPSIS;
    }

    /** The shocks of a manifest within {@code [first, last]}, one per round, labels of one round joined by ", ". */
    static List<Shock> byRound(List<RunManifest.Shock> shocks, int first, int last) {
        Map<Integer, Set<String>> labels = new TreeMap<>();
        for (RunManifest.Shock s : shocks) {
            if (s.round() >= first && s.round() <= last) {
                labels.computeIfAbsent(s.round(), k -> new LinkedHashSet<>()).add(s.label().strip());
            }
        }
        List<Shock> out = new ArrayList<>();
        labels.forEach((round, l) -> out.add(new Shock(round, String.join(", ", l))));
        return out;
    }

    /** The height of the band of labels above the plot: none without shocks, one row for one, two for more. */
    static double height(List<Shock> shocks) {
        return shocks.isEmpty() ? 0 : new ShockBand(shocks).rows * ROW + GAP;
    }

    /** Marks the shocks on {@code plot}: dashed lines behind the data, labels in a band on top. */
    static void addTo(XYPlot plot, List<Shock> shocks) {
        addTo(plot, shocks, Layer.BACKGROUND);
    }

    /** Marks the shocks on {@code plot}: dashed lines in {@code layer} (over filled areas: foreground), labels on top. */
    static void addTo(XYPlot plot, List<Shock> shocks, Layer layer) {
        if (shocks.isEmpty()) {
            return;
        }
        for (Shock s : shocks) {
            plot.addDomainMarker(new ValueMarker(s.round(), FigureStyle.MARKER, FigureStyle.SHOCK_LINE), layer);
        }
        ShockBand band = new ShockBand(shocks);
        RectangleInsets insets = plot.getInsets();
        plot.setInsets(new RectangleInsets(insets.getTop() + band.rows * ROW + GAP, insets.getLeft(),
                insets.getBottom(), insets.getRight()));
        plot.addAnnotation(band, false);
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
            int rendererIndex, PlotRenderingInfo info) {
        // the plot clips annotations to the data area; the band lies above it
        Shape clip = g2.getClip();
        g2.setClip(null);
        try {
            drawBand(g2, plot, dataArea, domainAxis);
        } finally {
            g2.setClip(clip);
        }
    }

    private void drawBand(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis) {
        g2.setFont(FONT);
        FontMetrics fm = g2.getFontMetrics(FONT);
        int n = shocks.size();
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = domainAxis.valueToJava2D(shocks.get(i).round(), dataArea, plot.getDomainAxisEdge());
        }
        double right = dataArea.getMaxX();
        double top = dataArea.getMinY() - GAP - rows * ROW;
        if (numbered) {
            drawNumbers(g2, fm, x, dataArea, top);
            return;
        }
        double topRowEnd = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double start = x[i] + GAP;
            double nextLine = i + 1 < n ? x[i + 1] - GAP : right;
            String text = shocks.get(i).label();
            double width = fm.getStringBounds(text, g2).getWidth();
            int row;
            String shown;
            boolean leftOfLine = false;
            if (rows == 2 && (start < topRowEnd + GAP || width <= nextLine - start)) {
                // under a label of the upper row, or fits before the next line: the lower row
                row = 1;
                shown = fit(text, nextLine - start, fm, g2);
            } else {
                // the upper (or only) row: right of the line, or left of it where that leaves more room
                row = 0;
                double rightRoom = right - start;
                double leftRoom = x[i] - GAP - Math.max(topRowEnd + GAP, dataArea.getMinX());
                leftOfLine = width > rightRoom && leftRoom > rightRoom;
                shown = fit(text, leftOfLine ? leftRoom : rightRoom, fm, g2);
                double shownWidth = fm.getStringBounds(shown, g2).getWidth();
                topRowEnd = leftOfLine ? x[i] : start + shownWidth;
                if (leftOfLine) {
                    start = x[i] - GAP - shownWidth;
                }
            }
            double rowTop = top + row * ROW;
            g2.setPaint(FigureStyle.MARKER);
            g2.setStroke(FigureStyle.SHOCK_LINE);
            g2.draw(new Line2D.Double(x[i], dataArea.getMinY(), x[i], rowTop + 1));
            if (!shown.isEmpty()) {
                g2.drawString(shown, (float) start, (float) (rowTop + ROW - 2));
            }
        }
    }

    /**
     * Numbers right of their lines, in the lower row where the previous number there leaves room, else in the upper
     * row (the line then runs up to it), else left of the line in the lower row.
     */
    private void drawNumbers(Graphics2D g2, FontMetrics fm, double[] x, Rectangle2D dataArea, double top) {
        double[] rowEnd = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int i = 0; i < x.length; i++) {
            String text = Integer.toString(i + 1);
            double width = fm.getStringBounds(text, g2).getWidth();
            double start = x[i] + GAP;
            int row = start >= rowEnd[1] + GAP ? 1 : start >= rowEnd[0] + GAP ? 0 : 1;
            if (row == 1 && start < rowEnd[1] + GAP) {
                start = x[i] - GAP - width;
            }
            rowEnd[row] = Math.max(rowEnd[row], start + width);
            double rowTop = top + row * ROW;
            g2.setPaint(FigureStyle.MARKER);
            g2.setStroke(FigureStyle.SHOCK_LINE);
            g2.draw(new Line2D.Double(x[i], dataArea.getMinY(), x[i], rowTop + 1));
            g2.drawString(text, (float) start, (float) (rowTop + ROW - 2));
        }
    }

    /** {@code text} if it fits in {@code width}, else its longest word-cut prefix with "…", else "". */
    static String fit(String text, double width, FontMetrics fm, Graphics2D g2) {
        if (fm.getStringBounds(text, g2).getWidth() <= width) {
            return text;
        }
        String best = "";
        for (int end = text.indexOf(' '); end > 0; end = text.indexOf(' ', end + 1)) {
            String cut = text.substring(0, end).replaceAll("[,;:.]$", "") + ELLIPSIS;
            if (fm.getStringBounds(cut, g2).getWidth() > width) {
                break;
            }
            best = cut;
        }
        if (best.isEmpty()) {
            // no whole word fits: as many characters as do
            for (int end = 1; end < text.length(); end++) {
                String cut = text.substring(0, end) + ELLIPSIS;
                if (fm.getStringBounds(cut, g2).getWidth() > width) {
                    break;
                }
                best = end >= 2 ? cut : "";
            }
        }
        return best;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ShockBand b && b.shocks.equals(shocks);
    }

    @Override
    public int hashCode() {
        return shocks.hashCode();
    }

    /** For tests: the rounds and labels, in order. */
    Map<Integer, String> labels() {
        Map<Integer, String> out = new LinkedHashMap<>();
        shocks.forEach(s -> out.put(s.round(), s.label()));
        return out;
    }
}
