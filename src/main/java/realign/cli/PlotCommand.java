package realign.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import realign.InputException;
import realign.charts.FigureFormat;
import realign.charts.FigureWidth;
import realign.charts.Figures;

/** {@code realign plot}: (re)draws the figures of a run or a sweep from its files alone. */
@Command(name = "plot", mixinStandardHelpOptions = true, versionProvider = Main.VersionInfo.class,
        description = "Draws every figure of a run or sweep folder from its CSV files (no model re-run) into"
                + " RESULT_DIR/figures/ (docs/figures.md), and records the files it drew in"
                + " RESULT_DIR/figures/figures.json (manifest.json is left as the run wrote it).",
        footer = {"", "Examples:",
            "  realign plot results/us-vote-2025-20250224-120000-20250224",
            "  realign plot results/sens --format pdf --width single",
            "  realign plot results/run --only trust-in-us,blocs-over-time",
            "  realign plot results/sens --only sweep-heatmap --outcomes ties_end,eu_trust_min",
            "", "Exit status: 0 success, 2 a file or column the figures need is missing (named), 1 internal error."})
final class PlotCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RESULT_DIR", description = "A run or sweep folder.")
    private Path dir;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT",
            description = "Formats, comma-separated: png, svg, pdf (default: all three).")
    private List<String> formats = new ArrayList<>();

    @Option(names = "--only", split = ",", paramLabel = "NAME", description = "Only these figures (comma-separated names).")
    private List<String> only = new ArrayList<>();

    @Option(names = "--outcomes", split = ",", paramLabel = "OUTCOME",
            description = "Sweep figures: draw these outcomes (comma-separated names as in summary.csv; at most 4 at"
                    + " double width, 1 at single) instead of the first that fit; the command names any left out.")
    private List<String> outcomes = new ArrayList<>();

    @Option(names = "--width", paramLabel = "WIDTH", defaultValue = "double",
            description = "single (3.5 in) or double (7 in) column (default: ${DEFAULT-VALUE}).")
    private String width;

    @Override
    public Integer call() throws InputException {
        Set<FigureFormat> fs = EnumSet.noneOf(FigureFormat.class);
        for (String f : formats) {
            try {
                fs.add(FigureFormat.valueOf(f.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InputException("--format " + f + ": expected png, svg or pdf, got '" + f + "'");
            }
        }
        FigureWidth w = switch (width.toLowerCase(Locale.ROOT)) {
            case "single" -> FigureWidth.SINGLE;
            case "double" -> FigureWidth.DOUBLE;
            default -> throw new InputException("--width " + width + ": expected single or double, got '" + width + "'");
        };
        List<Path> written;
        Figures.Options options = new Figures.Options(fs, only, w, outcomes);
        List<String> notes = new ArrayList<>();
        String drawnAt = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).toString();
        try {
            written = Figures.render(dir, options, notes);
            // manifest.json stays as the run or sweep wrote it; what plot adds or redraws is recorded beside the figures
            realign.charts.FiguresManifest.record(dir, written, options, realign.Version.realign(), drawnAt);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PrintWriter out = spec.commandLine().getOut();
        for (Path p : written) {
            out.println(p);
        }
        notes.forEach(out::println);
        out.flush();
        return Main.OK;
    }
}
