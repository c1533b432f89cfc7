package realign.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * Where every task and the merge of a job folder are: from SLURM while it knows the jobs ({@code squeue}, then
 * {@code scontrol}), and from the shard folders, which are the truth about what is finished.
 *
 * @param slurmNote null when SLURM answered; otherwise why the states come from the folders only
 */
public record JobStatus(JobFolder folder, JobFolder.Record record, List<Task> tasks, Merge merge, String slurmNote) {

    /** What a task or the merge is doing. */
    public enum State {
        DONE, RUNNING, PENDING, FAILED, NOT_SUBMITTED;

        String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    /**
     * One array task.
     *
     * @param job      its latest SLURM id ("123_4"), or null if never submitted
     * @param slurm    SLURM's JobState and reason, or null if SLURM no longer knows the job
     * @param runsDone rows in its shard's runs.csv
     */
    public record Task(int task, State state, String job, String slurm, int runsDone, int runs) {}

    /** The merge job. */
    public record Merge(State state, String job, String slurm) {}

    public JobStatus {
        tasks = List.copyOf(tasks);
    }

    /** Asks SLURM (if {@code slurm} is not null) and reads the shard folders. */
    static JobStatus of(JobFolder f, JobFolder.Record r, Slurm slurm) throws IOException {
        int n = r.options().tasks();
        // the latest submission of each task, and of the merge
        String[] jobOf = new String[n + 1];
        String mergeJob = null;
        Set<String> ids = new LinkedHashSet<>();
        for (JobFolder.Submission s : r.submissions()) {
            if (s.arrayJobId() != null) {
                for (int t : ArrayRanges.parse(s.tasks())) {
                    if (t >= 1 && t <= n) {
                        jobOf[t] = s.arrayJobId();
                    }
                }
                ids.add(s.arrayJobId());
            }
            if (s.mergeJobId() != null) {
                mergeJob = s.mergeJobId();
                ids.add(s.mergeJobId());
            }
        }
        Map<String, Slurm.JobState> known = new HashMap<>();
        String note = null;
        if (slurm == null || !slurm.has("squeue") || !slurm.has("scontrol")) {
            note = ids.isEmpty() ? null : "SLURM's squeue and scontrol are not on the PATH: states from the shard folders only";
        } else {
            try {
                for (String id : ids) {
                    for (Slurm.JobState s : slurm.squeue(id)) {
                        known.put(s.id(), s);
                    }
                    // jobs that left the queue: the controller remembers them for MinJobAge (no slurmdbd needed)
                    for (Slurm.JobState s : slurm.scontrol(id)) {
                        known.putIfAbsent(s.id(), s);
                    }
                }
            } catch (Slurm.CommandException e) {
                note = "SLURM did not answer (" + e.getMessage() + "): states from the shard folders only";
                known.clear();
            }
        }
        List<Task> tasks = new ArrayList<>();
        for (int t = 1; t <= n; t++) {
            Path done = f.shard(t, n);
            Path partial = realign.output.PartialFolders.existingWorkFolder(done);
            boolean finished = Files.isRegularFile(done.resolve("runs.csv"));
            int rows = finished ? rows(done.resolve("runs.csv"))
                    : Files.isRegularFile(partial.resolve("runs.csv")) ? rows(partial.resolve("runs.csv")) : 0;
            String job = jobOf[t] == null ? null : jobOf[t] + "_" + t;
            Slurm.JobState s = job == null ? null : known.get(job);
            State state;
            if (finished) {
                state = State.DONE;
            } else if (job == null) {
                state = State.NOT_SUBMITTED;
            } else if (s != null && s.pending()) {
                state = State.PENDING;
            } else if (s != null && s.running()) {
                state = State.RUNNING;
            } else {
                state = State.FAILED;
            }
            tasks.add(new Task(t, state, job, s == null ? null : describe(s), rows, r.runsOf(t)));
        }
        Slurm.JobState m = mergeJob == null ? null : known.get(mergeJob);
        State mergeState;
        if (Files.isRegularFile(f.merged().resolve("runs.csv"))) {
            mergeState = State.DONE;
        } else if (mergeJob == null) {
            mergeState = State.NOT_SUBMITTED;
        } else if (m != null && m.pending()) {
            mergeState = State.PENDING;
        } else if (m != null && m.running()) {
            mergeState = State.RUNNING;
        } else {
            mergeState = State.FAILED;
        }
        return new JobStatus(f, r, tasks, new Merge(mergeState, mergeJob, m == null ? null : describe(m)), note);
    }

    private static String describe(Slurm.JobState s) {
        return "None".equals(s.reason()) || s.reason().isEmpty() ? s.state() : s.state() + " (" + s.reason() + ")";
    }

