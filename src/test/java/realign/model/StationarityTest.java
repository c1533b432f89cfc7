package realign.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import realign.model.Trajectory.Snapshot;

/** docs/model.md §5, property 1: without shocks and noise nothing moves from round 1 on. */
class StationarityTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "seed=20250224",
        "seed=1",
        "seed=2",
        "trust.influence=0.3",
        "trust.reversion=0.1",
        "prior.betaAffinity=3",
        "blocs.max=2",
        "renegotiation.deficitTolerance=0 renegotiation.minValue=0",
        "renegotiation.deficitTolerance=0 renegotiation.minValue=0 renegotiation.upkeep=0 renegotiation.cooldown=0",
        "renegotiation.deepenCap=10 economy.deepenCap=10 economy.trustWeight=0 economy.trustFloor=0"
    })
    void withoutShocksOrNoiseNoTieBlocOrTrustChangesFromRoundOne(String overrides) {
        Trajectory run = Trajectory.run("baseline", overrides.split(" "));
        assertStationary(run);
    }

    /** The initial state is a fixed point whatever the affinity: any history, listed or selected. */
    @ParameterizedTest(name = "history={0}")
    @ValueSource(strings = {"[]", "[ES-11-7]", "{session: 79}", "{session: 80}", "{session: [79, 80, ES-11]}",
        "{from: 2025-02-24, to: 2025-12-31, exclude: [ES-11-7]}"})
    void baselineStaysStationaryWithAnyHistory(String history) {
        Trajectory run = Trajectory.run("baseline", "history=" + history);
        assertStationary(run);
    }

    /** A roll call of salience 0 is no shock: the update and the affinity learning both vanish. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(longs = {1, 2, 3})
    void theFebruary2025VotesAtSalienceZeroChangeNothing(long seed) {
        Trajectory run = Trajectory.run("us-vote-2025", "seed=" + seed, "shocks[0].salience=0", "shocks[1].salience=0");
        assertStationary(run);
    }

    private static void assertStationary(Trajectory run) {
        Snapshot start = run.round(0);
        assertThat(run.last()).isPositive();
        for (Snapshot s : run.rounds().subList(1, run.rounds().size())) {
            String round = "round " + s.round();
            assertThat(s.events()).as(round).isEmpty();
            assertThat(s.economy().events()).as("%s: economic events", round).isEmpty();
            assertThat(s.economy().tie()).as(round).isEqualTo(start.economy().tie());
            assertThat(s.economy().seekers()).as(round).isZero();
            assertThat(largestDifference(s.economy().support(), s.economy().need()))
                    .as("%s: largest |economic support - need|", round).isLessThan(1e-9);
            assertThat(s.tie()).as(round).isEqualTo(start.tie());
            assertThat(s.multilateral()).as(round).isEqualTo(start.multilateral());
            assertThat(s.bloc()).as(round).isEqualTo(start.bloc());
            assertThat(s.seekers()).as(round).isZero();
            assertThat(s.energy()).as(round).isCloseTo(start.energy(), within(1e-9));
            assertThat(largestDifference(s.trust(), start.trust())).as("%s: largest change of trust", round)
                    .isLessThan(1e-9);
            assertThat(largestDifference(s.affinity(), start.affinity())).as("%s: largest change of affinity", round)
                    .isLessThan(1e-9);
            assertThat(largestDifference(s.support(), s.need())).as("%s: largest |support - need|", round)
                    .isLessThan(1e-9);
        }
    }

    private static double largestDifference(double[] x, double[] y) {
        double max = 0;
        for (int k = 0; k < x.length; k++) {
            max = Math.max(max, Math.abs(x[k] - y[k]));
        }
        return max;
    }
}
