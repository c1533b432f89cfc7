package realign.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import realign.model.Trajectory.Snapshot;

/**
 * Seeking after a tariff shock (docs/model.md §3.3 step 2, h_E = {@code economy.shockMonths}): a country on which a
 * tariff raised a rate seeks trade agreements in that round and the next h_E − 1 whenever its economic deficit is
 * positive, whatever δ_E; a higher rate never lowers seeking; h_E = 0 is the rule without it.
 */
class TariffSeekingTest {

    private static final String TARIFF = "shocks=[{round: 2, tariff: {actor: USA, targets: [%s], rate: %s}}]";

    static Stream<Arguments> targets() {
        return Stream.of(
                Arguments.of("JPN", 1L, 1), Arguments.of("DEU", 2L, 2), Arguments.of("GBR", 3L, 3),
                Arguments.of("KOR", 4L, 4), Arguments.of("AUS", 5L, 2), Arguments.of("IND", 6L, 5));
    }

    /** δ_E = 1: no deficit exceeds its tolerance, so only the shock window can make the target seek. */
    private static Trajectory run(String target, long seed, int h, String rate) {
        return Trajectory.run("baseline", "seed=" + seed, "rounds=8", "economy.deficitTolerance=1",
                "economy.shockMonths=" + h, TARIFF.formatted(target, rate));
    }

    @ParameterizedTest(name = "tariff on {0}, seed {1}, h_E = {2}")
    @MethodSource("targets")
    void aHigherTariffRateNeverLowersSeekingInAnyRound(String target, long seed, int h) {
        boolean[] previous = new boolean[9];
        int seekingRounds = 0;
        for (String rate : new String[] {"0", "0.02", "0.1", "0.25", "0.5", "3"}) {
            Trajectory run = run(target, seed, h, rate);
            int i = run.index(target);
            for (int t = 0; t <= 8; t++) {
                boolean seeking = run.round(t).economy().seeking()[i];
                if (previous[t]) {
                    assertThat(seeking).as("%s seeks in round %d at rate %s as at a lower rate", target, t, rate)
                            .isTrue();
                }
                previous[t] = seeking;
            }
        }
        for (boolean s : previous) {
            seekingRounds += s ? 1 : 0;
        }
        assertThat(seekingRounds).as("rounds in which %s seeks at rate 3", target).isPositive();
    }

    @ParameterizedTest(name = "tariff on {0}, seed {1}, h_E = {2}")
    @MethodSource("targets")
    void theTargetSeeksExactlyInTheShockWindowWhileItsDeficitIsPositive(String target, long seed, int h) {
        Trajectory run = run(target, seed, h, "0.25");
        int i = run.index(target);
        for (Snapshot s : run.rounds()) {
            boolean inWindow = s.round() >= 2 && s.round() < 2 + h;
            boolean expected = inWindow && s.economy().deficit()[i] > 0;
            assertThat(s.economy().seeking()[i]).as("%s seeks in round %d (window %d-%d)", target, s.round(), 2,
                    1 + h).isEqualTo(expected);
        }
        assertThat(run.round(2).economy().seeking()[i]).as("%s seeks in the tariff's round", target).isTrue();
    }

    /** h_E = 0 is the v2 rule: the same trajectory as without the parameter, the target not seeking below δ_E. */
    @ParameterizedTest(name = "tariff on {0}, seed {1}")
    @MethodSource("targets")
    void withoutAShockWindowOnlyTheToleranceDecides(String target, long seed, int h) {
        Trajectory run = run(target, seed, 0, "0.25");
        int i = run.index(target);
        for (Snapshot s : run.rounds()) {
            assertThat(s.economy().seeking()[i]).as("%s seeks in round %d", target, s.round()).isFalse();
            assertThat(s.economy().events()).as("economic events, round %d", s.round()).isEmpty();
        }
    }

    /** Lifting or keeping a tariff (a rate not above the one in force) opens no shock window. */
    @ParameterizedTest(name = "h_E = {0}")
    @ValueSource(ints = {1, 3, 6})
    void aTariffThatRaisesNoRateOpensNoWindow(int h) {
        Trajectory run = Trajectory.run("baseline", "seed=7", "rounds=8", "economy.deficitTolerance=1",
                "economy.shockMonths=" + h,
                "shocks=[{round: 1, tariff: {actor: USA, targets: [JPN], rate: 0.25}},"
                        + " {round: 5, tariff: {actor: USA, targets: [JPN], rate: 0.25}},"
                        + " {round: 6, tariff: {actor: USA, targets: [JPN], rate: 0.1}}]");
        int jpn = run.index("JPN");
        for (Snapshot s : run.rounds()) {
            boolean expected = s.round() >= 1 && s.round() < 1 + h;
            assertThat(s.economy().seeking()[jpn]).as("JPN seeks in round %d", s.round()).isEqualTo(expected);
        }
    }

    /** The baseline has no tariff: no event in any layer and no seeking, whatever h_E. */
    @ParameterizedTest(name = "h_E = {0}")
    @ValueSource(ints = {1, 4, 120})
    void theBaselineStaysStillWithAShockWindow(int h) {
        Trajectory run = Trajectory.run("baseline", "seed=11", "rounds=12", "economy.shockMonths=" + h,
                "economy.deficitTolerance=0");
        for (Snapshot s : run.rounds()) {
            assertThat(s.events()).as("security events, round %d", s.round()).isEmpty();
            assertThat(s.economy().events()).as("economic events, round %d", s.round()).isEmpty();
            assertThat(s.economy().seeking()).as("economic seeking, round %d", s.round()).containsOnly(false);
        }
    }
}
