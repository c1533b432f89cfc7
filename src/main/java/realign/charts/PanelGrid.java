package realign.charts;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.block.LengthConstraintType;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.Drawable;
import org.jfree.chart.ui.Size2D;

/**
 * Small multiples: charts drawn in a grid of equal cells, row by row, with titles (a shared legend) across
 * the bottom. Each chart keeps its own axes, so panels may have different scales.
 */
final class PanelGrid implements Drawable {

    private final List<JFreeChart> panels;
    private final int columns;
    private final List<Title> footer;

    PanelGrid(List<JFreeChart> panels, int columns, List<Title> footer) {
        this.panels = List.copyOf(panels);
        this.columns = Math.max(1, Math.min(columns, panels.size()));
        this.footer = List.copyOf(footer);
    }

    /** Columns for {@code n} panels: one at single width; at double width two, or one for a single panel. */
    static int columns(int n, FigureWidth width) {
        return width == FigureWidth.SINGLE || n == 1 ? 1 : 2;
    }

    /** How many of {@code n} panels a figure shows: one at single width, up to four (2 × 2) at double width. */
    static int shown(int n, FigureWidth width) {
        return Math.min(n, width == FigureWidth.SINGLE ? 1 : 4);
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        g.setPaint(Color.WHITE);
        g.fill(area);
        // the footer's titles stacked from the bottom up, last title lowest, each as wide as it needs
        double footerHeight = 0;
        for (int i = footer.size() - 1; i >= 0; i--) {
            Title t = footer.get(i);
            Size2D size = t.arrange(g, new RectangleConstraint(area.getWidth(), null, LengthConstraintType.FIXED, 0,
                    null, LengthConstraintType.NONE));
            footerHeight += size.getHeight();
            t.draw(g, new Rectangle2D.Double(area.getX(), area.getMaxY() - footerHeight, Math.min(size.getWidth(),
                    area.getWidth()), size.getHeight()));
        }
        int rows = (panels.size() + columns - 1) / columns;
        double w = area.getWidth() / columns;
        double h = (area.getHeight() - footerHeight) / rows;
        for (int i = 0; i < panels.size(); i++) {
            Rectangle2D cell = new Rectangle2D.Double(area.getX() + (i % columns) * w, area.getY() + (i / columns) * h,
                    w, h);
            panels.get(i).draw(g, cell);
        }
    }
}
