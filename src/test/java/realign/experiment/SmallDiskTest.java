package realign.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static realign.experiment.SweepFixture.realign;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import realign.cli.Main;
import realign.output.PartialFolders;

/**
 * Issue 15 as a user meets it, on a real small file system (tmpfs; skipped where it cannot be mounted): a run on
 * a full disk, a sweep whose disk fills and is then made bigger, and a read-only mount.
 */
class SmallDiskTest {

    private static FinishingSweep sweep;

    @BeforeAll
    static void sweep() throws IOException {
        sweep = FinishingSweep.get();
    }

    @Test
    void runOnAFullDiskSaysSoInOneLineAndLeavesTheDiskEmpty(@TempDir Path tmp) throws Exception {
        try (Tmpfs disk = Tmpfs.mount(tmp.resolve("disk"), 64 * 1024)) {
            SweepFixture.Cli r = realign("run", SweepFixture.BASE, "--rounds", 2, "--figures", "none", "--out",
                    disk.dir().resolve("run"));

            assertThat(r.status()).as(r.transcript()).isEqualTo(Main.FAULT);
            assertThat(r.err().lines()).hasSize(1);
            assertThat(r.err()).startsWith("realign: " + disk.dir())
                    .contains(": no space left on device; nothing was kept")
                    .doesNotContain("internal error", "\tat ");
            assertThat(SweepFixture.listing(disk.dir())).isEmpty();
        }
    }

    /** Sizes as a share of what the finished sweep takes on a tmpfs: the disk fills during the runs or after. */
    @ParameterizedTest(name = "disk of {0}% of the sweep")
    @ValueSource(ints = {40, 85, 97})
    void sweepWhoseDiskFillsIsFinishedByResumeOnceTheDiskIsBigger(int percent, @TempDir Path tmp) throws Exception {
        long needed = pagesOf(sweep.reference);
        try (Tmpfs disk = Tmpfs.mount(tmp.resolve("disk"), needed * percent / 100)) {
            Path dir = disk.dir().resolve("sweep");
            SweepFixture.Cli failed = realign("sweep", sweep.file, "--threads", 2, "--out", dir);

            assertThat(failed.status()).as(failed.transcript()).isEqualTo(Main.FAULT);
            String last = failed.err().lines().reduce((a, b) -> b).orElseThrow();
            assertThat(last).startsWith("realign: " + disk.dir()).contains(": no space left on device; ")
                    .doesNotContain(".tmp");
            assertThat(failed.err()).doesNotContain("internal error", "\tat ");
            if (Files.exists(PartialFolders.workFolder(dir).resolve("runs.csv"))) {
                assertThat(last).contains("then continue it with: realign sweep " + sweep.file + " --resume " + dir);
            }

            disk.remount("size=" + 4 * needed);
            SweepFixture.Cli resumed = last.contains("--resume") ? realign("sweep", sweep.file, "--resume", dir)
                    : realign("sweep", sweep.file, "--out", dir);

            assertThat(resumed.status()).as(resumed.transcript()).isZero();
            FinishedSweeps.assertSameSweep(dir, sweep.reference);
            assertThat(SweepFixture.listing(disk.dir())).containsExactly("sweep");
        }
    }

    @Test
    void sweepOnAReadOnlyDiskKeepsItsRunsAndFinishesOnceWritable(@TempDir Path tmp) throws Exception {
        try (Tmpfs disk = Tmpfs.mount(tmp.resolve("disk"), 64L << 20)) {
            Path dir = disk.dir().resolve("sweep");
            Path partial = sweep.runsDoneAt(dir);
            byte[] runs = Files.readAllBytes(partial.resolve("runs.csv"));
            disk.remount("ro");

            SweepFixture.Cli failed = realign("sweep", sweep.file, "--resume", dir);

            assertThat(failed.status()).as(failed.transcript()).isEqualTo(Main.FAULT);
            assertThat(failed.err()).contains(": read-only file system; the sweep so far (" + FinishingSweep.RUNS
                    + " runs done) is kept in " + partial + "; write to a folder on a writable file system, then continue"
                    + " it with: realign sweep " + sweep.file + " --resume " + dir).doesNotContain("\tat ");
            assertThat(Files.readAllBytes(partial.resolve("runs.csv"))).isEqualTo(runs);

            SweepFixture.Cli run = realign("run", SweepFixture.BASE, "--rounds", 2, "--out", disk.dir().resolve("run"));
            assertThat(run.status()).isEqualTo(Main.FAULT);
            assertThat(run.err()).contains(": read-only file system; nothing was kept");

            disk.remount("rw");
            SweepFixture.Cli resumed = realign("sweep", sweep.file, "--resume", dir);
            assertThat(resumed.status()).as(resumed.transcript()).isZero();
            FinishedSweeps.assertSameSweep(dir, sweep.reference);
        }
    }

    /** Bytes a folder takes on a tmpfs: whole 4 KiB pages per file. */
    private static long pagesOf(Path dir) throws IOException {
        long total = 0;
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                total += (Files.size(p) + 4095) / 4096 * 4096;
            }
        }
        return total;
    }
}
