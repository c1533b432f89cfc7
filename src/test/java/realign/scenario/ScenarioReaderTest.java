package realign.scenario;

import realign.model.ModelSpec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import realign.InputException;
import realign.world.Vote;

/** What the reader makes of good scenarios: defaults filled in, overrides applied where they belong. */
class ScenarioReaderTest {

    @TempDir
    Path tmp;

    static Stream<Path> shippedScenarios() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("scenarios"))) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("shippedScenarios")
    void everyShippedScenarioReadsAndIsNamedAfterItsFile(Path file) throws InputException, IOException {
        ScenarioReader.Loaded loaded = ScenarioReader.read(file, List.of());

        assertThat(loaded.scenario().name() + ".yaml").isEqualTo(file.getFileName().toString());
        assertThat(loaded.world().size()).isEqualTo(193);
        assertThat(loaded.source()).isEqualTo(Files.readAllBytes(file));
    }

    @Test
    void aScenarioWithOnlyANameGetsEveryDefault() throws Exception {
        Scenario s = read("name: quiet\n");

        assertThat(s.name()).isEqualTo("quiet");
        assertThat(s.seed()).isEqualTo(1L);
        assertThat(s.rounds()).isEqualTo(24);
        assertThat(s.shocks()).isEmpty();
        assertThat(s.history()).isEmpty();
        assertThat(s.parameters()).isEqualTo(Params.defaults());
        assertThat(s.focus()).extracting(Scenario.FocusGroup::name).isEqualTo(ScenarioReader.DEFAULT_FOCUS);
    }

    @Test
    void withoutANameTheScenarioIsNamedAfterItsFile() throws Exception {
        Path file = write("my-what-if.yaml", "rounds: 2\n");

        assertThat(ScenarioReader.read(file, List.of()).scenario().name()).isEqualTo("my-what-if");
    }

    @Test
    void aShockWithoutSalienceTakesShockSalience() throws Exception {
        Scenario s = read("name: t\nparameters: {shock.salience: 0.5}\nshocks:\n  - rollcall: ES-11-7\n"
                + "  - rollcall: ES-11-8\n    salience: 0.1\n");

        assertThat(s.shocks()).extracting(ModelSpec.Shock::salience).containsExactly(0.5, 0.1);
        assertThat(s.shocks()).extracting(ModelSpec.Shock::round).containsExactly(1, 1);
    }

    @Test
    void anInlineRollCallMayGiveADefaultVote() throws Exception {
        Scenario s = read("name: t\nshocks:\n  - votes: {default: A, USA: N}\n");

        ModelSpec.RollCallShock rc = (ModelSpec.RollCallShock) s.shocks().get(0);
        assertThat(rc.rollcall()).isNull();
        assertThat(rc.defaultVote()).isEqualTo(Vote.A);
        assertThat(rc.votes()).isEqualTo(Map.of("USA", Vote.N));
    }

    @Test
    void setReplacesAParameterWrittenNestedOrDotted() throws Exception {
        Path nested = write("nested.yaml", "name: t\nparameters:\n  trust:\n    reversion: 0.1\n");
        Path dotted = write("dotted.yaml", "name: t\nparameters: {trust.reversion: 0.1}\n");

        for (Path file : List.of(nested, dotted)) {
            Scenario s = ScenarioReader.read(file, List.of("trust.reversion=0.3")).scenario();
            assertThat(s.parameters().get("trust.reversion")).as(file.toString()).isEqualTo(0.3);
        }
        Scenario prefixed = ScenarioReader.read(dotted, List.of("parameters.trust.reversion=0.05")).scenario();
        assertThat(prefixed.parameters().get("trust.reversion")).isEqualTo(0.05);
    }

    @Test
    void aLaterSetWinsOverAnEarlierOne() throws Exception {
        Path file = write("t.yaml", "name: t\n");

        Scenario s = ScenarioReader.read(file, List.of("rounds=5", "rounds=7", "seed=3")).scenario();

        assertThat(s.rounds()).isEqualTo(7);
        assertThat(s.seed()).isEqualTo(3L);
    }

    @Test
    void setReachesOneShockByItsIndex() throws Exception {
        Scenario s = ScenarioReader.read(Path.of("scenarios", "us-vote-2025.yaml"), List.of("shocks[0].salience=0.5"))
                .scenario();

        assertThat(s.shocks()).extracting(ModelSpec.Shock::salience).containsExactly(0.5, 0.35);
    }

    @Test
    void setReachesOneVoteOfAShockAndKeepsItsOtherVotes() throws Exception {
        Path base = Path.of("scenarios", "us-vote-2025.yaml");
        Scenario one = ScenarioReader.read(base, List.of("shocks[0].votes.USA=A")).scenario();
        Scenario whole = ScenarioReader.read(base, List.of("shocks[0].votes={USA: A}")).scenario();
        Scenario two = ScenarioReader.read(base, List.of("shocks[0].votes={USA: A}", "shocks[0].votes.CAN=N"))
                .scenario();

        assertThat(one.shocks()).isEqualTo(whole.shocks());
        assertThat(((ModelSpec.RollCallShock) two.shocks().get(0)).votes())
                .containsExactly(Map.entry("USA", Vote.A), Map.entry("CAN", Vote.N));
        assertThatThrownBy(() -> ScenarioReader.read(base, List.of("shocks[0].votes.USA=Q")))
                .isInstanceOf(InputException.class).hasMessageContaining("shocks[0].votes.USA");
    }

    @Test
    void anOverrideIsNamedInMessagesByTheOptionItCameFrom() throws Exception {
        Path file = write("t.yaml", "name: t\n");

        assertThatThrownBy(() -> ScenarioReader.readWith(file,
                List.of(new ScenarioReader.Setting("rounds=0", "--rounds 0"))))
                .isInstanceOf(InputException.class)
                .hasMessage("--rounds 0: rounds: expected a whole number in [1, 10000], got '0'");
        assertThatThrownBy(() -> ScenarioReader.read(file, List.of("rounds=0")))
                .hasMessage("--set rounds=0: rounds: expected a whole number in [1, 10000], got '0'");
    }

    @Test
    void suggestionsNameTheClosestKnownWordOrNothing() {
        assertThat(YamlNodes.suggestion("shoks", ScenarioReader.TOP_KEYS)).isEqualTo(" (did you mean 'shocks'?)");
        assertThat(YamlNodes.suggestion("Rounds", ScenarioReader.TOP_KEYS)).isEqualTo(" (did you mean 'rounds'?)");
        assertThat(YamlNodes.suggestion("xyzzy", ScenarioReader.TOP_KEYS)).isEmpty();
    }

    @Test
    void focusColumnsAreSnakeCase() {
        assertThat(ScenarioReader.column("NATO-Europe")).isEqualTo("trust_in_usa_nato_europe");
        assertThat(ScenarioReader.column("EU")).isEqualTo("trust_in_usa_eu");
    }

    @Test
    void parametersDescribeTheirRangeInMessages() {
        assertThat(Params.get("trust.reversion").expected()).isEqualTo("a number in [0, 1]");
        assertThat(Params.get("proximity.lengthKm").expected()).isEqualTo("a number in (0, 40000]");
        assertThat(Params.get("renegotiation.minValue").expected()).isEqualTo("a number in [0, inf)");
        assertThat(Params.get("blocs.max").expected()).isEqualTo("a whole number in [1, 26]");
    }

    @Test
    void withoutStartRoundOneIsFebruary2025() throws Exception {
        Scenario s = read("name: t\n");

        assertThat(s.calendar()).isEqualTo(realign.Calendar.DEFAULT);
        assertThat(s.calendar().start()).isEqualTo(java.time.YearMonth.of(2025, 2));
    }

    @Test
    void aShockDateIsTheRoundOfItsMonthCountedFromStart() throws Exception {
        Scenario s = read("name: t\nshocks:\n  - rollcall: ES-11-7\n    date: 2025-02-24\n"
                + "  - event: {actor: USA, targets: [EU]}\n    date: 2025-04\n"
                + "  - event: {actor: USA, targets: [JPN]}\n    date: 2025-08-31\n"
                + "  - event: {actor: USA, targets: [KOR]}\n    round: 5\n"
                + "  - event: {actor: USA, targets: [CAN]}\n");

        assertThat(s.shocks()).extracting(ModelSpec.Shock::round).containsExactly(1, 3, 7, 5, 1);
        Scenario later = read("name: t\nstart: 2025-03\nshocks:\n  - event: {actor: USA, targets: [EU]}\n"
                + "    date: 2025-04-02\n");
        assertThat(later.calendar().start()).isEqualTo(java.time.YearMonth.of(2025, 3));
        assertThat(later.shocks().get(0).round()).isEqualTo(2);
    }

    @Test
    void startCanBeSetOnTheCommandLineAndMovesDatedShocksButNotNumberedOnes() throws Exception {
        Path file = write("s.yaml", "name: t\nshocks:\n  - event: {actor: USA, targets: [EU]}\n    date: 2025-06\n"
                + "  - event: {actor: USA, targets: [JPN]}\n    round: 2\n");

        Scenario s = ScenarioReader.read(file, List.of("start=2025-03")).scenario();

        assertThat(s.calendar().start()).isEqualTo(java.time.YearMonth.of(2025, 3));
        assertThat(s.shocks()).extracting(ModelSpec.Shock::round).containsExactly(4, 2);
        assertThatThrownBy(() -> ScenarioReader.read(file, List.of("start=2025-13")))
                .isInstanceOf(InputException.class)
                .hasMessage("--set start=2025-13: start: expected a month yyyy-MM (the month of round 1, such as"
                        + " 2025-02), got '2025-13'");
    }

    @Test
    void settingAShockDateOrRoundReplacesTheOther() throws Exception {
        Path file = write("s.yaml", "name: t\nshocks:\n  - event: {actor: USA, targets: [EU]}\n    round: 2\n"
                + "  - event: {actor: USA, targets: [JPN]}\n    date: 2025-06\n");

        Scenario s = ScenarioReader.read(file, List.of("shocks[0].date=2025-04-02", "shocks[1].round=9")).scenario();

        assertThat(s.shocks()).extracting(ModelSpec.Shock::round).containsExactly(3, 9);
    }

    private Scenario read(String yaml) throws IOException, InputException {
        return ScenarioReader.read(write("s.yaml", yaml), List.of()).scenario();
    }

    private Path write(String name, String yaml) throws IOException {
        return Files.writeString(tmp.resolve(name), yaml, StandardCharsets.UTF_8);
    }
}
