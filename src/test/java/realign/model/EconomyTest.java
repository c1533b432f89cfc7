package realign.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import realign.model.Trajectory.Event;
import realign.model.Trajectory.Snapshot;

/**
 * The economic layer, tariffs, deepening and upkeep of model v2 (docs/model.md §1, §2, §3.3): a higher tariff never
 * lowers the target's economic deficit, no tie passes its cap, no agreement has a negative net gain for a side, a
 * pair deepens a layer at most once per cooldown.
 */
class EconomyTest {

    private static final String TARIFF = "shocks=[{round: 2, tariff: {actor: USA, targets: [%s], rate: %s}}]";

    static Stream<Arguments> tariffs() {
        return Stream.of(
                Arguments.of("CAN", 1L), Arguments.of("CHN", 2L), Arguments.of("DEU", 3L),
                Arguments.of("JPN", 4L), Arguments.of("IND", 5L), Arguments.of("MEX", 6L));
    }

    @ParameterizedTest(name = "tariff on {0}, seed {1}")
    @MethodSource("tariffs")
    void aHigherTariffRateNeverLowersTheTargetsEconomicDeficit(String target, long seed) {
        double previous = -1;
        for (String rate : new String[] {"0", "0.05", "0.1", "0.25", "0.5", "1", "3"}) {
            Trajectory run = Trajectory.run("baseline", "seed=" + seed, "rounds=2",
                    TARIFF.formatted(target, rate));
            Snapshot s = run.round(2);
            double deficit = s.economy().deficit()[run.index(target)];
            assertThat(deficit).as("economic deficit of %s at rate %s", target, rate).isGreaterThanOrEqualTo(previous);
            previous = deficit;
        }
        assertThat(previous).as("economic deficit of %s at rate 3", target).isPositive();
    }

    @ParameterizedTest(name = "tariff on {0}, seed {1}")
    @MethodSource("tariffs")
    void aTariffCutsOnlyTheTargetsTradeWithTheActorByTheTradeElasticity(String target, long seed) {
        Trajectory run = Trajectory.run("baseline", "seed=" + seed, "rounds=2", TARIFF.formatted(target, "0.25"));
        int n = run.size();
        int usa = run.index("USA");
        int t = run.index(target);
        double epsilon = run.params().economy().tradeElasticity();
        double[] f = run.round(2).economy().tariffFactor();
        for (int ij = 0; ij < n * n; ij++) {
            double expected = ij == t * n + usa ? Math.pow(1.25, -epsilon) : 1.0;
            assertThat(f[ij]).as("f[%s,%s]", run.iso3(ij / n), run.iso3(ij % n)).isEqualTo(expected);
        }
        assertThat(run.round(1).economy().tariffFactor()).containsOnly(1.0);
    }

