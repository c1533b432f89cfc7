package realign.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.util.ShapeUtils;

/**
 * The look shared by realign's figures: page size, one font family, the Okabe–Ito colour-blind-safe
 * palette with a fixed colour per bloc label, strokes and axis styling.
 */
public final class FigureStyle {

    /** Double-column width × height, 7 in × 5 in, in points (1/72 in): the units figures are drawn in. */
    static final double WIDTH_PT = 7 * 72;
    static final double HEIGHT_PT = 5 * 72;
    static final int PNG_DPI = 300;

    /**
     * DejaVu Sans, named (not the logical "SansSerif") so the SVG asks for the font the layout was measured
     * with, and PDF text, drawn as glyph outlines, is that font too. Integer sizes: JFreeSVG writes sizes as
     * integers.
     */
    public static final String FONT_FAMILY = "DejaVu Sans";
    public static final Font TICK_FONT = new Font(FONT_FAMILY, Font.PLAIN, 8);
    public static final Font LABEL_FONT = new Font(FONT_FAMILY, Font.PLAIN, 9);
    public static final Font LEGEND_FONT = new Font(FONT_FAMILY, Font.PLAIN, 8);
    public static final Font LEGEND_HEADING_FONT = new Font(FONT_FAMILY, Font.BOLD, 8);
    static final Font MARKER_FONT = new Font(FONT_FAMILY, Font.PLAIN, 7);

    // Okabe & Ito (2008), "Color Universal Design"
    public static final Color BLACK = new Color(0x000000);
    public static final Color ORANGE = new Color(0xE69F00);
    static final Color SKY_BLUE = new Color(0x56B4E9);
    public static final Color BLUISH_GREEN = new Color(0x009E73);
    static final Color YELLOW = new Color(0xF0E442);
    public static final Color BLUE = new Color(0x0072B2);
    public static final Color VERMILLION = new Color(0xD55E00);
    public static final Color REDDISH_PURPLE = new Color(0xCC79A7);

    public static final Color UNALIGNED = new Color(0xBBBBBB);
    public static final Color AXIS = new Color(0x333333);
    public static final Color GRID = new Color(0xE0E0E0);
    static final Color MARKER = new Color(0x222222);

    /** Bloc A, B, C, ... in label order; yellow last, as it is faint on white. */
    private static final List<Color> BLOCS = List.of(BLUE, VERMILLION, BLUISH_GREEN, REDDISH_PURPLE, ORANGE,
            SKY_BLUE, BLACK, YELLOW);
    /** Focus-group lines in column order; yellow left out (too faint for a thin line on white). */
    private static final List<Color> LINES = List.of(BLACK, ORANGE, SKY_BLUE, BLUISH_GREEN, BLUE, VERMILLION,
            REDDISH_PURPLE);
    /**
     * Focus groups in column order: all eight Okabe–Ito colours, so up to eight groups never share one (yellow last,
     * drawn with dark mark outlines, as it is faint on white).
     */
    private static final List<Color> FOCUS = List.of(BLACK, ORANGE, SKY_BLUE, BLUISH_GREEN, BLUE, VERMILLION,
            REDDISH_PURPLE, YELLOW);
    /** Solid, dashed, dotted, dash-dot: a second cue beside colour, for grey print and colour-blind readers. */
    private static final List<float[]> DASHES = java.util.Arrays.asList(null, new float[] {4f, 2f},
            new float[] {1f, 1.5f}, new float[] {4f, 1.5f, 1f, 1.5f});
    private static final List<Shape> MARKS = List.of(
            new Ellipse2D.Double(-2.2, -2.2, 4.4, 4.4),
            new Rectangle2D.Double(-1.9, -1.9, 3.8, 3.8),
            ShapeUtils.createUpTriangle(2.3f),
            ShapeUtils.createDiamond(2.6f),
            ShapeUtils.createDownTriangle(2.3f));

    public static final Stroke LINE = new BasicStroke(1.0f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final Stroke AXIS_LINE = new BasicStroke(0.6f);
    public static final Stroke GRID_LINE = new BasicStroke(0.4f);
    static final Stroke SHOCK_LINE = new BasicStroke(0.75f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {3f, 2f}, 0f);

    private FigureStyle() {}

    /**
     * The colour of a bloc label, the same in every figure: {@code A} → blue, {@code B} → vermillion, ...,
     * unaligned grey. Labels past {@code H} (or not single letters) reuse the palette by hash.
     */
    public static Color blocColour(String label) {
        if (label.equals(RunSeries.UNALIGNED)) {
            return UNALIGNED;
        }
        int i = label.length() == 1 && label.charAt(0) >= 'A' && label.charAt(0) <= 'Z'
                ? label.charAt(0) - 'A' : Math.floorMod(label.hashCode(), BLOCS.size());
        return BLOCS.get(i % BLOCS.size());
    }

    public static Color lineColour(int series) {
        return LINES.get(series % LINES.size());
    }

    /** The colour of focus group {@code series} (column order); past eight, colours repeat with another dash. */
    static Color focusColour(int series) {
        return FOCUS.get(series % FOCUS.size());
    }

    /**
     * The line of focus group {@code series}: the dash pattern turns once per series and once more per round of
     * eight colours, so no two of the first 32 groups share both colour and pattern.
     */
    static Stroke focusStroke(int series) {
        float[] dash = DASHES.get((series + series / FOCUS.size()) % DASHES.size());
        return dash == null ? LINE
                : new BasicStroke(1.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
    }

    /** Series 0..4 filled marks, 5..9 the same marks hollow, so lines that share a colour still differ. */
    public static Shape mark(int series) {
        return MARKS.get(series % MARKS.size());
    }

    public static boolean markFilled(int series) {
        return (series / MARKS.size()) % 2 == 0;
    }

    /** Axis with the figure's fonts, a thin dark axis line and outward ticks. */
    public static <A extends NumberAxis> A axis(A axis) {
        axis.setLabelFont(LABEL_FONT);
        axis.setLabelPaint(AXIS);
        axis.setTickLabelFont(TICK_FONT);
        axis.setTickLabelPaint(AXIS);
        axis.setAxisLinePaint(AXIS);
        axis.setAxisLineStroke(AXIS_LINE);
        axis.setTickMarkPaint(AXIS);
        axis.setTickMarkStroke(AXIS_LINE);
        axis.setTickMarkInsideLength(0);
        axis.setTickMarkOutsideLength(3);
        axis.setLabelInsets(new RectangleInsets(2, 2, 2, 2));
        axis.setTickLabelInsets(new RectangleInsets(1, 1, 1, 1));
        return axis;
    }
}
