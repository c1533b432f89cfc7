package realign.cluster;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * SLURM's commands as this program uses them: {@code sbatch --parsable}, {@code squeue} for jobs still queued or
 * running, {@code scontrol -o show job} for jobs that ended recently (no accounting database needed), and
 * {@code scancel}. The parsers are static and pure, so they are tested on real output without a cluster.
 */
public final class Slurm {

    /** Where a job or array task is, in SLURM's words (JobState), and the reason SLURM gives. */
    public record JobState(String jobId, Integer task, String state, String reason) {

        /** Queued or held: it will run. */
        public boolean pending() {
            return switch (state) {
                case "PENDING", "CONFIGURING", "REQUEUED", "REQUEUE_HOLD", "REQUEUE_FED", "RESV_DEL_HOLD" -> true;
                default -> false;
            };
        }

        /** Started and not ended. */
        public boolean running() {
            return switch (state) {
                case "RUNNING", "COMPLETING", "SUSPENDED", "STAGE_OUT", "SIGNALING", "RESIZING", "STOPPED" -> true;
                default -> false;
            };
        }

        /** "123_4" for an array task, "123" for a job. */
        public String id() {
            return task == null ? jobId : jobId + "_" + task;
        }
    }

    /** A SLURM command that failed: its name, exit status and what it printed. */
    public static final class CommandException extends Exception {
        private static final long serialVersionUID = 1L;

        CommandException(String message) {
            super(message);
        }
    }

    private static final long TIMEOUT_SECONDS = 120;

    private final String path;

    private Slurm(String path) {
        this.path = path;
    }

    /** The SLURM commands on this process's PATH. */
    public static Slurm fromEnvironment() {
        String p = System.getenv("PATH");
        return new Slurm(p == null ? "" : p);
    }

    /** Whether {@code command} is an executable file in one of the PATH's folders. */
    public boolean has(String command) {
        for (String d : path.split(File.pathSeparator)) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, command)) && !Files.isDirectory(Path.of(d, command))) {
                return true;
            }
        }
        return false;
    }

    /** Submits {@code script} with the given options; returns the job id. */
    public String sbatch(List<String> options, Path script) throws CommandException {
        List<String> cmd = new ArrayList<>(List.of("sbatch", "--parsable"));
        cmd.addAll(options);
        cmd.add(script.toString());
        Result r = run(cmd, script.getParent());
        if (r.status != 0) {
            throw new CommandException(failure(cmd, r));
        }
        return parseJobId(r.out);
    }

    /** The array tasks or the job {@code jobId} while queued or running (empty once it has left the queue). */
    public List<JobState> squeue(String jobId) throws CommandException {
        List<String> cmd = List.of("squeue", "--noheader", "--array", "--jobs=" + jobId, "--format=%i|%T|%r");
        Result r = run(cmd, null);
        if (r.status != 0) {
            if (unknownJob(r.err)) {
                return List.of();
            }
            throw new CommandException(failure(cmd, r));
        }
        return parseSqueue(r.out);
    }

    /** What the controller still remembers of the job (until MinJobAge after it ended); empty if nothing. */
    public List<JobState> scontrol(String jobId) throws CommandException {
        List<String> cmd = List.of("scontrol", "--oneliner", "show", "job", jobId);
        Result r = run(cmd, null);
        if (r.status != 0) {
            if (unknownJob(r.err)) {
                return List.of();
            }
            throw new CommandException(failure(cmd, r));
        }
        return parseScontrol(r.out);
    }

    /** Cancels a job (all its tasks, for an array) or one array task ("123_4"). */
    public void scancel(String jobId) throws CommandException {
        List<String> cmd = List.of("scancel", jobId);
        Result r = run(cmd, null);
        if (r.status != 0) {
            throw new CommandException(failure(cmd, r));
        }
    }

    /** "123" or "123;cluster" (what sbatch --parsable prints) → "123". */
    static String parseJobId(String out) throws CommandException {
        String line = out.strip();
        int semi = line.indexOf(';');
        String id = semi < 0 ? line : line.substring(0, semi);
        if (!id.matches("\\d+")) {
            throw new CommandException("sbatch --parsable: expected a job id, got '" + line + "'");
        }
        return id;
    }

    /** Lines of {@code squeue --array --format=%i|%T|%r}: "123_4|RUNNING|None", "124|PENDING|Dependency". */
    static List<JobState> parseSqueue(String out) {
        List<JobState> states = new ArrayList<>();
        for (String line : out.split("\n")) {
            String[] f = line.strip().split("\\|", -1);
            if (f.length < 3 || f[0].isEmpty()) {
                continue;
            }
            addTasks(states, f[0], f[1], f[2]);
        }
        return states;
    }

    /** Lines of {@code scontrol --oneliner show job ID}: key=value fields, one line per job or array task. */
    static List<JobState> parseScontrol(String out) {
        List<JobState> states = new ArrayList<>();
        for (String line : out.split("\n")) {
            String jobId = field(line, "JobId");
            String state = field(line, "JobState");
            if (jobId == null || state == null) {
                continue;
            }
            String arrayJob = field(line, "ArrayJobId");
            String arrayTask = field(line, "ArrayTaskId");
            String reason = field(line, "Reason");
            if (arrayJob != null && arrayTask != null) {
                addTasks(states, arrayJob + "_" + arrayTask, state, reason == null ? "None" : reason);
            } else {
                states.add(new JobState(jobId, null, state, reason == null ? "None" : reason));
            }
        }
        return states;
    }

    /** "123_4", "123_[5-7,9%2]" or "123" with its state: one entry per task. */
    private static void addTasks(List<JobState> states, String id, String state, String reason) {
        int us = id.indexOf('_');
        if (us < 0) {
            states.add(new JobState(id, null, state, reason));
            return;
        }
        String job = id.substring(0, us);
        String tasks = id.substring(us + 1).replace("[", "").replace("]", "");
        int pct = tasks.indexOf('%');
        if (pct >= 0) {
            tasks = tasks.substring(0, pct);
        }
        for (int t : ArrayRanges.parse(tasks)) {
            states.add(new JobState(job, t, state, reason));
        }
    }

    /** The value of {@code key=value} in a scontrol one-liner (values have no spaces, except after the last key). */
    private static String field(String line, String key) {
        for (String token : line.strip().split("\\s+")) {
            if (token.startsWith(key + "=")) {
                return token.substring(key.length() + 1);
            }
        }
        return null;
    }

    private static boolean unknownJob(String err) {
        return err.toLowerCase(Locale.ROOT).contains("invalid job id");
    }

    private static String failure(List<String> cmd, Result r) {
        String said = (r.err.strip() + " " + r.out.strip()).strip();
        return String.join(" ", cmd) + " exited with status " + r.status + (said.isEmpty() ? "" : ": " + said);
    }

    private record Result(int status, String out, String err) {}

    private Result run(List<String> cmd, Path dir) throws CommandException {
        ProcessBuilder pb = new ProcessBuilder(cmd);
        if (dir != null) {
            pb.directory(dir.toFile());
        }
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        try {
            Process p = pb.start();
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
            String out = read(p.getInputStream());
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new CommandException(String.join(" ", cmd) + " did not answer within " + TIMEOUT_SECONDS + " s");
            }
            return new Result(p.exitValue(), out, err.join());
        } catch (IOException e) {
            throw new CommandException(String.join(" ", cmd) + " could not be started: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandException(String.join(" ", cmd) + " was interrupted");
        }
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
