package realign.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import realign.charts.CountryOutlines;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;

/**
 * The world view's backdrop: the shipped Natural Earth country outlines (the figures' map,
 * {@link CountryOutlines}) in the equirectangular frame of {@link WorldView}: field x = longitude + 180,
 * y = {@link WorldView#LAT_MAX} − latitude. The outlines are projected once; each zoom
 * level draws them once into an image.
 */
final class MapPortrayal extends FieldPortrayal2D {

    static final Color SEA = new Color(0xF4F8FB);
    static final Color LAND = new Color(0xE6E6E6);
    static final Color BORDER = new Color(0xC4C4C4);
    private static final BasicStroke BORDER_LINE = new BasicStroke(0.6f);

    private final Path2D.Double land;
    private AffineTransform cachedFor;
    private Shape cached;
    private BufferedImage image;
    /** 16 M pixels (64 MB): the map at zoom 4 or so. */
    private static final long MAX_IMAGE_PIXELS = 16_000_000L;

    MapPortrayal() {
        CountryOutlines outlines = CountryOutlines.shipped();
        land = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (String iso3 : outlines.iso3()) {
            land.append(outlines.projected(iso3, 180, WorldView.LAT_MAX, 1, 0.1), false);
        }
        setField(outlines);
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        Rectangle2D.Double r = info.draw;
        AffineTransform t = new AffineTransform(r.width / WorldView.WIDTH, 0, 0, r.height / WorldView.HEIGHT, 0, 0);
        if (!t.equals(cachedFor)) {
            cached = t.createTransformedShape(land);
            cachedFor = t;
            image = null;
            int w = (int) Math.ceil(r.width);
            int h = (int) Math.ceil(r.height);
            // Filling 200 detailed outlines each frame costs more than a round of the model; the map is drawn once
            // per zoom level into an image, unless that image would be too large (deep zoom: drawn directly).
            if ((long) w * h <= MAX_IMAGE_PIXELS) {
                // in the screen's pixel format, so that drawing it each frame is a plain copy
                image = g.getDeviceConfiguration().createCompatibleImage(w, h);
                Graphics2D ig = image.createGraphics();
                paint(ig, new Rectangle2D.Double(0, 0, w, h), cached);
                ig.dispose();
            }
        }
        if (image != null) {
            g.drawImage(image, (int) Math.round(r.x), (int) Math.round(r.y), null);
        } else {
            Graphics2D moved = (Graphics2D) g.create();
            moved.translate(r.x, r.y);
            paint(moved, new Rectangle2D.Double(0, 0, r.width, r.height), cached);
            moved.dispose();
        }
    }

    private static void paint(Graphics2D g, Rectangle2D.Double area, Shape land) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(SEA);
        g.fill(area);
        g.setColor(LAND);
        g.fill(land);
        g.setColor(BORDER);
        g.setStroke(BORDER_LINE);
        g.draw(land);
    }
}
