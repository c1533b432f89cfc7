package realign.cluster;

import java.util.ArrayList;
import java.util.List;
import realign.InputException;

/**
 * The text of a job folder's scripts: the sbatch array script (task i runs shard i/n of the sweep, resuming
 * it if a previous attempt was interrupted, skipping it if finished), the merge script, and jobs.txt. Every
 * path is absolute and single-quoted, so folders with spaces or quotes work; nothing is built in the jobs.
 */
public final class JobScripts {

    private JobScripts() {}

    /** A word for bash: single-quoted, with each ' written as '\''. */
    public static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    /**
     * Checks that a path can go into an {@code #SBATCH --output="..."} line: SLURM reads {@code %} there as a
     * file name pattern and does not unescape quotes or backslashes.
     */
    public static void checkSbatchPath(String option, String path) throws InputException {
        for (char c : new char[] {'%', '"', '\\', '\n', '\r'}) {
            if (path.indexOf(c) >= 0) {
                throw new InputException(option + ": expected a folder whose path has no " + (c == '\n' || c == '\r'
                        ? "line break" : "'" + c + "'") + " (SLURM's #SBATCH --output cannot hold it), got " + path);
            }
        }
    }

    /** The sbatch array script: {@code #SBATCH --array=1-n}; resubmissions override it with {@code --array=...}. */
    public static String arrayScript(JobFolder f, JobFolder.Record r) {
        SlurmOptions o = r.options();
        StringBuilder b = new StringBuilder();
        b.append("#!/bin/bash\n");
        b.append("#SBATCH --job-name=").append(jobName(r.sweepName())).append('\n');
        b.append("#SBATCH --array=").append(arrayRange(o, List.of())).append('\n');
        b.append("#SBATCH --ntasks=1\n");
        b.append("#SBATCH --cpus-per-task=").append(o.cpusPerTask()).append('\n');
        resources(b, o);
        b.append("#SBATCH --output=\"").append(f.logs()).append("/task-%a-job-%A.out\"\n");
        b.append("#\n");
        b.append("# realign slurm (docs/cluster.md): task i of this array runs shard i/").append(o.tasks())
                .append(" of the sweep into shards/.\n");
        b.append("# Safe to run again: a finished shard is skipped, an interrupted one continues (--resume).\n");
        b.append("set -euo pipefail\n");
        common(b, f, r);
        b.append("sweep=").append(quote(r.sweepFile())).append('\n');
        b.append("sha256=").append(r.sweepSha256()).append('\n');
        b.append("tasks=").append(o.tasks()).append('\n');
        b.append("threads=").append(o.cpusPerTask()).append('\n');
        b.append("i=\"${SLURM_ARRAY_TASK_ID:?submit this script with sbatch: it is a job array}\"\n");
        b.append("printf -v out '%s/shard-%0*d-of-%d' ").append(quote(f.shards().toString()))
                .append(" \"${#tasks}\" \"$i\" \"$tasks\"\n");
        b.append("""
                # shards of one sweep only: the sweep file must be the one the job folder was written for
                if command -v sha256sum >/dev/null 2>&1 && [ "$(sha256sum < "$sweep" | cut -d ' ' -f 1)" != "$sha256" ]; then
                  echo "realign slurm: $sweep changed since the job folder was written (sha256 $sha256);" \\
                    "restore it, or write a new job folder" >&2
                  exit 2
                fi
                if [ -d "$out" ]; then
                  echo "realign slurm: shard $i/$tasks is already finished: $out"
                  exit 0
                fi
                work="${out%/*}/.${out##*/}.partial" # the unfinished shard (docs/experiments.md)
                if [ -d "$work" ] && [ ! -f "$work/runs.csv" ]; then
                  rm -rf -- "$work" # stopped before its first run: start afresh
                fi
                if [ -d "$work" ]; then
                  args=(sweep "$sweep" --resume "$out" --threads "$threads")
                else
                  args=(sweep "$sweep" --shard "$i/$tasks" --out "$out" --threads "$threads")
                fi
                echo "realign slurm: task $i/$tasks on $(hostname), job ${SLURM_JOB_ID:-?}: realign ${args[*]}"
                status=0
                "$java" "${jvm[@]}" ${REALIGN_JAVA_OPTS:-} -jar "$jar" "${args[@]}" || status=$?
                if [ "$status" = 1 ] && [ -d "$out" ]; then
                  # failed runs are results too (status and error columns of runs.csv): the merge goes on
                  echo "realign slurm: shard $i/$tasks finished; some of its runs failed (see $out/runs.csv)"
                  status=0
                fi
                exit "$status"
                """);
        return b.toString();
    }

