package realign.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import realign.InputException;
import realign.cluster.JobFolder;
import realign.cluster.JobScripts;
import realign.cluster.JobStatus;
import realign.cluster.Slurm;
import realign.cluster.SlurmJobs;
import realign.cluster.SlurmOptions;
import realign.experiment.Sweep;
import realign.experiment.SweepReader;
import realign.scenario.ScenarioReader;

/** {@code realign slurm}: a sweep as a SLURM job array plus a merge job; status and resubmission. */
@Command(name = "slurm", mixinStandardHelpOptions = true, versionProvider = Main.VersionInfo.class,
        description = "Writes a SLURM job folder for a sweep (docs/cluster.md): an sbatch array whose task i runs"
                + " 'realign sweep SWEEP --shard i/N', a merge job after it, and jobs.txt; --submit submits both.",
        subcommands = {SlurmCommand.Status.class, SlurmCommand.Resubmit.class},
        footer = {"", "Examples:",
            "  realign slurm scenarios/sweeps/sensitivity.yaml --tasks 8 --cpus-per-task 4 --time 01:00:00 --mem 4G",
            "  realign slurm /scratch/me/sobol.yaml --tasks 100 --partition short --setup 'module load java/17'"
                + " --out /scratch/me/sobol-jobs --submit",
            "  realign slurm status /scratch/me/sobol-jobs",
            "  realign slurm resubmit /scratch/me/sobol-jobs",
            "", "Exit status: 0 written (and submitted), 2 bad input or SLURM refused the jobs, 1 internal error."})
