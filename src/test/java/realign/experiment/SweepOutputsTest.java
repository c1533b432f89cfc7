package realign.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static realign.experiment.SweepFixture.realign;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optional files of a sweep (series.csv, runs/) and what it prints, from one small sweep. */
class SweepOutputsTest {

    private static final List<String> OUTCOMES = List.of("eu_trust_end", "us_ties_lost");

    @TempDir
    static Path tmp;
    static Path out;
    static SweepFixture.Cli cli;

    @BeforeAll
    static void runSweep() throws Exception {
        Path file = SweepFixture.sweepFile(tmp, "outputs.yaml", """
                name: outputs
                seed: 8
                replicates: 2
                series_every: 2
                keep_runs: true
                fixed: {rounds: 5, trust.noise: 0.01}
                factors:
                  shock.salience: {values: [0.2, 0.5]}
                outcomes:
                  - {name: eu_trust_end, metric: trust_in_usa_eu, summary: final}
                  - {name: us_ties_lost, metric: us_ties_lost, summary: final}
                """);
        out = tmp.resolve("out");
        cli = realign("sweep", file, "--threads", 1, "--out", out);
        assertThat(cli.status()).as(cli.transcript()).isZero();
    }

    @Test
    void sweepFolderHoldsTheDocumentedFiles() throws Exception {
        assertThat(SweepFixture.listing(out)).containsExactly("design.csv", "manifest.json", "runs", "runs.csv",
                "scenario.yaml", "series.csv", "shard.txt", "summary.csv", "sweep.yaml");
        assertThat(Files.readAllBytes(out.resolve("scenario.yaml"))).isEqualTo(Files.readAllBytes(SweepFixture.BASE));
    }

    @Test
    void seriesHasALongFormatRowPerRunRoundAndOutcomeEverySecondRoundAndAtTheLast() throws Exception {
        assertThat(SweepFixture.header(out.resolve("series.csv"))).containsExactly("run", "round", "outcome", "value");
        List<CSVRecord> series = SweepFixture.rows(out.resolve("series.csv"));

        List<String> expected = new ArrayList<>();
        for (int run = 0; run < 4; run++) {
            for (int round : new int[] {0, 2, 4, 5}) {
                for (String o : OUTCOMES) {
                    expected.add(run + " " + round + " " + o);
                }
            }
        }
        assertThat(series).extracting(r -> r.get("run") + " " + r.get("round") + " " + r.get("outcome"))
                .containsExactlyElementsOf(expected);
        List<Map<String, String>> runs = SweepFixture.runs(out);
        for (CSVRecord r : series) {
            if (r.get("round").equals("5")) {
                assertThat(r.get("value")).as("last round of run %s is its final %s", r.get("run"), r.get("outcome"))
                        .isEqualTo(runs.get(Integer.parseInt(r.get("run"))).get(r.get("outcome")));
            }
        }
    }

    @Test
    void keptRunsHaveTheirOwnFolderWithTheFilesOfARun() throws Exception {
        Path runs = out.resolve("runs");
        assertThat(SweepFixture.listing(runs)).containsExactly("run-000000", "run-000001", "run-000002", "run-000003");
        List<Map<String, String>> rows = SweepFixture.runs(out);
        for (int run = 0; run < 4; run++) {
            Path dir = runs.resolve(String.format("run-%06d", run));
            assertThat(SweepFixture.listing(dir)).contains("rounds.csv", "countries.csv", "ties.csv", "blocs.csv",
                    "scenario.yaml", "network-round-0.graphml", "network-round-5.graphml");
            List<CSVRecord> rounds = SweepFixture.rows(dir.resolve("rounds.csv"));
            assertThat(rounds).extracting(r -> r.get("round")).containsExactly("0", "1", "2", "3", "4", "5");
            assertThat(Double.parseDouble(rounds.get(5).get("trust_in_usa_eu")))
                    .as("run %d's rounds.csv ends where its runs.csv row says", run)
                    .isEqualTo(Double.parseDouble(rows.get(run).get("eu_trust_end")));
        }
    }

    @Test
    void withAStderrThatIsNotATerminalProgressIsPlainLinesEndingWithASummaryLine() {
        List<String> err = cli.err().lines().toList();

        assertThat(cli.err()).doesNotContain("\r");
        assertThat(err.get(0)).isEqualTo("realign sweep outputs: 2 points × 2 replicates = 4 runs (grid design);"
                + " 1 thread; writing " + SweepJob.partial(out));
        assertThat(err.get(err.size() - 1)).matches(
                "realign sweep: 4/4 runs done, 4 run now in \\d+\\.\\d s \\(\\d+\\.\\d runs/s\\), 0 failed");
        assertThat(err.subList(1, err.size() - 1)).allMatch(l -> l.matches("realign sweep: \\d+/4 runs .*"));
        assertThat(cli.out()).startsWith("Sweep finished: 4 runs (4 run now), 0 failed, ").contains("Output: " + out);
    }
}
