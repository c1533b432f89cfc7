package realign.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import realign.InputException;
import realign.Version;
import realign.experiment.Sweep;
import realign.world.WorldLoader;

/**
 * A sweep as SLURM jobs: writes the job folder, submits its array and merge jobs, and resubmits what did not
 * finish. The tasks run {@code realign sweep --shard i/n} (or {@code --resume}) and the merge {@code realign
 * merge}, so the merged sweep is the same as the sweep run on one machine (docs/cluster.md).
 */
public final class SlurmJobs {

    private SlurmJobs() {}

    /** What a submission did. */
    public record Submitted(JobFolder.Submission submission, List<Integer> tasks, String cancelledMerge) {}

    /**
     * Writes the job folder {@code dir} (which must not exist) for {@code sweep}, read from {@code sweepFile}: the
     * folder is written as {@code dir.partial} and renamed when complete.
     */
    public static JobFolder create(Sweep sweep, Path sweepFile, SlurmOptions options, Path jar, Path dir)
            throws InputException, IOException {
        JobFolder f = new JobFolder(dir);
        realign.output.RunDirectory.checkFree(f.dir(), "--out");
        JobScripts.checkSbatchPath("--out", f.dir().toString());
        if (!Files.isRegularFile(jar)) {
            throw new InputException(jar + ": --jar: expected the realign jar the jobs run (target/realign.jar, built"
                    + " by ./realign or ./mvnw package), got " + (Files.exists(jar) ? "something that is not a file"
                    : "nothing there"));
        }
        Path work = f.dir().resolveSibling(f.dir().getFileName() + ".partial");
        if (Files.exists(work)) {
            throw new InputException(work + ": --out: a partial job folder is already there; remove it first");
        }
        JobFolder.Record r = new JobFolder.Record(Version.realign(), now(),
                sweepFile.toAbsolutePath().normalize().toString(), WorldLoader.sha256(sweep.sweepBytes()),
                sweep.spec().name(), describe(sweep), sweep.runs(), jar.toAbsolutePath().normalize().toString(),
                options, List.of());
        JobFolder w = new JobFolder(work);
        Files.createDirectories(work);
        Files.createDirectories(w.logs());
        Files.createDirectories(w.shards());
        Files.copy(jar, w.jar());
        // the scripts name the final folder: they run after the rename
        script(w.arrayScript(), JobScripts.arrayScript(f, r));
        script(w.mergeScript(), JobScripts.mergeScript(f, r));
        Files.writeString(w.jobsTxt(), JobScripts.jobsTxt(f, r), StandardCharsets.UTF_8);
        w.write(r);
        Files.move(work, f.dir(), StandardCopyOption.ATOMIC_MOVE);
        return f;
    }

    private static String describe(Sweep s) {
        return String.format(java.util.Locale.ROOT, "%s: %d points × %d replicates = %d runs (%s design)",
                s.spec().name(), s.points().size(), s.spec().replicates(), s.runs(), s.spec().design().kind());
    }

    private static void script(Path p, String text) throws IOException {
        Files.writeString(p, text, StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: sbatch reads the script, it need not be executable
        }
    }

    /** The state of every task and of the merge. */
    public static JobStatus status(Path dir, Slurm slurm) throws InputException, IOException {
        JobFolder f = new JobFolder(dir);
        return JobStatus.of(f, JobFolder.read(f.dir()), slurm);
    }

    /**
     * Submits the tasks that are neither finished nor held by SLURM (all of them the first time) and a merge job
     * behind them and behind the tasks still queued or running; cancels a merge job still waiting for an
     * earlier attempt. Returns null when there is nothing to submit.
     */
    public static Submitted submit(Path dir, Slurm slurm) throws InputException, IOException {
        JobFolder f = new JobFolder(dir);
        JobFolder.Record r = JobFolder.read(f.dir());
        String howByHand = "; the job folder " + f.dir() + " is ready: submit it where SLURM is installed with 'realign"
                + " slurm resubmit " + JobScripts.quote(f.dir().toString()) + "' (or by hand, see jobs.txt)";
        if (!slurm.has("sbatch")) {
            throw new InputException("sbatch: expected SLURM's sbatch on the PATH to submit the jobs, got none"
                    + howByHand);
        }
        checkSweepUnchanged(r);
        JobStatus st = JobStatus.of(f, r, slurm);
        if (st.slurmNote() != null && !r.submissions().isEmpty()) {
            throw new InputException("resubmit: expected SLURM to tell which tasks are still queued or running, got: "
                    + st.slurmNote() + " (resubmitting blindly could run a shard twice at once)");
        }
        if (st.merge().state() == JobStatus.State.DONE) {
            return null;
        }
        List<Integer> redo = st.toResubmit();
        boolean mergeWaiting = st.merge().state() == JobStatus.State.PENDING
                || st.merge().state() == JobStatus.State.RUNNING;
        if (redo.isEmpty() && mergeWaiting) {
            return null;
        }
        String cancelled = null;
        try {
            if (st.merge().state() == JobStatus.State.PENDING) {
                // it waits for an attempt that failed: it would never start (or be cancelled by SLURM)
                slurm.scancel(st.merge().job());
                cancelled = st.merge().job();
            }
            String arrayId = null;
            String tasks = null;
            List<String> after = new ArrayList<>();
            if (!redo.isEmpty()) {
                List<String> opts = new ArrayList<>();
                if (redo.size() < r.options().tasks()) {
                    opts.add("--array=" + JobScripts.arrayRange(r.options(), redo));
                }
                arrayId = slurm.sbatch(opts, f.arrayScript());
                tasks = ArrayRanges.format(redo);
                after.add(arrayId);
            }
            for (JobStatus.Task t : st.active()) {
                after.add(t.job());
            }
            List<String> mergeOpts = new ArrayList<>();
            if (!after.isEmpty()) {
                mergeOpts.add("--dependency=afterok:" + String.join(":", after));
            }
            JobFolder.Submission s;
            String mergeId;
            try {
                mergeId = slurm.sbatch(mergeOpts, f.mergeScript());
            } catch (Slurm.CommandException e) {
                // the array is recorded all the same: status must know its tasks
                if (arrayId != null) {
                    f.write(r.with(new JobFolder.Submission(now(), arrayId, tasks, null)));
                }
                throw e;
            }
            s = new JobFolder.Submission(now(), arrayId, tasks, mergeId);
            f.write(r.with(s));
            Files.writeString(f.jobsTxt(), JobScripts.submissionLine(s), StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
            return new Submitted(s, redo, cancelled);
        } catch (Slurm.CommandException e) {
            throw new InputException("SLURM refused the jobs: " + e.getMessage() + howByHand, e);
        }
    }

    private static void checkSweepUnchanged(JobFolder.Record r) throws InputException, IOException {
        Path sweep = Path.of(r.sweepFile());
        if (!Files.isRegularFile(sweep)) {
            throw new InputException(sweep + ": expected the sweep file of the job folder (the tasks read it), got"
                    + " nothing there");
        }
        String now = WorldLoader.sha256(Files.readAllBytes(sweep));
        if (!now.equals(r.sweepSha256())) {
            throw new InputException(sweep + ": expected the sweep file as it was when the job folder was written"
                    + " (sha256 " + r.sweepSha256() + "), got a changed file; restore it, or write a new job folder");
        }
    }

    private static String now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
