package realign.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static realign.experiment.SweepFixture.realign;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import realign.output.PartialFolders;

class SweepFailuresTest {

    @Test
    void invalidParameterCombinationsFailTheirRunsButNotTheSweep(@TempDir Path tmp) throws Exception {
        // reversion + influence > 1 is rejected by the scenario reader: the 0.6 points cannot run
        Path file = SweepFixture.sweepFile(tmp, "partly-invalid.yaml", """
                name: partly-invalid
                replicates: 2
                fixed: {rounds: 2, trust.reversion: 0.5}
                factors:
                  trust.influence: {values: [0.1, 0.6]}
                outcomes:
                  - {name: eu_trust_end, metric: trust_in_usa_eu, summary: final}
                """);
        Path out = tmp.resolve("out");

        SweepFixture.Cli cli = realign("sweep", file, "--threads", 2, "--out", out);

        assertThat(cli.status()).as(cli.transcript()).isEqualTo(1);
        assertThat(cli.err()).contains("realign: 2 of 4 runs failed; see the status and error columns of "
                + out.resolve("runs.csv"));
        assertThat(cli.out()).contains("Sweep finished: 4 runs (4 executed now), 2 failed");
        assertThat(out).isDirectory();
        assertThat(PartialFolders.workFolder(out)).doesNotExist();

        List<Map<String, String>> runs = SweepFixture.runs(out);
        assertThat(runs).extracting(r -> r.get("trust.influence") + " " + r.get("status"))
                .containsExactly("0.1 ok", "0.1 ok", "0.6 failed", "0.6 failed");
        assertThat(runs.subList(0, 2)).allSatisfy(r -> {
            assertThat(r.get("error")).isEmpty();
            assertThat(Double.parseDouble(r.get("eu_trust_end"))).isBetween(0.0, 1.0);
        });
        assertThat(runs.subList(2, 4)).allSatisfy(r -> {
            assertThat(r.get("error")).contains("trust.reversion + trust.influence")
                    .contains("expected a sum of at most 1").doesNotContain("\n");
            assertThat(r.get("eu_trust_end")).isEqualTo("NA");
        });

        List<CSVRecord> summary = SweepFixture.rows(out.resolve("summary.csv"));
        assertThat(summary).extracting(r -> r.get("trust.influence") + " n=" + r.get("n") + " failed=" + r.get("failed")
                + " mean=" + (r.get("mean").equals("NA") ? "NA" : "number"))
                .containsExactly("0.1 n=2 failed=0 mean=number", "0.6 n=0 failed=2 mean=NA");
        assertThat(SweepJob.readManifest(out).get("failed").asInt()).isEqualTo(2);
    }

    @Test
    void sobolIndicesAreNaForAnOutcomeWithPointsWhereNoRunSucceeded(@TempDir Path tmp) throws Exception {
        Path file = SweepFixture.sweepFile(tmp, "sobol-invalid.yaml", """
                name: sobol-invalid
                fixed: {rounds: 1, trust.reversion: 0.5}
                design: {type: sobol, n: 4, bootstrap: 10}
                factors:
                  trust.influence: {min: 0.1, max: 0.9}
                outcomes:
                  - {name: eu_trust_end, metric: trust_in_usa_eu, summary: final}
                """);
        Path out = tmp.resolve("out");

        SweepFixture.Cli cli = realign("sweep", file, "--threads", 2, "--out", out);

        assertThat(cli.status()).as(cli.transcript()).isEqualTo(1);
        assertThat(SweepFixture.runs(out)).extracting(r -> r.get("status")).contains("ok", "failed");
        assertThat(SweepFixture.rows(out.resolve("sensitivity.csv"))).singleElement().satisfies(r -> {
            assertThat(r.get("factor")).isEqualTo("trust.influence");
            assertThat(List.of(r.get("first_order"), r.get("total"), r.get("total_ci_high"))).containsOnly("NA");
        });
    }
}
