package realign.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import realign.InputException;
import realign.model.ModelSpec;

/** Tariff shocks as the scenario reader resolves them (docs/scenarios.md, shocks): targets, rate, errors. */
class TariffShockTest {

    @TempDir
    Path dir;

    private ScenarioReader.Loaded read(String shock, String... overrides) throws Exception {
        Path file = dir.resolve("tariff.yaml");
        Files.writeString(file, "name: tariff\nrounds: 6\nshocks:\n" + shock);
        return ScenarioReader.read(file, List.of(overrides));
    }

    @Test
    void aTariffResolvesItsTargetsLikeAnEventAndKeepsItsRateAndTiming() throws Exception {
        ScenarioReader.Loaded loaded = read("""
                  - tariff: {actor: USA, targets: [EU, CAN, USA, NATO-Europe], rate: 0.25}
                    round: 3
                    salience: 0.5
                """);
        ModelSpec.TariffShock t = (ModelSpec.TariffShock) loaded.scenario().shocks().get(0);
        List<String> eu = loaded.world().group("EU").orElseThrow().members();
        assertThat(t.actor()).isEqualTo("USA");
        assertThat(t.round()).isEqualTo(3);
        assertThat(t.salience()).isEqualTo(0.5);
        assertThat(t.rate()).isEqualTo(0.25);
        assertThat(t.label()).isEqualTo("tariff USA");
        assertThat(t.targetNames()).containsExactly("EU", "CAN", "USA", "NATO-Europe");
        assertThat(t.targets()).doesNotHaveDuplicates().doesNotContain("USA").contains("CAN", "GBR", "NOR")
                .containsAll(eu);
    }

    /** The shared timing path of every shock: a dated tariff lands in the round of its month (start 2025-02 = 1). */
    @ParameterizedTest(name = "{0} -> round {1}")
    @CsvSource({"2025-02, 1", "2025-04-02, 3", "2025-07, 6"})
    void aTariffWithADateLandsInTheRoundOfThatDate(String date, int round) throws Exception {
        ScenarioReader.Loaded loaded = read("  - tariff: {actor: USA, targets: [CHN], rate: 0.2}\n    date: " + date
                + "\n");
        ModelSpec.TariffShock t = (ModelSpec.TariffShock) loaded.scenario().shocks().get(0);
        assertThat(t.round()).isEqualTo(round);
        assertThat(t.rate()).isEqualTo(0.2);
    }

    @Test
    void aTariffWithoutSalienceUsesTheShockSalienceParameter() throws Exception {
        ScenarioReader.Loaded loaded = read("  - tariff: {actor: USA, targets: [CHN], rate: 1.45}\n",
                "shock.salience=0.2");
        ModelSpec.TariffShock t = (ModelSpec.TariffShock) loaded.scenario().shocks().get(0);
        assertThat(t.salience()).isEqualTo(0.2);
        assertThat(t.round()).isEqualTo(1);
        assertThat(t.targets()).containsExactly("CHN");
    }

    @Test
    void theRateCanBeSetFromTheCommandLine() throws Exception {
        ScenarioReader.Loaded loaded = read("  - tariff: {actor: USA, targets: [IND], rate: 0.25}\n",
                "shocks[0].tariff.rate=0.5");
        assertThat(((ModelSpec.TariffShock) loaded.scenario().shocks().get(0)).rate()).isEqualTo(0.5);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            rate as per cent    | '  - tariff: {actor: USA, targets: [CHN], rate: 25%}'     | 4:47: shocks[0].tariff.rate: expected a tariff rate in [0, 10] (0.25 = 25 %), got '25%'
            negative rate       | '  - tariff: {actor: USA, targets: [CHN], rate: -0.1}'    | 4:47: shocks[0].tariff.rate: expected a tariff rate in [0, 10] (0.25 = 25 %), got '-0.1'
            no rate             | '  - tariff: {actor: USA, targets: [CHN]}'                | 4:13: shocks[0].tariff.rate: expected a value (the key is required), got no 'rate'
            unknown key         | '  - tariff: {actor: USA, targets: [CHN], rate: 1, on: X}' | 4:50: shocks[0].tariff.on: unknown key
            unknown actor       | '  - tariff: {actor: USB, targets: [CHN], rate: 1}'       | 4:21: shocks[0].tariff.actor: expected the ISO3 code of a UN member state
            unknown target      | '  - tariff: {actor: USA, targets: [EU, XYZ], rate: 1}'   | 4:40: shocks[0].tariff.targets[1]: expected an ISO3 code, a group
            only the actor      | '  - tariff: {actor: USA, targets: [USA], rate: 1}'       | 4:35: shocks[0].tariff.targets: expected at least one country other than the actor, got none
            not a mapping       | '  - tariff: USA'                                          | 4:13: shocks[0].tariff: expected a mapping with 'actor', 'targets' and 'rate'
            tariff and event    | '  - {tariff: {actor: USA, targets: [CHN], rate: 1}, event: {actor: USA, targets: [CHN]}}' | 4:5: shocks[0]: expected one kind of shock: a roll call ('rollcall'/'votes'), 'event', 'tariff', 'leave', 'join' or 'agreement', got event and tariff
            """)
    void aBadTariffIsRejectedWithFileLineFieldExpectedAndGot(String what, String shock, String message) {
        assertThatThrownBy(() -> read(shock + "\n")).isInstanceOf(InputException.class)
                .hasMessageStartingWith(dir.resolve("tariff.yaml") + ":" + message.substring(0, message.indexOf(':')))
                .hasMessageContaining(message.substring(message.indexOf(' ') + 1));
    }
}
