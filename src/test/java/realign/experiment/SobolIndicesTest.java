package realign.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Known answers: the Ishigami function f(x) = sin x1 + a sin² x2 + b x3⁴ sin x1 with x_i uniform on [−π, π]
 * (Ishigami and Homma 1990; Saltelli et al. 2010 use a = 7, b = 0.1), whose Sobol indices are known in closed form.
 */
class SobolIndicesTest {

    private static final double A = 7;
    private static final double B = 0.1;
    private static final double PI4 = Math.pow(Math.PI, 4);
    private static final double PI8 = Math.pow(Math.PI, 8);
    private static final double V1 = 0.5 * Math.pow(1 + B * PI4 / 5, 2);
    private static final double V2 = A * A / 8;
    private static final double V13 = B * B * PI8 * (1.0 / 18 - 1.0 / 50);
    private static final double V = V1 + V2 + V13;
    /** S1, S2, S3 and ST1, ST2, ST3. */
    private static final double[] FIRST = {V1 / V, V2 / V, 0};
    private static final double[] TOTAL = {(V1 + V13) / V, V2 / V, V13 / V};

    private static final List<Factor> X = List.of(
            Factor.ofRange("x1", -Math.PI, Math.PI, Factor.Dist.UNIFORM),
            Factor.ofRange("x2", -Math.PI, Math.PI, Factor.Dist.UNIFORM),
            Factor.ofRange("x3", -Math.PI, Math.PI, Factor.Dist.UNIFORM));

    static double ishigami(double[] x) {
        double s1 = Math.sin(x[0]);
        double s2 = Math.sin(x[1]);
        return s1 + A * s2 * s2 + B * Math.pow(x[2], 4) * s1;
    }

    static SobolIndices.Index[] estimate(int n, long seed) {
        List<double[]> points = new Design.Saltelli(n).points(X, seed);
        double[] y = points.stream().mapToDouble(SobolIndicesTest::ishigami).toArray();
        return SobolIndices.estimate(y, X.size(), 1000, seed);
    }

    @Test
    void analyticIshigamiIndicesAreTheOnesInTheLiterature() {
        assertThat(FIRST).containsExactly(new double[] {0.3139, 0.4424, 0}, within(1e-4));
        assertThat(TOTAL).containsExactly(new double[] {0.5576, 0.4424, 0.2437}, within(1e-4));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 20250224})
    void ishigamiIndicesFromASaltelliSampleOf4096MatchTheAnalyticValuesWithinTheirConfidenceIntervals(long seed) {
        SobolIndices.Index[] idx = estimate(4096, seed);

        assertThat(idx).hasSize(3);
        for (int i = 0; i < 3; i++) {
            SobolIndices.Index x = idx[i];
            assertThat(x.first()).as("S%d", i + 1).isCloseTo(FIRST[i], within(0.05));
            assertThat(x.total()).as("ST%d", i + 1).isCloseTo(TOTAL[i], within(0.05));
            assertThat(FIRST[i]).as("S%d in its CI [%s, %s]", i + 1, x.firstLow(), x.firstHigh())
                    .isBetween(x.firstLow(), x.firstHigh());
            assertThat(TOTAL[i]).as("ST%d in its CI [%s, %s]", i + 1, x.totalLow(), x.totalHigh())
                    .isBetween(x.totalLow(), x.totalHigh());
            assertThat(x.firstHigh() - x.firstLow()).as("S%d CI width", i + 1).isPositive().isLessThan(0.2);
            assertThat(x.totalHigh() - x.totalLow()).as("ST%d CI width", i + 1).isPositive().isLessThan(0.2);
        }
    }

    @Test
    void confidenceIntervalsNarrowAsTheBaseSampleGrows() {
        SobolIndices.Index[] small = estimate(256, 3);
        SobolIndices.Index[] large = estimate(4096, 3);

        for (int i = 0; i < 3; i++) {
            assertThat(large[i].totalHigh() - large[i].totalLow())
                    .isLessThan(small[i].totalHigh() - small[i].totalLow());
        }
    }

    @Test
    void theSameOutcomesAndSeedGiveTheSameIntervals() {
        SobolIndices.Index[] a = estimate(128, 5);
        SobolIndices.Index[] b = estimate(128, 5);

        assertThat(a).containsExactly(b);
    }

    @Test
    void outcomesThatAreNotNTimesKPlusTwoAreRejected() {
        assertThatThrownBy(() -> SobolIndices.estimate(new double[11], 3, 100, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("N·(k+2)");
    }
}
