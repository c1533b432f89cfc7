package realign.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import realign.charts.FigureStyle;
import sim.display.GUIState;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimplePortrayal2D;

/**
 * Draws a {@link CountryAgent} as a disc at its capital: area ∝ capability, filled with its bloc's colour (the
 * figures' Okabe–Ito palette), a thin dark rim, a thick rim while it seeks partners, and its ISO3 code for the
 * focus countries. Clicking inside the disc selects it; its inspector is a {@link CountryInspector}.
 */
final class CountryPortrayal extends SimplePortrayal2D {

    private static final long serialVersionUID = 1L;
    static final Color RIM = new Color(0x333333);
    private static final Font LABEL = new Font(FigureStyle.FONT_FAMILY, Font.BOLD, 11);
    private static final BasicStroke THIN = new BasicStroke(0.8f);
    private static final BasicStroke SEEKING = new BasicStroke(2.2f);
    private static final BasicStroke SELECTED = new BasicStroke(3f);

    /** The disc of {@code agent} in screen coordinates: info.draw is centred on the capital, its width the scale. */
    static Ellipse2D.Double disc(CountryAgent agent, DrawInfo2D info) {
        double d = agent.diameter() * info.draw.width;
        return new Ellipse2D.Double(info.draw.x - d / 2, info.draw.y - d / 2, d, d);
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        CountryAgent agent = (CountryAgent) object;
        Ellipse2D.Double disc = disc(agent, info);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Color fill = agent.colour();
        g.setColor(new Color(fill.getRed(), fill.getGreen(), fill.getBlue(), 215));
        g.fill(disc);
        g.setColor(info.selected ? Color.BLACK : RIM);
        // a rim never wider than a sixth of the disc, so that a small seeking country keeps its bloc colour
        float cap = (float) Math.max(0.8, disc.width / 6);
        g.setStroke(info.selected ? SELECTED : agent.isSeeking() && cap > THIN.getLineWidth()
                ? new BasicStroke(Math.min(SEEKING.getLineWidth(), cap)) : THIN);
        g.draw(disc);
        if (agent.labelled()) {
            g.setFont(LABEL);
            g.setColor(Color.BLACK);
            g.drawString(agent.getIso3(), (float) (disc.getMaxX() + 2), (float) (disc.getCenterY() + 4));
        }
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        Ellipse2D.Double disc = disc((CountryAgent) object, range);
        return disc.intersects(range.clip.x, range.clip.y, range.clip.width, range.clip.height);
    }

    @Override
    public boolean setSelected(LocationWrapper wrapper, boolean selected) {
        return true;
    }

    @Override
    public String getName(LocationWrapper wrapper) {
        return wrapper.getObject().toString();
    }

    @Override
    public Inspector getInspector(LocationWrapper wrapper, GUIState state) {
        return new CountryInspector((CountryAgent) wrapper.getObject(), (RealignWithUI) state);
    }
}
