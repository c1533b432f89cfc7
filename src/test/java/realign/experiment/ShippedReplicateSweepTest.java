package realign.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static realign.experiment.SweepFixture.realign;

import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scenarios/sweeps/calendar-2025-replicates.yaml runs the calibrated calendar-2025 over 30 seeds the fit has not
 * used; docs/validation.md reports that every one of them beats every baseline of validate on hits@40 (best
 * baseline: affinity, 12) and on average precision (best: affinity, 0.3972), and that its survey Spearman is
 * positive on average. This keeps those statements true.
 */
class ShippedReplicateSweepTest {

    private static final Path FILE = Path.of("scenarios/sweeps/calendar-2025-replicates.yaml");

    @Test
    void theCalibratedCalendar2025BeatsEveryBaselineWithEachOfThirtyUnseenSeeds(@TempDir Path tmp) throws Exception {
        Sweep sweep = SweepFixture.read(FILE);
        assertThat(sweep.runs()).isEqualTo(30);
        Path out = tmp.resolve("rep");

        SweepFixture.Cli run = realign("sweep", FILE, "--threads", 2, "--out", out);
        assertThat(run.status()).as(run.transcript()).isZero();
        SweepFixture.Cli validate = realign("validate", out, "--threads", 2);
        assertThat(validate.status()).as(validate.transcript()).isZero();

        List<CSVRecord> runs = SweepFixture.rows(out.resolve("validation/001/validation-runs.csv"));
        assertThat(runs).hasSize(30).allSatisfy(r -> {
            assertThat(Integer.parseInt(r.get("validation_hits_at_40"))).as("run %s", r.get("run")).isGreaterThan(12);
            assertThat(Double.parseDouble(r.get("validation_average_precision"))).as("run %s", r.get("run"))
                    .isGreaterThan(0.3972);
        });
        double spearman = runs.stream().mapToDouble(r -> Double.parseDouble(r.get("survey_spearman"))).average()
                .orElseThrow();
        assertThat(spearman).isPositive();
    }
}
