package realign.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * Drawing helpers shared by the trust-matrix, network and world-map figures: an equirectangular frame, a
 * viridis-like sequential scale and text placed by its box.
 */
final class MapCanvas {

    /** Latitudes shown on maps: Antarctica (no UN member) and the high Arctic left out. */
    static final double LAT_MAX = 84;
    static final double LAT_MIN = -57;

    /**
     * Viridis (van der Walt & Smith, matplotlib) sampled at nine points; linear interpolation between them is
     * visually indistinguishable at print size. Perceptually uniform, colour-blind safe, monotone in lightness.
     */
    private static final int[] VIRIDIS = {0x440154, 0x472D7B, 0x3B528B, 0x2C728E, 0x21918C, 0x28AE80, 0x5EC962,
        0xADDC30, 0xFDE725};

    private MapCanvas() {}

    /** The colour of {@code v} in [0, 1] (clamped); NaN is white. */
    static int viridisRgb(double v) {
        if (Double.isNaN(v)) {
            return 0xFFFFFF;
        }
        double x = Math.max(0, Math.min(1, v)) * (VIRIDIS.length - 1);
        int i = Math.min((int) x, VIRIDIS.length - 2);
        double f = x - i;
        int a = VIRIDIS[i];
        int b = VIRIDIS[i + 1];
        int r = (int) Math.round(((a >> 16) & 0xFF) * (1 - f) + ((b >> 16) & 0xFF) * f);
        int g = (int) Math.round(((a >> 8) & 0xFF) * (1 - f) + ((b >> 8) & 0xFF) * f);
        int bl = (int) Math.round((a & 0xFF) * (1 - f) + (b & 0xFF) * f);
        return (r << 16) | (g << 8) | bl;
    }

    /** An equirectangular frame of width {@code w} at (x, y): lon −180..180, lat {@link #LAT_MIN}..{@link #LAT_MAX}. */
    record Frame(double x, double y, double w) {
        double k() {
            return w / 360.0;
        }

        double h() {
            return (LAT_MAX - LAT_MIN) * k();
        }

        /** x of longitude 0. */
        double x0() {
            return x + 180 * k();
        }

        /** y of latitude 0. */
        double y0() {
            return y + LAT_MAX * k();
        }

        double px(double lon) {
            return x0() + lon * k();
        }

        double py(double lat) {
            return y0() - lat * k();
        }

        Rectangle2D bounds() {
            return new Rectangle2D.Double(x, y, w, h());
        }

        static double heightFor(double w) {
            return (LAT_MAX - LAT_MIN) * w / 360.0;
        }
    }

    /**
     * Adds the line between two places ({lon, lat}) to {@code path} the short way round: a line spanning more than
     * 180° of longitude leaves the frame at one edge and enters at the other.
     */
    static void addLine(java.awt.geom.Path2D.Double path, Frame f, double[] a, double[] b) {
        double lonB = b[0];
        if (lonB - a[0] > 180) {
            lonB -= 360;
        } else if (a[0] - lonB > 180) {
            lonB += 360;
        }
        path.moveTo(CountryOutlines.round(f.px(a[0])), CountryOutlines.round(f.py(a[1])));
        path.lineTo(CountryOutlines.round(f.px(lonB)), CountryOutlines.round(f.py(b[1])));
        if (lonB != b[0]) { // the part past the edge, from the copy of a 360° away
            double lonA = a[0] + (b[0] - lonB);
            path.moveTo(CountryOutlines.round(f.px(lonA)), CountryOutlines.round(f.py(a[1])));
            path.lineTo(CountryOutlines.round(f.px(b[0])), CountryOutlines.round(f.py(b[1])));
        }
    }

    enum Align { LEFT, CENTRE, RIGHT }

    /** Draws {@code text} with its baseline at {@code y}, aligned on {@code x}. */
    static void text(Graphics2D g, String text, Font font, Color colour, double x, double y, Align align) {
        g.setFont(font);
        g.setColor(colour);
        double w = width(g, text, font);
        double left = switch (align) {
            case LEFT -> x;
            case CENTRE -> x - w / 2;
            case RIGHT -> x - w;
        };
        g.drawString(text, (float) left, (float) y);
    }

    static double width(Graphics2D g, String text, Font font) {
        return font.getStringBounds(text, g.getFontRenderContext()).getWidth();
    }

    /** Ascent of a font, for placing the first line below a top edge. */
    static double ascent(Graphics2D g, Font font) {
        FontMetrics m = g.getFontMetrics(font);
        return m.getAscent();
    }

    /** Two map panels, each under a title line, stacked above a legend: positions in points for a page width. */
    interface TwoPanels {
        double TITLE = 11;
        double MARGIN = 2;

        double w();

        double legendNarrowH();

        double legendWideH();

        default double frameW() {
            return w() - 2 * MARGIN;
        }

        default double panelH() {
            return TITLE + Frame.heightFor(frameW()) + 3;
        }

        default boolean narrow() {
            return w() < 300;
        }

        default double legendH() {
            return narrow() ? legendNarrowH() : legendWideH();
        }

        default double height() {
            return 2 * panelH() + legendH();
        }

        default Frame frame(int p) {
            return new Frame(MARGIN, p * panelH() + TITLE, frameW());
        }
    }
}
