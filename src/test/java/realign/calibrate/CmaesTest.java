package realign.calibrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CMA-ES finds the optimum of synthetic objectives inside and on the bounds of the unit cube. */
class CmaesTest {

    private static double[] minimise(java.util.function.ToDoubleFunction<double[]> f, int dims, long seed, int gens) {
        double[] start = new double[dims];
        java.util.Arrays.fill(start, 0.5);
        Cmaes es = new Cmaes(start, 0.3, 0, seed);
        double[] best = null;
        double bestValue = Double.POSITIVE_INFINITY;
        for (int g = 0; g < gens; g++) {
            double[][] x = es.ask();
            double[] v = new double[x.length];
            for (int k = 0; k < x.length; k++) {
                double[] p = Cmaes.repair(x[k]);
                v[k] = f.applyAsDouble(p);
                if (v[k] < bestValue) {
                    bestValue = v[k];
                    best = p;
                }
            }
            es.tell(v);
        }
        return best;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 20250224})
    void findsAnInteriorOptimumOfAnIllConditionedQuadratic(long seed) {
        double[] opt = {0.3, 0.7, 0.55, 0.12};
        double[] x = minimise(p -> {
            double s = 0;
            for (int i = 0; i < p.length; i++) {
                s += Math.pow(10, i) * (p[i] - opt[i]) * (p[i] - opt[i]);
            }
            return s;
        }, 4, seed, 200);
        for (int i = 0; i < 4; i++) {
            assertThat(x[i]).isCloseTo(opt[i], within(1e-3));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void findsAnOptimumOnTheBound(long seed) {
        // the unconstrained minimum (1.4, -0.2) lies outside; the constrained one is the corner (1, 0)
        double[] x = minimise(p -> (p[0] - 1.4) * (p[0] - 1.4) + (p[1] + 0.2) * (p[1] + 0.2), 2, seed, 150);
        assertThat(x[0]).isCloseTo(1.0, within(1e-6));
        assertThat(x[1]).isCloseTo(0.0, within(1e-6));
    }

    @ParameterizedTest
    @ValueSource(longs = {5, 6})
    void sameSeedAndValuesGiveTheSamePoints(long seed) {
        Cmaes a = new Cmaes(new double[] {0.5, 0.5, 0.5}, 0.3, 0, seed);
        Cmaes b = new Cmaes(new double[] {0.5, 0.5, 0.5}, 0.3, 0, seed);
        for (int g = 0; g < 5; g++) {
            double[][] xa = a.ask();
            double[][] xb = b.ask();
            assertThat(xa).isDeepEqualTo(xb);
            double[] v = new double[xa.length];
            for (int k = 0; k < v.length; k++) {
                v[k] = xa[k][0] * xa[k][0] + xa[k][1];
            }
            a.tell(v);
            b.tell(v.clone());
        }
    }
}
