package realign.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static realign.experiment.SweepFixture.realign;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import realign.cli.Main;
import realign.output.FaultyDisk;
import realign.output.PartialFolders;

/**
 * Issue 15: a sweep whose disk fills while it runs or finishes (summary, sensitivity, figures, manifest) exits
 * with one line saying what is kept and how to continue; {@code --resume} then finishes it, and the result is
 * the same, byte for byte, as a sweep that never failed. The same for {@code merge}, run again.
 */
@SuppressWarnings("try") // a FaultyDisk is installed for the body of a try, which never names it
class SweepFinishingFaultsTest {

    private static final int RUNS = FinishingSweep.RUNS;
    private static FinishingSweep sweep;
    private static Path file;
    private static Path reference;

    @BeforeAll
    static void sweepThatNeverFailed() throws Exception {
        sweep = FinishingSweep.get();
        file = sweep.file;
        reference = sweep.reference;
    }

    private static Path runsDoneAt(Path dir) throws java.io.IOException {
        return sweep.runsDoneAt(dir);
    }

    static Stream<Arguments> faults() {
        return Stream.<Arguments>of(
                Arguments.of("the disk fills while the runs are written", (Supplier<FaultyDisk>) () ->
                        FaultyDisk.fillsAfter(30_000)),
                Arguments.of("full at series.csv (tidied on resume)", (Supplier<FaultyDisk>) () ->
                        FaultyDisk.fullAt("series.csv")),
                Arguments.of("full at summary.csv", (Supplier<FaultyDisk>) () -> FaultyDisk.fullAt("summary.csv")),
                Arguments.of("full at sensitivity.csv", (Supplier<FaultyDisk>) () -> FaultyDisk.fullAt("sensitivity.csv")),
                Arguments.of("full at a PNG figure", (Supplier<FaultyDisk>) () -> FaultyDisk.fullAt("series-bands.png")),
                Arguments.of("full at an SVG figure", (Supplier<FaultyDisk>) () -> FaultyDisk.fullAt("sensitivity.svg")),
                Arguments.of("full at manifest.json", (Supplier<FaultyDisk>) () -> FaultyDisk.fullAt("manifest.json")),
                Arguments.of("permission denied for figures/", (Supplier<FaultyDisk>) () -> FaultyDisk.refuses("figures")));
    }