    /**
     * A tariff is also an event: without the dependence weight κX the target's trust in the actor falls as after an
     * event of the same salience.
     */
    @ParameterizedTest(name = "tariff on {0}, seed {1}")
    @MethodSource("tariffs")
    void aTariffLowersTheTargetsTrustInTheActorAsAnEventDoes(String target, long seed) {
        // with κX = 0 (no extra weight for the target's dependence on the actor's market, AgreementRulesTest)
        Trajectory tariff = Trajectory.run("baseline", "seed=" + seed, "rounds=2", TARIFF.formatted(target, "0.25"),
                "shock.dependenceAmplification=0");
        Trajectory event = Trajectory.run("baseline", "seed=" + seed, "rounds=2",
                "shocks=[{round: 2, event: {actor: USA, targets: [" + target + "]}}]");
        int usa = tariff.index("USA");
        int t = tariff.index(target);
        assertThat(tariff.round(2).trust(t, usa)).isLessThan(tariff.round(1).trust(t, usa))
                .isEqualTo(event.round(2).trust(t, usa));
        assertThat(tariff.round(2).trust()).isEqualTo(event.round(2).trust());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realign.model.Cases#shocked")
    void noTieFormsOrDeepensWithANegativeNetGainForASide(Cases.Case c) {
        Trajectory run = c.run();
        double upkeep = run.params().renegotiation().upkeep();
        int agreements = 0;
        for (Snapshot s : run.rounds()) {
            for (var events : java.util.List.of(s.events(), s.economy().events())) {
                for (Event e : events) {
                    if (e.kind() == TieEvent.DISSOLVED) {
                        continue;
                    }
                    agreements++;
                    String what = e.kind() + " " + run.iso3(e.a()) + "-" + run.iso3(e.b()) + " round " + s.round();
                    assertThat(e.netGainA()).as("net gain of %s in %s", run.iso3(e.a()), what).isGreaterThanOrEqualTo(0);
                    assertThat(e.netGainB()).as("net gain of %s in %s", run.iso3(e.b()), what).isGreaterThanOrEqualTo(0);
                    assertThat(e.value()).as(what).isCloseTo(e.netGainA() + e.netGainB(), within(1e-15));
                    if (upkeep > 0) {
                        // a gain only comes from a deficit, so both sides sought in that layer
                        boolean[] seeking = events == s.events() ? s.seeking() : s.economy().seeking();
                        assertThat(seeking[e.a()] && seeking[e.b()]).as("both seek: %s", what).isTrue();
                    }
                }
            }
        }
        assertThat(agreements).as("agreements over the run").isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realign.model.Cases#shocked")
    void deepeningNeverPassesItsCapInEitherLayer(Cases.Case c) {
        Trajectory run = c.run();
        ModelParams p = run.params();
        int n = run.size();
        for (int t = 1; t <= run.last(); t++) {
            Snapshot before = run.round(t - 1);
            Snapshot s = run.round(t);
            for (int ij = 0; ij < n * n; ij++) {
                // a tie can start above the cap (a defence pact with W_cap < 1) but never grows past it
                double wCap = Math.max(p.renegotiation().deepenCap(), Math.max(p.renegotiation().newTie(), before.tie()[ij]));
                double eCap = Math.max(p.economy().deepenCap(), Math.max(p.economy().newAgreement(),
                        before.economy().tie()[ij]));
                assertThat(s.tie()[ij]).as("W round %d", t).isLessThanOrEqualTo(wCap);
                assertThat(s.economy().tie()[ij]).as("E round %d", t).isLessThanOrEqualTo(eCap);
                assertThat(s.economy().tie()[ij]).as("E never falls, round %d", t)
                        .isGreaterThanOrEqualTo(before.economy().tie()[ij]);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realign.model.Cases#shocked")
    void aPairMakesAtMostOneAgreementPerLayerWithinTheCooldown(Cases.Case c) {
        Trajectory run = c.run();
        int cooldown = run.params().renegotiation().cooldown();
        int n = run.size();
        int[][] last = new int[2][n * n];
        for (int[] l : last) {
            java.util.Arrays.fill(l, Integer.MIN_VALUE / 2);
        }
        for (Snapshot s : run.rounds()) {
            int layer = 0;
            for (var events : java.util.List.of(s.events(), s.economy().events())) {
                boolean[] agreed = new boolean[n];
                for (Event e : events) {
                    if (e.kind() == TieEvent.DISSOLVED) {
                        continue;
                    }
                    int ab = e.a() * n + e.b();
                    if (e.kind() == TieEvent.STRENGTHENED) {
                        assertThat(s.round() - last[layer][ab]).as("rounds since the last agreement of %s-%s",
                                run.iso3(e.a()), run.iso3(e.b())).isGreaterThanOrEqualTo(cooldown);
                    }
                    assertThat(agreed[e.a()] || agreed[e.b()]).as("a second agreement in a layer and round").isFalse();
                    agreed[e.a()] = true;
                    agreed[e.b()] = true;
                    last[layer][ab] = s.round();
                }
                layer++;
            }
        }
    }

    /** Trust weighs less in economic choices: with tariffs on China and its neighbours, trade hedging toward China. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void tariffsOnChinaAndItsNeighboursLetThemSignTradeAgreementsWithoutTrustingEachOtherMuch(long seed) {
        Trajectory run = Trajectory.run("us-vote-2025", "seed=" + seed, "rounds=4",
                "shocks=[{round: 1, rollcall: ES-11-7}, {round: 2, tariff: {actor: USA, targets: [CHN, JPN, KOR], rate: 0.3}}]");
        int chn = run.index("CHN");
        long withChina = run.rounds().stream().flatMap(s -> s.economy().events().stream())
                .filter(e -> e.kind() != TieEvent.DISSOLVED && (e.a() == chn || e.b() == chn)).count();
        assertThat(withChina).isPositive();
    }
}
