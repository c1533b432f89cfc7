package realign.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * The partners a country gained, written next to its line in the round each tie formed: a dot on the line and the
 * partners' ISO3 codes in small upright text just above the line, or just below it where above is taken or out
 * of the panel. Labels are placed left to right and never overlap each other or the panel's note; one that
 * fits nowhere is left out (its dot stays).
 */
final class PartnerLabels extends AbstractXYAnnotation {

    private static final long serialVersionUID = 1L;
    static final Font FONT = new Font(FigureStyle.FONT_FAMILY, Font.PLAIN, 6);
    private static final double GAP = 2.5;
    private static final double DOT = 1.7;

    /** The partners gained in one round ({@code text}: their codes, space-separated). */
    record Gain(int round, String text) {}

    private final int[] rounds;
    private final double[] values;
    private final List<Gain> gains;
    private final Color colour;
    /** A note to write right-aligned just under the value {@code noteAt} (NaN: none). */
    private final String note;
    private final double noteAt;

    PartnerLabels(int[] rounds, double[] values, List<Gain> gains, Color colour, String note, double noteAt) {
        this.rounds = rounds.clone();
        this.values = values.clone();
        this.gains = List.copyOf(gains);
        this.colour = colour;
        this.note = note;
        this.noteAt = noteAt;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
            int rendererIndex, PlotRenderingInfo info) {
        int n = rounds.length;
        double[] px = new double[n];
        double[] py = new double[n];
        for (int i = 0; i < n; i++) {
            px[i] = domainAxis.valueToJava2D(rounds[i], dataArea, plot.getDomainAxisEdge());
            py[i] = Double.isNaN(values[i]) ? Double.NaN
                    : rangeAxis.valueToJava2D(values[i], dataArea, plot.getRangeAxisEdge());
        }
        List<Rectangle2D> taken = new ArrayList<>();
        if (note != null && !Double.isNaN(noteAt)) {
            taken.add(drawNote(g2, dataArea, rangeAxis.valueToJava2D(noteAt, dataArea, plot.getRangeAxisEdge()), px, py));
        }
        g2.setFont(FONT);
        FontMetrics fm = g2.getFontMetrics(FONT);
        // upright text: its thickness across the page is the line height
        double thick = fm.getAscent() + fm.getDescent();
        for (Gain gain : gains) {
            int i = indexOf(gain.round());
            if (i < 0 || Double.isNaN(py[i])) {
                continue;
            }
            g2.setPaint(colour);
            g2.fill(new Ellipse2D.Double(px[i] - DOT, py[i] - DOT, 2 * DOT, 2 * DOT));
            double length = fm.getStringBounds(gain.text(), g2).getWidth();
            double left = px[i] - thick / 2;
            double[] span = lineSpan(px, py, left, left + thick);
            Rectangle2D above = new Rectangle2D.Double(left, span[0] - GAP - length, thick, length);
            Rectangle2D below = new Rectangle2D.Double(left, span[1] + GAP, thick, length);
            Rectangle2D place = null;
            for (Rectangle2D r : new Rectangle2D[] {above, below}) {
                if (dataArea.contains(r) && taken.stream().noneMatch(t -> t.intersects(r))) {
                    place = r;
                    break;
                }
            }
            if (place == null) {
                continue;
            }
            taken.add(place);
            // a white ground, so a label that crosses the dashed line stays legible
            g2.setPaint(Color.WHITE);
            g2.fill(new Rectangle2D.Double(place.getX(), place.getY() - 0.5, place.getWidth(), place.getHeight() + 1));
            AffineTransform saved = g2.getTransform();
            g2.translate(place.getX() + fm.getAscent(), place.getMaxY());
            g2.rotate(-Math.PI / 2);
            g2.setPaint(FigureStyle.AXIS);
            g2.drawString(gain.text(), 0f, 0f);
            g2.setTransform(saved);
        }
    }

    /**
     * The note at the right end of its line: above it where the data leave room, else below, on a white ground.
     */
    private Rectangle2D drawNote(Graphics2D g2, Rectangle2D dataArea, double y, double[] px, double[] py) {
        Font font = FigureStyle.MARKER_FONT;
        g2.setFont(font);
        FontMetrics fm = g2.getFontMetrics(font);
        double w = fm.getStringBounds(note, g2).getWidth();
        double h = fm.getAscent() + fm.getDescent();
        double x = dataArea.getMaxX() - w - 1;
        double[] span = lineSpan(px, py, x, x + w);
        Rectangle2D above = new Rectangle2D.Double(x, y - 1 - h, w, h);
        Rectangle2D below = new Rectangle2D.Double(x, y + 1, w, h);
        Rectangle2D place = above;
        for (Rectangle2D r : new Rectangle2D[] {above, below}) {
            if (dataArea.contains(r) && (r.getMaxY() < span[0] - 1 || r.getMinY() > span[1] + 1)) {
                place = r;
                break;
            }
        }
        g2.setPaint(Color.WHITE);
        g2.fill(place);
        g2.setPaint(FigureStyle.MARKER);
        g2.drawString(note, (float) x, (float) (place.getY() + fm.getAscent()));
        return place;
    }

    private int indexOf(int round) {
        for (int i = 0; i < rounds.length; i++) {
            if (rounds[i] == round) {
                return i;
            }
        }
        return -1;
    }

    /** The highest and lowest (Java2D) y of the line between {@code x0} and {@code x1}. */
    private static double[] lineSpan(double[] px, double[] py, double x0, double x1) {
        double top = Double.POSITIVE_INFINITY;
        double bottom = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < px.length; i++) {
            for (double x : new double[] {x0, x1}) {
                if (i + 1 < px.length && px[i] <= x && x <= px[i + 1] && !Double.isNaN(py[i]) && !Double.isNaN(py[i + 1])) {
                    double f = px[i + 1] > px[i] ? (x - px[i]) / (px[i + 1] - px[i]) : 0;
                    double y = py[i] + f * (py[i + 1] - py[i]);
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                }
            }
            if (px[i] >= x0 && px[i] <= x1 && !Double.isNaN(py[i])) {
                top = Math.min(top, py[i]);
                bottom = Math.max(bottom, py[i]);
            }
        }
        return new double[] {top, bottom};
    }
}
