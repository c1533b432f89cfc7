package realign.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import realign.model.Trajectory.Event;
import realign.model.Trajectory.Snapshot;

/**
 * The agreement rules added while fitting calendar-2025 (docs/model.md §2, §2b, §3.3): a signed agreement starts the
 * pair's cooldown in its layer; a country makes at most k_A agreements per layer and round, their gains together
 * within its deficit; a security tie deepens only while both sides' trust has held up (ψ); a tariff hurts trust
 * more the more the target trades with the actor (κX).
 */
class AgreementRulesTest {

    private static final String VOTES = "{round: 1, rollcall: ES-11-7}, {round: 1, rollcall: ES-11-8}";

    /** Pairs that renegotiation deepens in round 1 of us-vote-2025 with the defaults, and a seed. */
    static Stream<Arguments> deepenedInRoundOne() {
        return Stream.of(Arguments.of("DEU", "GBR", 1L), Arguments.of("JPN", "KOR", 2L),
                Arguments.of("FRA", "ITA", 3L));
    }

    @ParameterizedTest(name = "{0}-{1} sign in round 1, seed {2}")
    @MethodSource("deepenedInRoundOne")
    void aSignedAgreementStartsThePairsCooldownSoRenegotiationDoesNotDeepenItRightAfter(String a, String b, long seed) {
        Trajectory without = Trajectory.run("us-vote-2025", "seed=" + seed, "rounds=14", "shocks=[" + VOTES + "]");
        Trajectory with = Trajectory.run("us-vote-2025", "seed=" + seed, "rounds=14", "shocks=[" + VOTES
                + ", {round: 1, agreement: {a: " + a + ", b: " + b + ", weight: 0.4}}]");
        int i = with.index(a);
        int j = with.index(b);
        int cooldown = with.params().renegotiation().cooldown();
        assertThat(cooldown).isEqualTo(12);
        // without the signing, renegotiation deepens the pair in round 1 (the rule has something to prevent)
        assertThat(strengthened(without.round(1).events(), i, j)).isTrue();
        for (int t = 1; t < 1 + cooldown; t++) {
            assertThat(strengthened(with.round(t).events(), i, j)).as("%s-%s deepened in round %d", a, b, t).isFalse();
        }
        assertThat(with.round(1).events()).anyMatch(e -> e.kind() == TieEvent.SIGNED && pair(e, i, j));
    }

    @ParameterizedTest(name = "tariffs on {0}, seed {1}")
    @MethodSource("tradeCases")
    void aSignedTradeAgreementStartsTheCooldownOfTheEconomicLayer(String targets, long seed) {
        String tariffs = ", {round: 1, tariff: {actor: USA, targets: [" + targets + "], rate: 0.5}}";
        Trajectory without = Trajectory.run("us-vote-2025", "seed=" + seed, "rounds=8",
                "shocks=[" + VOTES + tariffs + "]");
        // the first trade agreement renegotiation makes without the signing
        Event first = null;
        for (int t = 1; t <= 8 && first == null; t++) {
            first = without.round(t).economy().events().stream().filter(e -> e.kind().agreement()).findFirst()
                    .orElse(null);
        }
        assertThat(first).as("a trade agreement without the signing").isNotNull();
        int i = first.a();
        int j = first.b();
        String a = without.iso3(i);
        String b = without.iso3(j);
        Trajectory with = Trajectory.run("us-vote-2025", "seed=" + seed, "rounds=8", "shocks=[" + VOTES + tariffs
                + ", {round: 1, agreement: {a: " + a + ", b: " + b + ", layer: economic, weight: 0.5}}]");
        assertThat(with.round(1).economy().events()).anyMatch(e -> e.kind() == TieEvent.SIGNED && pair(e, i, j));
        for (int t = 1; t <= 8; t++) {
            assertThat(agreed(with.round(t).economy().events(), i, j)).as("%s-%s round %d", a, b, t).isFalse();
        }
    }

