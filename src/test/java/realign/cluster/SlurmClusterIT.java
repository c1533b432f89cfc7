package realign.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end on a real single-node SLURM cluster (Debian's slurmctld, slurmd and munge), started for this test
 * by tools/slurm-test-cluster.sh and stopped after it: {@code realign slurm --submit} runs a sweep of 200 runs
 * in 4 array tasks plus a merge job on target/realign.jar; one task is cancelled midway ({@code scancel}), the
 * merge behind it is cancelled by SLURM, {@code realign slurm status} says so, {@code realign slurm resubmit}
 * completes the task (resuming its shard) and the merge, and the merged runs.csv and summary.csv are the bytes
 * of the same sweep run unsharded on one machine. Skipped when the cluster cannot start here (not root, no packages), except in CI
 * (CI=true), where it must run ({@code .ci/run} installs the packages).
 */
class SlurmClusterIT {

    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Path JAR = PROJECT.resolve("target/realign.jar");
    private static final Path CLUSTER = PROJECT.resolve("tools/slurm-test-cluster.sh");
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final long WAIT_SECONDS = 240;

    @TempDir
    static Path tmp;

    private static Path state;
    private static Path sweep;

    @BeforeAll
    static void startCluster() throws Exception {
        assertThat(JAR).as("the IT runs after package").isRegularFile();
        Run check = exec(List.of("bash", CLUSTER.toString(), "check"), Map.of(), 30);
        if (check.status != 0) {
            String why = "SLURM test cluster cannot start here: " + check.output.strip();
            if ("true".equals(System.getenv("CI"))) {
                fail(why + " (CI=true: .ci/run installs the packages as root; this test must run in CI)");
            }
            System.err.println("SlurmClusterIT skipped: " + why);
            Assumptions.abort(why + "; skipped (it runs in CI)");
        }
        state = tmp.resolve("slurm-state"); // slurm.conf cannot hold paths with spaces
        Run start = exec(List.of("bash", CLUSTER.toString(), "start", state.toString()), Map.of(), 90);
        if (start.status != 0) {
            state = null;
            fail("tools/slurm-test-cluster.sh start failed:\n" + start.output);
        }
        log("cluster up");
        sweep = tmp.resolve("sweep files").resolve("cluster's sweep.yaml");
        Files.createDirectories(sweep.getParent());
        Files.writeString(sweep, "scenario: '" + PROJECT.resolve("scenarios/us-vote-2025.yaml") + "'\n" + """
                name: cluster
                seed: 13
                replicates: 4
                fixed:
                  rounds: 6
                  trust.noise: 0.005
                design:
                  type: lhs
                  n: 50
                factors:
                  shock.salience: {min: 0.1, max: 0.8}
                  trust.reversion: {min: 0.005, max: 0.1}
                outcomes:
                  - name: eu_trust_in_usa_end
                    metric: trust_in_usa_eu
                  - name: new_ties
                    metric: new_ties
                """, StandardCharsets.UTF_8);
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (state != null) {
            Run stop = exec(List.of("bash", CLUSTER.toString(), "stop", state.toString()), Map.of(), 60);
            assertThat(stop.status).as(stop.output).isZero();
            for (String daemon : List.of("slurmd.pid", "slurmctld.pid", "munge/munged.pid")) {
                assertThat(state.resolve(daemon)).as("stopped by its pid file").doesNotExist();
            }
        }
    }

    @Test
    void aSweepInFourTasksWithOneCancelledMidwayIsResubmittedAndMergedToTheBytesOfOneMachine() throws Exception {
        // the same sweep on one machine, unsharded, meanwhile (a separate JVM, as a user would run it)
        Path ref = tmp.resolve("one machine");
        Process oneMachine = new ProcessBuilder(JAVA, "-Djava.awt.headless=true", "-jar", JAR.toString(), "sweep",
                sweep.toString(), "--threads", "1", "--out", ref.toString()).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("one-machine.txt").toFile()).start();
        Path jobs = tmp.resolve("jobs, one task cancelled");
        Run submit = realign("slurm", sweep.toString(), "--tasks", "4", "--java", JAVA, "--out", jobs.toString(),
                "--submit");
        assertThat(submit.status).as(submit.output).isZero();
        JobFolder.Record record = JobFolder.read(jobs);
        JobFolder.Submission first = record.submissions().get(0);
        JobFolder f = new JobFolder(jobs);

        // cancel the first task seen with some but not all of its runs written: suspended first (SIGSTOP, so it
        // cannot finish meanwhile however fast the machine), then cancelled
        int killed = 0;
        int rowsAtKill = 0;
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (killed == 0 && System.nanoTime() < end) {
            for (int t = 1; t <= 4 && killed == 0; t++) {
                Path partial = realign.output.PartialFolders.workFolder(f.shard(t, 4)).resolve("runs.csv");
                if (Files.isRegularFile(partial) && !Files.exists(f.shard(t, 4))
                        && JobStatus.rows(partial) >= 1 && JobStatus.rows(partial) <= record.runsOf(t) - 10) {
                    String task = first.arrayJobId() + "_" + t;
                    if (exec(List.of("scontrol", "suspend", task), env(), 30).status == 0) {
                        rowsAtKill = JobStatus.rows(partial);
                        Run cancel = exec(List.of("scancel", task), env(), 30);
                        assertThat(cancel.status).as(cancel.output).isZero();
                        killed = t;
                    }
                }
            }
            Thread.sleep(20);
        }
        log("cancelled task " + killed + " after " + rowsAtKill + " runs");
        assertThat(killed).as("a task seen midway").isPositive();
        waitUntilGone(jobs, first.arrayJobId(), first.mergeJobId());
        log("first submission ended");

        // the other tasks finished; the cancelled task's shard stays interrupted, and the merge was cancelled
        // behind it (kill_invalid_depend) instead of waiting forever
        for (int t = 1; t <= 4; t++) {
            if (t != killed) {
                assertThat(f.shard(t, 4).resolve("runs.csv")).isRegularFile();
            }
        }
        assertThat(f.shard(killed, 4)).doesNotExist();
        int left = JobStatus.rows(realign.output.PartialFolders.workFolder(f.shard(killed, 4)).resolve("runs.csv"));
        assertThat(left).isBetween(rowsAtKill, record.runsOf(killed) - 1);
        Run before = realign("slurm", "status", jobs.toString());
        assertThat(before.output)
                .containsPattern("(?m)^ +" + killed + "  " + killed + "/4 +failed +" + first.arrayJobId() + "_" + killed
                        + " +CANCELLED +" + left + "/50$")
                .containsPattern("(?m)^merge +failed +" + first.mergeJobId() + " +CANCELLED \\(DependencyNeverSatisfied\\)")
                .contains("Next: realign slurm resubmit", "submits task " + killed + " again (it continues where it"
                        + " stopped)");

        Run resubmit = realign("slurm", "resubmit", jobs.toString());
        assertThat(resubmit.status).as(resubmit.output).isZero();
        assertThat(resubmit.output).contains("(task " + killed + ")", "Submitted merge job");
        JobFolder.Submission second = JobFolder.read(jobs).submissions().get(1);
        assertThat(second.tasks()).isEqualTo(Integer.toString(killed));
        waitUntilGone(jobs, second.arrayJobId(), second.mergeJobId());
        log("resubmission ended");

        Run after = realign("slurm", "status", jobs.toString());
        for (int t = 1; t <= 4; t++) {
            String job = (t == killed ? second.arrayJobId() : first.arrayJobId()) + "_" + t;
            assertThat(after.output).containsPattern("(?m)^ +" + t + "  " + t + "/4 +done +" + job + " +COMPLETED"
                    + " +50/50$");
        }
        assertThat(after.output).contains("Runs done: 200/200 (100%)", "Next: none: the merged sweep is in");
        // the resumed task ran only the runs the cancelled attempt had not written
        String log = Files.readString(f.logs().resolve("task-" + killed + "-job-" + second.arrayJobId() + ".out"));
        assertThat(log).contains("--resume", "already done");
        assertThat(oneMachine.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(oneMachine.exitValue()).as(Files.readString(tmp.resolve("one-machine.txt"))).isZero();
        for (String file : List.of("runs.csv", "summary.csv", "design.csv")) {
            assertThat(jobs.resolve("sweep").resolve(file)).as(file).hasSameBinaryContentAs(ref.resolve(file));
        }
        assertThat(Files.readAllLines(jobs.resolve("sweep/runs.csv"))).hasSize(201);

        Run again = realign("slurm", "resubmit", jobs.toString());
        assertThat(again.status).isZero();
        assertThat(again.output).contains("Nothing to resubmit");
    }

    private static final long T0 = System.nanoTime();

    /** Progress on stderr, so a slow CI run shows where the time went. */
    private static void log(String what) {
        System.err.printf(java.util.Locale.ROOT, "SlurmClusterIT: %.1f s: %s%n", (System.nanoTime() - T0) / 1e9, what);
    }

    private static Map<String, String> env() {
        return Map.of("SLURM_CONF", state.resolve("slurm.conf").toString());
    }

    /** Polls {@code squeue -h -j ID,...} until the jobs have left the queue (sbatch --wait polls too slowly). */
    private static void waitUntilGone(Path jobs, String... ids) throws Exception {
        String list = String.join(",", Stream.of(ids).filter(i -> i != null).toList());
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (System.nanoTime() < end) {
            Run q = exec(List.of("squeue", "-h", "-j", list), env(), 30);
            if (q.status == 0 && q.output.isBlank() || q.output.contains("Invalid job id")) {
                return;
            }
            Thread.sleep(250);
        }
        StringBuilder logs = new StringBuilder();
        try (Stream<Path> files = Files.list(jobs.resolve("logs"))) {
            for (Path p : files.sorted().toList()) {
                logs.append("--- ").append(p.getFileName()).append('\n').append(Files.readString(p));
            }
        }
        fail("jobs " + list + " still queued after " + WAIT_SECONDS + " s:\n" + realign("slurm", "status",
                jobs.toString()).output + logs);
    }

    private record Run(int status, String output) {}

    private static Run realign(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(JAVA, "-Djava.awt.headless=true", "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        return exec(cmd, env(), WAIT_SECONDS);
    }

    private static Run exec(List<String> cmd, Map<String, String> env, long seconds)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().putAll(env);
        Path out = Files.createTempFile(tmp, "out", ".txt");
        pb.redirectOutput(out.toFile());
        Process p = pb.start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(String.join(" ", cmd) + " did not finish within " + seconds + " s:\n" + Files.readString(out));
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
    }
}
