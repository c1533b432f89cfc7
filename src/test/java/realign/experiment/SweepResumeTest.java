package realign.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static realign.experiment.SweepFixture.realign;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import realign.output.PartialFolders;

/**
 * A sweep killed with SIGKILL in the middle (in its own JVM) and resumed runs only the missing runs and ends
 * with the same files as a sweep that was never interrupted.
 */
class SweepResumeTest {

    /** 2 × 3 points × 40 replicates = 240 runs of 4 or 8 rounds: a few seconds, so the kill lands midway. */
    private static final String SWEEP = """
            name: resumable
            seed: 3
            replicates: 40
            series_every: 4
            fixed: {trust.noise: 0.01}
            factors:
              rounds: {values: [4, 8]}
              shock.salience: {values: [0.2, 0.4, 0.6]}
            outcomes:
              - {name: eu_trust_end, metric: trust_in_usa_eu, summary: final}
              - {name: us_ties_lost, metric: us_ties_lost, summary: final}
            """;
    private static final int RUNS = 240;
    /** Rows of runs.csv (after the header) to wait for before killing. */
    private static final int KILL_AFTER = 30;

    @Test
    void sweepKilledMidwayAndResumedRunsOnlyMissingRunsAndMatchesAnUninterruptedSweep(@TempDir Path tmp)
            throws Exception {
        Path file = SweepFixture.sweepFile(tmp, "resumable.yaml", SWEEP);
        Path dir = tmp.resolve("interrupted");
        Path partial = PartialFolders.workFolder(dir);
        Path runsCsv = partial.resolve("runs.csv");

        long rowsAtKill = killMidway(file, dir, tmp);

        assertThat(dir).doesNotExist();
        assertThat(partial.resolve("sweep.yaml")).exists();
        byte[] before = Files.readAllBytes(runsCsv);
        long done = SweepFixture.rows(runsCsv).size();
        assertThat(done).as("complete rows left by the killed sweep").isBetween(rowsAtKill, RUNS - 1L);

        SweepFixture.Cli resumed = realign("sweep", file, "--resume", dir, "--threads", 2);

        assertThat(resumed.status()).as(resumed.transcript()).isZero();
        assertThat(resumed.err()).contains(", " + done + " already done;");
        assertThat(resumed.out()).contains("Sweep finished: " + RUNS + " runs (" + (RUNS - done) + " executed now)");
        assertThat(partial).doesNotExist();
        JsonNode execution = SweepJob.readManifest(dir).get("execution");
        assertThat(execution.get("resumed").asBoolean()).isTrue();
        assertThat(execution.get("runs_executed").asLong()).isEqualTo(RUNS - done);
        byte[] after = Files.readAllBytes(dir.resolve("runs.csv"));
        assertThat(new String(after, java.nio.charset.StandardCharsets.UTF_8))
                .as("the rows written before the kill are kept as they were")
                .startsWith(completeLinesOf(before));

        Path reference = tmp.resolve("uninterrupted");
        SweepFixture.Cli uninterrupted = realign("sweep", file, "--threads", 2, "--out", reference);
        assertThat(uninterrupted.status()).as(uninterrupted.transcript()).isZero();
        for (String f : List.of("runs.csv", "summary.csv", "series.csv", "design.csv")) {
            assertThat(Files.readAllBytes(dir.resolve(f))).as(f).isEqualTo(Files.readAllBytes(reference.resolve(f)));
        }
        assertThat(SweepFixture.rows(dir.resolve("runs.csv"))).hasSize(RUNS);
    }

