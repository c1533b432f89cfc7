package realign.scenario;

import realign.model.ModelSpec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import realign.InputException;
import realign.world.RollCall;
import realign.world.World;

/** {@code history:} as a selection of the shipped roll calls (docs/scenarios.md). */
class HistorySelectionTest {

    @TempDir
    Path tmp;

    private ScenarioReader.Loaded read(String history) throws IOException, InputException {
        Path f = Files.writeString(tmp.resolve("s.yaml"), "name: s\nhistory: " + history + "\nshocks:\n"
                + "  - rollcall: ES-11-9\n");
        return ScenarioReader.read(f, List.of());
    }

    private static List<String> ids(ScenarioReader.Loaded l) {
        return l.scenario().history().stream().map(ModelSpec.HistoryEntry::rollcall).toList();
    }

    @Test
    void aSessionSelectsEveryRollCallOfThatRegularSessionInDateOrder() throws Exception {
        ScenarioReader.Loaded l = read("{session: 79}");
        World w = l.world();

        List<String> ids = ids(l);
        List<String> expected = w.rollCalls().keySet().stream()
                .filter(id -> id.startsWith("79-") || id.startsWith("DEC-79-")).toList();
        assertThat(ids).isNotEmpty().containsExactlyElementsOf(expected).contains("79-269")
                .doesNotContain("ES-11-7", "80-1");
        assertThat(ids.stream().map(id -> w.rollCall(id).orElseThrow().date()).toList()).isSorted();
        assertThat(l.scenario().historySelection().sessions()).containsExactly("79");
    }

    @Test
    void severalSessionsAndAnEmergencySessionCanBeCombined() throws Exception {
        List<String> ids = ids(read("{session: [79, ES-11]}"));

        assertThat(ids).contains("79-269", "ES-11-1", "ES-11-5", "ES-11-7", "ES-11-8", "ES-11-9")
                .noneMatch(id -> id.startsWith("80-"));
    }

    @Test
    void fromAndToSelectByDateInclusive() throws Exception {
        ScenarioReader.Loaded l = read("{from: 2025-02-24, to: 2025-06-12}");

        List<RollCall> selected = ids(l).stream().map(id -> l.world().rollCall(id).orElseThrow()).toList();
        assertThat(selected).extracting(RollCall::id).contains("ES-11-7", "ES-11-8", "79-269", "ES-10-27");
        assertThat(selected).allSatisfy(rc -> assertThat(rc.date()).isBetween("2025-02-24", "2025-06-12"));
        long inRange = l.world().rollCalls().values().stream()
                .filter(rc -> rc.date().compareTo("2025-02-24") >= 0 && rc.date().compareTo("2025-06-12") <= 0).count();
        assertThat(selected).hasSize((int) inRange);
    }

    @Test
    void excludedRollCallsAreLeftOut() throws Exception {
        List<String> all = ids(read("{from: 2025-02-24, to: 2025-02-24}"));
        List<String> some = ids(read("{from: 2025-02-24, to: 2025-02-24, exclude: [ES-11-7]}"));

        assertThat(all).containsExactly("ES-11-7", "ES-11-8");
        assertThat(some).containsExactly("ES-11-8");
    }

    @Test
    void aListOfIdsWorksAsBeforeAndHasNoSelection() throws Exception {
        ScenarioReader.Loaded l = read("[ES-11-1, ES-11-5]");

        assertThat(ids(l)).containsExactly("ES-11-1", "ES-11-5");
        assertThat(l.scenario().historySelection()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{session: 99} | s.yaml:2:10: history: expected a selection that contains at least one roll call",
        "{session: seventy-nine} | history.session: expected a session number such as 79",
        "{from: 24.02.2025} | history.from: expected an ISO date such as 2025-02-24, got '24.02.2025'",
        "{from: 2025-06-01, to: 2025-01-01} | history.to: expected a date on or after history.from (2025-06-01)",
        "{sesion: 79} | history.sesion",
        "{exclude: [ES-11-7]} | history: expected a list of roll-call ids, or a selection with 'session'",
        "{session: 79, exclude: [ES-11-7]} | history.exclude[0]: expected a roll call the selection contains",
        "{session: 79, exclude: [ES-11-77]} | history.exclude[0]: expected a roll call of the data set",
    })
    void badSelectionsAreErrorsNamingTheField(String history, String message) {
        assertThatThrownBy(() -> read(history)).isInstanceOf(InputException.class).hasMessageContaining(message);
    }
}
