package realign.calibrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import realign.model.ModelSpec;
import realign.scenario.ScenarioReader;

/** best.yaml of a calibration: the base scenario with the best values written in, readable as a scenario. */
class BestScenarioTest {

    private static final String BASE = """
            name: dated
            seed: 7
            rounds: 12
            start: 2025-02
            history: [ES-11-1, ES-11-5]
            parameters:
              renegotiation: {upkeep: 0.005}
            shocks:
              - rollcall: ES-11-7
                date: 2025-02-24
              - tariff: {actor: USA, targets: [CAN], rate: 0.25}
                date: 2025-04
                salience: 0.2
            """;

    @TempDir
    Path tmp;

    private ScenarioReader.Loaded written(Map<String, Double> values) throws Exception {
        String text = BestScenario.write(BASE.getBytes(StandardCharsets.UTF_8), values, "best of a test");
        Path file = tmp.resolve("best.yaml");
        Files.writeString(file, text);
        return ScenarioReader.read(file, List.of());
    }

    @Test
    void datesStayDatesSoTheScenarioReadsBackWithItsShocksInTheirMonths() throws Exception {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("renegotiation.upkeep", 0.0125);
        values.put("shock.salience", 0.5);

        ScenarioReader.Loaded loaded = written(values);

        assertThat(loaded.scenario().calendar().date(1)).isEqualTo("2025-02");
        assertThat(loaded.scenario().shocks()).extracting(ModelSpec.Shock::round).containsExactly(1, 3);
        assertThat(loaded.scenario().parameters()).containsEntry("renegotiation.upkeep", 0.0125)
                .containsEntry("shock.salience", 0.5);
        assertThat(loaded.scenario().shocks().get(1).salience()).isEqualTo(0.2);
    }

    @Test
    void aCalibratedRoundReplacesTheShocksDate() throws Exception {
        ScenarioReader.Loaded loaded = written(Map.of("shocks[1].round", 5.0));

        assertThat(loaded.scenario().shocks()).extracting(ModelSpec.Shock::round).containsExactly(1, 5);
    }
}
