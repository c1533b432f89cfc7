package realign.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static realign.experiment.SweepFixture.realign;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code kill -9} at seeded random points of a sweep's finishing step (summary, sensitivity, figures, manifest,
 * rename; in a child JVM) leaves the finished sweep or only its {@code .DIR.partial}, and {@code --resume} then
 * ends with the same files as a sweep that was never interrupted: nothing half-written survives.
 */
class SweepFinishKillTest {

    /** The longest wait after the finishing step began; it takes a second or a few, so most kills land inside. */
    private static final int MAX_DELAY_MS = 2500;

    private static FinishingSweep sweep;

    @BeforeAll
    static void sweep() throws IOException {
        sweep = FinishingSweep.get();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4})
    void killedWhileFinishingLeavesOnlyThePartialFolderAndResumeMatchesAnUninterruptedSweep(long seed,
                                                                                          @TempDir Path tmp)
            throws Exception {
        Path dir = tmp.resolve("sweep");
        Path partial = sweep.runsDoneAt(dir);
        int delay = new Random(seed).nextInt(MAX_DELAY_MS);

        killWhileFinishing(dir, partial, delay, tmp);
        // The rename is the last step but not the last instruction: a kill can land after it, before the JVM exits
        // (the final message, shutdown), so whether the sweep finished is told by its folder, not by the exit status.
        boolean finished = Files.isDirectory(dir);

        assertThat(SweepFixture.listing(tmp)).as("only the sweep's folder, under one name")
                .containsExactlyInAnyOrder("child.err", "child.out", finished ? "sweep" : ".sweep.partial");
        if (!finished) {
            SweepFixture.Cli resumed = realign("sweep", sweep.file, "--resume", dir, "--threads", 2);
            assertThat(resumed.status()).as(resumed.transcript()).isZero();
            assertThat(resumed.out()).contains("Sweep finished: " + FinishingSweep.RUNS + " runs (0 executed now)");
        }
        FinishedSweeps.assertSameSweep(dir, sweep.reference);
    }

    /**
     * Resumes the sweep in a child JVM, waits until its finishing step has begun (its first file or temporary file
     * appears), waits {@code delayMs} more and kills it with SIGKILL, unless it has exited by then.
     */
    private static void killWhileFinishing(Path dir, Path partial, int delayMs, Path tmp) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> cmd = List.of(java.toString(), "-Djava.awt.headless=true", "-cp",
                System.getProperty("java.class.path"), "realign.cli.Main", "sweep", sweep.file.toString(), "--resume",
                dir.toString(), "--threads", "2");
        File err = tmp.resolve("child.err").toFile();
        Process child = new ProcessBuilder(cmd).redirectOutput(tmp.resolve("child.out").toFile()).redirectError(err)
                .start();
        try {
            long giveUp = System.nanoTime() + TimeUnit.MINUTES.toNanos(3); // a hung child, not a slow one
            while (!finishingBegun(partial) && child.isAlive()) {
                if (System.nanoTime() > giveUp) {
                    fail("the resumed sweep did not begin its finishing step in 3 minutes.\nstderr:\n"
                            + Files.readString(err.toPath()));
                }
                Thread.sleep(2);
            }
            Thread.sleep(delayMs);
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("the killed sweep process ends").isTrue();
            assertThat(child.exitValue()).as("exit status: finished (0) or killed by SIGKILL (137); stderr:\n%s",
                    Files.readString(err.toPath())).isIn(0, 128 + 9);
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** summary.csv (or its temporary file) is the first thing the finishing step writes. */
    private static boolean finishingBegun(Path partial) throws IOException {
        if (!Files.isDirectory(partial)) {
            return true; // already renamed
        }
        try (Stream<Path> files = Files.list(partial)) {
            return files.anyMatch(p -> p.getFileName().toString().startsWith(".summary.csv.")
                    || p.getFileName().toString().equals("summary.csv"));
        } catch (java.nio.file.NoSuchFileException e) {
            return true;
        }
    }
}