    /**
     * The first case fails while the runs are written (a new sweep); the others in one finishing step, as the
     * resume of a sweep whose runs are all done (the situation of issue 15) — then resume again.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void sweepThatFailedOnItsDiskIsFinishedByResumeAndMatchesOneThatNeverFailed(String name, Supplier<FaultyDisk> disk,
                                                                               @TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("sweep");
        Path partial = PartialFolders.workFolder(dir);
        boolean duringRuns = name.contains("runs are written");
        if (!duringRuns) {
            runsDoneAt(dir);
        }
        SweepFixture.Cli failed;
        try (var d = disk.get().install()) {
            failed = duringRuns ? realign("sweep", file, "--threads", 2, "--out", dir)
                    : realign("sweep", file, "--resume", dir, "--threads", 2);
        }

        assertThat(failed.status()).as(failed.transcript()).isEqualTo(Main.FAULT);
        String last = failed.err().lines().reduce((a, b) -> b).orElseThrow();
        assertThat(last).startsWith("realign: " + partial)
                .containsPattern(": (no space left on device|permission denied); the sweep so far \\(\\d+ runs? done\\)"
                        + " is kept in " + java.util.regex.Pattern.quote(partial.toString()))
                .endsWith("then continue it with: realign sweep " + file + " --resume " + dir
                        + (last.contains("no space") ? " (after moving the folder, give its new place)" : ""));
        assertThat(last).doesNotContain(".tmp");
        assertThat(failed.err()).doesNotContain("internal error", "\tat ");
        assertThat(dir).doesNotExist();
        assertThat(partial.resolve("runs.csv")).exists();

        SweepFixture.Cli resumed = realign("sweep", file, "--resume", dir, "--threads", 2);

        assertThat(resumed.status()).as(resumed.transcript()).isZero();
        assertThat(resumed.out()).contains("Sweep finished: " + RUNS + " runs");
        assertThat(partial).doesNotExist();
        FinishedSweeps.assertSameSweep(dir, reference);
    }

    @Test
    void resumeThatFailsInALaterStepIsFinishedByTheNextResume(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("sweep");
        runsDoneAt(dir);
        try (var d = FaultyDisk.fullAt("series-bands.svg").install()) {
            assertThat(realign("sweep", file, "--resume", dir, "--threads", 2).status()).isEqualTo(Main.FAULT);
        }
        try (var d = FaultyDisk.fullAt("manifest.json").install()) {
            SweepFixture.Cli again = realign("sweep", file, "--resume", dir, "--threads", 1);
            assertThat(again.status()).as(again.transcript()).isEqualTo(Main.FAULT);
            assertThat(again.err()).contains(", " + RUNS + " already done;", PartialFolders.workFolder(dir).resolve("manifest.json")
                    + ": no space left on device; the sweep so far (" + RUNS + " runs done) is kept in "
                    + PartialFolders.workFolder(dir));
        }
        assertThat(PartialFolders.workFolder(dir).resolve("summary.csv")).exists();

        SweepFixture.Cli resumed = realign("sweep", file, "--resume", PartialFolders.workFolder(dir), "--threads", 2);

        assertThat(resumed.status()).as(resumed.transcript()).isZero();
        assertThat(resumed.out()).contains("Sweep finished: " + RUNS + " runs (0 executed now)");
        FinishedSweeps.assertSameSweep(dir, reference);
    }

    @Test
    void sweepFolderRemovedWhileItFinishesIsReportedAsGoneWithNothingKept(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("sweep");
        runsDoneAt(dir);
        SweepFixture.Cli failed;
        try (var d = FaultyDisk.removesAt("summary.csv", PartialFolders.workFolder(dir)).install()) {
            failed = realign("sweep", file, "--resume", dir, "--threads", 2);
        }

        assertThat(failed.status()).as(failed.transcript()).isEqualTo(Main.FAULT);
        assertThat(failed.err()).contains("realign: " + PartialFolders.workFolder(dir).resolve("summary.csv")
                + ": no such file or folder (removed while realign was writing?); nothing was kept; check that the output"
                + " folder is still there")
                .doesNotContain("internal error", "\tat ");
    }

    @ParameterizedTest(name = "full at {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"runs.csv", "rounds.csv", "series-bands.pdf"})
    void mergeThatFailedOnItsDiskIsFinishedByRunningItAgain(String full, @TempDir Path tmp) throws Exception {
        Path one = sweep.shard1;
        Path two = sweep.shard2;
        Path merged = tmp.resolve("merged");

        SweepFixture.Cli failed;
        try (var d = FaultyDisk.fullAt(full).install()) {
            failed = realign("merge", one, two, "--out", merged);
        }
        assertThat(failed.status()).as(failed.transcript()).isEqualTo(Main.FAULT);
        assertThat(failed.err()).contains(": no space left on device; the merge so far is kept in "
                + PartialFolders.workFolder(merged) + "; free some space (or write to another disk), then run the same command"
                + " again to finish it").doesNotContain("\tat ");
        assertThat(merged).doesNotExist();

        SweepFixture.Cli again = realign("merge", one, two, "--out", merged);

        assertThat(again.status()).as(again.transcript()).isZero();
        assertThat(PartialFolders.workFolder(merged)).doesNotExist();
        FinishedSweeps.assertSameSweep(merged, reference);
    }

    @Test
    void mergeKilledJustBeforeItsFinalRenameIsFinishedByRunningItAgain(@TempDir Path tmp) throws Exception {
        Path merged = tmp.resolve("merged");
        assertThat(realign("merge", sweep.shard1, sweep.shard2, "--out", merged).status()).isZero();
        // what a kill after the merge removed its mark, before the rename, leaves
        Files.move(merged, PartialFolders.workFolder(merged));

        SweepFixture.Cli again = realign("merge", sweep.shard1, sweep.shard2, "--out", merged);

        assertThat(again.status()).as(again.transcript()).isZero();
        FinishedSweeps.assertSameSweep(merged, reference);
    }

    @Test
    void mergeRefusesAnUnfinishedFolderThatIsNotItsOwn(@TempDir Path tmp) throws Exception {
        Path merged = tmp.resolve("merged");
        Files.createDirectories(PartialFolders.workFolder(merged)).resolve("notes.txt").toFile().createNewFile();
        SweepFixture.Cli r = realign("merge", reference, "--out", merged);

        assertThat(r.status()).isEqualTo(Main.USER_ERROR);
        assertThat(r.err()).contains(PartialFolders.workFolder(merged) + ": --out: expected no folder there or the unfinished"
                + " merge of these shards, got another folder; remove it or choose another --out");
        assertThat(PartialFolders.workFolder(merged).resolve("notes.txt")).exists();
    }
}
