package realign.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static realign.experiment.SweepFixture.realign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The same sweep gives the same bytes whatever the threads and however it is sharded and merged. */
class SweepReproducibilityTest {

    private static final List<String> SAME_BYTES = List.of("sweep.yaml", "scenario.yaml", "shard.txt", "design.csv",
            "runs.csv", "summary.csv", "sensitivity.csv", "series.csv");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{type: sobol, n: 8, bootstrap: 50}", "{type: morris, trajectories: 6, levels: 4}"})
    void oneThreadTwoThreadsAndTwoMergedShardsGiveIdenticalFiles(String design, @TempDir Path tmp) throws Exception {
        Path file = SweepFixture.sweepFile(tmp, "repro.yaml", """
                name: repro
                seed: 11
                replicates: 2
                series_every: 2
                fixed: {rounds: 4, trust.noise: 0.01}
                design: %s
                factors:
                  shock.salience: {min: 0.1, max: 0.8}
                  trust.reversion: {min: 0.005, max: 0.1}
                outcomes:
                  - {name: eu_trust_end, metric: trust_in_usa_eu, summary: final}
                  - {name: eu_trust_min, metric: trust_in_usa_eu, summary: min}
                  - {name: us_ties_lost, metric: us_ties_lost, summary: final}
                """.formatted(design));
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        Path shard1 = tmp.resolve("shard1");
        Path shard2 = tmp.resolve("shard2");
        Path merged = tmp.resolve("merged");

        assertOk(realign("sweep", file, "--threads", 1, "--out", one));
        assertOk(realign("sweep", file, "--threads", 2, "--out", two));
        assertOk(realign("sweep", file, "--threads", 2, "--shard", "1/2", "--out", shard1));
        assertOk(realign("sweep", file, "--threads", 1, "--shard", "2/2", "--out", shard2));
        assertOk(realign("merge", shard2, shard1, "--out", merged));

        List<Map<String, String>> runs = SweepFixture.runs(one);
        assertThat(runs).isNotEmpty().allSatisfy(r -> assertThat(r).containsEntry("status", "ok"));
        Set<String> replicate0 = new HashSet<>();
        Set<String> replicate1 = new HashSet<>();
        runs.forEach(r -> (r.get("replicate").equals("0") ? replicate0 : replicate1).add(r.get("point") + ":"
                + r.get("eu_trust_end")));
        assertThat(replicate0).as("trust noise makes replicates of a point differ").doesNotContainAnyElementsOf(replicate1);
        assertThat(SweepFixture.runs(shard1)).extracting(r -> Integer.parseInt(r.get("run")) % 2).containsOnly(0);
        assertThat(SweepFixture.runs(shard2)).extracting(r -> Integer.parseInt(r.get("run")) % 2).containsOnly(1);

        for (Path other : List.of(two, merged)) {
            for (String f : SAME_BYTES) {
                assertThat(Files.readAllBytes(other.resolve(f))).as("%s of %s", f, other.getFileName())
                        .isEqualTo(Files.readAllBytes(one.resolve(f)));
            }
            assertThat(manifestWithoutExecution(other)).as("manifest of %s", other.getFileName())
                    .isEqualTo(manifestWithoutExecution(one));
        }
        assertThat(SweepFixture.listing(merged)).isEqualTo(SweepFixture.listing(one));
    }

    private static JsonNode manifestWithoutExecution(Path dir) throws Exception {
        JsonNode m = SweepJob.readManifest(dir);
        assertThat(m.has("execution")).isTrue();
        ((ObjectNode) m).remove("execution");
        return m;
    }

    private static void assertOk(SweepFixture.Cli cli) {
        assertThat(cli.status()).as(cli.transcript()).isZero();
    }
}
