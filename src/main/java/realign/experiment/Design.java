package realign.experiment;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.apache.commons.math3.util.MathArrays;

/**
 * Experimental designs over k factors (docs/experiments.md). Each produces its points as factor values,
 * in a fixed order that depends only on the design's settings and the sweep's master seed.
 */
public sealed interface Design permits Design.Grid, Design.RandomSample, Design.LatinHypercube, Design.Saltelli,
        Design.Morris {

    /** The design's points, one row of factor values per point, in factor order. */
    List<double[]> points(List<Factor> factors, long seed);

    /** The name used in sweep files and the manifest. */
    String kind();

    /** Full factorial: every combination of the factors' values (lists) or {@code levels} levels (ranges). */
    record Grid(int levels) implements Design {
        @Override
        public List<double[]> points(List<Factor> factors, long seed) {
            int k = factors.size();
            int[] size = new int[k];
            long total = 1;
            for (int f = 0; f < k; f++) {
                size[f] = factors.get(f).isList() ? factors.get(f).values().size() : levels;
                total *= size[f];
            }
            List<double[]> out = new ArrayList<>();
            int[] idx = new int[k];
            for (long p = 0; p < total; p++) {
                double[] row = new double[k];
                for (int f = 0; f < k; f++) {
                    row[f] = factors.get(f).level(idx[f], size[f]);
                }
                out.add(row);
                for (int f = k - 1; f >= 0; f--) { // the last factor varies fastest
                    if (++idx[f] < size[f]) {
                        break;
                    }
                    idx[f] = 0;
                }
            }
            return out;
        }

        @Override
        public String kind() {
            return "grid";
        }
    }

    /** n points drawn independently and uniformly in the unit hypercube, mapped through each factor. */
    record RandomSample(int n) implements Design {
        @Override
        public List<double[]> points(List<Factor> factors, long seed) {
            RandomGenerator rng = new MersenneTwister(seed);
            List<double[]> out = new ArrayList<>();
            for (int p = 0; p < n; p++) {
                double[] u = new double[factors.size()];
                for (int f = 0; f < u.length; f++) {
                    u[f] = rng.nextDouble();
                }
                out.add(map(factors, u));
            }
            return out;
        }

        @Override
        public String kind() {
            return "random";
        }
    }

    /** Latin hypercube: n points, each factor's range cut into n strata with exactly one point in each. */
    record LatinHypercube(int n) implements Design {
        @Override
        public List<double[]> points(List<Factor> factors, long seed) {
            RandomGenerator rng = new MersenneTwister(seed);
            int k = factors.size();
            double[][] u = new double[n][k];
            for (int f = 0; f < k; f++) {
                int[] perm = MathArrays.natural(n);
                MathArrays.shuffle(perm, rng);
                for (int i = 0; i < n; i++) {
                    u[i][f] = (perm[i] + rng.nextDouble()) / n;
                }
            }
            List<double[]> out = new ArrayList<>();
            for (double[] row : u) {
                out.add(map(factors, row));
            }
            return out;
        }

        @Override
        public String kind() {
            return "lhs";
        }
    }

    /**
     * Saltelli sampling for Sobol indices with base sample size N: matrices A and B from a 2k-dimensional
     * Sobol sequence, and for each factor i the matrix AB_i (A with column i from B). Points are grouped by
     * base row j: A_j, B_j, AB_1j, ..., AB_kj — N·(k+2) points in all.
     */
    record Saltelli(int n) implements Design {
        @Override
        public List<double[]> points(List<Factor> factors, long seed) {
            int k = factors.size();
            SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * k);
            sobol.skipTo(1 + (int) Math.floorMod(seed, 1024L)); // skip the all-zero point; the seed shifts the start
            List<double[]> out = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                double[] ab = sobol.nextVector();
                double[] a = new double[k];
                double[] b = new double[k];
                for (int f = 0; f < k; f++) {
                    a[f] = ab[f];
                    b[f] = ab[k + f];
                }
                out.add(map(factors, a));
                out.add(map(factors, b));
                for (int i = 0; i < k; i++) {
                    double[] mixed = a.clone();
                    mixed[i] = b[i];
                    out.add(map(factors, mixed));
                }
            }
            return out;
        }

        @Override
        public String kind() {
            return "sobol";
        }
    }

    /**
     * Morris (1991) elementary-effects screening: r trajectories of k+1 points on a p-level grid, each moving
     * one factor at a time by Δ = p / (2(p − 1)) in a random order and direction.
     */
    record Morris(int r, int levels) implements Design {
        public double delta() {
            return levels / (2.0 * (levels - 1));
        }

        @Override
        public List<double[]> points(List<Factor> factors, long seed) {
            RandomGenerator rng = new MersenneTwister(seed);
            int k = factors.size();
            double delta = delta();
            int baseLevels = levels / 2; // x* in {0, 1/(p-1), ..., 1 - Δ} so that x* + Δ ≤ 1
            List<double[]> out = new ArrayList<>();
            for (int t = 0; t < r; t++) {
                double[] x = new double[k];
                for (int f = 0; f < k; f++) {
                    x[f] = rng.nextInt(baseLevels) / (double) (levels - 1);
                    if (rng.nextBoolean()) {
                        x[f] += delta; // start high, move down
                    }
                }
                int[] order = MathArrays.natural(k);
                MathArrays.shuffle(order, rng);
                out.add(map(factors, x));
                for (int s = 0; s < k; s++) {
                    int f = order[s];
                    x[f] = x[f] < delta - 1e-12 ? x[f] + delta : x[f] - delta;
                    out.add(map(factors, x));
                }
            }
            return out;
        }

        @Override
        public String kind() {
            return "morris";
        }
    }

    private static double[] map(List<Factor> factors, double[] u) {
        double[] row = new double[u.length];
        for (int f = 0; f < u.length; f++) {
            row[f] = factors.get(f).value(u[f]);
        }
        return row;
    }
}
