package realign.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import realign.model.Trajectory.Snapshot;

/**
 * Internal balancing (docs/model.md §3.3b): capability never falls, grows by at most {@code balancing.rate} of the
 * military part a round, never beyond {@code balancing.cap} times the round-0 military part, and only for
 * countries that have sought partners for {@code balancing.lag} rounds in a row.
 */
class BalancingTest {

    static Stream<Cases.Case> runs() {
        return Stream.concat(Cases.shocked(), Stream.of(
                new Cases.Case("us-leaves-nato", java.util.List.of()),
                new Cases.Case("us-leaves-nato", java.util.List.of("seed=8", "trust.noise=0.02",
                        "balancing.lag=1", "balancing.rate=0.02", "balancing.cap=1.1")),
                new Cases.Case("us-vote-2025", java.util.List.of("seed=9", "balancing.lag=6", "balancing.rate=0.005"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void capabilityNeverFallsNorGrowsFasterThanTheRateNorBeyondTheCapAndOnlyAfterALastingDeficit(Cases.Case c) {
        Trajectory run = c.run();
        ModelParams.Balancing p = run.params().balancing();
        double[] military = run.input().military;
        int raised = 0;
        for (int t = 1; t <= run.last(); t++) {
            Snapshot before = run.round(t - 1);
            Snapshot now = run.round(t);
            for (int i = 0; i < run.size(); i++) {
                String what = run.iso3(i) + " in round " + t;
                double c0 = run.input().capability(i);
                double grew = now.capability()[i] - before.capability()[i];
                assertThat(grew).as("growth of %s", what).isGreaterThanOrEqualTo(0);
                assertThat(now.capability()[i]).as("capability of %s", what)
                        .isLessThanOrEqualTo(before.capability()[i] * (1 + p.rate()) * (1 + 1e-12))
                        .isLessThanOrEqualTo(c0 + (p.cap() - 1) * military[i] * (1 + 1e-12));
                assertThat(now.buildUp()[i]).isLessThanOrEqualTo(p.rate() * (military[i] + before.buildUp()[i])
                        + before.buildUp()[i]);
                assertThat(now.capability()[i]).isEqualTo(c0 + now.buildUp()[i]);
                assertThat(now.balancing()[i]).as("%s balances", what).isEqualTo(grew > 0);
                if (grew > 0) {
                    raised++;
                    assertThat(t).as("rounds before %s balances", what).isGreaterThanOrEqualTo(p.lag());
                    for (int k = t - p.lag() + 1; k <= t; k++) {
                        assertThat(run.round(k).seeking()[i]).as("%s sought partners in round %d", run.iso3(i), k)
                                .isTrue();
                    }
                }
            }
        }
        assertThat(raised).as("raises of military spending over the run").isPositive();
    }

    @Test
    void withoutALastingDeficitNothingIsRaisedAndTheBaselineKeepsItsCapability() {
        Trajectory baseline = Trajectory.run("baseline");
        for (Snapshot s : baseline.rounds()) {
            assertThat(s.capability()).isEqualTo(baseline.round(0).capability());
            assertThat(s.buildUp()).containsOnly(0.0);
            assertThat(s.events()).isEmpty();
        }
        Trajectory longLag = Trajectory.run("us-vote-2025", "balancing.lag=25");
        assertThat(longLag.round(24).capability()).isEqualTo(longLag.round(0).capability());
    }

    @Test
    void rateZeroIsTheModelWithoutBalancing() {
        Trajectory off = Trajectory.run("us-vote-2025", "balancing.rate=0");
        Trajectory on = Trajectory.run("us-vote-2025");
        assertThat(off.round(24).capability()).isEqualTo(off.round(0).capability());
        assertThat(on.round(24).totalDeficit()).isLessThan(off.round(24).totalDeficit());
        // before the first country can balance (round balancing.lag) the two runs are the same
        for (int t = 0; t < on.params().balancing().lag(); t++) {
            assertThat(on.round(t).tie()).isEqualTo(off.round(t).tie());
            assertThat(on.round(t).deficit()).isEqualTo(off.round(t).deficit());
        }
    }
}
