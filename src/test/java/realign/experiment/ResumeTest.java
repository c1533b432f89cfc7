package realign.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep killed with SIGKILL in the middle loses at most the runs in flight; {@code --resume} runs only the
 * missing runs and ends with the same runs.csv and summary.csv as an uninterrupted sweep.
 */
class ResumeTest {

    private static final String SWEEP = """
            name: resumable
            seed: 3
            replicates: 4
            fixed: {rounds: 6, trust.noise: 0.01}
            design: {type: lhs, n: 100}
            factors:
              shock.salience: {min: 0.1, max: 0.8}
              trust.reversion: {min: 0.01, max: 0.05}
            outcomes:
              - {name: eu_trust, metric: trust_in_usa_eu, summary: min}
              - {name: new_ties, metric: new_ties}
            series_every: 3
            """;

    private static int rows(Path csv) throws Exception {
        return Files.exists(csv) ? (int) Files.readAllLines(csv).stream().filter(l -> !l.isEmpty()).count() - 1 : 0;
    }

    @Test
    void aKilledSweepResumesWithOnlyTheMissingRunsAndTheSameResults(@TempDir Path tmp) throws Exception {
        Path file = SweepCliTest.sweepFile(tmp, SWEEP);
        Path killed = tmp.resolve("killed");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xmx256m", "realign.cli.Main",
                "sweep", file.toString(), "--threads", "2", "--out", killed.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        Path runsCsv = tmp.resolve("killed.partial/runs.csv");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (rows(runsCsv) < 40 && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(p.isAlive()).as("the sweep must still be running when it is killed (see child.log: %s)",
                Files.exists(tmp.resolve("child.log")) ? Files.readString(tmp.resolve("child.log")) : "").isTrue();
        p.destroyForcibly(); // SIGKILL on Linux
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(137);
        int done = rows(runsCsv);
        assertThat(done).isBetween(40, 399);
        assertThat(killed).doesNotExist();

        SweepCliTest.Cli resumed = SweepCliTest.cli("sweep", file.toString(), "--threads", "2", "--resume", killed.toString());
        assertThat(resumed.status()).as(resumed.err()).isZero();
        assertThat(resumed.err()).containsPattern("(\\d+) already done");
        int already = Integer.parseInt(resumed.err().replaceAll("(?s).*?(\\d+) already done.*", "$1"));
        assertThat(already).isGreaterThanOrEqualTo(done);
        assertThat(resumed.out()).contains("400 runs (" + (400 - already) + " run now)");

        Path whole = tmp.resolve("whole");
        assertThat(SweepCliTest.cli("sweep", file.toString(), "--threads", "1", "--out", whole.toString()).status()).isZero();
        for (String f : List.of("runs.csv", "summary.csv", "series.csv", "design.csv")) {
            assertThat(Files.readAllBytes(killed.resolve(f))).as(f).isEqualTo(Files.readAllBytes(whole.resolve(f)));
        }
        assertThat(tmp.resolve("killed.partial")).doesNotExist();
    }
}
