package realign.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import realign.model.Trajectory.Event;
import realign.model.Trajectory.Snapshot;

/** docs/model.md §5, property 9, and the deficit and gain rules of §3.3 behind it. */
class SeekingTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("realign.model.Cases#shocked")
    void aCountryWhoseSupportMeetsItsNeedNeverSeeks(Cases.Case c) {
        Trajectory run = c.run();
        double delta = run.params().renegotiation().deficitTolerance();
        int metTheirNeed = 0;
        for (Snapshot s : run.rounds().subList(1, run.rounds().size())) {
            // renegotiation runs before the round's balancing, on the build-up B_i of the round before (§3.3b)
            double[] buildUp = run.round(s.round() - 1).buildUp();
            for (int i = 0; i < run.size(); i++) {
                String what = run.iso3(i) + " in round " + s.round();
                // a difference of round-off size (below 1e-12·N) counts as no deficit
                double own = s.support()[i] + buildUp[i];
                assertThat(s.deficit()[i]).as("deficit of %s", what)
                        .isCloseTo(Math.max(0, s.need()[i] - own), within(1e-12 * s.need()[i]));
                if (own >= s.need()[i]) {
                    metTheirNeed++;
                    assertThat(s.seeking()[i]).as("%s seeks", what).isFalse();
                }
                if (s.seeking()[i]) {
                    assertThat(s.need()[i]).isPositive();
                    assertThat(s.deficit()[i]).isGreaterThan(delta * s.need()[i]);
                }
            }
        }
        assertThat(metTheirNeed).isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realign.model.Cases#shocked")
    void aTieOnlyFormsOrDeepensWhenAtLeastOneSideSeeks(Cases.Case c) {
        Trajectory run = c.run();
        for (Snapshot s : run.rounds()) {
            for (Event e : s.events()) {
                if (e.kind() != TieEvent.DISSOLVED) {
                    assertThat(s.seeking()[e.a()] || s.seeking()[e.b()])
                            .as("%s or %s seeks in round %d", run.iso3(e.a()), run.iso3(e.b()), s.round()).isTrue();
                }
            }
        }
    }

    /**
     * A non-seeker proposes nothing: its gain is zero, so the pair value is what the seeking sides gain, less the
     * upkeep of both (§3.3), with the betrayal memory against a partner trusted less than at round 0. The
     * partner's capability is the one of the round (with its build-up, §3.3b): balancing happens after matching,
     * so the capability recorded at the end of the previous round is the one renegotiation used.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("realign.model.Cases#shocked")
    void aPairIsValuedOnlyByWhatItsSeekingSidesGainLessTheUpkeep(Cases.Case c) {
        Trajectory run = c.run();
        ModelParams.Renegotiation p = run.params().renegotiation();
        int n = run.size();
        double[] proximity = run.input().proximity;
        double[] initialTrust = run.round(0).trust();
        for (int t = 1; t <= run.last(); t++) {
            Snapshot before = run.round(t - 1);
            Snapshot s = run.round(t);
            double[] capability = before.capability();
            for (Event e : s.events()) {
                if (e.kind() != TieEvent.FORMED && e.kind() != TieEvent.STRENGTHENED) {
                    continue;
                }
                double step = s.tie(e.a(), e.b()) - (e.kind() == TieEvent.FORMED ? 0 : before.tie(e.a(), e.b()));
                double value = 0;
                for (int[] d : new int[][] {{e.a(), e.b()}, {e.b(), e.a()}}) {
                    int i = d[0];
                    int j = d[1];
                    if (s.seeking()[i]) {
                        double reach = p.reach() + (1 - p.reach()) * proximity[i * n + j];
                        double memory = Math.pow(Math.min(1, s.trust(i, j) / initialTrust[i * n + j]), p.betrayalMemory());
                        value += Math.min(s.deficit()[i],
                                step * s.trust(i, j) * capability[j] * reach * memory);
                    }
                    value -= p.upkeep();
                }
                assertThat(e.value()).isCloseTo(value, within(1e-12)).isGreaterThanOrEqualTo(p.minValue());
            }
        }
    }
}
