package realign.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import realign.model.Trajectory.Event;
import realign.model.Trajectory.Snapshot;

/** docs/model.md §5, property 2, checked in every round of several seeded runs with shocks ({@link Cases}). */
class InvariantsTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("realign.model.Cases#shocked")
    void trustStaysStrictlyBetweenZeroAndOne(Cases.Case c) {
        for (Snapshot s : c.run().rounds()) {
            double min = 1;
            double max = 0;
            for (double t : s.trust()) {
                min = Math.min(min, t);
                max = Math.max(max, t);
            }
            assertThat(min).as("least trust in round %d", s.round()).isGreaterThan(0);
            assertThat(max).as("greatest trust in round %d", s.round()).isLessThan(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realign.model.Cases#shocked")
    void tiesAreSymmetricAndNoCountryIsTiedToItself(Cases.Case c) {
        Trajectory run = c.run();
        int n = run.size();
        for (Snapshot s : run.rounds()) {
            for (int i = 0; i < n; i++) {
                assertThat(s.tie(i, i)).as("W[%s,%s] round %d", run.iso3(i), run.iso3(i), s.round()).isZero();
                assertThat(s.multilateral(i, i)).isFalse();
                for (int j = i + 1; j < n; j++) {
                    assertThat(s.tie(i, j)).as("W[%s,%s] round %d", run.iso3(i), run.iso3(j), s.round())
                            .isEqualTo(s.tie(j, i));
                    assertThat(s.multilateral(i, j)).isEqualTo(s.multilateral(j, i));
                    if (s.multilateral(i, j)) {
                        assertThat(s.tie(i, j)).isPositive();
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realign.model.Cases#shocked")
    void noCountryGainsTwoTiesInOneRound(Cases.Case c) {
        Trajectory run = c.run();
        int n = run.size();
        for (int t = 1; t <= run.last(); t++) {
            Snapshot before = run.round(t - 1);
            Snapshot after = run.round(t);
            for (int i = 0; i < n; i++) {
                int gained = 0;
                for (int j = 0; j < n; j++) {
                    if (before.tie(i, j) == 0 && after.tie(i, j) > 0) {
                        gained++;
                    }
                }
                assertThat(gained).as("new ties of %s in round %d", run.iso3(i), t).isLessThanOrEqualTo(1);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realign.model.Cases#shocked")
    void everyTieFormedOrDeepenedIsCompatibleBothWays(Cases.Case c) {
        Trajectory run = c.run();
        ModelParams.Renegotiation p = run.params().renegotiation();
        int n = run.size();
        double[] proximity = run.input().proximity;
        int formed = 0;
        for (Snapshot s : run.rounds()) {
            // Affinity and trust change only before renegotiation, so the recorded state is the one the
            // match saw.
            for (Event e : s.events()) {
                if (e.kind() == TieEvent.DISSOLVED) {
                    continue;
                }
                formed++;
                for (int[] d : new int[][] {{e.a(), e.b()}, {e.b(), e.a()}}) {
                    int i = d[0];
                    int j = d[1];
                    double u = p.alphaTrust() * (2 * s.trust(i, j) - 1) + p.alphaAffinity() * (2 * s.affinity(i, j) - 1)
                            + p.alphaProximity() * proximity[i * n + j];
                    assertThat(u).as("U[%s,%s] round %d", run.iso3(i), run.iso3(j), s.round())
                            .isGreaterThan(p.formThreshold());
                    assertThat(s.trust(i, j)).as("T[%s,%s] round %d", run.iso3(i), run.iso3(j), s.round())
                            .isGreaterThanOrEqualTo(p.dropThreshold());
                }
            }
        }
        assertThat(formed).as("ties formed or deepened over the run").isPositive();
    }

    /** Multilateral ties are never dropped; deepening can only strengthen them, and they stay multilateral. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("realign.model.Cases#shocked")
    void multilateralTiesAreNeverDropped(Cases.Case c) {
        Trajectory run = c.run();
        int n = run.size();
        for (int t = 1; t <= run.last(); t++) {
            Snapshot before = run.round(t - 1);
            Snapshot after = run.round(t);
            for (int ij = 0; ij < n * n; ij++) {
                if (before.multilateral()[ij]) {
                    assertThat(after.multilateral()[ij]).isTrue();
                    assertThat(after.tie()[ij]).as("W[%s,%s] round %d", run.iso3(ij / n), run.iso3(ij % n), t)
                            .isGreaterThanOrEqualTo(before.tie()[ij]);
                }
            }
            for (Event e : after.events()) {
                if (e.kind() == TieEvent.DISSOLVED) {
                    assertThat(before.multilateral(e.a(), e.b())).isFalse();
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realign.model.Cases#shocked")
    void everyChangeOfATieIsALoggedEventThatTheStateExplains(Cases.Case c) {
        Trajectory run = c.run();
        ModelParams.Renegotiation p = run.params().renegotiation();
        int n = run.size();
        for (int t = 1; t <= run.last(); t++) {
            Snapshot before = run.round(t - 1);
            Snapshot after = run.round(t);
            List<String> changed = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (before.tie(i, j) != after.tie(i, j)) {
                        TieEvent kind = after.tie(i, j) == 0 ? TieEvent.DISSOLVED
                                : before.tie(i, j) == 0 ? TieEvent.FORMED : TieEvent.STRENGTHENED;
                        changed.add(kind + " " + i + "-" + j);
                    }
                }
            }
            List<String> logged = new ArrayList<>();
            for (Event e : after.events()) {
                assertThat(e.a()).isLessThan(e.b());
                logged.add(e.kind() + " " + e.a() + "-" + e.b());
                if (e.kind() == TieEvent.DISSOLVED) {
                    // dropped because one side's trust fell below T_drop; the value is that trust
                    assertThat(Math.min(after.trust(e.a(), e.b()), after.trust(e.b(), e.a())))
                            .isEqualTo(e.value()).isLessThan(p.dropThreshold());
                } else if (e.kind() == TieEvent.FORMED) {
                    assertThat(before.tie(e.a(), e.b())).isZero();
                    assertThat(after.tie(e.a(), e.b())).isEqualTo(p.newTie());
                    assertThat(after.multilateral(e.a(), e.b())).isFalse();
                } else {
                    // deepened by one agreement: w_new more, up to the cap; the multilateral flag is kept
                    assertThat(before.tie(e.a(), e.b())).isPositive();
                    assertThat(after.tie(e.a(), e.b()))
                            .isEqualTo(Math.min(p.deepenCap(), before.tie(e.a(), e.b()) + p.newTie()));
                    assertThat(after.multilateral(e.a(), e.b())).isEqualTo(before.multilateral(e.a(), e.b()));
                }
            }
            assertThat(logged).as("round %d", t).containsExactlyInAnyOrderElementsOf(changed);
        }
    }
}
