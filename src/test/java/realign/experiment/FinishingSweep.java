package realign.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static realign.experiment.SweepFixture.realign;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import realign.cli.Main;
import realign.output.FaultyDisk;
import realign.output.PartialFolders;

/**
 * One small sweep that has every finishing step (summary, sensitivity, series, figures, kept runs, manifest),
 * made once per test JVM and shared read-only by the tests of faults and kills: its uninterrupted result, the
 * state a failure after the last run leaves (every run done, nothing after) and its two shards.
 */
@SuppressWarnings("try") // a FaultyDisk is installed for the body of a try, which never names it
final class FinishingSweep {

    /** 9 Morris points of 3 rounds, with series, kept runs and sensitivity. */
    static final String SWEEP = """
            name: finishing
            seed: 5
            replicates: 1
            series_every: 2
            keep_runs: true
            fixed: {rounds: 3, trust.noise: 0.01}
            design: {type: morris, trajectories: 3, levels: 4}
            factors:
              shock.salience: {min: 0.1, max: 0.8}
              trust.reversion: {min: 0.005, max: 0.1}
            outcomes:
              - {name: eu_trust_end, metric: trust_in_usa_eu, summary: final}
              - {name: us_ties_lost, metric: us_ties_lost, summary: final}
            """;
    static final int RUNS = 9;

    final Path file;
    /** The sweep run without any fault. */
    final Path reference;
    /** A .DIR.partial with every run done and nothing after (a sweep whose disk filled at summary.csv). */
    final Path runsDone;
    final Path shard1;
    final Path shard2;

    private static FinishingSweep shared;

    private FinishingSweep(Path root) throws IOException {
        file = SweepFixture.sweepFile(root, "finishing.yaml", SWEEP);
        reference = root.resolve("reference");
        SweepFixture.Cli r = realign("sweep", file, "--threads", 2, "--out", reference);
        assertThat(r.status()).as(r.transcript()).isZero();
        assertThat(FinishedSweeps.tree(reference)).contains("summary.csv", "sensitivity.csv", "series.csv",
                "figures/sensitivity.png", "figures/series-bands.pdf", "manifest.json", "runs/run-000008/rounds.csv");
        Path failed = root.resolve("runs-done");
        try (var d = FaultyDisk.fullAt("summary.csv").install()) {
            assertThat(realign("sweep", file, "--threads", 2, "--out", failed).status()).isEqualTo(Main.FAULT);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        runsDone = PartialFolders.workFolder(failed);
        assertThat(SweepFixture.rows(runsDone.resolve("runs.csv"))).hasSize(RUNS);
        assertThat(runsDone.resolve("summary.csv")).doesNotExist();
        shard1 = root.resolve("shard-1");
        shard2 = root.resolve("shard-2");
        assertThat(realign("sweep", file, "--shard", "1/2", "--threads", 1, "--out", shard1).status()).isZero();
        assertThat(realign("sweep", file, "--shard", "2/2", "--threads", 1, "--out", shard2).status()).isZero();
    }

    /** The shared instance, made on first use in a temporary folder removed when the JVM ends. */
    static synchronized FinishingSweep get() throws IOException {
        if (shared == null) {
            Path root = Files.createTempDirectory("realign-finishing-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(root)));
            shared = new FinishingSweep(root);
        }
        return shared;
    }

    /** A copy of {@link #runsDone} as {@code .DIR.partial}, to resume. */
    Path runsDoneAt(Path dir) throws IOException {
        Path partial = PartialFolders.workFolder(dir);
        try (Stream<Path> all = Files.walk(runsDone)) {
            for (Path p : all.toList()) {
                Path to = partial.resolve(runsDone.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return partial;
    }

    private static void delete(Path root) {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
