package realign.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link DenseLu} gives, bit for bit, what Commons Math 3.6.1's {@code LUDecomposition} and its solver give (the
 * oracle): the same pivots, the same solution, the same singular/non-singular decision.
 */
class DenseLuTest {

    /** An n×n matrix and n × columns right-hand sides, row-major; {@code singular}: what the oracle must decide. */
    record Case(String name, int n, double[] a, int columns, double[] b, boolean singular) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> solvable() {
        List<Case> cases = new ArrayList<>();
        for (int n : new int[] {1, 2, 3, 10, 50, 193}) {
            cases.add(dense("uniform", n, 1_000 + n, n));
            cases.add(dense("uniform, one right-hand side", n, 2_000 + n, 1));
            cases.add(diagonallyDominantPermuted(n, 3_000 + n));
        }
        cases.add(dense("uniform, 7 right-hand sides", 40, 4_001, 7));
        for (int n : new int[] {2, 5, 30, 193}) {
            cases.add(integers(n, 5_000 + n));
        }
        cases.add(given("pivot tie in column 0, equal signs", 2, new double[] {2, 1, 2, 3}));
        cases.add(given("pivot tie in column 0, opposite signs", 2, new double[] {-2, 1, 2, 3}));
        cases.add(given("pivot tie after elimination", 3, new double[] {1, 1, 0, 1, 2, 1, 1, 0, 3}));
        cases.add(given("zero leading entry", 3, new double[] {0, 2, 1, 3, 1, 0, 1, 1, 1}));
        for (int n : new int[] {1, 2, 20, 193}) {
            cases.add(fixedPointSystem(n, 6_000 + n, 0.2, 0.3, true));
        }
        cases.add(fixedPointSystem(193, 6_500, 1e-4, 0.9, false));
        cases.add(hilbert(8));
        cases.add(graded(60, 7_060));
        cases.add(nearlyDependentRows(50, 8_050));
        return cases;
    }

