package realign.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import realign.model.Trajectory.Event;
import realign.model.Trajectory.Snapshot;

/**
 * Negotiation time d = renegotiation.negotiationMonths (docs/model.md §3.3 step 7): an agreement decided in round t
 * is signed in round t + d if both sides' net gains, valued then, are still not negative; d = 0 is the model without
 * it. (That d = 0 leaves every output as it was is pinned by ReferenceValuesTest and the shipped runs' tests.)
 */
class NegotiationTimeTest {

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        String[] scenarios = {"us-vote-2025", "calendar-2025", "repeated-shocks"};
        for (int s = 0; s < scenarios.length; s++) {
            for (int d = 1; d <= 3; d++) {
                cases.add(Arguments.of(scenarios[s], d, 10L * s + d, 1 + (s + d) % 3));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}, d = {1}, seed {2}, k_A = {3}")
    @MethodSource("cases")
    void anAgreementDecidedInRoundOneIsSignedInRoundOnePlusDAndNoneBefore(String scenario, int d, long seed, int k) {
        Trajectory now = Trajectory.run(scenario, "seed=" + seed, "rounds=10",
                "renegotiation.agreementsPerRound=" + k);
        Trajectory later = Trajectory.run(scenario, "seed=" + seed, "rounds=10", "renegotiation.agreementsPerRound=" + k,
                "renegotiation.negotiationMonths=" + d);
        // up to round 1's decisions the two runs are the same: what d = 0 signs in round 1 is what d decides then
        List<Event> decided = agreements(now.round(1));
        assertThat(decided).as("agreements decided in round 1").isNotEmpty();
        for (int t = 1; t <= d; t++) {
            assertThat(agreements(later.round(t))).as("agreements signed in round %d", t).isEmpty();
        }
        List<Event> signed = agreements(later.round(1 + d));
        assertThat(signed).as("agreements signed in round %d", 1 + d).isNotEmpty();
        for (Event e : signed) {
            assertThat(decided).as("%s-%s signed in round %d", later.iso3(e.a()), later.iso3(e.b()), 1 + d)
                    .anyMatch(x -> x.a() == e.a() && x.b() == e.b() && x.kind() == e.kind());
        }
    }

    @ParameterizedTest(name = "{0}, d = {1}, seed {2}, k_A = {3}")
    @MethodSource("cases")
    void noAgreementIsSignedWithANegativeNetGainOrBeyondKOrTheDeficit(String scenario, int d, long seed, int k) {
        Trajectory run = Trajectory.run(scenario, "seed=" + seed, "rounds=12", "renegotiation.agreementsPerRound=" + k,
                "renegotiation.negotiationMonths=" + d);
        double upkeep = run.params().renegotiation().upkeep();
        int n = run.size();
        long count = 0;
        for (Snapshot s : run.rounds()) {
            for (int layer = 0; layer < 2; layer++) {
                double[] deficit = layer == 0 ? s.deficit() : s.economy().deficit();
                int[] made = new int[n];
                double[] gained = new double[n];
                for (Event e : layer == 0 ? s.events() : s.economy().events()) {
                    if (!e.kind().agreement()) {
                        continue;
                    }
                    count++;
                    assertThat(e.netGainA()).as("net gain of %s, round %d", run.iso3(e.a()), s.round())
                            .isGreaterThanOrEqualTo(0);
                    assertThat(e.netGainB()).as("net gain of %s, round %d", run.iso3(e.b()), s.round())
                            .isGreaterThanOrEqualTo(0);
                    made[e.a()]++;
                    made[e.b()]++;
                    gained[e.a()] += e.netGainA() + upkeep;
                    gained[e.b()] += e.netGainB() + upkeep;
                }
                for (int c = 0; c < n; c++) {
                    assertThat(made[c]).isLessThanOrEqualTo(k);
                    if (made[c] > 0) {
                        assertThat(gained[c]).as("gains of %s signed in round %d", run.iso3(c), s.round())
                                .isLessThanOrEqualTo(deficit[c] * (1 + 1e-12));
                    }
                }
            }
        }
        assertThat(count).as("agreements signed").isPositive();
    }

    static Stream<Arguments> baselineCases() {
        return Stream.of(Arguments.of(1, 1L), Arguments.of(2, 2L), Arguments.of(4, 3L));
    }

    @ParameterizedTest(name = "d = {0}, seed {1}")
    @MethodSource("baselineCases")
    void theBaselineStillHasNoEventOfAnyKind(int d, long seed) {
        Trajectory run = Trajectory.run("baseline", "seed=" + seed, "renegotiation.negotiationMonths=" + d);
        for (Snapshot s : run.rounds()) {
            assertThat(s.events()).as("security events, round %d", s.round()).isEmpty();
            assertThat(s.economy().events()).as("economic events, round %d", s.round()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}, d = {1}, seed {2}, k_A = {3}")
    @MethodSource("cases")
    void anExplicitZeroIsTheDefault(String scenario, int d, long seed, int k) {
        Trajectory byDefault = Trajectory.run(scenario, "seed=" + seed, "rounds=10",
                "renegotiation.agreementsPerRound=" + k);
        Trajectory zero = Trajectory.run(scenario, "seed=" + seed, "rounds=10", "renegotiation.agreementsPerRound=" + k,
                "renegotiation.negotiationMonths=0");
        assertThat(byDefault.params().renegotiation().negotiationMonths()).isZero();
        for (int t = 1; t <= 10; t++) {
            assertThat(zero.round(t).events()).isEqualTo(byDefault.round(t).events());
            assertThat(zero.round(t).economy().events()).isEqualTo(byDefault.round(t).economy().events());
            assertThat(zero.round(t).trust()).isEqualTo(byDefault.round(t).trust());
        }
    }

    private static List<Event> agreements(Snapshot s) {
        List<Event> out = new ArrayList<>();
        for (Event e : s.events()) {
            if (e.kind().agreement()) {
                out.add(e);
            }
        }
        for (Event e : s.economy().events()) {
            if (e.kind().agreement()) {
                out.add(e);
            }
        }
        return out;
    }
}
