package realign.observe;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import realign.model.AllianceModel;
import realign.model.ModelInput;
import realign.scenario.ScenarioReader;

/** bloc_events.csv (docs/outputs.md): an event exactly when the set of non-empty bloc labels changes. */
class BlocEventsTest {

    private static RunRecord.Bloc bloc(String label, String... members) {
        return new RunRecord.Bloc(label, members.length == 0 ? "" : members[0], List.of(members), 0);
    }

    private static List<String> rows(Table t) {
        return t.rows().stream().map(r -> String.join(",", r)).toList();
    }

    @Test
    void roundZeroListsEveryBlocWithMembersAsAppeared() {
        Table t = new Table(BlocEvents.COLUMNS);

        BlocEvents.add(t, 0, "2025-01", null,
                List.of(bloc("A", "USA", "DEU"), bloc("B", "CHN"), bloc("C"), bloc("unaligned", "AFG")));

        assertThat(rows(t)).containsExactly("0,2025-01,A,appeared,USA,2,USA DEU", "0,2025-01,B,appeared,CHN,1,CHN");
    }

    @Test
    void aDissolutionShowsTheLastMembersAndComesBeforeTheAppearancesOfItsRound() {
        Table t = new Table(BlocEvents.COLUMNS);
        List<RunRecord.Bloc> before = List.of(bloc("A", "USA", "DEU", "FRA"), bloc("B", "CHN", "RUS"), bloc("C"),
                bloc("unaligned"));
        List<RunRecord.Bloc> after = List.of(bloc("A", "USA"), bloc("B"), bloc("C", "DEU", "FRA"),
                bloc("unaligned", "CHN", "RUS"));

        BlocEvents.add(t, 7, "2025-08", before, after);
        BlocEvents.add(t, 8, "2025-09", after, after);

        assertThat(rows(t)).containsExactly("7,2025-08,B,dissolved,CHN,2,CHN RUS", "7,2025-08,C,appeared,DEU,2,DEU FRA");
    }

    /**
     * Real runs: the default (two blocs throughout), one in which a bloc splits off after the shock
     * ({@code prior.beta0=-1.5}: RUS leaves bloc B in round 1) and one in which bloc B dissolves in round 1
     * ({@code history: {session: 79}}).
     */
    static Stream<Arguments> runs() {
        return Stream.of(Arguments.of((Object) new String[0]), Arguments.of((Object) new String[] {"prior.beta0=-1.5"}),
                Arguments.of((Object) new String[] {"history={session: 79}"}));
    }

    @ParameterizedTest
    @MethodSource("runs")
    void eventsAreRecordedExactlyWhenTheSetOfLabelsChanges(String[] overrides) throws Exception {
        ScenarioReader.Loaded loaded = ScenarioReader.read(Path.of("scenarios/us-vote-2025.yaml"), List.of(overrides));
        RunRecord record = new RunRecord(loaded.world(), loaded.scenario());
        new AllianceModel(ModelInput.of(loaded.world(), loaded.scenario().modelSpec()), record).run();

        List<String> expected = new ArrayList<>();
        Set<String> before = new TreeSet<>();
        for (var e : record.blocsByRound().entrySet()) {
            Set<String> now = new TreeSet<>();
            e.getValue().stream().filter(b -> !b.label().equals("unaligned") && !b.members().isEmpty())
                    .forEach(b -> now.add(b.label()));
            int round = e.getKey();
            before.stream().filter(l -> !now.contains(l)).forEach(l -> expected.add(round + " " + l + " dissolved"));
            now.stream().filter(l -> !before.contains(l)).forEach(l -> expected.add(round + " " + l + " appeared"));
            before.clear();
            before.addAll(now);
        }
        Table events = record.blocEvents();
        List<String> seen = events.rows().stream().map(r -> r[0] + " " + r[2] + " " + r[3]).toList();

        assertThat(seen).isEqualTo(expected);
        if (overrides.length == 0) {
            assertThat(seen).containsExactly("0 A appeared", "0 B appeared");
        } else {
            assertThat(seen).as("events after round 0").anyMatch(s -> !s.startsWith("0 "));
        }
        assertThat(events.columns()).containsExactly("round", "date", "bloc", "event", "name", "size", "members");
        for (String[] r : events.rows()) {
            assertThat(r[1]).isEqualTo(loaded.scenario().calendar().date(Integer.parseInt(r[0])));
            assertThat(r[6].split(" ")).hasSize(Integer.parseInt(r[5]));
            assertThat(r[6]).startsWith(r[4]);
        }
    }
}
