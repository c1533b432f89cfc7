package realign.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** validation-summary.csv's interval over replicates stays within the score's range (hits ≥ 0, shares in [0, 1]). */
class SweepSummaryIntervalTest {

    static Stream<Arguments> scores() {
        return Stream.of(
                // hits@k: three replicates hit nothing, one hits 3 (a t interval's low end is −1.64)
                Arguments.of(new double[] {0, 0, 0, 3}, 0.0, Double.POSITIVE_INFINITY, 11L),
                // precision: mostly perfect (a t interval's high end is 1.33)
                Arguments.of(new double[] {1, 1, 1, 0.4}, 0.0, 1.0, 12L),
                // same-sign share near 0 with five replicates
                Arguments.of(new double[] {0, 0.05, 0, 0, 0.3}, 0.0, 1.0, 13L),
                // average precision spread over the range
                Arguments.of(new double[] {0.02, 0.9, 0.97, 0.01, 0.99, 0.5}, 0.0, 1.0, 14L));
    }

    @ParameterizedTest
    @MethodSource("scores")
    void theIntervalNeverLeavesTheScoresRange(double[] v, double low, double high, long seed) {
        double[] ms = SweepValidation.meanInterval(v, seed);
        double mean = java.util.Arrays.stream(v).average().orElseThrow();
        assertThat(ms[0]).isEqualTo(mean);
        assertThat(ms[2]).isGreaterThanOrEqualTo(low).isLessThanOrEqualTo(mean);
        assertThat(ms[3]).isLessThanOrEqualTo(high).isGreaterThanOrEqualTo(mean);
        assertThat(ms[3]).isGreaterThan(ms[2]);
    }

    @ParameterizedTest
    @MethodSource("scores")
    void theIntervalIsAPureFunctionOfTheValuesAndTheSeed(double[] v, double low, double high, long seed) {
        assertThat(SweepValidation.meanInterval(v.clone(), seed)).containsExactly(SweepValidation.meanInterval(v, seed));
    }
}