    /** The merge job: runs after every task succeeded, merges the shards into sweep/. */
    public static String mergeScript(JobFolder f, JobFolder.Record r) {
        SlurmOptions o = r.options();
        StringBuilder b = new StringBuilder();
        b.append("#!/bin/bash\n");
        b.append("#SBATCH --job-name=").append(jobName(r.sweepName())).append("-merge\n");
        b.append("#SBATCH --ntasks=1\n");
        b.append("#SBATCH --cpus-per-task=1\n");
        resources(b, o);
        b.append("#SBATCH --output=\"").append(f.logs()).append("/merge-job-%j.out\"\n");
        b.append("#\n");
        b.append("# realign slurm (docs/cluster.md): merges the ").append(o.tasks())
                .append(" finished shards into sweep/, the same files as the sweep run on one machine.\n");
        b.append("set -euo pipefail\n");
        common(b, f, r);
        b.append("tasks=").append(o.tasks()).append('\n');
        b.append("out=").append(quote(f.merged().toString())).append('\n');
        b.append("shards=()\n");
        b.append("for ((i = 1; i <= tasks; i++)); do\n");
        b.append("  printf -v d '%s/shard-%0*d-of-%d' ").append(quote(f.shards().toString()))
                .append(" \"${#tasks}\" \"$i\" \"$tasks\"\n");
        b.append("  shards+=(\"$d\")\n");
        b.append("done\n");
        b.append("""
                if [ -d "$out" ]; then
                  echo "realign slurm: already merged: $out"
                  exit 0
                fi
                rm -rf -- "${out%/*}/.${out##*/}.partial" # an interrupted merge starts again
                echo "realign slurm: merging $tasks shards on $(hostname), job ${SLURM_JOB_ID:-?}"
                status=0
                "$java" "${jvm[@]}" ${REALIGN_JAVA_OPTS:-} -jar "$jar" merge "${shards[@]}" --out "$out" || status=$?
                if [ "$status" = 1 ] && [ -d "$out" ]; then
                  echo "realign slurm: merged; some runs failed (status and error columns of $out/runs.csv)"
                  status=0
                fi
                exit "$status"
                """);
        return b.toString();
    }

    /** The --array value of a submission: all tasks ("1-n") or the given ones, with the %K limit. */
    static String arrayRange(SlurmOptions o, List<Integer> tasks) {
        String range = tasks.isEmpty() ? (o.tasks() == 1 ? "1" : "1-" + o.tasks()) : ArrayRanges.format(tasks);
        return o.maxRunning() > 0 ? range + "%" + o.maxRunning() : range;
    }

    private static void resources(StringBuilder b, SlurmOptions o) {
        if (o.time() != null) {
            b.append("#SBATCH --time=").append(o.time()).append('\n');
        }
        if (o.mem() != null) {
            b.append("#SBATCH --mem=").append(o.mem()).append('\n');
        }
        if (o.partition() != null) {
            b.append("#SBATCH --partition=").append(o.partition()).append('\n');
        }
        if (o.account() != null) {
            b.append("#SBATCH --account=").append(o.account()).append('\n');
        }
    }

    private static void common(StringBuilder b, JobFolder f, JobFolder.Record r) {
        for (String line : r.options().setup()) {
            b.append(line).append('\n');
        }
        b.append("java=").append(quote(r.options().java())).append('\n');
        b.append("jar=").append(quote(f.jar().toString())).append('\n');
        List<String> jvm = new ArrayList<>(List.of("-XX:+UseParallelGC", "-Djava.awt.headless=true"));
        if (r.options().mem() != null) {
            // the JVM would size its heap from the node's memory unless SLURM confines the job with cgroups:
            // three quarters of the job's memory, the rest for the JVM itself
            jvm.add("-Xmx" + heapMegabytes(r.options().mem()) + "m");
        }
        b.append("jvm=(").append(String.join(" ", jvm)).append(")\n");
        b.append("if ! command -v \"$java\" >/dev/null 2>&1; then\n");
        b.append("  echo \"realign slurm: no java command '$java' on $(hostname); load a Java 17+ module with --setup,\""
                + " \"or give its path with --java\" >&2\n");
        b.append("  exit 2\n");
        b.append("fi\n");
    }

    /** Three quarters of a SLURM memory size (4G, 2048M, 2048 = megabytes), in megabytes, at least 64. */
    static long heapMegabytes(String mem) {
        char unit = Character.toUpperCase(mem.charAt(mem.length() - 1));
        boolean hasUnit = !Character.isDigit(unit);
        long value = Long.parseLong(hasUnit ? mem.substring(0, mem.length() - 1) : mem);
        long mb = switch (hasUnit ? unit : 'M') {
            case 'K' -> value / 1024;
            case 'G' -> value * 1024;
            case 'T' -> value * 1024 * 1024;
            default -> value;
        };
        return Math.max(64, mb * 3 / 4);
    }

    /** SLURM job names: the sweep's name with anything unusual replaced, so squeue shows something readable. */
    static String jobName(String sweepName) {
        String s = sweepName.replaceAll("[^A-Za-z0-9_.-]", "_");
        return "realign-" + (s.length() > 40 ? s.substring(0, 40) : s);
    }

