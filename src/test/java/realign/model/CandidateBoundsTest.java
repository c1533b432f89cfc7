package realign.model;

import static org.assertj.core.api.Assertions.assertThat;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bounds by which renegotiation leaves out of its candidate search the countries that cannot be a side of an
 * agreement with an upkeep (docs/model.md §3.3; {@code Renegotiation.parties}): they must hold for every value the
 * model can compute, rounding included, or a pair that would have agreed is never valued.
 */
class CandidateBoundsTest {

    private static final int DRAWS = 200_000;

    @Test
    void aDeepeningCanAddMoreThanTheNewStrengthByRounding() {
        double fresh = 0.2;
        double w = 0.1;
        assertThat(Math.min(1.6, w + fresh) - w).isGreaterThan(fresh)
                .isLessThanOrEqualTo(Renegotiation.largestStep(fresh, 1.6));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void noAgreementAddsMoreThanTheLargestStep(long seed) {
        MersenneTwisterFast random = new MersenneTwisterFast(seed);
        int deepenings = 0;
        for (int d = 0; d < DRAWS; d++) {
            double fresh = d % 2 == 0 ? tenths(random, 10) : 1 - random.nextDouble();
            double cap = d % 3 == 0 ? tenths(random, 100) : 10 * random.nextDouble();
            double w = d % 2 == 0 ? tenths(random, 100) : cap * random.nextDouble();
            double after = w == 0 ? fresh : Math.min(cap, w + fresh);
            if (after > w) {
                deepenings += w > 0 ? 1 : 0;
                assertThat(after - w).as("w %s, w_new %s, cap %s", w, fresh, cap)
                        .isLessThanOrEqualTo(Renegotiation.largestStep(fresh, cap));
            }
        }
        assertThat(deepenings).isGreaterThan(DRAWS / 10);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void noSecurityGainExceedsItsPartnersBound(long seed) {
        MersenneTwisterFast random = new MersenneTwisterFast(seed);
        for (int d = 0; d < DRAWS; d++) {
            double zeta = d % 5 == 0 ? tenths(random, 10) : random.nextDouble();
            double low = random.nextDouble();
            double high = low + (1 - low) * random.nextDouble();
            double pi = d % 4 == 0 ? high : low + (high - low) * random.nextDouble();
            double eps = 1e-6;
            double trust = d % 7 == 0 ? 1 - eps : eps + (1 - 2 * eps) * random.nextDouble();
            double initial = eps + (1 - 2 * eps) * random.nextDouble();
            double phi = d % 3 == 0 ? 1 : 3 * random.nextDouble();
            double capability = d % 6 == 0 ? 1e-3 * random.nextDouble() : random.nextDouble();
            double fresh = d % 2 == 0 ? tenths(random, 10) : 1 - random.nextDouble();
            double cap = 10 * random.nextDouble();
            double w = d % 2 == 0 ? 0 : cap * random.nextDouble();
            double after = w == 0 ? fresh : Math.min(cap, w + fresh);
            if (!(after > w)) {
                continue;
            }
            double gain = Renegotiation.securityGain(after - w, trust, capability, Renegotiation.reach(zeta, pi),
                    Renegotiation.memory(phi, trust, initial));
            double reachMax = Math.max(Renegotiation.reach(zeta, low), Renegotiation.reach(zeta, high));
            double bound = Renegotiation.securityGain(Renegotiation.largestStep(fresh, cap), 1, capability, reachMax, 1);
            assertThat(gain).as("draw %d", d).isLessThanOrEqualTo(bound);
        }
    }

    @Test
    void theBetrayalMemoryIsNeverAboveOne() {
        MersenneTwisterFast random = new MersenneTwisterFast(7);
        for (int d = 0; d < DRAWS; d++) {
            double trust = random.nextDouble();
            double initial = d % 3 == 0 ? Math.nextUp(trust) : random.nextDouble();
            assertThat(Renegotiation.memory(5 * random.nextDouble(), trust, initial)).isBetween(0.0, 1.0);
        }
    }

    /** k/10 for a whole k below {@code tenths}: the decimal values that round in sums. */
    private static double tenths(MersenneTwisterFast random, int tenths) {
        return random.nextInt(tenths) / 10.0;
    }
}
