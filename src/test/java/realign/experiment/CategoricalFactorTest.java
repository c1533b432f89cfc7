package realign.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static realign.experiment.SweepFixture.realign;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Factors whose values are categories (votes), with labels: design, files, validation. */
class CategoricalFactorTest {

    @TempDir
    static Path tmp;
    static Path out;
    static SweepFixture.Cli cli;

    @BeforeAll
    static void runSweep() throws Exception {
        Path file = SweepFixture.sweepFile(tmp, "votes.yaml", """
                name: votes
                seed: 4
                replicates: 2
                fixed: {rounds: 4, trust.noise: 0.005}
                factors:
                  shocks[0].votes.USA: {values: [Y, N, A], label: U.S. vote on ES-11/7}
                  shock.salience: {values: [0.2, 0.5], label: Salience of the votes}
                outcomes:
                  - {name: eu_trust_end, metric: trust_in_usa_eu, label: EU trust in the U.S. at the end}
                """);
        out = tmp.resolve("out");
        cli = realign("sweep", file, "--threads", 2, "--out", out);
        assertThat(cli.status()).as(cli.transcript()).isZero();
    }

    @Test
    void aGridTakesEveryCategoryAndTheFilesWriteTheCategoryItself() throws Exception {
        assertThat(SweepFixture.rows(out.resolve("design.csv")))
                .extracting(r -> r.get("shocks[0].votes.USA") + " " + r.get("shock.salience"))
                .containsExactly("Y 0.2", "Y 0.5", "N 0.2", "N 0.5", "A 0.2", "A 0.5");
        assertThat(SweepFixture.runs(out)).extracting(r -> r.get("shocks[0].votes.USA"))
                .containsExactly("Y", "Y", "Y", "Y", "N", "N", "N", "N", "A", "A", "A", "A");
        assertThat(SweepFixture.rows(out.resolve("summary.csv"))).extracting(r -> r.get("shocks[0].votes.USA"))
                .containsExactly("Y", "Y", "N", "N", "A", "A");
    }

    @Test
    void votingWithEuropeKeepsMoreEuTrustThanVotingAgainstIt() throws Exception {
        Map<String, Double> byVote = SweepFixture.rows(out.resolve("summary.csv")).stream()
                .filter(r -> r.get("shock.salience").equals("0.5"))
                .collect(Collectors.toMap(r -> r.get("shocks[0].votes.USA"), r -> Double.parseDouble(r.get("mean"))));
        // Europe voted Y on ES-11/7: a U.S. Y is no shock to it, an N the 2025 shock, an abstention in between
        assertThat(byVote.get("Y")).isGreaterThan(byVote.get("A"));
        assertThat(byVote.get("A")).isGreaterThan(byVote.get("N"));
    }

    @Test
    void theManifestKeepsTheCategoriesAndLabelsAndThePrintedSummaryUsesTheLabel() throws Exception {
        var factors = SweepJob.readManifest(out).path("sweep").path("factors");
        assertThat(factors.get(0).path("values").toString()).isEqualTo("[\"Y\",\"N\",\"A\"]");
        assertThat(factors.get(0).path("label").asText()).isEqualTo("U.S. vote on ES-11/7");
        assertThat(cli.out()).contains("EU trust in the U.S. at the end (eu_trust_end): mean ");
    }

    @Test
    void randomAndLatinHypercubeDesignsDrawTheCategoriesUniformly() {
        Factor vote = Factor.ofCategories("shocks[0].votes.USA", List.of("Y", "N", "A"));
        for (Design d : List.of(new Design.RandomSample(3000), new Design.LatinHypercube(3000))) {
            Map<String, Long> counts = d.points(List.of(vote), 11).stream()
                    .collect(Collectors.groupingBy(p -> vote.text(p[0]), Collectors.counting()));
            assertThat(counts.keySet()).as(d.kind()).containsExactlyInAnyOrder("Y", "N", "A");
            counts.values().forEach(c -> assertThat(c).as(d.kind()).isBetween(900L, 1100L));
        }
    }

    @Test
    void sobolAndMorrisRejectACategoricalFactorWithWhatToDoInstead() throws Exception {
        for (String type : List.of("sobol", "morris")) {
            Path file = SweepFixture.sweepFile(tmp, type + ".yaml", """
                    design: {type: %s, n: 4}
                    factors:
                      shocks[0].votes.USA: {values: [Y, N]}
                      shock.salience: {min: 0.1, max: 0.5}
                    outcomes:
                      - {metric: trust_in_usa_eu}
                    """.formatted(type));
            SweepFixture.Cli c = realign("sweep", file, "--out", tmp.resolve(type));
            assertThat(c.status()).as(c.transcript()).isEqualTo(2);
            assertThat(c.err()).contains(file + ":2:").contains("design.type: expected grid, random or lhs for a sweep"
                    + " with the categorical factor 'shocks[0].votes.USA'");
            assertThat(Files.exists(tmp.resolve(type))).isFalse();
        }
    }