    /** Whole rows of a runs.csv (a torn last line, from a task killed while writing, is not counted). */
    static int rows(Path runsCsv) throws IOException {
        byte[] bytes = Files.readAllBytes(runsCsv);
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] != '\n') {
            end--;
        }
        String text = new String(bytes, 0, end, StandardCharsets.UTF_8);
        try (CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(
                new java.io.StringReader(text))) {
            int n = 0;
            for (var ignored : p) {
                n++;
            }
            return n;
        }
    }

    public int runsDone() {
        return tasks.stream().mapToInt(Task::runsDone).sum();
    }

    /** Tasks that are neither finished nor queued or running: what resubmit submits. */
    public List<Integer> toResubmit() {
        return tasks.stream().filter(t -> t.state() == State.FAILED || t.state() == State.NOT_SUBMITTED)
                .map(Task::task).toList();
    }

    /** Tasks SLURM holds (queued or running). */
    public List<Task> active() {
        return tasks.stream().filter(t -> t.state() == State.PENDING || t.state() == State.RUNNING).toList();
    }

    /** The table and the next step, for {@code realign slurm status}. */
    public String render() {
        int n = record.options().tasks();
        int w = Math.max(5, Integer.toString(n).length());
        int shardW = Math.max(5, 2 * Integer.toString(n).length() + 1);
        int jobW = 6;
        int slurmW = 11;
        for (Task t : tasks) {
            jobW = Math.max(jobW, t.job() == null ? 1 : t.job().length());
            slurmW = Math.max(slurmW, t.slurm() == null ? 1 : t.slurm().length());
        }
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Sweep %s (%d runs) in %d array task%s; job folder %s%n",
                record.sweepName(), record.runs(), n, n == 1 ? "" : "s", folder.dir()));
        if (slurmNote != null) {
            b.append("Note: ").append(slurmNote).append(System.lineSeparator());
        }
        String row = "%" + w + "s  %-" + shardW + "s  %-13s  %-" + jobW + "s  %-" + slurmW + "s  %s%n";
        b.append(String.format(Locale.ROOT, row, "task", "shard", "state", "job", "SLURM state", "runs done"));
        for (Task t : tasks) {
            b.append(String.format(Locale.ROOT, row, t.task(), t.task() + "/" + n, t.state().label(),
                    t.job() == null ? "-" : t.job(), t.slurm() == null ? "-" : t.slurm(),
                    t.runsDone() + "/" + t.runs()));
        }
        b.append(String.format(Locale.ROOT, row, "merge", "", merge.state().label(),
                merge.job() == null ? "-" : merge.job(), merge.slurm() == null ? "-" : merge.slurm(),
                merge.state() == State.DONE ? "into " + folder.merged() : ""));
        int done = runsDone();
        b.append(String.format(Locale.ROOT, "Runs done: %d/%d (%.0f%%); tasks: %s.%n", done, record.runs(),
                100.0 * done / record.runs(), counts()));
        b.append("Next: ").append(next()).append(System.lineSeparator());
        return b.toString();
    }

    private String counts() {
        List<String> parts = new ArrayList<>();
        for (State s : State.values()) {
            long c = tasks.stream().filter(t -> t.state() == s).count();
            if (c > 0) {
                parts.add(c + " " + s.label());
            }
        }
        return String.join(", ", parts);
    }

    /** What the user should do now. */
    public String next() {
        String dir = JobScripts.quote(folder.dir().toString());
        if (merge.state() == State.DONE) {
            return "none: the merged sweep is in " + folder.merged() + " (docs/experiments.md).";
        }
        List<Integer> redo = toResubmit();
        boolean waiting = !active().isEmpty() || merge.state() == State.PENDING || merge.state() == State.RUNNING;
        if (redo.isEmpty() && waiting) {
            return "wait; SLURM runs the remaining jobs (check again with realign slurm status " + dir + ").";
        }
        if (record.submissions().isEmpty()) {
            return "submit the jobs: realign slurm resubmit " + dir + ".";
        }
        if (redo.isEmpty()) {
            return "every shard is finished but the merge is not: realign slurm resubmit " + dir
                    + " submits the merge (its log is in " + folder.logs() + ").";
        }
        return "realign slurm resubmit " + dir + " submits task" + (redo.size() == 1 ? " " : "s ")
                + ArrayRanges.format(redo) + (redo.size() == 1 ? " again (it continues" : " again (they continue")
                + " where " + (redo.size() == 1 ? "it" : "they") + " stopped) and the merge"
                + (waiting ? "; the queued tasks are left as they are" : "")
                + ". Logs: " + folder.logs() + ".";
    }
}
