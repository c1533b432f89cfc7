package realign.cluster;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import realign.InputException;

/**
 * The files of a sweep's SLURM job folder (docs/cluster.md): the job scripts, the record of options and
 * submitted job ids, the jar the jobs run, their logs, one shard folder per task and the merged sweep.
 */
public record JobFolder(Path dir) {

    /** The record's file name. */
    public static final String RECORD = "slurm.json";

    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public JobFolder {
        dir = dir.toAbsolutePath().normalize();
    }

    /**
     * What the folder is for and what was submitted: written with the folder, rewritten after each submission.
     *
     * @param sweepFile   the sweep file the tasks read (absolute)
     * @param sweepSha256 its hash when the folder was written
     * @param runs        runs of the sweep
     * @param jarSource   the jar copied into the folder
     */
    public record Record(String realignVersion, String createdAt, String sweepFile, String sweepSha256,
                         String sweepName, String sweepDescription, int runs, String jarSource,
                         SlurmOptions options, List<Submission> submissions) {

        public Record {
            submissions = List.copyOf(submissions);
        }

        Record with(Submission s) {
            List<Submission> all = new ArrayList<>(submissions);
            all.add(s);
            return new Record(realignVersion, createdAt, sweepFile, sweepSha256, sweepName, sweepDescription, runs,
                    jarSource, options, all);
        }

        /** The runs shard {@code task} (1-based) holds: runs r with r mod tasks = task - 1. */
        public int runsOf(int task) {
            int n = options.tasks();
            return runs / n + (task - 1 < runs % n ? 1 : 0);
        }
    }

    /**
     * One submission: an array job (some or all tasks) and the merge job behind it.
     *
     * @param arrayJobId null when no task was submitted (only the merge)
     * @param tasks      the array's task ids, "1-4" or "2,5"; null with no array job
     */
    public record Submission(String submittedAt, String arrayJobId, String tasks, String mergeJobId) {}

    public Path jobsTxt() {
        return dir.resolve("jobs.txt");
    }

    public Path record() {
        return dir.resolve(RECORD);
    }

    public Path jar() {
        return dir.resolve("realign.jar");
    }

    public Path arrayScript() {
        return dir.resolve("array.sbatch");
    }

    public Path mergeScript() {
        return dir.resolve("merge.sbatch");
    }

    public Path logs() {
        return dir.resolve("logs");
    }

    public Path shards() {
        return dir.resolve("shards");
    }

    /** The merged sweep. */
    public Path merged() {
        return dir.resolve("sweep");
    }

    /** shards/shard-i-of-n, with i zero-padded to the width of n (so that the folders sort in task order). */
    public Path shard(int task, int tasks) {
        return shards().resolve(shardName(task, tasks));
    }

    static String shardName(int task, int tasks) {
        int width = Integer.toString(tasks).length();
        return String.format(Locale.ROOT, "shard-%0" + width + "d-of-%d", task, tasks);
    }

    /** Reads the record of an existing job folder. */
    public static Record read(Path dir) throws InputException {
        Path f = dir.resolve(RECORD);
        if (!Files.isRegularFile(f)) {
            throw new InputException(dir + ": expected a job folder written by 'realign slurm' (with " + RECORD
                    + "), got " + (Files.isDirectory(dir) ? "a folder without " + RECORD : "nothing there"));
        }
        try {
            Record r = JSON.readValue(f.toFile(), Record.class);
            if (r.options() == null || r.sweepFile() == null || r.options().tasks() < 1 || r.runs() < 1) {
                throw new InputException(f + ": expected the record of a realign slurm job folder, got a file without"
                        + " sweep_file, runs or options.tasks");
            }
            return r;
        } catch (IOException e) {
            throw new InputException(f + ": expected the record of a realign slurm job folder (JSON), got "
                    + e.getMessage(), e);
        }
    }

    /** Writes the record under a temporary name and moves it into place (a reader never sees half a file). */
    void write(Record r) throws IOException {
        Path tmp = dir.resolve(RECORD + ".tmp");
        Files.writeString(tmp, JSON.writeValueAsString(r) + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, record(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
