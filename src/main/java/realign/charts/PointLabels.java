package realign.charts;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * Text labels next to scatter points, placed when drawn (in page units, with the real text size) so that
 * no two labels overlap: each label goes right of its point, else left, else is moved down (then up) in
 * steps of a line until it is free, with a thin leader to its point when moved. Points are labelled in the
 * order given, so the result is deterministic.
 */
final class PointLabels extends AbstractXYAnnotation {

    private static final long serialVersionUID = 1L;
    private static final double GAP = 3;

    /** A labelled point, in data coordinates. */
    record Point(double x, double y, String text) {}

    private final List<Point> points;

    PointLabels(List<Point> points) {
        this.points = List.copyOf(points);
    }

    @Override
    public void draw(Graphics2D g, XYPlot plot, Rectangle2D area, ValueAxis domain, ValueAxis range, int index,
                     PlotRenderingInfo info) {
        g.setFont(FigureStyle.MARKER_FONT);
        g.setPaint(FigureStyle.AXIS);
        FontMetrics fm = g.getFontMetrics();
        double h = fm.getAscent() + fm.getDescent();
        List<Rectangle2D> taken = new ArrayList<>();
        double[][] xy = new double[points.size()][];
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            double px = domain.valueToJava2D(p.x(), area, plot.getDomainAxisEdge());
            double py = range.valueToJava2D(p.y(), area, plot.getRangeAxisEdge());
            xy[i] = new double[] {px, py};
            // the marks themselves are kept free of labels
            taken.add(new Rectangle2D.Double(px - 2.5, py - 2.5, 5, 5));
        }
        for (int i = 0; i < points.size(); i++) {
            double px = xy[i][0];
            double py = xy[i][1];
            double w = fm.getStringBounds(points.get(i).text(), g).getWidth();
            Rectangle2D placed = null;
            search:
            for (int step = 0; step <= 12; step++) {
                for (int sign : step == 0 ? new int[] {1} : new int[] {1, -1}) {
                    double top = py - h / 2 + sign * step * h;
                    for (double left : new double[] {px + GAP, px - GAP - w}) {
                        Rectangle2D r = new Rectangle2D.Double(left, top, w, h);
                        if (area.contains(r) && taken.stream().noneMatch(r::intersects)) {
                            placed = r;
                            break search;
                        }
                    }
                }
            }
            if (placed == null) {
                placed = new Rectangle2D.Double(px + GAP, py - h / 2, w, h);
            }
            taken.add(placed);
            if (Math.abs(placed.getCenterY() - py) > h / 2) {
                double lx = placed.getX() > px ? placed.getX() : placed.getMaxX();
                g.setStroke(FigureStyle.GRID_LINE);
                g.draw(new Line2D.Double(px, py, lx, placed.getCenterY()));
            }
            g.drawString(points.get(i).text(), (float) placed.getX(), (float) (placed.getY() + fm.getAscent()));
        }
    }
}
