package realign.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import realign.InputException;

/**
 * The generated job scripts, without SLURM: their #SBATCH options, and what they run when bash executes them
 * as SLURM would (SLURM_ARRAY_TASK_ID set), with a {@code java} that records its arguments, so that paths with
 * spaces and quotes are checked as the program would receive them.
 */
class JobScriptsTest {

    @TempDir
    Path tmp;

    private Path sweepFile;
    private Path jar;
    private Path java;
    private Path record;

    @BeforeEach
    void files() throws IOException {
        sweepFile = ClusterFixture.sweepFile(tmp.resolve("my sweeps").resolve("it's a \"tiny\" sweep.yaml"));
        jar = ClusterFixture.jar(tmp.resolve("build dir"));
        record = tmp.resolve("java-args");
        java = tmp.resolve("jdk 17/bin/java");
        Files.createDirectories(java.getParent());
        // records each argument NUL-terminated; exits with $JAVA_EXIT after creating $JAVA_MKDIR (if set)
        Files.writeString(java, """
                #!/bin/bash
                printf '%s\\0' "$@" > "$RECORD"
                if [ -n "${JAVA_MKDIR:-}" ]; then mkdir -p "$JAVA_MKDIR"; fi
                exit "${JAVA_EXIT:-0}"
                """, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private JobFolder folder(String name, int tasks, Integer cpus, String time, String mem, String partition,
                             String account, List<String> setup, Integer maxRunning) throws Exception {
        SlurmOptions o = SlurmOptions.of(24, tasks, cpus, time, mem, partition, account, java.toString(), setup,
                maxRunning);
        return SlurmJobs.create(ClusterFixture.read(sweepFile), sweepFile, o, jar, tmp.resolve(name));
    }

    private static List<String> sbatchLines(Path script) throws IOException {
        return Files.readAllLines(script).stream().filter(l -> l.startsWith("#SBATCH")).toList();
    }

    @Test
    void theOptionsGivenBecomeSbatchLines() throws Exception {
        JobFolder f = folder("jobs", 4, 3, "02:30:00", "4g", "short", "proj-42", List.of(), 2);
        assertThat(sbatchLines(f.arrayScript())).containsExactly(
                "#SBATCH --job-name=realign-tiny",
                "#SBATCH --array=1-4%2",
                "#SBATCH --ntasks=1",
                "#SBATCH --cpus-per-task=3",
                "#SBATCH --time=02:30:00",
                "#SBATCH --mem=4G",
                "#SBATCH --partition=short",
                "#SBATCH --account=proj-42",
                "#SBATCH --output=\"" + f.logs() + "/task-%a-job-%A.out\"");
        assertThat(sbatchLines(f.mergeScript())).containsExactly(
                "#SBATCH --job-name=realign-tiny-merge",
                "#SBATCH --ntasks=1",
                "#SBATCH --cpus-per-task=1",
                "#SBATCH --time=02:30:00",
                "#SBATCH --mem=4G",
                "#SBATCH --partition=short",
                "#SBATCH --account=proj-42",
                "#SBATCH --output=\"" + f.logs() + "/merge-job-%j.out\"");
        assertThat(Files.readString(f.arrayScript())).contains("jvm=(-XX:+UseParallelGC -Djava.awt.headless=true -Xmx3072m)");
    }

    @Test
    void optionsNotGivenAreLeftToTheCluster() throws Exception {
        JobFolder f = folder("jobs", 1, null, null, null, null, null, List.of(), null);
        assertThat(sbatchLines(f.arrayScript())).containsExactly(
                "#SBATCH --job-name=realign-tiny",
                "#SBATCH --array=1",
                "#SBATCH --ntasks=1",
                "#SBATCH --cpus-per-task=1",
                "#SBATCH --output=\"" + f.logs() + "/task-%a-job-%A.out\"");
        assertThat(Files.readString(f.arrayScript())).contains("jvm=(-XX:+UseParallelGC -Djava.awt.headless=true)");
    }

    @Test
    void theHeapIsThreeQuartersOfTheJobsMemory() {
        assertThat(JobScripts.heapMegabytes("4G")).isEqualTo(3072);
        assertThat(JobScripts.heapMegabytes("2048M")).isEqualTo(1536);
        assertThat(JobScripts.heapMegabytes("2048")).isEqualTo(1536);
        assertThat(JobScripts.heapMegabytes("1T")).isEqualTo(786432);
        assertThat(JobScripts.heapMegabytes("1048576K")).isEqualTo(768);
        assertThat(JobScripts.heapMegabytes("10")).isEqualTo(64);
    }

    @Test
    void resubmissionsNameOnlyTheirTasksAsRanges() throws Exception {
        SlurmOptions all = SlurmOptions.of(100, 12, null, null, null, null, null, null, List.of(), null);
        SlurmOptions three = SlurmOptions.of(100, 12, null, null, null, null, null, null, List.of(), 3);
        assertThat(JobScripts.arrayRange(all, List.of())).isEqualTo("1-12");
        assertThat(JobScripts.arrayRange(all, List.of(2, 3, 4, 7, 11, 12))).isEqualTo("2-4,7,11-12");
        assertThat(JobScripts.arrayRange(three, List.of(5))).isEqualTo("5%3");
    }

    @Test
    void aTaskRunsItsShardWithEveryPathIntact() throws Exception {
        JobFolder f = folder("it's the jobs", 4, 3, null, null, null, null, List.of("export REALIGN_SETUP_RAN=yes"),
                null);
        Result r = runTask(f.arrayScript(), 3, Map.of());
        assertThat(r.status).as(r.output).isZero();
        assertThat(r.args).containsExactly("-XX:+UseParallelGC", "-Djava.awt.headless=true", "-jar",
                f.dir().resolve("realign.jar").toString(), "sweep", sweepFile.toAbsolutePath().toString(),
                "--shard", "3/4", "--out", f.dir().resolve("shards/shard-3-of-4").toString(), "--threads", "3");
        assertThat(Files.readAllBytes(f.jar())).isEqualTo(Files.readAllBytes(jar));
    }

    @Test
    void anInterruptedShardIsResumedAndAFinishedOneSkipped() throws Exception {
        JobFolder f = folder("jobs", 12, null, null, null, null, null, List.of(), null);
        Path shard = f.shard(7, 12);
        assertThat(shard.getFileName().toString()).isEqualTo("shard-07-of-12");
        Path partial = realign.output.PartialFolders.workFolder(shard);
        assertThat(partial.getFileName().toString()).isEqualTo(".shard-07-of-12.partial");
        // stopped before its first run (no runs.csv yet): started afresh
        Files.createDirectories(partial);
        Result fresh = runTask(f.arrayScript(), 7, Map.of());
        assertThat(fresh.args).contains("--shard", "7/12").doesNotContain("--resume");
        assertThat(partial).doesNotExist();
        // with runs.csv: resumed
        Files.createDirectories(partial);
        Files.writeString(partial.resolve("runs.csv"), "run,point\n0,0\n");
        Result resumed = runTask(f.arrayScript(), 7, Map.of());
        assertThat(resumed.args).containsSubsequence("sweep", sweepFile.toAbsolutePath().toString(), "--resume",
                shard.toString(), "--threads", "1").doesNotContain("--shard");
        // finished: java is not started
        Files.move(partial, shard);
        Files.delete(record);
        Result skipped = runTask(f.arrayScript(), 7, Map.of());
        assertThat(skipped.status).isZero();
        assertThat(skipped.output).contains("shard 7/12 is already finished");
        assertThat(record).doesNotExist();
    }

    @Test
    void aShardWithFailedRunsLetsTheMergeGoButACrashDoesNot() throws Exception {
        JobFolder f = folder("jobs", 2, null, null, null, null, null, List.of(), null);
        Result crashed = runTask(f.arrayScript(), 1, Map.of("JAVA_EXIT", "1"));
        assertThat(crashed.status).isEqualTo(1);
        Result failedRuns = runTask(f.arrayScript(), 2, Map.of("JAVA_EXIT", "1",
                "JAVA_MKDIR", f.shard(2, 2).toString()));
        assertThat(failedRuns.status).isZero();
        assertThat(failedRuns.output).contains("some of its runs failed");
        Result bad = runTask(f.arrayScript(), 1, Map.of("JAVA_EXIT", "2"));
        assertThat(bad.status).isEqualTo(2);
    }

    @Test
    void theMergeTakesEveryShardInTaskOrder() throws Exception {
        JobFolder f = folder("merge's folder", 10, null, null, null, null, null, List.of(), null);
        // an interrupted merge (its hidden .sweep.partial) starts again
        Path interrupted = realign.output.PartialFolders.workFolder(f.merged());
        assertThat(interrupted.getFileName().toString()).isEqualTo(".sweep.partial");
        Files.createDirectories(interrupted);
        Files.writeString(interrupted.resolve("runs.csv"), "run\n");
        Result r = runTask(f.mergeScript(), null, Map.of());
        assertThat(r.status).as(r.output).isZero();
        assertThat(interrupted).doesNotExist();
        List<String> expected = new ArrayList<>(List.of("-XX:+UseParallelGC", "-Djava.awt.headless=true", "-jar",
                f.jar().toString(), "merge"));
        for (int i = 1; i <= 10; i++) {
            expected.add(f.dir().resolve(String.format("shards/shard-%02d-of-10", i)).toString());
        }
        expected.addAll(List.of("--out", f.merged().toString()));
        assertThat(r.args).containsExactlyElementsOf(expected);
        // already merged: nothing runs
        Files.createDirectories(f.merged());
        Files.delete(record);
        assertThat(runTask(f.mergeScript(), null, Map.of()).output).contains("already merged");
        assertThat(record).doesNotExist();
    }

    @Test
    void aTaskRefusesASweepFileChangedSinceTheFolderWasWritten() throws Exception {
        JobFolder f = folder("jobs", 2, null, null, null, null, null, List.of(), null);
        Files.writeString(sweepFile, Files.readString(sweepFile).replace("seed: 5", "seed: 6"));
        Result r = runTask(f.arrayScript(), 1, Map.of());
        assertThat(r.status).isEqualTo(2);
        assertThat(r.output).contains(sweepFile.toAbsolutePath() + " changed since the job folder was written",
                "restore it, or write a new job folder");
        assertThat(record).doesNotExist();
    }

    @Test
    void aMissingJavaIsReportedByTheJob() throws Exception {
        SlurmOptions o = SlurmOptions.of(24, 2, null, null, null, null, null, tmp.resolve("no java here").toString(),
                List.of(), null);
        JobFolder f = SlurmJobs.create(ClusterFixture.read(sweepFile), sweepFile, o, jar, tmp.resolve("jobs"));
        Result r = runTask(f.arrayScript(), 1, Map.of());
        assertThat(r.status).isEqualTo(2);
        assertThat(r.output).contains("no java command '" + tmp.resolve("no java here") + "'", "--setup", "--java");
    }

    @Test
    void foldersSlurmCannotNameInOutputLinesAreRefused() {
        for (String bad : List.of("/tmp/50%", "/tmp/say \"hi\"", "/tmp/a\\b")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> JobScripts.checkSbatchPath("--out", bad))
                    .isInstanceOf(InputException.class).hasMessageStartingWith("--out: expected a folder whose path has no");
        }
    }

    @Test
    void quotingSurvivesBash() throws Exception {
        for (String s : List.of("plain", "with space", "it's", "'", "$HOME `x` \"q\" \\ ; &")) {
            Process p = new ProcessBuilder("bash", "-c", "printf '%s' " + JobScripts.quote(s)).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(10, TimeUnit.SECONDS);
            assertThat(out).isEqualTo(s);
        }
    }

    private record Result(int status, String output, List<String> args) {}

    /** Runs a job script with bash as SLURM would: array task id in the environment. */
    private Result runTask(Path script, Integer task, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true);
        pb.environment().put("RECORD", record.toString());
        pb.environment().remove("SLURM_ARRAY_TASK_ID");
        if (task != null) {
            pb.environment().put("SLURM_ARRAY_TASK_ID", task.toString());
        }
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        List<String> args = Files.exists(record)
                ? Arrays.asList(Files.readString(record, StandardCharsets.UTF_8).split("\0")) : List.of();
        return new Result(p.exitValue(), out, args);
    }
}
