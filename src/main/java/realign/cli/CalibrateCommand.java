package realign.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import realign.InputException;
import realign.calibrate.Calibration;
import realign.calibrate.CalibrationReader;
import realign.scenario.ScenarioReader;

/** {@code realign calibrate}: fits parameters to the observed 2025 window with CMA-ES (docs/validation.md). */
@Command(name = "calibrate", mixinStandardHelpOptions = true, versionProvider = Main.VersionInfo.class,
        description = "Fits a scenario's parameters to the events observed after 24 February 2025 (CMA-ES, seeded;"
                + " the same result for any number of threads). Writes trace.csv, best.yaml, a figure and a manifest.",
        footer = {"", "Examples:",
            "  realign calibrate scenarios/calibrations/us-vote-2025.yaml --budget 60",
            "  realign calibrate scenarios/calibrations/us-vote-2025.yaml --out results/cal --threads 2",
            "  realign calibrate scenarios/calibrations/us-vote-2025.yaml --resume results/cal",
            "", "Exit status: 0 success, 2 bad input (nothing is written), 1 internal error."})
final class CalibrateCommand implements Callable<Integer> {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Calibration file (YAML),"
            + " e.g. scenarios/calibrations/us-vote-2025.yaml.")
    private Path file;

    @Option(names = "--budget", paramLabel = "N", description = "Evaluations (rounded down to whole CMA-ES"
            + " generations; default: the file's 'budget').")
    private Integer budget;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
    private Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder, which must not exist yet."
            + " Default: results/<name>-calibration-<yyyyMMdd-HHmmss>/.")
    private Path out;

    @Option(names = "--resume", paramLabel = "DIR", description = "Continue an interrupted calibration in DIR"
            + " (or its unfinished folder .DIR.partial) with the same file.")
    private Path resume;

    @Override
    public Integer call() throws InputException {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1 || n > 1024) {
            throw new InputException("--threads: expected a whole number in [1, 1024], got " + n);
        }
        if (budget != null && budget < 1) {
            throw new InputException("--budget: expected a whole number >= 1, got " + budget);
        }
        if (resume != null && (out != null || budget != null)) {
            throw new InputException("--resume: expected no --out or --budget with it (the interrupted calibration's"
                    + " are used), got " + (out != null ? "--out" : "--budget"));
        }
        byte[] bytes = ScenarioReader.readBytes(file);
        PrintWriter err = spec.commandLine().getErr();
        boolean terminal = "1".equals(System.getenv("REALIGN_STDERR_TTY")) && !"dumb".equals(System.getenv("TERM"));
        Calibration.Outcome o;
        try {
            if (resume != null) {
                o = Calibration.resume(file, bytes, resume, n, err, terminal);
            } else {
                Path target = out;
                if (target == null) {
                    String name = CalibrationReader.read(file, bytes, null).spec().name();
                    target = Path.of("results", name + "-calibration-" + LocalDateTime.now().format(STAMP));
                }
                o = Calibration.start(file, bytes, budget, target, n, err, terminal);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PrintWriter w = spec.commandLine().getOut();
        w.printf(Locale.ROOT, "Best objective %s after %d evaluations (%d run now); fitted: %s%n",
                Double.isNaN(o.bestObjective()) ? "NA" : String.format(Locale.ROOT, "%.4f", o.bestObjective()),
                o.evaluations(), o.executed(), o.best());
        w.println("Runnable scenario: " + o.dir().resolve("best.yaml"));
        w.println("Output: " + o.dir());
        w.flush();
        return Main.OK;
    }
}
