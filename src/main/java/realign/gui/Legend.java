package realign.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.List;
import javax.swing.JComponent;
import realign.charts.FigureStyle;
import realign.observe.RunRecord;

/**
 * The world view's key, three lines under the map: each bloc's colour with its label, its most capable member and
 * its size this round; the tie styles of both layers (security ties, and the trade agreements of the run); and how
 * disc size is read. Updated on the Swing thread after each step.
 */
final class Legend extends JComponent {

    private static final long serialVersionUID = 1L;
    private static final Font FONT = new Font(FigureStyle.FONT_FAMILY, Font.PLAIN, 12);
    private static final int HEIGHT = 66;

    private List<RunRecord.Bloc> blocs = List.of();
    private int round = -1;

    Legend() {
        setPreferredSize(new Dimension(900, HEIGHT));
        setOpaque(true);
        setBackground(Color.WHITE);
    }

    /** The blocs of {@code round}, in label order then unaligned. */
    void show(int round, List<RunRecord.Bloc> blocs) {
        this.round = round;
        this.blocs = List.copyOf(blocs);
        repaint();
    }

    /** "A · USA (34)": a bloc as the legend names it; null for an empty bloc. */
    static String entry(RunRecord.Bloc b) {
        if (b.members().isEmpty()) {
            return null;
        }
        return b.name().isEmpty() ? b.label() + " (" + b.members().size() + ")"
                : b.label() + " · " + b.name() + " (" + b.members().size() + ")";
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics;
        g.setColor(getBackground());
        g.fillRect(0, 0, getWidth(), getHeight());
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(FONT);
        FontMetrics fm = g.getFontMetrics();
        int x = 8;
        int y = 17;
        g.setColor(Color.BLACK);
        String head = round < 0 ? "Blocs:" : "Round " + round + " blocs:";
        g.drawString(head, x, y);
        x += fm.stringWidth(head) + 10;
        for (RunRecord.Bloc b : blocs) {
            String text = entry(b);
            if (text == null) {
                continue;
            }
            g.setColor(FigureStyle.blocColour(b.label()));
            g.fillOval(x, y - 11, 12, 12);
            g.setColor(CountryPortrayal.RIM);
            g.drawOval(x, y - 11, 12, 12);
            g.setColor(Color.BLACK);
            g.drawString(text, x + 16, y);
            x += 16 + fm.stringWidth(text) + 14;
        }
        x = 8;
        y = 38;
        x = tie(g, fm, x, y, TiePortrayal.BILATERAL, new BasicStroke(2f), TIE_ENTRIES.get(0));
        x = tie(g, fm, x, y, TiePortrayal.MULTILATERAL, new BasicStroke(2f), TIE_ENTRIES.get(1));
        x = tie(g, fm, x, y, TiePortrayal.FORMED, new BasicStroke(4f), TIE_ENTRIES.get(2));
        tie(g, fm, x, y, TiePortrayal.DISSOLVED, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                10f, new float[] {6f, 4f}, 0f), TIE_ENTRIES.get(3));
        x = 8;
        y = 58;
        x = tie(g, fm, x, y, TiePortrayal.DEEPENED, new BasicStroke(2f), TIE_ENTRIES.get(4));
        x = tie(g, fm, x, y, TiePortrayal.TRADE, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                10f, new float[] {2f, 2f}, 0f), TIE_ENTRIES.get(5));
        g.setColor(Color.BLACK);
        g.drawString("disc area ∝ capability · thick rim: seeking partners", x + 6, y);
    }

    /** What the legend says of each tie style, in the order drawn: security ties, then trade agreements. */
    static final List<String> TIE_ENTRIES = List.of("tie (width = W)", "alliance / EU tie", "formed this round",
            "dissolved this round", "deepened in the run",
            "trade agreement made or deepened in the run (thicker: this round)");

    private static int tie(Graphics2D g, FontMetrics fm, int x, int y, Color c, BasicStroke s, String text) {
        g.setColor(c);
        g.setStroke(s);
        g.drawLine(x, y - 4, x + 26, y - 4);
        g.setColor(Color.BLACK);
        g.drawString(text, x + 32, y);
        return x + 32 + fm.stringWidth(text) + 16;
    }
}