final class SlurmCommand implements Callable<Integer> {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SWEEP",
            description = "Sweep file (YAML), on a folder the compute nodes see at the same path.")
    private Path file;

    @Option(names = "--tasks", paramLabel = "N", description = "Array tasks: task i runs shard i/N of the sweep.")
    private Integer tasks;

    @Option(names = "--cpus-per-task", paramLabel = "C", description = "CPUs per task, used as its --threads (default 1).")
    private Integer cpus;

    @Option(names = "--time", paramLabel = "HH:MM:SS", description = "Time limit of each task (default: the partition's).")
    private String time;

    @Option(names = "--mem", paramLabel = "SIZE", description = "Memory of each task, e.g. 4G (default: the cluster's).")
    private String mem;

    @Option(names = "--partition", paramLabel = "P", description = "SLURM partition (default: the cluster's default).")
    private String partition;

    @Option(names = "--account", paramLabel = "A", description = "SLURM account to charge (default: yours).")
    private String account;

    @Option(names = "--java", paramLabel = "PATH", description = "The java command on the compute nodes (default: java"
            + " on their PATH).")
    private String java;

    @Option(names = "--setup", paramLabel = "CMD", description = "A shell command run before java in every job, e.g."
            + " 'module load java/17' (repeatable).")
    private List<String> setup = new ArrayList<>();

    @Option(names = "--max-running", paramLabel = "K", description = "Run at most K tasks at once (--array=...%%K).")
    private Integer maxRunning;

    @Option(names = "--jar", paramLabel = "JAR", description = "The realign jar the jobs run, copied into the job folder"
            + " (default: the jar this command runs from, target/realign.jar).")
    private Path jar;

    @Option(names = "--out", paramLabel = "DIR", description = "The job folder, on a shared file system (must not exist)."
            + " Default: <results>/<sweep>-slurm-<yyyyMMdd-HHmmss>/.")
    private Path out;

    @Option(names = "--results", paramLabel = "DIR", defaultValue = "results",
            description = "Folder for job folders without --out (default: ${DEFAULT-VALUE}).")
    private Path results;

    @Option(names = "--submit", description = "Submit the array and the merge job with sbatch.")
    private boolean submit;

    @Override
    public Integer call() throws InputException {
        if (file == null) {
            throw new InputException("slurm: expected a sweep file (realign slurm SWEEP --tasks N), or 'status DIR'"
                    + " or 'resubmit DIR', got nothing");
        }
        byte[] bytes = ScenarioReader.readBytes(file);
        Sweep sweep = SweepReader.read(file, bytes, null);
        SlurmOptions options = SlurmOptions.of(sweep.runs(), tasks, cpus, time, mem, partition, account, java, setup,
                maxRunning);
        Path j = jar != null ? jar : ownJar();
        Path dir = out != null ? out : results.resolve(sweep.spec().name() + "-slurm-" + LocalDateTime.now().format(STAMP));
        PrintWriter w = spec.commandLine().getOut();
        try {
            JobFolder f = SlurmJobs.create(sweep, file, options, j, dir);
            w.printf(Locale.ROOT, "Job folder: %s%n", f.dir());
            w.printf(Locale.ROOT, "  array.sbatch  %d task%s × %d CPU%s: task i runs shard i/%d of %s (%d runs)%n",
                    options.tasks(), options.tasks() == 1 ? "" : "s", options.cpusPerTask(),
                    options.cpusPerTask() == 1 ? "" : "s", options.tasks(), sweep.spec().name(), sweep.runs());
            w.printf(Locale.ROOT, "  merge.sbatch  after every task succeeded: the merged sweep in %s%n", f.merged());
            w.printf(Locale.ROOT, "  jobs.txt      what will run, and how to follow it%n");
            w.flush();
            if (!submit) {
                w.printf(Locale.ROOT, "Submit: realign slurm resubmit %s   (or add --submit next time)%n",
                        JobScripts.quote(f.dir().toString()));
                w.flush();
                return Main.OK;
            }
            SlurmJobs.Submitted s = SlurmJobs.submit(f.dir(), Slurm.fromEnvironment());
            if (s != null) {
                printSubmitted(w, f.dir(), s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Main.OK;
    }

    static void printSubmitted(PrintWriter w, Path dir, SlurmJobs.Submitted s) {
        if (s.cancelledMerge() != null) {
            w.printf(Locale.ROOT, "Cancelled merge job %s (it waited for the earlier attempt).%n", s.cancelledMerge());
        }
        JobFolder.Submission sub = s.submission();
        if (sub.arrayJobId() != null) {
            w.printf(Locale.ROOT, "Submitted array job %s (task%s %s).%n", sub.arrayJobId(),
                    s.tasks().size() == 1 ? "" : "s", sub.tasks());
        }
        w.printf(Locale.ROOT, "Submitted merge job %s (runs when every task has succeeded).%n", sub.mergeJobId());
        w.printf(Locale.ROOT, "Follow: realign slurm status %s%n", JobScripts.quote(dir.toAbsolutePath().toString()));
        w.flush();
    }

    /** The jar this program runs from. */
    private static Path ownJar() throws InputException {
        try {
            var src = SlurmCommand.class.getProtectionDomain().getCodeSource();
            if (src != null) {
                Path p = Path.of(src.getLocation().toURI());
                if (Files.isRegularFile(p) && p.getFileName().toString().endsWith(".jar")) {
                    return p;
                }
            }
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            // reported below
        }
        throw new InputException("--jar: expected the realign jar the jobs should run (realign is not running from"
                + " a jar here; build it with ./mvnw -B package and give --jar target/realign.jar), got none");
    }

    /** {@code realign slurm status DIR}. */
    @Command(name = "status", mixinStandardHelpOptions = true, versionProvider = Main.VersionInfo.class,
            description = "Shows per task pending/running/done/failed (from squeue and scontrol, or from the shard"
                    + " folders when SLURM no longer knows the jobs), runs done per shard, and what to do next.")
    static final class Status implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "DIR", description = "A job folder written by realign slurm.")
        private Path dir;

        @Override
        public Integer call() throws InputException {
            try {
                JobStatus st = SlurmJobs.status(dir, Slurm.fromEnvironment());
                PrintWriter w = spec.commandLine().getOut();
                w.print(st.render());
                w.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Main.OK;
        }
    }

    /** {@code realign slurm resubmit DIR}. */
    @Command(name = "resubmit", mixinStandardHelpOptions = true, versionProvider = Main.VersionInfo.class,
            description = "Submits the tasks that are neither finished nor queued or running (all of them if the"
                    + " folder was never submitted); they continue their shards (--resume). Then the merge, after"
                    + " them and after the tasks still queued.")
    static final class Resubmit implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "DIR", description = "A job folder written by realign slurm.")
        private Path dir;

        @Override
        public Integer call() throws InputException {
            PrintWriter w = spec.commandLine().getOut();
            try {
                Slurm slurm = Slurm.fromEnvironment();
                SlurmJobs.Submitted s = SlurmJobs.submit(dir, slurm);
                if (s == null) {
                    JobStatus st = SlurmJobs.status(dir, slurm);
                    w.printf(Locale.ROOT, "Nothing to resubmit. Next: %s%n", st.next());
                    w.flush();
                    return Main.OK;
                }
                printSubmitted(w, dir, s);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Main.OK;
        }
    }
}
