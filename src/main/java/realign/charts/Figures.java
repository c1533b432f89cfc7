package realign.charts;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jfree.chart.ui.Drawable;
import realign.Futures;
import realign.InputException;
import realign.output.OutputFiles;

/**
 * Every figure realign draws, and the one way to draw them: from a result folder's files into its
 * {@code figures/} folder ({@code realign plot}, and the end of {@code realign run} and {@code realign sweep}).
 * All figures are prepared (their files read and checked) before any is written, so a missing file or column
 * writes nothing.
 */
public final class Figures {

    /** Every figure, run figures first. */
    public static final List<Figure> ALL = List.of(new OverviewFigure(),
            new BlocsOverTimeFigure(),
            new TrustInUsFigure(),
            new TrackedTrustFigure(),
            new TiesPerRoundFigure(),
            new SupportDeficitFigure(),
            new TrustMatrixFigure(),
            new NetworkFigure(),
            new WorldMapFigure(),
            new SweepHeatmapFigure(),
            new SweepLinesFigure(),
            new SensitivityFigure(),
            new SeriesBandsFigure());

    /**
     * What to draw: formats, a subset of figures by name (empty: all that apply), the width, and the outcomes the
     * sweep figures draw a panel of (empty: the first that fit, {@link PanelGrid#shown}).
     */
    public record Options(Set<FigureFormat> formats, List<String> only, FigureWidth width, List<String> outcomes) {
        public Options {
            formats = formats.isEmpty() ? EnumSet.allOf(FigureFormat.class) : EnumSet.copyOf(formats);
            only = List.copyOf(only);
            outcomes = List.copyOf(outcomes);
        }

        public Options(Set<FigureFormat> formats, List<String> only, FigureWidth width) {
            this(formats, only, width, List.of());
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
        return render(dir, sourceOf(dir), options);
    }

    /**
     * As {@link #render(Path, Options)}, adding to {@code notes} what the figures leave out (outcomes beyond the
     * panels that fit) and the command that draws it.
     */
    public static List<Path> render(Path dir, Options options, List<String> notes) throws InputException, IOException {
        return render(dir, sourceOf(dir), options, notes);
    }

    /** As {@link #render(Path, Options)}, for a folder known to be a run or a sweep. */
    public static List<Path> render(Path dir, Figure.Source source, Options options) throws InputException, IOException {
        return render(dir, source, options, new ArrayList<>());
    }

    /** As {@link #render(Path, Options, List)}, for a folder known to be a run or a sweep. */
    public static List<Path> render(Path dir, Figure.Source source, Options options, List<String> notes)
            throws InputException, IOException {
        if (!options.outcomes().isEmpty() && source != Figure.Source.SWEEP) {
            throw new InputException("--outcomes " + String.join(",", options.outcomes()) + ": expected a sweep folder"
                    + " (the outcomes are a sweep's), but " + dir + " is a run folder");
        }
        // several figures read the same tables (rounds.csv above all): each is parsed once per call
        try (CsvTable.Reads reads = CsvTable.Reads.open()) {
            if (!options.outcomes().isEmpty()) {
                List<String> known = SweepData.read(dir).outcomes();
                for (String o : options.outcomes()) {
                    if (!known.contains(o)) {
                        throw new InputException("--outcomes " + o + ": expected one of the outcomes of "
                                + dir.resolve("summary.csv") + ", " + String.join(", ", known)
                                + realign.scenario.YamlNodes.suggestion(o, known));
                    }
                }
            }
            return render(dir, source, options, reads, notes);
        }
    }