    /** jobs.txt: what the folder holds and what will run, for a person. */
    public static String jobsTxt(JobFolder f, JobFolder.Record r) {
        SlurmOptions o = r.options();
        String d = f.dir().toString();
        StringBuilder b = new StringBuilder();
        b.append("realign slurm job folder (docs/cluster.md)\n");
        b.append("written ").append(r.createdAt()).append(" by realign ").append(r.realignVersion()).append("\n\n");
        b.append("Sweep:   ").append(r.sweepFile()).append('\n');
        b.append("         ").append(r.sweepDescription()).append('\n');
        b.append("         sha256 ").append(r.sweepSha256()).append('\n');
        b.append("Tasks:   ").append(o.tasks()).append(" array task").append(o.tasks() == 1 ? "" : "s")
                .append("; task i runs shard i/").append(o.tasks()).append(" (").append(runsPerTask(r))
                .append(") on ").append(o.cpusPerTask()).append(" CPU").append(o.cpusPerTask() == 1 ? "" : "s")
                .append(" (--threads ").append(o.cpusPerTask()).append(")")
                .append(o.maxRunning() > 0 ? ", at most " + o.maxRunning() + " at once" : "").append('\n');
        b.append("Limits:  time ").append(o.time() == null ? "(partition default)" : o.time())
                .append(", memory ").append(o.mem() == null ? "(cluster default)" : o.mem())
                .append(", partition ").append(o.partition() == null ? "(default)" : o.partition())
                .append(", account ").append(o.account() == null ? "(default)" : o.account()).append('\n');
        b.append("Java:    ").append(o.java()).append(o.java().equals("java") ? " (from the compute nodes' PATH)" : "")
                .append('\n');
        b.append("Jar:     ").append(f.jar()).append(" (a copy of ").append(r.jarSource()).append(")\n");
        for (String line : o.setup()) {
            b.append("Setup:   ").append(line).append('\n');
        }
        b.append("\nWhat will run\n");
        b.append("  1. array.sbatch, a job array: task i runs\n");
        b.append("       realign sweep SWEEP --shard i/").append(o.tasks()).append(" --threads ").append(o.cpusPerTask())
                .append(" --out shards/shard-<i>-of-").append(o.tasks()).append('\n');
        b.append("     (with --resume if an earlier attempt of the task was interrupted; a finished shard is skipped)\n");
        b.append("  2. merge.sbatch, once every task succeeded (--dependency=afterok):\n");
        b.append("       realign merge shards/shard-* --out sweep\n");
        b.append("  The merged sweep, sweep/, holds the same files as the sweep run on one machine (runs.csv,\n");
        b.append("  summary.csv and sensitivity.csv byte for byte; docs/experiments.md).\n");
        b.append("\nFiles\n");
        b.append("  array.sbatch, merge.sbatch  the job scripts (absolute paths; no network or build in the jobs)\n");
        b.append("  realign.jar                 the program the jobs run\n");
        b.append("  slurm.json                  options and submitted job ids (read by status and resubmit)\n");
        b.append("  logs/                       task-<i>-job-<array id>.out, merge-job-<id>.out\n");
        b.append("  shards/                     one sweep folder per task (a hidden .NAME.partial until it is finished)\n");
        b.append("  sweep/                      the merged sweep\n");
        b.append("\nCommands\n");
        b.append("  realign slurm status ").append(quoteIfNeeded(d)).append("     per task: pending, running, done or failed\n");
        b.append("  realign slurm resubmit ").append(quoteIfNeeded(d))
                .append("   submits the tasks not done and not queued (they resume), then the merge\n");
        b.append("  by hand, without realign on the login node:\n");
        b.append("    cd ").append(quoteIfNeeded(d)).append(" && id=$(sbatch --parsable array.sbatch)")
                .append(" && sbatch --dependency=afterok:${id%%;*} merge.sbatch\n");
        b.append("    (status and resubmit only know the jobs submitted through realign)\n");
        b.append("\nSubmissions\n");
        return b.toString();
    }

    /** One line of the submission log at the end of jobs.txt. */
    static String submissionLine(JobFolder.Submission s) {
        return "  " + s.submittedAt() + "  " + (s.arrayJobId() == null ? "" : "array job " + s.arrayJobId()
                + " (tasks " + s.tasks() + "), ") + "merge job " + s.mergeJobId() + "\n";
    }

    private static String runsPerTask(JobFolder.Record r) {
        int lo = r.runsOf(r.options().tasks());
        int hi = r.runsOf(1);
        return r.runs() + " runs: " + (lo == hi ? lo : lo + "–" + hi) + " per task";
    }

    private static String quoteIfNeeded(String s) {
        return s.matches("[A-Za-z0-9_./+:@-]+") ? s : quote(s);
    }
}
