package realign.experiment;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * First-order and total Sobol indices from a {@link Design.Saltelli} sample (Saltelli et al. 2010,
 * Table 2: first order {@code S_i = mean(f_B·(f_ABi − f_A)) / V}; total (Jansen)
 * {@code ST_i = mean((f_A − f_ABi)²) / (2V)}; V the variance of f_A and f_B together), with bootstrap
 * percentile 95% confidence intervals over the N base rows.
 */
public final class SobolIndices {

    /** Indices of one factor with their 95% bootstrap intervals. */
    public record Index(double first, double firstLow, double firstHigh, double total, double totalLow, double totalHigh) {}

    private SobolIndices() {}

    /**
     * @param y outcomes in {@link Design.Saltelli} order: for each base row j, f(A_j), f(B_j), f(AB_1j) ... f(AB_kj)
     * @param k number of factors
     */
    public static Index[] estimate(double[] y, int k, int bootstrap, long seed) {
        int n = y.length / (k + 2);
        if (n * (k + 2) != y.length || n < 2) {
            throw new IllegalArgumentException("expected N·(k+2) outcomes with N ≥ 2, got " + y.length + " for k = " + k);
        }
        int[] all = new int[n];
        for (int j = 0; j < n; j++) {
            all[j] = j;
        }
        double[][] point = indices(y, k, all);
        double[][][] boot = new double[k][2][bootstrap];
        RandomGenerator rng = new MersenneTwister(seed);
        int[] rows = new int[n];
        for (int b = 0; b < bootstrap; b++) {
            for (int j = 0; j < n; j++) {
                rows[j] = rng.nextInt(n);
            }
            double[][] est = indices(y, k, rows);
            for (int i = 0; i < k; i++) {
                boot[i][0][b] = est[i][0];
                boot[i][1][b] = est[i][1];
            }
        }
        Percentile pct = new Percentile();
        Index[] out = new Index[k];
        for (int i = 0; i < k; i++) {
            double[] f = boot[i][0];
            double[] t = boot[i][1];
            out[i] = new Index(point[i][0], pct.evaluate(f, 2.5), pct.evaluate(f, 97.5),
                    point[i][1], pct.evaluate(t, 2.5), pct.evaluate(t, 97.5));
        }
        return out;
    }

    /** {S_i, ST_i} for each factor, over the given base rows (with repetition for the bootstrap). */
    private static double[][] indices(double[] y, int k, int[] rows) {
        int n = rows.length;
        int stride = k + 2;
        double mean = 0;
        for (int j : rows) {
            mean += y[j * stride] + y[j * stride + 1];
        }
        mean /= 2.0 * n;
        double var = 0;
        for (int j : rows) {
            double a = y[j * stride] - mean;
            double b = y[j * stride + 1] - mean;
            var += a * a + b * b;
        }
        var /= 2.0 * n - 1;
        double[][] out = new double[k][2];
        for (int i = 0; i < k; i++) {
            double first = 0;
            double total = 0;
            for (int j : rows) {
                double fa = y[j * stride];
                double fb = y[j * stride + 1];
                double fab = y[j * stride + 2 + i];
                first += fb * (fab - fa);
                total += (fa - fab) * (fa - fab);
            }
            out[i][0] = var == 0 ? 0 : first / n / var;
            out[i][1] = var == 0 ? 0 : total / (2.0 * n) / var;
        }
        return out;
    }
}
