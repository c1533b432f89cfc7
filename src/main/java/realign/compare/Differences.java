package realign.compare;

import java.util.Arrays;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * The difference of the mean of an outcome between an input and the reference (the first input), with two
 * 95% intervals: Welch's t interval (unequal variances, Welch–Satterthwaite degrees of freedom) and a bootstrap
 * percentile interval (each side resampled with replacement, seeded). A side with one value (a run) is taken as
 * fixed: the interval then covers the replicate spread of the other side only; with one value on both sides
 * there is no interval (NaN).
 */
public final class Differences {

    /** Mean, standard deviation and count of one side. */
    public record Stats(int n, double mean, double sd) {
        static Stats of(double[] x) {
            int n = x.length;
            double mean = n == 0 ? Double.NaN : Arrays.stream(x).sum() / n;
            double ss = 0;
            for (double v : x) {
                ss += (v - mean) * (v - mean);
            }
            return new Stats(n, mean, n < 2 ? Double.NaN : Math.sqrt(ss / (n - 1)));
        }
    }

    /** A difference (input − reference) and its intervals; NaN where undefined. */
    public record Difference(double difference, double welchLow, double welchHigh, double bootstrapLow,
                             double bootstrapHigh) {}

    private final double level;
    private final int resamples;
    private final RandomGenerator random;

    /**
     * @param level     the confidence level, e.g. 0.95
     * @param resamples bootstrap resamples per difference
     * @param seed      seed of the bootstrap's generator (the same seed gives the same intervals)
     */
    public Differences(double level, int resamples, long seed) {
        this.level = level;
        this.resamples = resamples;
        this.random = new MersenneTwister(seed);
    }

    /** {@code x − reference}; intervals drawn from this object's generator in call order. */
    public Difference between(double[] x, double[] reference) {
        Stats a = Stats.of(x);
        Stats b = Stats.of(reference);
        if (a.n() == 0 || b.n() == 0) {
            return new Difference(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double d = a.mean() - b.mean();
        if (a.n() < 2 && b.n() < 2) {
            return new Difference(d, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double va = a.n() < 2 ? 0 : a.sd() * a.sd() / a.n();
        double vb = b.n() < 2 ? 0 : b.sd() * b.sd() / b.n();
        double se = Math.sqrt(va + vb);
        double welchLow;
        double welchHigh;
        if (se == 0) {
            welchLow = d;
            welchHigh = d;
        } else {
            double df = (va + vb) * (va + vb) / ((a.n() < 2 ? 0 : va * va / (a.n() - 1))
                    + (b.n() < 2 ? 0 : vb * vb / (b.n() - 1)));
            double t = new TDistribution(null, df).inverseCumulativeProbability(1 - (1 - level) / 2);
            welchLow = d - t * se;
            welchHigh = d + t * se;
        }
        double[] boot = new double[resamples];
        for (int k = 0; k < resamples; k++) {
            boot[k] = resampledMean(x) - resampledMean(reference);
        }
        Arrays.sort(boot);
        return new Difference(d, welchLow, welchHigh, percentile(boot, (1 - level) / 2),
                percentile(boot, 1 - (1 - level) / 2));
    }

    private double resampledMean(double[] x) {
        if (x.length == 1) {
            return x[0];
        }
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += x[random.nextInt(x.length)];
        }
        return s / x.length;
    }

    /** The p-quantile of sorted values, linear between order statistics (type 7, as R's default). */
    static double percentile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
