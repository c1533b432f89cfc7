package realign.charts;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jfree.chart.ui.Drawable;
import realign.InputException;

/**
 * Every figure realign draws, and the one way to draw them: from a result folder's files into its
 * {@code figures/} folder ({@code realign plot}, and the end of {@code realign run} and {@code realign sweep}).
 * All figures are prepared (their files read and checked) before any is written, so a missing file or column
 * writes nothing.
 */
public final class Figures {

    /** Every figure, run figures first. */
    public static final List<Figure> ALL = List.of(new OverviewFigure(),
            new TrustMatrixFigure(),
            new NetworkFigure(),
            new WorldMapFigure());

    /** What to draw: formats, a subset of figures by name (empty: all that apply), and the width. */
    public record Options(Set<FigureFormat> formats, List<String> only, FigureWidth width) {
        public Options {
            formats = formats.isEmpty() ? EnumSet.allOf(FigureFormat.class) : EnumSet.copyOf(formats);
            only = List.copyOf(only);
        }

        public static Options all() {
            return new Options(EnumSet.allOf(FigureFormat.class), List.of(), FigureWidth.DOUBLE);
        }
    }

    private Figures() {}

    /** Whether a folder is a run or a sweep. */
    public static Figure.Source sourceOf(Path dir) throws InputException {
        if (Files.isRegularFile(dir.resolve("runs.csv")) && Files.isRegularFile(dir.resolve("design.csv"))) {
            return Figure.Source.SWEEP;
        }
        if (Files.isRegularFile(dir.resolve("rounds.csv"))) {
            return Figure.Source.RUN;
        }
        throw new InputException(dir + ": expected a run folder (with rounds.csv) or a sweep folder (with runs.csv and"
                + " design.csv), got " + (Files.isDirectory(dir) ? "a folder with neither" : "no folder"));
    }

    /** Draws the figures of {@code dir} and returns the files written, in figure then format order. */
    public static List<Path> render(Path dir, Options options) throws InputException, IOException {
        Figure.Source source = sourceOf(dir);
        List<Figure> chosen = new ArrayList<>();
        for (String name : options.only()) {
            Figure f = ALL.stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow(() -> new InputException(
                    "--only " + name + ": expected one of " + names(source) + realign.scenario.YamlNodes.suggestion(name,
                            ALL.stream().map(Figure::name).toList())));
            if (f.source() != source) {
                throw new InputException("--only " + name + ": a figure of a " + f.source().name().toLowerCase(
                        java.util.Locale.ROOT) + ", but " + dir + " is a " + source.name().toLowerCase(java.util.Locale.ROOT)
                        + " folder; expected one of " + names(source));
            }
            chosen.add(f);
        }
        if (chosen.isEmpty()) {
            for (Figure f : ALL) {
                if (f.source() == source && f.appliesTo(dir)) {
                    chosen.add(f);
                }
            }
        }
        List<Drawable> drawings = new ArrayList<>();
        for (Figure f : chosen) {
            drawings.add(f.prepare(dir, options.width()));
        }
        Path figures = Files.createDirectories(dir.resolve(RunFigures.FIGURES));
        List<Path> written = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            Figure f = chosen.get(i);
            Rectangle2D page = new Rectangle2D.Double(0, 0, options.width().points(), f.heightPt(options.width()));
            for (FigureFormat format : options.formats()) {
                Path file = figures.resolve(f.name() + "." + format.extension());
                Path temp = figures.resolve("." + f.name() + "." + format.extension() + ".tmp");
                FigureFiles.write(drawings.get(i), page, format, temp, f.name() + "-", f.title());
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                written.add(file);
            }
        }
        return written;
    }

    static String names(Figure.Source source) {
        return String.join(", ", ALL.stream().filter(f -> f.source() == source).map(Figure::name).toList());
    }
}
