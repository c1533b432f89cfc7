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
import realign.experiment.Shard;
import realign.output.IoFault;
import realign.output.PartialFolders;
import realign.experiment.Sweep;
import realign.experiment.SweepJob;
import realign.experiment.SweepReader;
import realign.scenario.ScenarioReader;

/** {@code realign sweep}: many runs of one scenario over a design, in parallel, resumable, shardable. */
@Command(name = "sweep", mixinStandardHelpOptions = true, versionProvider = Main.VersionInfo.class,
        description = "Runs a parameter sweep with replicates (docs/experiments.md): design.csv, runs.csv,"
                + " summary.csv and, for sobol/morris designs, sensitivity.csv.",
        footer = {"", "Examples:",
            "  realign sweep scenarios/sweeps/salience-betrayal.yaml",
            "  realign sweep scenarios/sweeps/sensitivity.yaml --threads 2 --out results/sens",
            "  realign sweep scenarios/sweeps/sensitivity.yaml --shard 1/2 --out results/sens-1",
            "  realign sweep scenarios/sweeps/sensitivity.yaml --resume results/sens",
            "", "Exit status: 0 all runs ok, 1 some runs failed (listed in runs.csv), a fault of the disk (no space,"
                + " permission denied, ...; the sweep so far is kept, continue it with --resume) or an internal error,"
                + " 2 bad input (nothing is written)."})
final class SweepCommand implements Callable<Integer>, FaultReport {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SWEEP", description = "Sweep file (YAML), e.g. scenarios/sweeps/salience-betrayal.yaml.")
    private Path file;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
    private Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Write the sweep into DIR, which must not exist yet."
            + " Default: <results>/<sweep>-<yyyyMMdd-HHmmss>/ (with -shard-i-of-n for a shard).")
    private Path out;

    @Option(names = "--results", paramLabel = "DIR", defaultValue = "results",
            description = "Folder for sweeps without --out (default: ${DEFAULT-VALUE}).")
    private Path results;

    @Option(names = "--shard", paramLabel = "i/n", description = "Run only shard i of n (the runs whose index mod n"
            + " is i-1); combine the finished shards with 'realign merge'.")
    private String shard;

    @Option(names = "--resume", paramLabel = "DIR", description = "Continue the interrupted sweep in DIR (its unfinished folder is .DIR.partial; that or DIR.partial of version 0.1 is accepted too),"
            + " running only the runs missing from its runs.csv.")
    private Path resume;

    /** The sweep's final folder once known, for {@link #afterFault}. */
    private Path target;

    @Override
    public Integer call() throws InputException {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1 || n > 1024) {
            throw new InputException("--threads: expected a whole number in [1, 1024], got " + n);
        }
        Shard sh = shard == null ? null : SweepJob.parseShard(shard, "--shard");
        PrintWriter err = spec.commandLine().getErr();
        // set by the launcher when stderr is a terminal ([ -t 2 ]); Java itself cannot tell
        boolean terminal = "1".equals(System.getenv("REALIGN_STDERR_TTY")) && !"dumb".equals(System.getenv("TERM"));
        byte[] bytes = ScenarioReader.readBytes(file);
        SweepJob.Outcome done;
        try {
            if (resume != null) {
                if (out != null) {
                    throw new InputException("--out: expected no --out with --resume (the sweep continues in its folder),"
                            + " got --out " + out);
                }
                target = PartialFolders.targetOf(resume);
                done = SweepJob.resume(file, bytes, resume, n, sh, err, terminal);
            } else {
                Sweep sweep = SweepReader.read(file, bytes, null);
                Shard s = sh == null ? Shard.ALL : sh;
                target = out != null ? out : results.resolve(sweep.spec().name() + "-"
                        + LocalDateTime.now().format(STAMP) + (s.count() > 1 ? "-shard-" + (s.index() + 1) + "-of-"
                        + s.count() : ""));
                done = SweepJob.start(sweep, target, n, s, file.toString(), err, terminal);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PrintWriter w = spec.commandLine().getOut();
        w.printf(Locale.ROOT, "Sweep finished: %d runs (%d executed now), %d failed, %.1f s.%nOutput: %s%n", done.runs(),
                done.executed(), done.failed(), done.wallMs() / 1000.0, done.dir());
        try {
            realign.experiment.SweepSummary.lines(done.dir()).forEach(w::println);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        w.flush();
        if (done.failed() > 0) {
            err.printf(Locale.ROOT, "realign: %d of %d runs failed; see the status and error columns of %s%n",
                    done.failed(), done.runs(), done.dir().resolve("runs.csv"));
            err.flush();
            return Main.INTERNAL_ERROR;
        }
        return Main.OK;
    }

    @Override
    public String afterFault(IoFault fault) {
        Path work = target == null ? null : PartialFolders.existingWorkFolder(target);
        long runs = work == null ? -1 : SweepJob.runsRecorded(work);
        if (runs < 0) {
            return "nothing was kept; " + FaultReport.remedy(fault) + ", then run the command again";
        }
        return "the sweep so far (" + runs + " run" + (runs == 1 ? "" : "s") + " done) is kept in " + work + "; "
                + FaultReport.remedy(fault) + ", then continue it with: realign sweep " + file + " --resume " + target
                + (fault.kind() == IoFault.Kind.NO_SPACE ? " (after moving the folder, give its new place)" : "");
    }
}
