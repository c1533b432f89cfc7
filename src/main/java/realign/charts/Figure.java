package realign.charts;

import java.nio.file.Path;
import org.jfree.chart.ui.Drawable;
import realign.InputException;

/**
 * One figure: its name (the file name in {@code figures/}), what it shows, and how to draw it from the files
 * of a result folder — never from a live model. {@link Figures#ALL} lists every figure.
 */
public interface Figure {

    /** What a figure is drawn from. */
    enum Source {
        /** a run folder (rounds.csv, countries.csv, ...) */
        RUN,
        /** a sweep folder (runs.csv, summary.csv, ...) */
        SWEEP
    }

    /** File name without extension, e.g. {@code blocs-over-time}. */
    String name();

    /** A title for the PDF's metadata and docs/figures.md. */
    String title();

    Source source();

    /**
     * Whether the folder has what this figure needs (for example a sweep with two factors for a heatmap).
     * When every figure is drawn, the ones that do not apply are skipped; one asked for by name is drawn and
     * its {@link #prepare} says what is missing.
     */
    default boolean appliesTo(Path dir) {
        return true;
    }

    /**
     * Reads what the figure needs and returns it ready to draw at the given width.
     *
     * @throws InputException naming the file or column that is missing or malformed
     */
    Drawable prepare(Path dir, FigureWidth width) throws InputException;

    /**
     * As {@link #prepare(Path, FigureWidth)}, drawing only the outcomes {@code outcomes} (in that order; empty: the
     * first that fit, {@link PanelGrid#shown}). Figures without a panel per outcome ignore it.
     */
    default Drawable prepare(Path dir, FigureWidth width, java.util.List<String> outcomes) throws InputException {
        return prepare(dir, width);
    }

    /** The figure's height in points at a width (default: 5:7). */
    default double heightPt(FigureWidth width) {
        return width.points() * 5.0 / 7.0;
    }
}
