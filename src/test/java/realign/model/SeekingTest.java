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
    void aTieOnlyFormsWhenAtLeastOneSideSeeks(Cases.Case c) {
        Trajectory run = c.run();
        for (Snapshot s : run.rounds()) {
            for (Event e : s.events()) {
                if (e.kind() == TieEvent.FORMED) {
                    assertThat(s.seeking()[e.a()] || s.seeking()[e.b()])
                            .as("%s or %s seeks in round %d", run.iso3(e.a()), run.iso3(e.b()), s.round()).isTrue();
                }
            }
        }
    }

    /**
     * A non-seeker proposes nothing: its gain is zero, so the pair value is what the seeking side gains. The
     * partner's capability is the one of the round (with its build-up, §3.3b): balancing happens after matching,
     * so the capability recorded at the end of the previous round is the one renegotiation used.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("realign.model.Cases#shocked")
    void aPairIsValuedOnlyByWhatItsSeekingSidesGain(Cases.Case c) {
        Trajectory run = c.run();
        ModelParams.Renegotiation p = run.params().renegotiation();
        int n = run.size();
        double[] proximity = run.input().proximity;
        for (int t = 1; t < run.rounds().size(); t++) {
            Snapshot s = run.round(t);
            double[] capability = run.round(t - 1).capability();
            for (Event e : s.events()) {
                if (e.kind() != TieEvent.FORMED) {
                    continue;
                }
                double value = 0;
                for (int[] d : new int[][] {{e.a(), e.b()}, {e.b(), e.a()}}) {
                    int i = d[0];
                    int j = d[1];
                    if (s.seeking()[i]) {
                        double reach = p.reach() + (1 - p.reach()) * proximity[i * n + j];
                        value += Math.min(s.deficit()[i], p.newTie() * s.trust(i, j) * capability[j] * reach);
                    }
                }
                assertThat(e.value()).isCloseTo(value, within(1e-12)).isGreaterThanOrEqualTo(p.minValue());
            }
        }
    }
}
