package realign.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.stream.LongStream;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Bootstrap percentile intervals of a mean: inside the values' range, reproducible, close to t for normal data. */
class BootstrapTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 12);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aSkewedCountNeverGetsANegativeBound(long seed) {
        // mostly zeros, now and then a few: a count such as U.S. ties lost
        MersenneTwister rng = new MersenneTwister(seed);
        double[] v = new double[5 + rng.nextInt(25)];
        for (int i = 0; i < v.length; i++) {
            v[i] = rng.nextDouble() < 0.85 ? 0 : 1 + rng.nextInt(3);
        }
        v[0] = 2; // at least one non-zero value
        double[] ci = Bootstrap.meanInterval(v, seed);
        double mean = Arrays.stream(v).average().orElseThrow();

        assertThat(ci[0]).isGreaterThanOrEqualTo(0).isLessThanOrEqualTo(mean);
        assertThat(ci[1]).isGreaterThanOrEqualTo(mean).isLessThanOrEqualTo(Arrays.stream(v).max().orElseThrow());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aShareStaysWithinZeroAndOne(long seed) {
        MersenneTwister rng = new MersenneTwister(seed);
        double[] v = new double[10];
        for (int i = 0; i < v.length; i++) {
            v[i] = rng.nextDouble() < 0.9 ? 1 : 0;
        }
        v[0] = 0;
        double[] ci = Bootstrap.meanInterval(v, seed);
        assertThat(ci[0]).isBetween(0.0, 1.0);
        assertThat(ci[1]).isBetween(0.0, 1.0);
    }

    @Test
    void theSameValuesAndSeedGiveTheSameIntervalAndAnotherSeedAnother() {
        double[] v = {3, 1, 4, 1, 5, 9, 2, 6};
        assertThat(Bootstrap.meanInterval(v, 42)).containsExactly(Bootstrap.meanInterval(v.clone(), 42));
        assertThat(Bootstrap.meanInterval(v, 42)).isNotEqualTo(Bootstrap.meanInterval(v, 43));
    }

    @Test
    void forManyNormalValuesItAgreesWithTheStudentTInterval() {
        MersenneTwister rng = new MersenneTwister(5);
        double[] v = new double[400];
        for (int i = 0; i < v.length; i++) {
            v[i] = 10 + 2 * rng.nextGaussian();
        }
        double mean = Arrays.stream(v).average().orElseThrow();
        double sd = Math.sqrt(Arrays.stream(v).map(x -> (x - mean) * (x - mean)).sum() / (v.length - 1));
        double half = new TDistribution(v.length - 1).inverseCumulativeProbability(0.975) * sd / Math.sqrt(v.length);
        double[] ci = Bootstrap.meanInterval(v, 9);

        assertThat(ci[0]).isCloseTo(mean - half, within(0.1 * half));
        assertThat(ci[1]).isCloseTo(mean + half, within(0.1 * half));
    }

    @Test
    void oneValueHasNoIntervalAndEqualValuesADegenerateOne() {
        assertThat(Bootstrap.meanInterval(new double[] {3}, 1)).containsExactly(Double.NaN, Double.NaN);
        assertThat(Bootstrap.meanInterval(new double[] {2, 2, 2}, 1)).containsExactly(2, 2);
    }
}
