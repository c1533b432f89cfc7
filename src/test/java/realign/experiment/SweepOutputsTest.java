package realign.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static realign.experiment.SweepFixture.realign;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import realign.output.PartialFolders;

/** The optional files of a sweep (series.csv, runs/) and what it prints, from one small sweep. */
class SweepOutputsTest {

    private static final List<String> OUTCOMES = List.of("eu_trust_end", "us_ties_lost", "eu_trust_mean_1_3",
            "eu_trust_max", "eu_trust_min", "ties_formed_sum", "first_round_2_5_trust_above_0", "never");
    private static final List<String> METRICS = List.of("trust_in_usa_eu", "us_ties_lost", "trust_in_usa_eu",
            "trust_in_usa_eu", "trust_in_usa_eu", "ties_formed", "mean_trust", "mean_trust");

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
                  - {name: eu_trust_mean_1_3, metric: trust_in_usa_eu, summary: mean, window: [1, 3]}
                  - {name: eu_trust_max, metric: trust_in_usa_eu, summary: max}
                  - {name: eu_trust_min, metric: trust_in_usa_eu, summary: min}
                  - {name: ties_formed_sum, metric: ties_formed, summary: sum}
                  - {name: first_round_2_5_trust_above_0, metric: mean_trust, summary: first, above: 0, window: [2, 5]}
                  - {name: never, metric: mean_trust, summary: first, below: -1}
                """);
        out = tmp.resolve("out");
        cli = realign("sweep", file, "--threads", 1, "--out", out);
        assertThat(cli.status()).as(cli.transcript()).isZero();
    }

    @Test
    void sweepFolderHoldsTheDocumentedFiles() throws Exception {
        assertThat(SweepFixture.listing(out)).containsExactly("design.csv", "figures", "manifest.json", "runs", "runs.csv",
                "scenario.yaml", "series.csv", "shard.txt", "summary.csv", "sweep.yaml");
        assertThat(Files.readAllBytes(out.resolve("scenario.yaml"))).isEqualTo(Files.readAllBytes(SweepFixture.BASE));
    }

    @Test
    void seriesHasALongFormatRowPerRunRoundAndOutcomeEverySecondRoundAndAtTheLast() throws Exception {
        assertThat(SweepFixture.header(out.resolve("series.csv"))).containsExactly("run", "round", "date", "outcome", "value");
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
        for (CSVRecord r : series) {
            // the value is the outcome's metric at that round, as in the kept run's rounds.csv
            CSVRecord round = SweepFixture.rows(out.resolve("runs").resolve(String.format("run-%06d",
                    Integer.parseInt(r.get("run")))).resolve("rounds.csv")).get(Integer.parseInt(r.get("round")));
            assertThat(r.get("value")).as("run %s round %s %s", r.get("run"), r.get("round"), r.get("outcome"))
                    .isEqualTo(round.get(METRICS.get(OUTCOMES.indexOf(r.get("outcome")))));
        }
        List<Map<String, String>> runs = SweepFixture.runs(out);
        for (CSVRecord r : series) {
            if (r.get("round").equals("5") && r.get("outcome").equals("eu_trust_end")) {
                assertThat(r.get("value")).as("run %s", r.get("run"))
                        .isEqualTo(runs.get(Integer.parseInt(r.get("run"))).get("eu_trust_end"));
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
    void outcomesSummariseTheMetricsOverTheirWindowAsTheKeptRunsRoundsShow() throws Exception {
        List<Map<String, String>> rows = SweepFixture.runs(out);
        for (int run = 0; run < 4; run++) {
            List<CSVRecord> rounds = SweepFixture.rows(out.resolve("runs").resolve(String.format("run-%06d", run))
                    .resolve("rounds.csv"));
            double[] eu = rounds.stream().mapToDouble(r -> Double.parseDouble(r.get("trust_in_usa_eu"))).toArray();
            double[] formed = rounds.stream().mapToDouble(r -> Double.parseDouble(r.get("ties_formed"))).toArray();
            Map<String, String> row = rows.get(run);

            assertThat(number(row, "eu_trust_mean_1_3")).isCloseTo((eu[1] + eu[2] + eu[3]) / 3, within(1e-6));
            assertThat(number(row, "eu_trust_max")).isEqualTo(Arrays.stream(eu).max().orElseThrow());
            assertThat(number(row, "eu_trust_min")).isEqualTo(Arrays.stream(eu).min().orElseThrow());
            assertThat(number(row, "eu_trust_min")).isLessThan(number(row, "eu_trust_max"));
            assertThat(number(row, "ties_formed_sum")).isEqualTo(Arrays.stream(formed).sum());
            assertThat(row.get("first_round_2_5_trust_above_0")).isEqualTo("2");
            assertThat(row.get("first_round_2_5_trust_above_0_censored")).isEqualTo("0");
            // never below -1: right-censored at the window's last round, not missing
            assertThat(row.get("never")).isEqualTo("5");
            assertThat(row.get("never_censored")).isEqualTo("1");
        }
    }

    @Test
    void withAStderrThatIsNotATerminalProgressIsPlainLinesEndingWithASummaryLine() {
        List<String> err = cli.err().lines().toList();

        assertThat(cli.err()).doesNotContain("\r");
        assertThat(err.get(0)).isEqualTo("realign sweep outputs: 2 points × 2 replicates = 4 runs (grid design);"
                + " 1 thread; writing " + PartialFolders.workFolder(out));
        assertThat(err.get(err.size() - 1)).matches(
                "realign sweep: 4/4 runs done, 4 executed now in \\d+\\.\\d s \\(\\d+\\.\\d runs/s\\), 0 failed");
        assertThat(err.subList(1, err.size() - 1)).allMatch(l -> l.matches("realign sweep: \\d+/4 runs .*"));
        assertThat(cli.out()).startsWith("Sweep finished: 4 runs (4 executed now), 0 failed, ").contains("Output: " + out);
    }

    @Test
    void runsThatNeverReachTheThresholdAreCountedAsCensoredInTheSummaryNotDropped() throws Exception {
        List<CSVRecord> summary = SweepFixture.rows(out.resolve("summary.csv"));
        assertThat(SweepFixture.header(out.resolve("summary.csv"))).containsSequence("outcome", "n", "failed",
                "n_censored", "share_reached", "estimator", "mean", "sd", "ci_low", "ci_high", "median");
        List<CSVRecord> never = summary.stream().filter(r -> r.get("outcome").equals("never")).toList();
        assertThat(never).hasSize(2);
        for (CSVRecord r : never) {
            assertThat(r.get("n")).as("both runs of the point count").isEqualTo("2");
            assertThat(r.get("n_censored")).isEqualTo("2");
            assertThat(r.get("share_reached")).isEqualTo("0");
            assertThat(r.get("estimator")).isEqualTo("restricted_mean");
            assertThat(r.get("mean")).as("censored at round 5, the window's last").isEqualTo("5");
            assertThat(r.get("median")).as("fewer than half crossed: no Kaplan-Meier median").isEqualTo("NA");
        }
        for (CSVRecord r : summary.stream().filter(r -> r.get("outcome").equals("first_round_2_5_trust_above_0"))
                .toList()) {
            assertThat(List.of(r.get("n_censored"), r.get("share_reached"), r.get("mean"), r.get("median")))
                    .containsExactly("0", "1", "2", "2");
        }
        for (CSVRecord r : summary.stream().filter(r -> r.get("outcome").equals("eu_trust_end")).toList()) {
            assertThat(List.of(r.get("n_censored"), r.get("share_reached"), r.get("estimator")))
                    .containsExactly("0", "NA", "mean");
        }
        assertThat(cli.out()).contains("never: 4 of 4 runs never reached the threshold within rounds 0-5");
    }

    @Test
    void everyIntervalLiesWithinTheRangeOfItsPointsRunValues() throws Exception {
        List<Map<String, String>> runs = SweepFixture.runs(out);
        int checkedWide = 0;
        for (CSVRecord r : SweepFixture.rows(out.resolve("summary.csv"))) {
            double[] values = runs.stream().filter(x -> x.get("point").equals(r.get("point")))
                    .mapToDouble(x -> Double.parseDouble(x.get(r.get("outcome")))).toArray();
            double min = Arrays.stream(values).min().orElseThrow();
            double max = Arrays.stream(values).max().orElseThrow();
            double low = Double.parseDouble(r.get("ci_low"));
            double high = Double.parseDouble(r.get("ci_high"));
            assertThat(low).as("%s at point %s", r.get("outcome"), r.get("point")).isBetween(min, max);
            assertThat(high).as("%s at point %s", r.get("outcome"), r.get("point")).isBetween(min, max);
            assertThat(low).isLessThanOrEqualTo(Double.parseDouble(r.get("mean")));
            assertThat(high).isGreaterThanOrEqualTo(Double.parseDouble(r.get("mean")));
            checkedWide += max > min ? 1 : 0;
        }
        // with two replicates a Student t interval is mean ± 12.7·sd/√2, far outside the values wherever they differ
        assertThat(checkedWide).as("points whose replicates differ").isGreaterThan(3);
    }

    private static double number(Map<String, String> row, String column) {
        return Double.parseDouble(row.get(column));
    }
}
