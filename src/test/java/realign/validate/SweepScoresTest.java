package realign.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import realign.cli.Cli;
import realign.cli.Main;

/** Validation scores as sweep outcomes, and {@code realign validate} on a sweep folder: the same numbers. */
class SweepScoresTest {

    @TempDir
    static Path tmp;
    static Path sweep;

    @BeforeAll
    static void sweepOnce() throws Exception {
        Path file = tmp.resolve("v.yaml");
        Files.writeString(file, "scenario: '" + Path.of("scenarios/us-vote-2025.yaml").toAbsolutePath() + "'\n"
                + "seed: 3\nreplicates: 2\nfixed:\n  rounds: 7\n  trust.noise: 0.005\n"
                + "factors:\n  shock.salience: {values: [0.2, 0.6]}\n"
                + "outcomes:\n  - metric: validation_hits_at_40\n  - metric: validation_average_precision\n"
                + "  - metric: survey_spearman\n  - metric: ties\n");
        sweep = tmp.resolve("sweep");
        Cli.Result r = Cli.run("sweep", file.toString(), "--out", sweep.toString(), "--threads", "2");
        assertThat(r.status()).as(r.err()).isZero();
    }

    private static List<CSVRecord> rows(Path csv) throws Exception {
        try (Reader in = Files.newBufferedReader(csv);
             CSVParser p = CSVParser.parse(in, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return new ArrayList<>(p.getRecords());
        }
    }

    @Test
    void validationScoresAreSweepOutcomesAndValidateReRunsTheSameRuns() throws Exception {
        List<CSVRecord> runs = rows(sweep.resolve("runs.csv"));
        assertThat(runs).hasSize(4);
        assertThat(runs.get(0).isMapped("validation_hits_at_40")).isTrue();
        Cli.Result r = Cli.run("validate", sweep.toString(), "--threads", "2");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("model (mean)", "capability");
        Path v = sweep.resolve("validation/001");
        List<CSVRecord> scored = rows(v.resolve("validation-runs.csv"));
        assertThat(scored).hasSize(4);
        for (int i = 0; i < 4; i++) {
            assertThat(scored.get(i).get("run")).isEqualTo(runs.get(i).get("run"));
            assertThat(scored.get(i).get("validation_hits_at_40")).isEqualTo(runs.get(i).get("validation_hits_at_40"));
            assertThat(scored.get(i).get("validation_average_precision"))
                    .isEqualTo(runs.get(i).get("validation_average_precision"));
            assertThat(scored.get(i).get("survey_spearman")).isEqualTo(runs.get(i).get("survey_spearman"));
        }
        List<CSVRecord> summary = rows(v.resolve("validation-summary.csv"));
        CSVRecord hits = summary.stream().filter(s -> s.get("point").equals("0")
                && s.get("score").equals("validation_hits_at_40")).findFirst().orElseThrow();
        assertThat(hits.get("n")).isEqualTo("2");
        double mean = (Double.parseDouble(runs.get(0).get("validation_hits_at_40"))
                + Double.parseDouble(runs.get(1).get("validation_hits_at_40"))) / 2;
        assertThat(Double.parseDouble(hits.get("mean"))).isEqualTo(mean);
        assertThat(v.resolve("figures/validation.svg")).isRegularFile();
    }

    /** A sweep over scenario files that differ from the base and from each other (made once, for two tests). */
    private static Path levelsSweep;

    private static synchronized Path levelsSweep() throws Exception {
        if (levelsSweep == null) {
            // base us-vote-2025; levels: no shock at all, and the votes then the U.S. leaving NATO
            Path file = tmp.resolve("levels.yaml");
            Files.writeString(file, "scenario: '" + Path.of("scenarios/us-vote-2025.yaml").toAbsolutePath() + "'\n"
                    + "seed: 5\nreplicates: 1\nfixed:\n  rounds: 7\n"
                    + "factors:\n  scenario: {values: ['" + Path.of("scenarios/baseline.yaml").toAbsolutePath()
                    + "', '" + Path.of("scenarios/us-leaves-nato.yaml").toAbsolutePath() + "']}\n"
                    + "outcomes:\n  - metric: validation_hits_at_40\n  - metric: validation_average_precision\n"
                    + "  - metric: ties\n");
            Path dir = tmp.resolve("levels");
            Cli.Result s = Cli.run("sweep", file.toString(), "--out", dir.toString(), "--threads", "2");
            assertThat(s.status()).as(s.err()).isZero();
            levelsSweep = dir;
        }
        return levelsSweep;
    }

    @Test
    void aScenarioFactorSweepRecordsValidationScoresOfEachLevel() throws Exception {
        List<CSVRecord> runs = rows(levelsSweep().resolve("runs.csv"));
        assertThat(runs).hasSize(2);
        // the baseline makes no pair event, so it hits nothing; the what-if deepens observed pairs (DEU-GBR)
        assertThat(runs.get(0).get("validation_hits_at_40")).isEqualTo("0");
        assertThat(Double.parseDouble(runs.get(1).get("validation_hits_at_40"))).isPositive();
    }

    @Test
    void validateReRunsEachPointOfAScenarioFactorWithItsOwnScenarioFile() throws Exception {
        Path dir = levelsSweep();
        List<CSVRecord> runs = rows(dir.resolve("runs.csv"));
        Cli.Result r = Cli.run("validate", dir.toString(), "--threads", "2");
        assertThat(r.status()).as(r.err()).isZero();
        List<CSVRecord> scored = rows(dir.resolve("validation/001/validation-runs.csv"));
        assertThat(scored).hasSize(2);
        for (int i = 0; i < 2; i++) {
            assertThat(scored.get(i).get("validation_hits_at_40")).as("run %d", i)
                    .isEqualTo(runs.get(i).get("validation_hits_at_40"));
            assertThat(scored.get(i).get("validation_average_precision")).as("run %d", i)
                    .isEqualTo(runs.get(i).get("validation_average_precision"));
        }
        // a categorical factor's column holds the category (here the scenario file as given), as in summary.csv
        List<CSVRecord> summary = rows(dir.resolve("validation/001/validation-summary.csv"));
        assertThat(summary).extracting(x -> x.get("scenario")).containsOnly(runs.get(0).get("scenario"),
                runs.get(1).get("scenario"));
        assertThat(summary).extracting(x -> x.get("scenario")).contains(runs.get(1).get("scenario"));
    }

    @Test
    void aValidationScoreWithASummaryOtherThanFinalIsRefused() throws Exception {
        Path file = tmp.resolve("bad.yaml");
        Files.writeString(file, "scenario: '" + Path.of("scenarios/us-vote-2025.yaml").toAbsolutePath() + "'\n"
                + "factors:\n  shock.salience: {values: [0.2]}\n"
                + "outcomes:\n  - metric: validation_hits_at_40\n    summary: mean\n");
        Cli.Result r = Cli.run("sweep", file.toString(), "--out", tmp.resolve("never").toString());
        assertThat(r.status()).isEqualTo(Main.USER_ERROR);
        assertThat(r.err()).contains(file + ":6:").contains("summary: expected final");
        assertThat(tmp.resolve("never")).doesNotExist();
    }
}
