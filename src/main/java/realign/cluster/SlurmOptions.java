package realign.cluster;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import realign.InputException;

/**
 * The resources and environment of a sweep's SLURM jobs, checked once when the job folder is written.
 *
 * @param tasks       array tasks, one shard of the sweep each (1..min(runs, {@link #MAX_TASKS}))
 * @param cpusPerTask CPUs of each task, used as its {@code --threads}
 * @param time        time limit of each task ({@code --time}), or null for the partition's default
 * @param mem         memory of each task ({@code --mem}, e.g. 4G), or null for the cluster's default
 * @param partition   partition, or null for the default
 * @param account     account to charge, or null for the default
 * @param java        the java command on the compute nodes
 * @param setup       shell lines run before java in every job (e.g. {@code module load java/17})
 * @param maxRunning  at most this many tasks at once ({@code --array=...%K}), or 0 for no limit
 */
public record SlurmOptions(int tasks, int cpusPerTask, String time, String mem, String partition, String account,
                           String java, List<String> setup, int maxRunning) {

    /** SLURM's default MaxArraySize is 1001: task ids up to 1000. */
    public static final int MAX_TASKS = 1000;

    private static final Pattern TIME = Pattern.compile(
            "\\d+|\\d+:\\d{1,2}|\\d+:\\d{1,2}:\\d{1,2}|\\d+-\\d+|\\d+-\\d+:\\d{1,2}|\\d+-\\d+:\\d{1,2}:\\d{1,2}");
    private static final Pattern MEM = Pattern.compile("[1-9]\\d*[KMGT]?", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.,:+@-]+");

    public SlurmOptions {
        setup = List.copyOf(setup);
    }

    /** Checks every value; {@code runs} is the number of runs of the sweep (a task never gets an empty shard). */
    public static SlurmOptions of(int runs, Integer tasks, Integer cpusPerTask, String time, String mem,
                                  String partition, String account, String java, List<String> setup,
                                  Integer maxRunning) throws InputException {
        int maxTasks = Math.min(runs, MAX_TASKS);
        if (tasks == null) {
            throw new InputException("--tasks: expected the number of array tasks (one shard of the sweep each),"
                    + " a whole number in [1, " + maxTasks + "], got none");
        }
        if (tasks < 1 || tasks > maxTasks) {
            throw new InputException("--tasks: expected a whole number in [1, " + maxTasks + "] (" + (runs < MAX_TASKS
                    ? "the sweep has " + runs + " run" + (runs == 1 ? "" : "s") + "; a task gets at least one"
                    : "SLURM's default MaxArraySize allows task ids up to " + MAX_TASKS) + "), got " + tasks);
        }
        int cpus = cpusPerTask == null ? 1 : cpusPerTask;
        if (cpus < 1 || cpus > 1024) {
            throw new InputException("--cpus-per-task: expected a whole number in [1, 1024], got " + cpus);
        }
        if (time != null && !TIME.matcher(time).matches()) {
            throw new InputException("--time: expected a SLURM time limit such as 02:00:00 (HH:MM:SS), 90 (minutes),"
                    + " 30:00 (MM:SS) or 1-12:00:00 (D-HH:MM:SS), got '" + time + "'");
        }
        if (mem != null && !MEM.matcher(mem).matches()) {
            throw new InputException("--mem: expected a memory size such as 4G, 2048M or 2048 (megabytes), got '"
                    + mem + "'");
        }
        checkName("--partition", partition);
        checkName("--account", account);
        String j = java == null ? "java" : java;
        if (j.isBlank() || j.contains("\n") || j.contains("\r")) {
            throw new InputException("--java: expected the path of the java command on the compute nodes (e.g."
                    + " /opt/jdk-17/bin/java), got '" + j + "'");
        }
        for (String line : setup) {
            if (line.isBlank() || line.contains("\n") || line.contains("\r")) {
                throw new InputException("--setup: expected one shell command per --setup (e.g. 'module load java/17'),"
                        + " got '" + line + "'");
            }
        }
        int k = maxRunning == null ? 0 : maxRunning;
        if (maxRunning != null && (k < 1 || k > tasks)) {
            throw new InputException("--max-running: expected a whole number in [1, " + tasks + "] (at most --tasks),"
                    + " got " + k);
        }
        return new SlurmOptions(tasks, cpus, time, mem == null ? null : mem.toUpperCase(Locale.ROOT), partition,
                account, j, setup, k);
    }

    private static void checkName(String option, String value) throws InputException {
        if (value != null && !NAME.matcher(value).matches()) {
            throw new InputException(option + ": expected a SLURM name (letters, digits, _ . , : + @ -), got '"
                    + value + "'");
        }
    }
}
