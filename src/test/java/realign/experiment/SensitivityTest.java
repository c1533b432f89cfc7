package realign.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sobol indices and Morris screening against functions with known answers. */
class SensitivityTest {

    private static final double A = 7;
    private static final double B = 0.1;

    /** Ishigami function, x_i uniform on [−π, π]. */
    private static double ishigami(double[] x) {
        return Math.sin(x[0]) + A * Math.sin(x[1]) * Math.sin(x[1]) + B * Math.pow(x[2], 4) * Math.sin(x[0]);
    }

    /** Analytic first-order and total indices of the Ishigami function. */
    private static double[][] ishigamiIndices() {
        double pi4 = Math.pow(Math.PI, 4);
        double pi8 = pi4 * pi4;
        double v1 = 0.5 * Math.pow(1 + B * pi4 / 5, 2);
        double v2 = A * A / 8;
        double v13 = 8 * B * B * pi8 / 225;
        double v = A * A / 8 + B * pi4 / 5 + B * B * pi8 / 18 + 0.5;
        return new double[][] {{v1 / v, v2 / v, 0}, {(v1 + v13) / v, v2 / v, v13 / v}};
    }

    private static SobolIndices.Index[] estimateIshigami(int n, long seed) {
        List<Factor> factors = List.of(Factor.ofRange("x1", -Math.PI, Math.PI, Factor.Dist.UNIFORM),
                Factor.ofRange("x2", -Math.PI, Math.PI, Factor.Dist.UNIFORM),
                Factor.ofRange("x3", -Math.PI, Math.PI, Factor.Dist.UNIFORM));
        List<double[]> points = new Design.Saltelli(n).points(factors, seed);
        double[] y = points.stream().mapToDouble(SensitivityTest::ishigami).toArray();
        return SobolIndices.estimate(y, 3, 500, seed);
    }

    @Test
    void theAnalyticIshigamiIndicesAreTheKnownValues() {
        double[][] s = ishigamiIndices();
        assertThat(s[0][0]).isCloseTo(0.3139, within(1e-4));
        assertThat(s[0][1]).isCloseTo(0.4424, within(1e-4));
        assertThat(s[1][0]).isCloseTo(0.5576, within(1e-4));
        assertThat(s[1][2]).isCloseTo(0.2437, within(1e-4));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 7, 99})
    void sobolIndicesOfTheIshigamiFunctionMatchTheAnalyticValuesWithinTheirIntervals(long seed) {
        double[][] exact = ishigamiIndices();
        SobolIndices.Index[] est = estimateIshigami(4096, seed);
        for (int i = 0; i < 3; i++) {
            SobolIndices.Index e = est[i];
            assertThat(exact[0][i]).as("S%d in [%s, %s]", i + 1, e.firstLow(), e.firstHigh())
                    .isBetween(e.firstLow() - 0.005, e.firstHigh() + 0.005);
            assertThat(exact[1][i]).as("ST%d in [%s, %s]", i + 1, e.totalLow(), e.totalHigh())
                    .isBetween(e.totalLow() - 0.005, e.totalHigh() + 0.005);
            assertThat(e.first()).isCloseTo(exact[0][i], within(0.05));
            assertThat(e.total()).isCloseTo(exact[1][i], within(0.05));
        }
    }

    @Test
    void smallerSamplesGiveWiderIntervals() {
        SobolIndices.Index small = estimateIshigami(128, 3)[0];
        SobolIndices.Index large = estimateIshigami(4096, 3)[0];
        assertThat(small.totalHigh() - small.totalLow()).isGreaterThan(large.totalHigh() - large.totalLow());
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void morrisScreeningOfALinearFunctionRecoversItsCoefficients(long seed) {
        double[] beta = {3, -2, 0.5, 0};
        List<Factor> factors = List.of(Factor.ofRange("a", 0, 1, Factor.Dist.UNIFORM),
                Factor.ofRange("b", 10, 20, Factor.Dist.UNIFORM), Factor.ofRange("c", -1, 1, Factor.Dist.UNIFORM),
                Factor.ofValues("d", List.of(1.0, 2.0, 3.0, 4.0)));
        Design.Morris design = new Design.Morris(20, 4);
        List<double[]> points = design.points(factors, seed);
        double[] y = points.stream().mapToDouble(x -> {
            double s = 0;
            for (int i = 0; i < beta.length; i++) {
                s += beta[i] * x[i];
            }
            return s;
        }).toArray();
        MorrisScreening.Effect[] e = MorrisScreening.estimate(factors, points, y);
        double[] range = {1, 10, 2, 3};
        for (int i = 0; i < beta.length; i++) {
            assertThat(e[i].muStar()).as("μ* of factor %d", i).isCloseTo(Math.abs(beta[i]) * range[i], within(1e-9));
            assertThat(e[i].mu()).as("μ of factor %d", i).isCloseTo(beta[i] * range[i], within(1e-9));
            assertThat(e[i].sigma()).as("σ of factor %d", i).isCloseTo(0, within(1e-9));
            assertThat(e[i].trajectories()).isEqualTo(20);
        }
    }
}
