package realign.calibrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import realign.scenario.ScenarioReader;

/**
 * The calibration files of scenarios/calibrations read and name a base scenario; the best scenario shipped beside
 * calendar-2025 reads as a scenario and stays inside the events window it was fitted on (docs/validation.md).
 */
class ShippedCalibrationsTest {

    @ParameterizedTest
    @ValueSource(strings = {"us-vote-2025", "calendar-2025", "calendar-2025-feb-may"})
    void aShippedCalibrationFileReadsWithItsBaseScenario(String name) throws Exception {
        Path file = Path.of("scenarios/calibrations/" + name + ".yaml");

        CalibrationReader.Read read = CalibrationReader.read(file, Files.readAllBytes(file), null);

        assertThat(read.base().scenario().shocks()).isNotEmpty();
        assertThat(read.spec()).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"calendar-2025-best"})
    void theShippedBestScenarioReadsAndRunsSevenMonthsFromFebruary2025(String name) throws Exception {
        ScenarioReader.Loaded loaded = ScenarioReader.read(Path.of("scenarios/calibrations/" + name + ".yaml"),
                List.of());

        assertThat(loaded.scenario().rounds()).isEqualTo(7);
        assertThat(loaded.scenario().calendar().date(1)).isEqualTo("2025-02");
        assertThat(Files.readAllLines(Path.of("scenarios/calibrations/calendar-2025-trace.csv")))
                .hasSize(595).first().asString().startsWith("evaluation,generation,");
    }
}
