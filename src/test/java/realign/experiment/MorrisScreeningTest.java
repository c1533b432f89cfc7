package realign.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Known answers: elementary effects of functions whose effects are known exactly. */
class MorrisScreeningTest {

    private static final List<Factor> FACTORS = List.of(
            Factor.ofRange("x1", 0, 2, Factor.Dist.UNIFORM),
            Factor.ofRange("x2", -1, 1, Factor.Dist.UNIFORM),
            Factor.ofRange("x3", 10, 20, Factor.Dist.UNIFORM),
            Factor.ofRange("x4", 0.005, 0.1, Factor.Dist.UNIFORM));
    private static final double[] BETA = {3, -0.5, 0, 40};

    static Stream<Arguments> settings() {
        return Stream.of(1L, 17L, 20250224L).flatMap(seed -> Stream.of(4, 6, 10).map(p -> Arguments.of(seed, p)));
    }

    @ParameterizedTest(name = "seed {0}, {1} levels")
    @MethodSource("settings")
    void linearFunctionHasMuStarBetaTimesRangeAndNoSpread(long seed, int levels) {
        int r = 10;
        List<double[]> points = new Design.Morris(r, levels).points(FACTORS, seed);
        double[] y = points.stream().mapToDouble(x -> {
            double s = 0;
            for (int i = 0; i < x.length; i++) {
                s += BETA[i] * x[i];
            }
            return s;
        }).toArray();

        MorrisScreening.Effect[] e = MorrisScreening.estimate(FACTORS, points, y);

        assertThat(e).hasSize(FACTORS.size());
        for (int i = 0; i < e.length; i++) {
            double range = FACTORS.get(i).max() - FACTORS.get(i).min();
            assertThat(e[i].muStar()).as("mu* of x%d", i + 1).isCloseTo(Math.abs(BETA[i]) * range, within(1e-9));
            assertThat(e[i].mu()).as("mu of x%d", i + 1).isCloseTo(BETA[i] * range, within(1e-9));
            assertThat(e[i].sigma()).as("sigma of x%d", i + 1).isCloseTo(0, within(1e-9));
            assertThat(e[i].trajectories()).isEqualTo(r);
        }
    }

    @ParameterizedTest(name = "seed {0}, {1} levels")
    @MethodSource("settings")
    void interactionShowsAsSpreadAndAnUninvolvedFactorAsNoEffect(long seed, int levels) {
        List<double[]> points = new Design.Morris(20, levels).points(FACTORS, seed);
        double[] y = points.stream().mapToDouble(x -> x[0] * x[1]).toArray();

        MorrisScreening.Effect[] e = MorrisScreening.estimate(FACTORS, points, y);

        assertThat(e[0].sigma()).isPositive();
        assertThat(e[1].sigma()).isPositive();
        assertThat(e[2].muStar()).isZero();
        assertThat(e[3].muStar()).isZero();
    }
}
