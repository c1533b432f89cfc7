package realign.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A sweep's runs share prior trust and T(0) when their round-0 inputs are equal ({@link Round0Cache}): a run that
 * reuses them must be the run that solves them, state for state, and inputs that change round 0 must not share.
 */
class Round0CacheTest {

    /** A first run that fills the cache, a second run read with it, and whether the second may reuse the first's T(0). */
    static Stream<Arguments> pairs() {
        return Stream.of(
                Arguments.of("us-vote-2025", List.of("seed=1"), List.of("seed=2", "shocks[0].salience=0.8"), true),
                Arguments.of("us-vote-2025", List.of("trust.noise=0.01"),
                        List.of("seed=3", "trust.noise=0.01", "shock.betrayalAmplification=2"), true),
                Arguments.of("calendar-2025", List.of(), List.of("seed=4", "renegotiation.upkeep=0.001"), true),
                Arguments.of("us-vote-2025", List.of(), List.of("trust.reversion=0.2"), false),
                Arguments.of("us-vote-2025", List.of(), List.of("prior.betaTie=2.5"), false),
                Arguments.of("us-vote-2025", List.of(), List.of("trust.noise=0.01"), false),
                Arguments.of("us-vote-2025", List.of(), List.of("history={session: 80}"), false),
                Arguments.of("us-vote-2025", List.of(), List.of("ties.entente=0.5"), false));
    }

    @ParameterizedTest(name = "{0} {1} then {2}: shared {3}")
    @MethodSource("pairs")
    void aRunThatReusesRoundZeroIsTheRunThatSolvesIt(String scenario, List<String> first, List<String> second,
                                                     boolean shared) {
        Round0Cache cache = new Round0Cache();
        new AllianceModel(input(scenario, first), RoundObserver.NONE, cache).run();
        ModelInput input = input(scenario, second);

        List<Trajectory.Snapshot> reused = new ArrayList<>();
        new AllianceModel(input, m -> reused.add(Trajectory.snapshot(m)), cache).run();
        List<Trajectory.Snapshot> solved = Trajectory.of(input).rounds();

        assertThat(cache.hits()).as("runs that reused T(0)").isEqualTo(shared ? 1 : 0);
        assertThat(reused).hasSameSizeAs(solved);
        for (int t = 0; t < solved.size(); t++) {
            Trajectory.Snapshot a = reused.get(t);
            Trajectory.Snapshot b = solved.get(t);
            assertThat(a.trust()).as("trust at round %d", t).isEqualTo(b.trust());
            assertThat(a.tie()).as("ties at round %d", t).isEqualTo(b.tie());
            assertThat(a.bloc()).as("blocs at round %d", t).isEqualTo(b.bloc());
            assertThat(a.events()).as("events at round %d", t).isEqualTo(b.events());
            assertThat(a.economy().tie()).as("economic ties at round %d", t).isEqualTo(b.economy().tie());
            assertThat(a.energy()).as("energy at round %d", t).isEqualTo(b.energy());
        }
    }

    private static ModelInput input(String scenario, List<String> overrides) {
        var loaded = Trajectory.load(scenario, overrides.toArray(String[]::new));
        return ModelInput.of(loaded.world(), loaded.scenario().modelSpec());
    }
}