    @Test
    void aValueTheScenarioDoesNotAcceptIsRejectedWithItsLineAndTheReadersReason() throws Exception {
        Path file = SweepFixture.sweepFile(tmp, "bad.yaml", """
                factors:
                  shocks[0].votes.USA: {values: [Y, Q]}
                outcomes:
                  - {metric: trust_in_usa_eu}
                """);
        SweepFixture.Cli c = realign("sweep", file, "--out", tmp.resolve("bad"));
        assertThat(c.status()).as(c.transcript()).isEqualTo(2);
        assertThat(c.err()).contains(file + ":3:").contains("factors.shocks[0].votes.USA.values[1]: expected a value the"
                + " base scenario accepts for shocks[0].votes.USA, got 'Q'");
        assertThat(Files.exists(tmp.resolve("bad"))).isFalse();
    }

    @Test
    void scenarioFilesAreAFactorTooAndShardsMergeToTheSameBytes() throws Exception {
        Path scenarios = Path.of("scenarios").toAbsolutePath();
        Path file = SweepFixture.sweepFile(tmp, "scenarios.yaml", """
                name: scenarios
                seed: 6
                replicates: 2
                keep_runs: true
                fixed: {rounds: 3, trust.noise: 0.005}
                factors:
                  scenario: {values: ['%s', '%s'], label: Scenario}
                  shock.salience: {values: [0.2, 0.5]}
                outcomes:
                  - {name: eu_trust_end, metric: trust_in_usa_eu}
                """.formatted(scenarios.resolve("us-vote-2025.yaml"), scenarios.resolve("us-abstains.yaml")));
        Path whole = tmp.resolve("scenarios-whole");
        SweepFixture.Cli c = realign("sweep", file, "--threads", 2, "--out", whole);
        assertThat(c.status()).as(c.transcript()).isZero();

        List<Map<String, String>> runs = SweepFixture.runs(whole);
        assertThat(runs).extracting(r -> Path.of(r.get("scenario")).getFileName().toString())
                .containsExactly("us-vote-2025.yaml", "us-vote-2025.yaml", "us-vote-2025.yaml", "us-vote-2025.yaml",
                        "us-abstains.yaml", "us-abstains.yaml", "us-abstains.yaml", "us-abstains.yaml");
        // each run read its own scenario file, which its kept folder holds
        assertThat(Files.readAllBytes(whole.resolve("runs/run-000005/scenario.yaml")))
                .isEqualTo(Files.readAllBytes(scenarios.resolve("us-abstains.yaml")));
        assertThat(Files.readAllBytes(whole.resolve("scenarios/1.yaml")))
                .isEqualTo(Files.readAllBytes(scenarios.resolve("us-abstains.yaml")));
        // the U.S. abstaining shocks Europe less than the U.S. voting no
        Map<String, Double> end = SweepFixture.rows(whole.resolve("summary.csv")).stream()
                .filter(r -> r.get("shock.salience").equals("0.5"))
                .collect(Collectors.toMap(r -> Path.of(r.get("scenario")).getFileName().toString(),
                        r -> Double.parseDouble(r.get("mean"))));
        assertThat(end.get("us-abstains.yaml")).isGreaterThan(end.get("us-vote-2025.yaml"));

        for (int i = 1; i <= 2; i++) {
            SweepFixture.Cli s = realign("sweep", file, "--threads", 1, "--shard", i + "/2", "--out",
                    tmp.resolve("scenarios-shard-" + i));
            assertThat(s.status()).as(s.transcript()).isZero();
        }
        Path merged = tmp.resolve("scenarios-merged");
        SweepFixture.Cli m = realign("merge", tmp.resolve("scenarios-shard-1"), tmp.resolve("scenarios-shard-2"),
                "--out", merged);
        assertThat(m.status()).as(m.transcript()).isZero();
        for (String f : List.of("runs.csv", "summary.csv", "design.csv", "scenarios/0.yaml", "scenarios/1.yaml")) {
            assertThat(Files.readAllBytes(merged.resolve(f))).as(f).isEqualTo(Files.readAllBytes(whole.resolve(f)));
        }
    }

    @Test
    void theShippedVoteChoicesSweepReadsAndHasThreeCategoriesOfTheUsVote() throws Exception {
        Sweep s = SweepFixture.read(Path.of("scenarios", "sweeps", "us-vote-choices.yaml"));
        Factor vote = s.spec().factors().get(0);
        assertThat(vote.name()).isEqualTo("shocks[0].votes.USA");
        assertThat(vote.categories()).containsExactly("Y", "N", "A");
        assertThat(s.points()).hasSize(3);
        assertThat(s.spec().replicates()).isEqualTo(30);
    }
}
