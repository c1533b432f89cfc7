package realign.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import realign.charts.FigureStyle;
import sim.field.network.Edge;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.network.EdgeDrawInfo2D;
import sim.portrayal.network.SimpleEdgePortrayal2D;

/**
 * Draws a tie of the world view ({@link Edge} whose info is a {@link Tie}) as a straight line between two
 * capitals. Security ties: grey, wider for a stronger tie, lighter for a tie of a common defense alliance or the
 * EU, black for a tie deepened during the run (as in the {@code network} figure); a tie formed this round thick
 * and bluish green, one dissolved this round dashed orange for that round only (the colours of the figures'
 * ties-per-round chart). Economic ties (trade agreements, their own layers of the view): reddish purple and dotted
 * for one made or deepened during the run, thicker in the round it was made; hairlines for the whole layer.
 */
final class TiePortrayal extends SimpleEdgePortrayal2D {

    private static final long serialVersionUID = 1L;
    static final Color BILATERAL = new Color(60, 60, 60, 120);
    static final Color MULTILATERAL = new Color(90, 90, 90, 45);
    static final Color FORMED = FigureStyle.BLUISH_GREEN;
    static final Color DISSOLVED = FigureStyle.ORANGE;
    static final Color DEEPENED = FigureStyle.BLACK;
    static final Color TRADE = FigureStyle.REDDISH_PURPLE;
    /** Every trade agreement in force: faint, so that the 3,000-odd pairs leave the security ties readable. */
    static final Color TRADE_ALL = new Color(TRADE.getRed(), TRADE.getGreen(), TRADE.getBlue(), 40);

    /** How a tie is drawn this round. */
    enum Kind {
        BILATERAL, MULTILATERAL, FORMED, DISSOLVED,
        /** a security tie deepened ({@code strengthened}) during the run and not ended since */
        DEEPENED,
        /** a trade agreement made or deepened during the run, before this round */
        TRADE,
        /** a trade agreement made or deepened this round */
        TRADE_THIS_ROUND,
        /** a trade agreement in force (the whole economic layer) */
        TRADE_ALL
    }

    /** The edge's info: tie strength W and how it is drawn. */
    record Tie(double weight, Kind kind) {}

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        Tie tie = (Tie) ((Edge) object).info;
        EdgeDrawInfo2D e = (EdgeDrawInfo2D) info;
        float zoom = (float) Math.max(0.5, Math.min(3, info.draw.width / 3));
        // Hundreds of alliance ties are drawn every step: plain lines without antialiasing, which cost a fraction;
        // the few events of the round are drawn smooth.
        boolean event = tie.kind() == Kind.FORMED || tie.kind() == Kind.DISSOLVED
                || tie.kind() == Kind.TRADE_THIS_ROUND;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING,
                event ? RenderingHints.VALUE_ANTIALIAS_ON : RenderingHints.VALUE_ANTIALIAS_OFF);
        float width = Math.round((0.5f + 1.5f * (float) tie.weight()) * zoom * 2) / 2f;
        switch (tie.kind()) {
            case FORMED -> {
                g.setColor(FORMED);
                g.setStroke(new BasicStroke(width + 2.5f * zoom, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            }
            case DISSOLVED -> {
                g.setColor(DISSOLVED);
                g.setStroke(new BasicStroke(2f * zoom, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                        new float[] {6f * zoom, 4f * zoom}, 0f));
            }
            case DEEPENED -> {
                g.setColor(DEEPENED);
                g.setStroke(stroke(width));
            }
            case TRADE, TRADE_THIS_ROUND -> {
                g.setColor(TRADE);
                float w = (tie.kind() == Kind.TRADE_THIS_ROUND ? 2.5f : 1.25f) * zoom;
                g.setStroke(new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                        new float[] {2f * zoom, 2f * zoom}, 0f));
            }
            case TRADE_ALL -> {
                g.setColor(TRADE_ALL);
                g.setStroke(STROKES[1]);
            }
            case MULTILATERAL -> {
                g.setColor(MULTILATERAL);
                g.setStroke(stroke(width));
            }
            default -> {
                g.setColor(BILATERAL);
                g.setStroke(stroke(width));
            }
        }
        if (event) {
            g.draw(new Line2D.Double(e.draw.x, e.draw.y, e.secondPoint.x, e.secondPoint.y));
        } else {
            g.drawLine((int) Math.round(e.draw.x), (int) Math.round(e.draw.y), (int) Math.round(e.secondPoint.x),
                    (int) Math.round(e.secondPoint.y));
        }
    }

    /**
     * Ties are not picked by clicks: a click on a country would otherwise inspect every tie through it. Its
     * inspector lists its partners with weights and trust instead.
     */
    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        return false;
    }

    /** Strokes by half-pixel width, made once. */
    private static BasicStroke stroke(float width) {
        int k = Math.min(STROKES.length - 1, Math.max(0, Math.round(width * 2)));
        return STROKES[k];
    }

    private static final BasicStroke[] STROKES = new BasicStroke[24];

    static {
        for (int k = 0; k < STROKES.length; k++) {
            STROKES[k] = new BasicStroke(Math.max(1, k) / 2f);
        }
    }
}
