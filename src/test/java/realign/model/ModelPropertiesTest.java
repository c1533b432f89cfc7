package realign.model;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import realign.TestWorlds;
import realign.scenario.ScenarioReader;

/** The properties of docs/model.md ("Properties a correct implementation satisfies"), one test each. */
class ModelPropertiesTest {

    /** Scenario variants the invariants are checked on: seeds, noise, stronger shocks, repeated shocks. */
    static Stream<Arguments> variants() {
        return Stream.of(
                Arguments.of("us-vote-2025", new String[] {"seed=1"}),
                Arguments.of("us-vote-2025", new String[] {"seed=2", "trust.noise=0.02"}),
                Arguments.of("us-vote-2025", new String[] {"seed=3", "shock.salience=1.2"}),
                Arguments.of("us-vote-2025", new String[] {"seed=4", "shock.salience=0.8", "trust.noise=0.01",
                    "renegotiation.formThreshold=0.1"}),
                Arguments.of("repeated-shocks", new String[] {"seed=5"}),
                Arguments.of("us-abstains", new String[] {"seed=6", "trust.noise=0.05"}));
    }

    @Test
    void withoutAShockAndWithoutNoiseNothingMovesFromRoundOne() {
        ScenarioReader.Loaded baseline = TestWorlds.load("baseline");
        List<double[]> trust = TestWorlds.trustTrajectory(baseline);
        List<int[]> blocs = new ArrayList<>();
        List<Integer> events = new ArrayList<>();
        TestWorlds.run(baseline, m -> {
            int[] b = new int[m.size()];
            for (int i = 0; i < m.size(); i++) {
                b[i] = m.bloc(i);
            }
            blocs.add(b);
            events.add(m.tieEvents().size());
        });
        assertThat(trust).hasSize(25);
        for (int t = 1; t < trust.size(); t++) {
            double[] a = trust.get(0);
            double[] b = trust.get(t);
            double max = 0;
            for (int k = 0; k < a.length; k++) {
                max = Math.max(max, Math.abs(a[k] - b[k]));
            }
            assertThat(max).as("largest trust change by round %d", t).isLessThan(1e-9);
            assertThat(blocs.get(t)).as("blocs at round %d", t).isEqualTo(blocs.get(0));
            assertThat(events.get(t)).as("tie events at round %d", t).isZero();
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("variants")
    void stateInvariantsHoldEveryRound(String scenario, String[] overrides) {
        ScenarioReader.Loaded loaded = TestWorlds.load(scenario, overrides);
        ModelParams.Renegotiation p = loaded.scenario().modelParams().renegotiation();
        boolean[][] multilateralAtStart = new boolean[1][];
        TestWorlds.run(loaded, m -> {
            int n = m.size();
            if (m.round() == 0) {
                multilateralAtStart[0] = new boolean[n * n];
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        multilateralAtStart[0][i * n + j] = m.tie(i, j) > 0 && m.multilateral(i, j);
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                assertThat(m.tie(i, i)).as("self-tie of %s", m.iso3(i)).isZero();
                for (int j = 0; j < n; j++) {
                    double t = m.trust(i, j);
                    assertThat(t > 0 && t < 1).as("T(%s,%s)=%s in (0,1)", m.iso3(i), m.iso3(j), t).isTrue();
                    assertThat(m.tie(i, j)).as("W symmetric").isEqualTo(m.tie(j, i));
                    if (multilateralAtStart[0][i * n + j]) {
                        assertThat(m.tie(i, j)).as("multilateral tie %s-%s kept", m.iso3(i), m.iso3(j)).isPositive();
                    }
                }
            }
            int[] newTies = new int[n];
            TieLog log = m.tieEvents();
            for (int e = 0; e < log.size(); e++) {
                if (log.kind(e) != TieEvent.FORMED) {
                    continue;
                }
                int i = log.a(e);
                int j = log.b(e);
                newTies[i]++;
                newTies[j]++;
                assertThat(m.seeking(i) || m.seeking(j)).as("a tie forms only when a side seeks").isTrue();
                // compatible both ways when it formed: trust has moved since only through this round's blocs
                // phase, which does not change trust, so the check is exact
                assertThat(utility(m, p, i, j)).isGreaterThan(p.formThreshold());
                assertThat(utility(m, p, j, i)).isGreaterThan(p.formThreshold());
                assertThat(m.trust(i, j)).isGreaterThanOrEqualTo(p.dropThreshold());
                assertThat(m.trust(j, i)).isGreaterThanOrEqualTo(p.dropThreshold());
            }
            for (int i = 0; i < n; i++) {
                assertThat(newTies[i]).as("new ties of %s in round %d", m.iso3(i), m.round()).isLessThanOrEqualTo(1);
            }
        });
    }

    private static double utility(AllianceModel m, ModelParams.Renegotiation p, int i, int j) {
        return p.alphaTrust() * (2 * m.trust(i, j) - 1) + p.alphaAffinity() * (2 * m.affinity(i, j) - 1)
                + p.alphaProximity() * m.proximity(i, j);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 42, 20250224})
    void aCountryWhoseSupportMeetsItsNeedNeverProposes(long seed) {
        ScenarioReader.Loaded loaded = TestWorlds.load("us-vote-2025", "seed=" + seed, "trust.noise=0.01");
        double delta = loaded.scenario().modelParams().renegotiation().deficitTolerance();
        TestWorlds.run(loaded, m -> {
            for (int i = 0; i < m.size(); i++) {
                boolean met = m.need(i) <= 0 || m.deficit(i) <= delta * m.need(i);
                if (met) {
                    assertThat(m.seeking(i)).as("%s at round %d", m.iso3(i), m.round()).isFalse();
                }
            }
            TieLog log = m.tieEvents();
            for (int e = 0; e < log.size(); e++) {
                if (log.kind(e) == TieEvent.FORMED) {
                    assertThat(m.seeking(log.a(e)) || m.seeking(log.b(e))).isTrue();
                }
            }
        });
    }

    @Test
    void raisingTheSalienceOfAUsVersusAlliesShockNeverLowersTheFocusDeficitRightAfterIt() {
        double previous = -1;
        for (double s : new double[] {0, 0.1, 0.2, 0.35, 0.5, 0.75, 1.0, 1.5, 2.5}) {
            ScenarioReader.Loaded loaded = TestWorlds.load("us-vote-2025", "shock.salience=" + s);
            List<String> focus = new ArrayList<>();
            loaded.scenario().focus().forEach(g -> focus.addAll(g.members()));
            double[] deficit = {0};
            TestWorlds.run(loaded, m -> {
                if (m.round() == 1) {
                    for (String iso : focus.stream().distinct().toList()) {
                        deficit[0] += m.deficit(loaded.world().indexOf(iso));
                    }
                }
            });
            assertThat(deficit[0]).as("focus deficit at salience %s", s).isGreaterThanOrEqualTo(previous - 1e-12);
            previous = deficit[0];
        }
        assertThat(previous).isPositive();
    }

    @ParameterizedTest(name = "betrayal amplification {0}")
    @ValueSource(doubles = {0.5, 1, 2})
    void aBetrayalByAnAllyLowersTrustMoreThanTheSameVoteByANonAlly(double kappa, @TempDir Path dir)
            throws Exception {
        // ES-11-7 alone, without trust dynamics (ρ = μ = 0), so round 1's change is the shock itself.
        // JPN is allied with the USA (W = 1), CHE is not (W = 0); both voted yes against the USA's no.
        Path file = dir.resolve("one-shock.yaml");
        Files.writeString(file, """
                name: one-shock
                rounds: 1
                history: [ES-11-1, ES-11-5]
                shocks:
                  - rollcall: ES-11-7
                    round: 1
                parameters:
                  trust: {reversion: 0, influence: 0}
                """);
        ScenarioReader.Loaded loaded = ScenarioReader.read(file, List.of("shock.betrayalAmplification=" + kappa));
        var w = loaded.world();
        int usa = w.indexOf("USA");
        int[] who = {w.indexOf("JPN"), w.indexOf("CHE")};
        double[][] trust = new double[2][2];
        TestWorlds.run(loaded, m -> {
            for (int k = 0; k < 2; k++) {
                trust[k][m.round()] = m.trust(who[k], usa);
                if (m.round() == 0) {
                    assertThat(m.tie(who[k], usa)).isEqualTo(k == 0 ? 1.0 : 0.0);
                }
            }
        });
        double allyDrop = logit(trust[0][0]) - logit(trust[0][1]);
        double strangerDrop = logit(trust[1][0]) - logit(trust[1][1]);
        assertThat(strangerDrop).as("a non-ally's opposing vote lowers trust too").isPositive();
        assertThat(allyDrop).as("an ally's opposing vote lowers trust more").isGreaterThan(strangerDrop);
        assertThat(allyDrop / strangerDrop).isCloseTo(1 + kappa, within(1e-6));
    }

    private static double logit(double t) {
        return Math.log(t / (1 - t));
    }
}