    @Test
    void resumeRedoesKeptRunsACrashLeftHalfWrittenAndLeavesNoTemporaryFolders(@TempDir Path tmp) throws Exception {
        Path file = SweepFixture.sweepFile(tmp, "kept.yaml", """
                name: kept
                seed: 4
                replicates: 3
                keep_runs: true
                fixed: {rounds: 2, trust.noise: 0.01}
                factors:
                  shock.salience: {values: [0.2, 0.5]}
                outcomes:
                  - {name: eu_trust_end, metric: trust_in_usa_eu, summary: final}
                """);
        Path dir = tmp.resolve("crashed");
        Path work = Files.createDirectories(PartialFolders.workFolder(dir));
        // what a crash after 2 of 6 runs leaves: their rows and folders, run 2's folder published but without its
        // row, and run 3's folder half-written under its temporary name
        Sweep sweep = SweepFixture.read(file);
        Files.write(work.resolve("sweep.yaml"), sweep.sweepBytes());
        Files.write(work.resolve("scenario.yaml"), sweep.baseBytes());
        Files.writeString(work.resolve(SweepJob.SHARD_FILE), "1/1\n");
        SweepExecutor.start(sweep, work);
        try (Progress progress = new Progress(new java.io.PrintWriter(java.io.Writer.nullWriter()), 6, 0, false)) {
            SweepExecutor.execute(sweep, work, List.of(0, 1), 1, progress);
        }
        Path runs = work.resolve("runs");
        Files.createDirectories(runs.resolve("run-000002"));
        Files.writeString(runs.resolve("run-000002").resolve("rounds.csv"), "round\n0\n");
        Files.createDirectories(runs.resolve(".run-000003.partial-123"));
        Files.writeString(runs.resolve(".run-000003.partial-123").resolve("rounds.csv"), "round\n");

        SweepFixture.Cli resumed = realign("sweep", file, "--resume", dir, "--threads", 2);
        Path reference = tmp.resolve("uninterrupted");
        SweepFixture.Cli uninterrupted = realign("sweep", file, "--threads", 2, "--out", reference);

        assertThat(resumed.status()).as(resumed.transcript()).isZero();
        assertThat(resumed.err()).contains(", 2 already done;");
        assertThat(uninterrupted.status()).as(uninterrupted.transcript()).isZero();
        assertThat(SweepFixture.listing(dir.resolve("runs"))).containsExactly("run-000000", "run-000001",
                "run-000002", "run-000003", "run-000004", "run-000005");
        for (String run : SweepFixture.listing(reference.resolve("runs"))) {
            for (String f : SweepFixture.listing(reference.resolve("runs").resolve(run))) {
                assertThat(Files.readAllBytes(dir.resolve("runs").resolve(run).resolve(f))).as("%s/%s", run, f)
                        .isEqualTo(Files.readAllBytes(reference.resolve("runs").resolve(run).resolve(f)));
            }
        }
        for (String f : List.of("runs.csv", "summary.csv")) {
            assertThat(Files.readAllBytes(dir.resolve(f))).as(f).isEqualTo(Files.readAllBytes(reference.resolve(f)));
        }
    }