    static Stream<Arguments> tradeCases() {
        return Stream.of(Arguments.of("CAN, MEX, JPN, KOR", 1L), Arguments.of("JPN, KOR, DEU, FRA", 2L),
                Arguments.of("CHN, IND, GBR", 3L));
    }

    static Stream<Arguments> agreementsPerRound() {
        return Stream.of(Arguments.of("us-vote-2025", 1, 1L), Arguments.of("us-vote-2025", 2, 2L),
                Arguments.of("us-vote-2025", 4, 3L), Arguments.of("repeated-shocks", 3, 4L),
                Arguments.of("calendar-2025", 3, 5L));
    }

    @ParameterizedTest(name = "{0}, k_A = {1}, seed {2}")
    @MethodSource("agreementsPerRound")
    void aCountryMakesAtMostKAgreementsPerLayerAndRoundAndTheirGainsStayWithinItsDeficit(String scenario, int k,
                                                                                         long seed) {
        Trajectory run = Trajectory.run(scenario, "seed=" + seed, "rounds=12",
                "renegotiation.agreementsPerRound=" + k);
        int n = run.size();
        double upkeep = run.params().renegotiation().upkeep();
        int most = 0;
        for (Snapshot s : run.rounds()) {
            for (int layer = 0; layer < 2; layer++) {
                List<Event> events = layer == 0 ? s.events() : s.economy().events();
                double[] deficit = layer == 0 ? s.deficit() : s.economy().deficit();
                int[] made = new int[n];
                double[] gained = new double[n];
                for (Event e : events) {
                    if (!e.kind().agreement()) {
                        continue;
                    }
                    made[e.a()]++;
                    made[e.b()]++;
                    gained[e.a()] += e.netGainA() + upkeep;
                    gained[e.b()] += e.netGainB() + upkeep;
                    assertThat(e.netGainA()).isGreaterThanOrEqualTo(0);
                    assertThat(e.netGainB()).isGreaterThanOrEqualTo(0);
                }
                for (int c = 0; c < n; c++) {
                    assertThat(made[c]).as("agreements of %s in round %d", run.iso3(c), s.round()).isLessThanOrEqualTo(k);
                    if (made[c] > 0) {
                        assertThat(gained[c]).as("gains of %s in round %d", run.iso3(c), s.round())
                                .isLessThanOrEqualTo(deficit[c] * (1 + 1e-12));
                    }
                    most = Math.max(most, made[c]);
                }
            }
        }
        assertThat(most).as("most agreements of a country in a layer and round").isPositive();
        if (k == 1) {
            assertThat(most).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realign.model.Cases#shocked")
    void aSecurityTieDeepensOnlyWhileBothSidesTrustHasHeldUp(Cases.Case c) {
        Trajectory run = c.run();
        double psi = run.params().renegotiation().deepenTrust();
        Snapshot start = run.round(0);
        for (Snapshot s : run.rounds()) {
            for (Event e : s.events()) {
                if (e.kind() == TieEvent.STRENGTHENED) {
                    // renegotiation runs after the round's trust dynamics; nothing later in the round moves trust
                    assertThat(s.trust(e.a(), e.b())).as("%s-%s round %d", run.iso3(e.a()), run.iso3(e.b()), s.round())
                            .isGreaterThanOrEqualTo(psi * start.trust(e.a(), e.b()));
                    assertThat(s.trust(e.b(), e.a())).isGreaterThanOrEqualTo(psi * start.trust(e.b(), e.a()));
                }
            }
        }
    }

    /** With ψ = 0 an ally betrayed by the U.S. deepens its tie with it (the v2 behaviour the rule removes). */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void withoutTheTrustRuleAnAllyDeepensWithTheUsAfterTheBetrayalAndWithItNoneDoes(long seed) {
        Trajectory off = Trajectory.run("us-vote-2025", "seed=" + seed, "rounds=8", "renegotiation.deepenTrust=0");
        Trajectory on = Trajectory.run("us-vote-2025", "seed=" + seed, "rounds=8");
        int usa = on.index("USA");
        assertThat(betrayedDeepenWithUs(off, usa)).isPositive();
        assertThat(betrayedDeepenWithUs(on, usa)).isZero();
    }

    static Stream<Long> seeds() {
        return Stream.of(1L, 2L, 3L);
    }

    /** Deepenings of a tie with the U.S. by a partner whose trust in it fell below 0.9 of round 0. */
    private static long betrayedDeepenWithUs(Trajectory run, int usa) {
        long k = 0;
        for (Snapshot s : run.rounds()) {
            for (Event e : s.events()) {
                if (e.kind() == TieEvent.STRENGTHENED && (e.a() == usa || e.b() == usa)) {
                    int other = e.a() == usa ? e.b() : e.a();
                    if (s.trust(other, usa) < 0.9 * run.round(0).trust(other, usa)) {
                        k++;
                    }
                }
            }
        }
        return k;
    }

    static Stream<Arguments> tariffTargets() {
        return Stream.of(Arguments.of("CAN", 1L), Arguments.of("MEX", 2L), Arguments.of("DEU", 3L),
                Arguments.of("JPN", 4L));
    }

    @ParameterizedTest(name = "tariff on {0}, seed {1}")
    @MethodSource("tariffTargets")
    void aTariffLowersTrustMoreTheMoreTheTargetDependsOnTheActorsMarket(String target, long seed) {
        String tariff = "shocks=[{round: 2, tariff: {actor: USA, targets: [" + target + "], rate: 0.25}}]";
        double previous = 2;
        for (String kx : new String[] {"0", "1", "3", "10"}) {
            Trajectory run = Trajectory.run("baseline", "seed=" + seed, "rounds=2", tariff,
                    "shock.dependenceAmplification=" + kx);
            double t = run.round(2).trust(run.index(target), run.index("USA"));
            assertThat(t).as("trust of %s in the U.S. with κX = %s", target, kx).isLessThan(previous);
            previous = t;
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aCountryThatTradesMoreWithTheActorLosesMoreTrustFromTheSameTariff(long seed) {
        // Canada sends far more of its (gravity) trade to the U.S. than Germany does
        Trajectory run = Trajectory.run("baseline", "seed=" + seed, "rounds=2", "trust.influence=0",
                "trust.reversion=0", "shocks=[{round: 2, tariff: {actor: USA, targets: [CAN, DEU], rate: 0.25}}]");
        Trajectory flat = Trajectory.run("baseline", "seed=" + seed, "rounds=2", "trust.influence=0",
                "trust.reversion=0", "shock.dependenceAmplification=0",
                "shocks=[{round: 2, tariff: {actor: USA, targets: [CAN, DEU], rate: 0.25}}]");
        int usa = run.index("USA");
        double can = logitDrop(run, flat, run.index("CAN"), usa);
        double deu = logitDrop(run, flat, run.index("DEU"), usa);
        assertThat(can).isGreaterThan(deu).isGreaterThan(0);
    }

    /** How much further the logit of i's trust in j fell with κX than without. */
    private static double logitDrop(Trajectory run, Trajectory flat, int i, int j) {
        return logit(flat.round(2).trust(i, j)) - logit(run.round(2).trust(i, j));
    }

    private static double logit(double t) {
        return Math.log(t / (1 - t));
    }

    private static boolean strengthened(List<Event> events, int i, int j) {
        return events.stream().anyMatch(e -> e.kind() == TieEvent.STRENGTHENED && pair(e, i, j));
    }

    private static boolean agreed(List<Event> events, int i, int j) {
        return events.stream().anyMatch(e -> e.kind().agreement() && pair(e, i, j));
    }

    private static boolean pair(Event e, int i, int j) {
        return e.a() == Math.min(i, j) && e.b() == Math.max(i, j);
    }
}
