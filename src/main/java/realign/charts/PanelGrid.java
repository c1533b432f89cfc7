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
    private final String figure;
    private final List<String> omitted;
    private final FigureWidth width;

    PanelGrid(List<JFreeChart> panels, int columns, List<Title> footer) {
        this(panels, columns, footer, null, List.of(), FigureWidth.DOUBLE);
    }

    /**
     * Panels of {@code figure} that leave out the outcomes {@code omitted} (none: as the three-argument form); the
     * figure says so at its foot, as {@link #omittedNote} does.
     */
    PanelGrid(List<JFreeChart> panels, int columns, List<Title> footer, String figure, List<String> omitted,
              FigureWidth width) {
        this.panels = List.copyOf(panels);
        this.columns = Math.max(1, Math.min(columns, panels.size()));
        this.figure = figure;
        this.omitted = List.copyOf(omitted);
        this.width = width;
        List<Title> titles = new java.util.ArrayList<>(footer);
        String note = omittedNote(figure, this.omitted, width, "DIR");
        if (note != null) {
            org.jfree.chart.title.TextTitle t = new org.jfree.chart.title.TextTitle(note, FigureStyle.LEGEND_FONT);
            t.setPaint(FigureStyle.AXIS);
            t.setHorizontalAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
            t.setPadding(new org.jfree.chart.ui.RectangleInsets(2, 6, 3, 6));
            titles.add(t);
        }
        this.footer = List.copyOf(titles);
    }

    /** What the figure leaves out and how to draw it, for the result folder {@code folder}; null if nothing. */
    String omittedNote(String folder) {
        return omittedNote(figure, omitted, width, folder);
    }

    /** Columns for {@code n} panels: one at single width; at double width two, or one for a single panel. */
    static int columns(int n, FigureWidth width) {
        return width == FigureWidth.SINGLE || n == 1 ? 1 : 2;
    }

    /** How many of {@code n} panels a figure shows: one at single width, up to four (2 × 2) at double width. */
    static int shown(int n, FigureWidth width) {
        return Math.min(n, capacity(width));
    }

    /** The most panels a figure shows at a width. */
    static int capacity(FigureWidth width) {
        return width == FigureWidth.SINGLE ? 1 : 4;
    }

    /**
     * The panels a figure draws and those it leaves out.
     *
     * @param shown the keys drawn, in order
     * @param omitted the outcomes not drawn (names as in summary.csv), in the sweep file's order
     */
    record Selection(List<String> shown, List<String> omitted) {}

    /**
     * Chooses the panels of a figure of {@code figure}: with no outcomes asked for, the first that fit
     * ({@link #shown}); otherwise the panels of the outcomes asked for, in that order. {@code keyOf} maps an
     * outcome to its panel (series-bands: its metric; two outcomes may share one).
     *
     * @param outcomes the figure's outcomes in the sweep file's order
     * @param asked the outcomes asked for ({@code --outcomes}), empty for the default
     * @param source the file the outcomes come from, for messages
     * @throws InputException when none of the outcomes asked for is in the figure, or they need more panels than fit
     */
    static Selection select(String figure, List<String> outcomes, java.util.function.UnaryOperator<String> keyOf,
                            FigureWidth width, List<String> asked, java.nio.file.Path source)
            throws realign.InputException {
        java.util.LinkedHashSet<String> keys = new java.util.LinkedHashSet<>();
        if (asked.isEmpty()) {
            for (String o : outcomes) {
                keys.add(keyOf.apply(o));
            }
            List<String> all = List.copyOf(keys);
            List<String> shown = all.subList(0, shown(all.size(), width));
            List<String> omitted = outcomes.stream().filter(o -> !shown.contains(keyOf.apply(o))).toList();
            return new Selection(shown, omitted);
        }
        for (String o : asked) {
            if (outcomes.contains(o)) {
                keys.add(keyOf.apply(o));
            }
        }
        if (keys.isEmpty()) {
            throw new NoneOfTheOutcomes(source + ": " + figure + ": --outcomes " + String.join(",", asked)
                    + ": expected outcomes this figure draws: " + String.join(", ", outcomes));
        }
        if (keys.size() > capacity(width)) {
            throw new realign.InputException("--outcomes " + String.join(",", asked) + ": " + figure + " draws at most "
                    + capacity(width) + " panel" + (capacity(width) == 1 ? "" : "s") + " at " + width.option()
                    + " width, got " + keys.size() + "; ask for fewer (or draw them with several --only/--outcomes"
                    + " calls)");
        }
        // the outcomes asked for are drawn; the others were left out on purpose, so nothing is said about them
        return new Selection(List.copyOf(keys), List.of());
    }

    /**
     * What a figure of {@code figure} leaves out, and how to draw it, with {@code folder} standing for the result
     * folder; null when nothing is left out.
     */
    static String omittedNote(String figure, List<String> omitted, FigureWidth width, String folder) {
        if (omitted.isEmpty()) {
            return null;
        }
        int fit = capacity(width);
        List<String> next = omitted.subList(0, Math.min(fit, omitted.size()));
        return "not drawn (" + fit + " panel" + (fit == 1 ? " fits" : "s fit") + "): " + String.join(", ", omitted)
                + "; draw " + (next.size() == omitted.size() ? "them" : "the next") + " with: realign plot " + folder + " --only " + figure + (width == FigureWidth.SINGLE
                        ? " --width single" : "") + " --outcomes " + String.join(",", next);
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

    /**
     * {@code --outcomes} names none of the outcomes a figure draws: an error when the figure was asked for by name
     * ({@code --only}), a figure left out when the figures were chosen by the folder ({@link Figures}).
     */
    static final class NoneOfTheOutcomes extends realign.InputException {
        private static final long serialVersionUID = 1L;

        NoneOfTheOutcomes(String message) {
            super(message);
        }
    }
}
