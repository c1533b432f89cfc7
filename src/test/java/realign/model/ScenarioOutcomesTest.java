package realign.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import realign.model.Trajectory.Event;
import realign.scenario.ScenarioReader;
import realign.world.World;

/** Scenario-level sanity of us-vote-2025 against the baseline, in round 1 (docs/model.md §6). */
class ScenarioOutcomesTest {

    private static final ScenarioReader.Loaded US_VOTE = Trajectory.load("us-vote-2025", "rounds=1");
    private static final World WORLD = US_VOTE.world();

    @Test
    void afterRoundOneTheEuTrustsTheUsLessThanInTheBaseline() {
        Trajectory vote = Trajectory.of(US_VOTE);
        Trajectory baseline = Trajectory.run("baseline", "rounds=1");

        assertThat(meanEuTrustInUs(vote)).isLessThan(meanEuTrustInUs(baseline));
    }

    @Test
    void theShockFormsOrDeepensNoTieBetweenTheUsAndAEuropeanCountryInRoundOne() {
        Trajectory vote = Trajectory.of(US_VOTE);
        int usa = vote.index("USA");
        List<Event> formed = vote.round(1).events().stream().filter(e -> e.kind() != TieEvent.DISSOLVED).toList();

        assertThat(formed).isNotEmpty();
        assertThat(formed).noneMatch(e -> (e.a() == usa && european(vote, e.b())) || (e.b() == usa && european(vote, e.a())));
    }

    private static boolean european(Trajectory t, int i) {
        return WORLD.country(WORLD.indexOf(t.iso3(i))).region().equals("Europe");
    }

    private static double meanEuTrustInUs(Trajectory t) {
        int usa = t.index("USA");
        return WORLD.group("EU").orElseThrow().members().stream()
                .mapToDouble(iso -> t.round(1).trust(t.index(iso), usa)).average().orElseThrow();
    }
}
