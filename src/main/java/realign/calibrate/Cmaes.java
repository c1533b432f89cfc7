package realign.calibrate;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.random.MersenneTwister;

/**
 * CMA-ES (Hansen's covariance matrix adaptation evolution strategy, equations of Hansen 2016, "The CMA Evolution
 * Strategy: A Tutorial", arXiv:1604.00772), driven ask/tell: {@link #ask()} draws a generation from the seeded
 * generator, the caller evaluates it however it likes (in parallel), and {@link #tell(double[])} feeds the values
 * back in the order asked. The search runs in the unit cube [0,1]^d; a point outside is evaluated at its nearest
 * point inside plus a quadratic penalty (the boundary handling of Commons Math's CMAESOptimizer, whose own loop
 * cannot be driven ask/tell). Minimises. The state after any number of generations is a function of the seed and
 * the values told, so a calibration can be replayed from its trace.
 */
public final class Cmaes {

    /** Weight of the squared distance outside the cube added to a value. */
    public static final double PENALTY = 1e3;

    private final int n;
    private final int lambda;
    private final int mu;
    private final double[] weights;
    private final double mueff;
    private final double cc;
    private final double cs;
    private final double c1;
    private final double cmu;
    private final double damps;
    private final double chiN;
    private final MersenneTwister random;

    private double[] mean;
    private double sigma;
    private double[][] c;
    private double[][] b;
    private double[] d;
    private final double[] pc;
    private final double[] ps;
    private int generation;
    private double[][] asked;

    /**
     * @param start the first mean, in [0,1]^d
     * @param sigma the first step size (in unit-cube units; 0.3 covers the cube)
     * @param lambda population size (0: the default 4 + ⌊3 ln d⌋)
     */
    public Cmaes(double[] start, double sigma, int lambda, long seed) {
        this.n = start.length;
        this.lambda = lambda > 0 ? lambda : 4 + (int) Math.floor(3 * Math.log(n));
        this.mu = this.lambda / 2;
        this.weights = new double[mu];
        double sum = 0;
        for (int i = 0; i < mu; i++) {
            weights[i] = Math.log(mu + 0.5) - Math.log(i + 1);
            sum += weights[i];
        }
        double sq = 0;
        for (int i = 0; i < mu; i++) {
            weights[i] /= sum;
            sq += weights[i] * weights[i];
        }
        this.mueff = 1 / sq;
        this.cc = (4 + mueff / n) / (n + 4 + 2 * mueff / n);
        this.cs = (mueff + 2) / (n + mueff + 5);
        this.c1 = 2 / ((n + 1.3) * (n + 1.3) + mueff);
        this.cmu = Math.min(1 - c1, 2 * (mueff - 2 + 1 / mueff) / ((n + 2) * (n + 2) + mueff));
        this.damps = 1 + 2 * Math.max(0, Math.sqrt((mueff - 1) / (n + 1)) - 1) + cs;
        this.chiN = Math.sqrt(n) * (1 - 1.0 / (4 * n) + 1.0 / (21.0 * n * n));
        this.random = new MersenneTwister(seed);
        this.mean = start.clone();
        this.sigma = sigma;
        this.c = identity(n);
        this.b = identity(n);
        this.d = new double[n];
        Arrays.fill(d, 1);
        this.pc = new double[n];
        this.ps = new double[n];
    }

    public int lambda() {
        return lambda;
    }

    public int generation() {
        return generation;
    }

    public double sigma() {
        return sigma;
    }

    public double[] mean() {
        return mean.clone();
    }

    /** The next generation's points (λ rows), drawn in order from the seeded generator. */
    public double[][] ask() {
        asked = new double[lambda][n];
        for (int k = 0; k < lambda; k++) {
            double[] z = new double[n];
            for (int i = 0; i < n; i++) {
                z[i] = random.nextGaussian();
            }
            for (int i = 0; i < n; i++) {
                double y = 0;
                for (int j = 0; j < n; j++) {
                    y += b[i][j] * d[j] * z[j];
                }
                asked[k][i] = mean[i] + sigma * y;
            }
        }
        return copy(asked);
    }