    private static List<Path> render(Path dir, Figure.Source source, Options options, CsvTable.Reads reads,
                                     List<String> notes) throws InputException, IOException {
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
        boolean byFolder = options.only().isEmpty();
        List<Drawable> drawings = new ArrayList<>();
        long t = realign.Timing.start();
        PanelGrid.NoneOfTheOutcomes none = null;
        for (java.util.Iterator<Figure> it = chosen.iterator(); it.hasNext(); ) {
            Figure f = it.next();
            Drawable d;
            try {
                d = f.prepare(dir, options.width(), options.outcomes());
            } catch (PanelGrid.NoneOfTheOutcomes e) {
                if (!byFolder) {
                    throw e;
                }
                // --outcomes without --only: the figures that draw some of them (series-bands draws no score)
                none = none == null ? e : none;
                it.remove();
                continue;
            }
            drawings.add(d);
            String omitted = d instanceof PanelGrid grid ? grid.omittedNote(dir.toString()) : null;
            if (omitted != null) {
                notes.add(RunFigures.FIGURES + "/" + f.name() + ": " + omitted);
            }
        }
        realign.Timing.done("figures prepared (files read)", t);
        if (chosen.isEmpty() && none != null) {
            throw none;
        }
        if (chosen.isEmpty()) {
            return List.of();
        }
        Path figures = OutputFiles.createDirectories(dir.resolve(RunFigures.FIGURES));
        // figures are independent and drawn on every core; one drawing's formats are drawn one after another
        // (a chart is not safe to draw from two threads at once); files are listed in figure then format order.
        // With fewer figures than cores (the run overview alone), a figure's PNG, the slowest format, is drawn
        // beside its vector formats, from a second drawing (read again from the files already checked).
        int cores = Runtime.getRuntime().availableProcessors();
        boolean split = chosen.size() < cores && options.formats().contains(FigureFormat.PNG)
                && options.formats().size() > 1;
        List<java.util.concurrent.Callable<List<Path>>> jobs = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            Figure f = chosen.get(i);
            Rectangle2D page = new Rectangle2D.Double(0, 0, options.width().points(), f.heightPt(options.width()));
            if (split) {
                jobs.add(job(f, drawings.get(i), EnumSet.of(FigureFormat.PNG), figures, page));
                Set<FigureFormat> vector = EnumSet.copyOf(options.formats());
                vector.remove(FigureFormat.PNG);
                jobs.add(job(f, null, vector, figures, page).withDrawing(() -> {
                    CsvTable.Reads.Entered scope = reads.enter();
                    try {
                        return f.prepare(dir, options.width(), options.outcomes());
                    } finally {
                        scope.close();
                    }
                }));
            } else {
                jobs.add(job(f, drawings.get(i), options.formats(), figures, page));
            }
        }
        return run(jobs);
    }

    /** Draws one figure in some formats, from {@code drawing} or, when that is null, from a drawing made in the job. */
    private record Job(Figure f, Drawable drawing, Set<FigureFormat> formats, Path figures, Rectangle2D page,
                       Prepared prepared) implements java.util.concurrent.Callable<List<Path>> {

        Job withDrawing(Prepared p) {
            return new Job(f, null, formats, figures, page, p);
        }

        @Override
        public List<Path> call() throws Exception {
            Drawable d = drawing != null ? drawing : prepared.get();
            List<Path> files = new ArrayList<>();
            for (FigureFormat format : FigureFormat.values()) {
                if (!formats.contains(format)) {
                    continue;
                }
                Path file = figures.resolve(f.name() + "." + format.extension());
                long ft = realign.Timing.start();
                OutputFiles.replace(file, temp -> FigureFiles.write(d, page, format, temp, f.name() + "-", f.title()));
                realign.Timing.done("figure " + f.name() + "." + format.extension(), ft);
                files.add(file);
            }
            return files;
        }
    }

    /** A drawing prepared in a job. */
    private interface Prepared {
        Drawable get() throws InputException;
    }

    private static Job job(Figure f, Drawable drawing, Set<FigureFormat> formats, Path figures, Rectangle2D page) {
        return new Job(f, drawing, formats, figures, page, null);
    }

    /** Runs the jobs on every core and returns their files in job order. */
    private static List<Path> run(List<java.util.concurrent.Callable<List<Path>>> jobs)
            throws IOException, InputException {
        if (jobs.isEmpty()) {
            return List.of();
        }
        List<Path> written = new ArrayList<>();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
                Math.max(1, Math.min(jobs.size(), Runtime.getRuntime().availableProcessors())));
        try {
            // the map, network and matrix figures come last in ALL and take longest: start them first so the
            // threads finish together; the files are still listed in figure order
            List<java.util.concurrent.Future<List<Path>>> futures = new ArrayList<>();
            for (int i = jobs.size() - 1; i >= 0; i--) {
                futures.add(0, pool.submit(jobs.get(i)));
            }
            for (java.util.concurrent.Future<List<Path>> done : futures) {
                written.addAll(Futures.get(done, "drawing figures"));
            }
        } finally {
            pool.shutdownNow();
        }
        return written;
    }

    static String names(Figure.Source source) {
        return String.join(", ", ALL.stream().filter(f -> f.source() == source).map(Figure::name).toList());
    }
}