    static List<Case> nearSingular() {
        List<Case> cases = new ArrayList<>();
        cases.add(given("zero", 3, new double[9], true));
        cases.add(given("two equal rows", 3, new double[] {1, 2, 3, 4, 5, 6, 1, 2, 3}, true));
        cases.add(given("pivot at the threshold", 2, new double[] {1, 0, 0, 1e-11}, false));
        cases.add(given("pivot just below the threshold", 2, new double[] {1, 0, 0, Math.nextDown(1e-11)}, true));
        cases.add(given("negative pivot at the threshold", 2, new double[] {-1e-11, 0, 0, 1}, false));
        cases.add(given("pivot below the threshold after elimination", 2, new double[] {1, 1, 1, 1 + 1e-12}, true));
        cases.add(given("NaN entry", 3, new double[] {1, 2, 3, Double.NaN, 5, 6, 7, 8, 10}, false));
        // ρ = 0 and ties in every row: (μI − μP)·1 = 0 for the row-stochastic P
        Case noMemory = fixedPointSystem(193, 9_193, 0, 0.3, false);
        cases.add(new Case("fixed-point system without reversion", noMemory.n, noMemory.a, noMemory.columns,
                noMemory.b, true));
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("solvable")
    void solvesBitForBitAsCommonsMath(Case c) {
        assertAgreesWithCommonsMath(c);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nearSingular")
    void decidesSingularityAsCommonsMath(Case c) {
        assertAgreesWithCommonsMath(c);
    }

    private static void assertAgreesWithCommonsMath(Case c) {
        LUDecomposition oracle = new LUDecomposition(matrix(c.a, c.n, c.n));
        DecompositionSolver solver = oracle.getSolver();
        assertThat(!solver.isNonSingular()).as("oracle's decision").isEqualTo(c.singular);
        double[][] a = columns(c.a, c.n);
        if (c.singular) {
            assertThatThrownBy(() -> DenseLu.decompose(a)).isInstanceOf(ArithmeticException.class)
                    .hasMessageContaining("singular");
            return;
        }
        DenseLu lu = DenseLu.decompose(a);
        int[] pivot = oracle.getPivot();
        for (int r = 0; r < c.n; r++) {
            assertThat(lu.pivot(r)).as("pivot %d", r).isEqualTo(pivot[r]);
        }
        RealMatrix expected = solver.solve(matrix(c.b, c.n, c.columns));
        double[][] x = lu.solve(c.b, c.columns);
        for (int i = 0; i < c.n; i++) {
            for (int j = 0; j < c.columns; j++) {
                double e = expected.getEntry(i, j);
                double got = x[i][j];
                assertThat(Double.doubleToRawLongBits(got)).as("x[%d][%d] = %s, Commons Math %s", i, j, got, e)
                        .isEqualTo(Double.doubleToRawLongBits(e));
            }
        }
    }

    private static RealMatrix matrix(double[] flat, int rows, int columns) {
        double[][] d = new double[rows][columns];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(flat, i * columns, d[i], 0, columns);
        }
        return new Array2DRowRealMatrix(d, false);
    }

    /** The columns of the n×n row-major matrix {@code flat}. */
    private static double[][] columns(double[] flat, int n) {
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                c[j][i] = flat[i * n + j];
            }
        }
        return c;
    }

    private static double[] uniform(SplittableRandom random, int size) {
        double[] v = new double[size];
        for (int i = 0; i < size; i++) {
            v[i] = random.nextDouble(-1, 1);
        }
        return v;
    }

    private static Case given(String name, int n, double[] a) {
        return given(name, n, a, false);
    }

    private static Case given(String name, int n, double[] a, boolean singular) {
        return new Case(name, n, a, 2, uniform(new SplittableRandom(n), 2 * n), singular);
    }

    private static Case dense(String name, int n, long seed, int columns) {
        SplittableRandom random = new SplittableRandom(seed);
        return new Case(name + ", n = " + n, n, uniform(random, n * n), columns, uniform(random, n * columns), false);
    }

    /** Strictly diagonally dominant rows in shuffled order: every column needs a row exchange to find its pivot. */
    private static Case diagonallyDominantPermuted(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] a = uniform(random, n * n);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int k = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[k];
            order[k] = t;
        }
        double[] shuffled = new double[n * n];
        for (int i = 0; i < n; i++) {
            a[i * n + i] = (random.nextBoolean() ? 1 : -1) * (n + random.nextDouble());
            System.arraycopy(a, i * n, shuffled, order[i] * n, n);
        }
        return new Case("diagonally dominant rows shuffled, n = " + n, n, shuffled, n, uniform(random, n * n), false);
    }

    /** Small integers: many candidate pivots of equal magnitude, which the first row of them must win. */
    private static Case integers(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] a = new double[n * n];
        for (int i = 0; i < n * n; i++) {
            a[i] = random.nextInt(-2, 3);
        }
        double[] b = new double[n * n];
        for (int i = 0; i < n * n; i++) {
            b[i] = random.nextInt(-3, 4);
        }
        return new Case("integers in [-2, 2], n = " + n, n, a, n, b, false);
    }

    /**
     * The system of T(0) (docs/model.md §1) for a random sparse closeness H; with {@code someUntied} about a third of
     * the rows have no ties.
     */
    private static Case fixedPointSystem(int n, long seed, double rho, double mu, boolean someUntied) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            double[] h = new double[n];
            double rowSum = 0;
            if (!someUntied || random.nextInt(3) > 0) {
                for (int k = 0; k < n; k++) {
                    if (k != i && (random.nextInt(10) == 0 || k == (i + 1) % n)) {
                        h[k] = random.nextDouble();
                        rowSum += h[k];
                    }
                }
            }
            if (rowSum == 0) {
                a[i * n + i] = 1;
                continue;
            }
            a[i * n + i] = rho + mu;
            for (int k = 0; k < n; k++) {
                if (h[k] > 0) {
                    a[i * n + k] -= mu * h[k] / rowSum;
                }
            }
        }
        double[] b = new double[n * n];
        for (int i = 0; i < n * n; i++) {
            b[i] = random.nextDouble();
        }
        return new Case("fixed-point system, n = " + n + ", ρ = " + rho + ", μ = " + mu, n, a, n, b, false);
    }

    /** Ill-conditioned: condition number about 1e10. */
    private static Case hilbert(int n) {
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i * n + j] = 1.0 / (i + j + 1);
            }
        }
        return new Case("Hilbert, n = " + n, n, a, n, uniform(new SplittableRandom(n), n * n), false);
    }

    /** Ill-conditioned: entries scaled down by up to eight orders of magnitude across rows and columns. */
    private static Case graded(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] a = uniform(random, n * n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i * n + j] *= Math.pow(10, -4.0 * (i + j) / n);
            }
        }
        return new Case("graded, n = " + n, n, a, 3, uniform(random, 3 * n), false);
    }

    /** Ill-conditioned: the last row is the sum of the first two plus a perturbation of 1e-8. */
    private static Case nearlyDependentRows(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] a = uniform(random, n * n);
        for (int j = 0; j < n; j++) {
            a[(n - 1) * n + j] = a[j] + a[n + j] + 1e-8 * random.nextDouble(-1, 1);
        }
        return new Case("nearly dependent rows, n = " + n, n, a, n, uniform(random, n * n), false);
    }
}
