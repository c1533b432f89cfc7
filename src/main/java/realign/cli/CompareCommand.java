package realign.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import realign.InputException;
import realign.charts.CompareFigure;
import realign.compare.Comparison;
import realign.output.RunDirectory;

/** {@code realign compare RUN_OR_SWEEP...}: two or more runs or sweeps side by side (docs/experiments.md). */
@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = Main.VersionInfo.class,
        description = "Puts two or more runs or sweeps side by side: each outcome's difference from the first"
                + " folder with 95%% Welch and bootstrap intervals (compare.csv, printed), and a figure of the focus"
                + " trust series and bloc sizes of each, written into a new folder.")
final class CompareCommand implements Callable<Integer> {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "2..*", paramLabel = "RUN_OR_SWEEP",
            description = "Run or sweep folders; the first is the reference the others are compared with.")
    private List<Path> inputs = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Folder to create (must not exist).")
    private Path out;

    @Option(names = "--results", paramLabel = "DIR", defaultValue = "results",
            description = "Folder for comparisons without --out: <results>/compare-<yyyyMMdd-HHmmss> (default: ${DEFAULT-VALUE}).")
    private Path results;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Seed of the bootstrap resampling (default: ${DEFAULT-VALUE}); the same seed gives the same intervals.")
    private long seed;

    @Option(names = "--resamples", paramLabel = "N", defaultValue = "2000",
            description = "Bootstrap resamples per difference (default: ${DEFAULT-VALUE}).")
    private int resamples;

    @Override
    public Integer call() throws InputException {
        if (resamples < 100) {
            throw new InputException("--resamples " + resamples + ": expected a whole number >= 100, got " + resamples);
        }
        Path target = out != null ? out : results.resolve("compare-" + LocalDateTime.now().format(STAMP));
        String option = out != null ? "--out" : "results folder";
        RunDirectory.checkFree(target, option);
        Comparison c = Comparison.of(inputs, seed, resamples);
        Path published;
        try (RunDirectory dir = RunDirectory.open(target, option)) {
            List<String> files = new ArrayList<>(c.write(dir.dir()));
            files.add("manifest.json");
            c.writeManifest(dir.dir(), files);
            for (Path f : CompareFigure.render(dir.dir())) {
                files.add(dir.dir().relativize(f).toString().replace('\\', '/'));
            }
            c.writeManifest(dir.dir(), files);
            published = dir.publish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PrintWriter w = spec.commandLine().getOut();
        c.print(w);
        w.println();
        w.println("Figure: " + published.resolve("figures/compare.png"));
        w.println("Output: " + published);
        w.flush();
        return Main.OK;
    }
}
