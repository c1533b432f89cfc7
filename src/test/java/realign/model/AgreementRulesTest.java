package realign.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import realign.model.Trajectory.Event;

/** The agreement rules (docs/model.md §2b, §3.3): a signed agreement starts the pair's cooldown in its layer. */
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
