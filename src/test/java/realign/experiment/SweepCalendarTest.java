package realign.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static realign.experiment.SweepFixture.realign;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A factor may set the scenario's {@code start}: the dates a sweep writes follow each run's own calendar. */
class SweepCalendarTest {

    @Test
    void seriesDatesFollowTheStartOfEachRunsPoint(@TempDir Path tmp) throws Exception {
        Path file = SweepFixture.sweepFile(tmp, "starts.yaml", """
                name: starts
                seed: 3
                series_every: 1
                keep_runs: true
                fixed: {rounds: 2}
                factors:
                  start: {values: [2025-02, 2025-06]}
                outcomes:
                  - {name: eu_trust_end, metric: trust_in_usa_eu, summary: final}
                """);
        Path out = tmp.resolve("out");
        SweepFixture.Cli cli = realign("sweep", file, "--threads", 1, "--out", out);
        assertThat(cli.status()).as(cli.transcript()).isZero();

        List<Map<String, String>> runs = SweepFixture.runs(out);
        assertThat(runs).extracting(r -> r.get("start")).containsExactly("2025-02", "2025-06");
        List<CSVRecord> series = SweepFixture.rows(out.resolve("series.csv"));
        assertThat(series).extracting(r -> r.get("run") + " " + r.get("round") + " " + r.get("date"))
                .containsExactly("0 0 2025-01", "0 1 2025-02", "0 2 2025-03",
                        "1 0 2025-05", "1 1 2025-06", "1 2 2025-07");
        for (CSVRecord r : series) {
            // as the run's own rounds.csv writes it
            List<CSVRecord> rounds = SweepFixture.rows(out.resolve("runs")
                    .resolve(String.format("run-%06d", Integer.parseInt(r.get("run")))).resolve("rounds.csv"));
            assertThat(r.get("date")).isEqualTo(rounds.get(Integer.parseInt(r.get("round"))).get("date"));
        }
    }
}