    /** The point evaluated for an asked point: the nearest point of the unit cube. */
    public static double[] repair(double[] x) {
        double[] r = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            r[i] = Math.min(1, Math.max(0, x[i]));
        }
        return r;
    }

    /** The penalty of an asked point: PENALTY × its squared distance from the cube. */
    public static double penalty(double[] x) {
        double[] r = repair(x);
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += (x[i] - r[i]) * (x[i] - r[i]);
        }
        return PENALTY * s;
    }

    /** Feeds back the values of the last asked generation (at the repaired points), in the order asked. */
    public void tell(double[] values) {
        if (asked == null || values.length != lambda) {
            throw new IllegalStateException("tell: expected the " + lambda + " values of the last ask");
        }
        double[] f = new double[lambda];
        for (int k = 0; k < lambda; k++) {
            double v = Double.isNaN(values[k]) ? Double.POSITIVE_INFINITY : values[k];
            f[k] = v + penalty(asked[k]);
        }
        Integer[] order = IntStream.range(0, lambda).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.<Integer>comparingDouble(k -> f[k]).thenComparingInt(k -> k));
        double[] old = mean.clone();
        double[] next = new double[n];
        for (int i = 0; i < mu; i++) {
            for (int j = 0; j < n; j++) {
                next[j] += weights[i] * asked[order[i]][j];
            }
        }
        mean = next;
        double[] yw = new double[n];
        for (int j = 0; j < n; j++) {
            yw[j] = (mean[j] - old[j]) / sigma;
        }
        // C^(-1/2) yw = B D^-1 B^T yw
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += b[j][i] * yw[j];
            }
            t[i] = s / d[i];
        }
        double norm = 0;
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += b[i][j] * t[j];
            }
            ps[i] = (1 - cs) * ps[i] + Math.sqrt(cs * (2 - cs) * mueff) * s;
            norm += ps[i] * ps[i];
        }
        norm = Math.sqrt(norm);
        boolean hsig = norm / Math.sqrt(1 - Math.pow(1 - cs, 2.0 * (generation + 1))) / chiN < 1.4 + 2.0 / (n + 1);
        for (int i = 0; i < n; i++) {
            pc[i] = (1 - cc) * pc[i] + (hsig ? Math.sqrt(cc * (2 - cc) * mueff) * yw[i] : 0);
        }
        double[][] nc = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double rankMu = 0;
                for (int k = 0; k < mu; k++) {
                    double[] x = asked[order[k]];
                    rankMu += weights[k] * (x[i] - old[i]) / sigma * (x[j] - old[j]) / sigma;
                }
                nc[i][j] = (1 - c1 - cmu) * c[i][j]
                        + c1 * (pc[i] * pc[j] + (hsig ? 0 : cc * (2 - cc) * c[i][j]))
                        + cmu * rankMu;
            }
        }
        c = nc;
        sigma *= Math.exp((cs / damps) * (norm / chiN - 1));
        decompose();
        generation++;
        asked = null;
    }

    private void decompose() {
        // symmetric by construction; enforce exactly against rounding
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double v = (c[i][j] + c[j][i]) / 2;
                c[i][j] = v;
                c[j][i] = v;
            }
        }
        RealMatrix m = new Array2DRowRealMatrix(c, false);
        EigenDecomposition e = new EigenDecomposition(m);
        RealMatrix v = e.getV();
        double[] ev = e.getRealEigenvalues();
        for (int i = 0; i < n; i++) {
            d[i] = Math.sqrt(Math.max(ev[i], 1e-20));
            for (int j = 0; j < n; j++) {
                b[j][i] = v.getEntry(j, i);
            }
        }
    }

    private static double[][] identity(int n) {
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            m[i][i] = 1;
        }
        return m;
    }

    private static double[][] copy(double[][] a) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
        }
        return out;
    }
}