    /**
     * An interrupted sweep is resumed from its hidden {@code .DIR.partial}, or from the visible {@code DIR.partial}
     * that version 0.1 wrote, whichever of DIR, {@code .DIR.partial} or {@code DIR.partial} {@code --resume} names,
     * and ends in DIR with the files of an uninterrupted sweep.
     */
    @ParameterizedTest(name = "{0} folder, --resume {1}")
    @CsvSource({"hidden, DIR", "hidden, .DIR.partial", "visible, DIR", "visible, DIR.partial"})
    void anInterruptedSweepIsResumedFromItsHiddenFolderOrTheVisibleOneOfVersion01(String folder, String given,
                                                                                   @TempDir Path tmp) throws Exception {
        Path file = SweepFixture.sweepFile(tmp, "old.yaml", """
                name: old
                seed: 6
                replicates: 3
                fixed: {rounds: 2, trust.noise: 0.01}
                factors:
                  shock.salience: {values: [0.2, 0.5]}
                outcomes:
                  - {name: eu_trust_end, metric: trust_in_usa_eu, summary: final}
                """);
        Path dir = tmp.resolve("old");
        boolean visible = folder.equals("visible");
        Path work = Files.createDirectories(visible ? PartialFolders.visibleWorkFolder(dir)
                : PartialFolders.workFolder(dir));
        assertThat(work.getFileName().toString()).isEqualTo(visible ? "old.partial" : ".old.partial");
        Sweep sweep = SweepFixture.read(file);
        Files.write(work.resolve("sweep.yaml"), sweep.sweepBytes());
        Files.write(work.resolve("scenario.yaml"), sweep.baseBytes());
        Files.writeString(work.resolve(SweepJob.SHARD_FILE), "1/1\n");
        SweepReport.writeDesign(sweep, work.resolve("design.csv"));
        SweepExecutor.start(sweep, work);
        try (Progress progress = new Progress(new java.io.PrintWriter(java.io.Writer.nullWriter()), 6, 0, false)) {
            SweepExecutor.execute(sweep, work, List.of(0, 1, 2), 1, progress);
        }

        SweepFixture.Cli again = realign("sweep", file, "--out", dir);
        assertThat(again.status()).as(again.transcript()).isEqualTo(2);
        assertThat(again.err()).contains("realign: " + work + ": --out: an interrupted sweep is already there;"
                + " continue it with --resume " + dir + " or remove it");

        Path resumeDir = switch (given) {
            case "DIR" -> dir;
            case ".DIR.partial" -> tmp.resolve(".old.partial");
            default -> tmp.resolve("old.partial");
        };
        SweepFixture.Cli resumed = realign("sweep", file, "--resume", resumeDir, "--threads", 2);
        Path reference = tmp.resolve("uninterrupted");
        SweepFixture.Cli uninterrupted = realign("sweep", file, "--threads", 2, "--out", reference);

        assertThat(resumed.status()).as(resumed.transcript()).isZero();
        assertThat(resumed.err()).contains(", 3 already done;");
        assertThat(resumed.out()).contains("Sweep finished: 6 runs (3 executed now)", "Output: " + dir);
        assertThat(uninterrupted.status()).as(uninterrupted.transcript()).isZero();
        assertThat(SweepFixture.listing(tmp)).as("only the finished folders are left")
                .containsExactly("old", "old.yaml", "uninterrupted");
        for (String f : List.of("runs.csv", "summary.csv", "design.csv")) {
            assertThat(Files.readAllBytes(dir.resolve(f))).as(f).isEqualTo(Files.readAllBytes(reference.resolve(f)));
        }
    }

    /**
     * Starts the sweep in a child JVM, waits until its runs.csv has at least {@link #KILL_AFTER} rows, kills it
     * with SIGKILL and returns the rows seen just before.
     */
    private static long killMidway(Path file, Path dir, Path tmp) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> cmd = new ArrayList<>(List.of(java.toString(), "-Djava.awt.headless=true", "-cp",
                System.getProperty("java.class.path"), "realign.cli.Main", "sweep", file.toString(), "--threads", "2",
                "--out", dir.toString()));
        File out = tmp.resolve("child.out").toFile();
        File err = tmp.resolve("child.err").toFile();
        Process child = new ProcessBuilder(cmd).redirectOutput(out).redirectError(err).start();
        Path runsCsv = PartialFolders.workFolder(dir).resolve("runs.csv");
        try {
            long rows = 0;
            long giveUp = System.nanoTime() + TimeUnit.MINUTES.toNanos(5); // a hung child, not a slow one
            while (rows < KILL_AFTER) {
                if (System.nanoTime() > giveUp) {
                    fail("the sweep process wrote only " + rows + " rows in 5 minutes.\nstderr:\n"
                            + Files.readString(err.toPath()));
                }
                if (!child.isAlive()) {
                    fail("the sweep process ended (exit " + child.exitValue() + ") after " + rows + " of " + RUNS
                            + " runs, before it could be killed midway; make the test sweep longer.\nstderr:\n"
                            + Files.readString(err.toPath()));
                }
                Thread.sleep(5);
                rows = Files.exists(runsCsv) ? Math.max(0, SweepFixture.completeLines(runsCsv) - 1) : 0;
            }
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("the killed sweep process ends").isTrue();
            assertThat(child.isAlive()).isFalse();
            if (child.exitValue() == 0) {
                fail("the sweep process finished all " + RUNS + " runs before SIGKILL reached it; make the test sweep"
                        + " longer.\nstderr:\n" + Files.readString(err.toPath()));
            }
            assertThat(child.exitValue()).as("exit status of a process killed by SIGKILL").isEqualTo(128 + 9);
            return rows;
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static String completeLinesOf(byte[] bytes) {
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        return text.substring(0, text.lastIndexOf('\n') + 1);
    }
}
