package realign.stats;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

/**
 * Bootstrap percentile intervals of a mean (Efron and Tibshirani 1993, ch. 13): resample the values with
 * replacement, take each resample's mean, and report the 2.5% and 97.5% quantiles of those means. Every
 * resample's mean lies between the smallest and the largest value, so the interval never leaves the range the
 * outcome can take (no negative bounds for counts, none above 1 for shares), unlike mean ± t·sd/√n. The
 * resamples are drawn from a Mersenne Twister seeded by the caller, so the interval is a pure function of the
 * values and the seed: the same bytes whatever the thread count.
 */
public final class Bootstrap {

    /** Resamples per interval: the 2.5% and 97.5% quantiles then move by well under 1% of the interval's width. */
    public static final int RESAMPLES = 2000;

    private Bootstrap() {}

    /**
     * The 95% percentile interval {low, high} of the mean of {@code values}; {NaN, NaN} for fewer than two
     * values; {v, v} when every value is v.
     */
    public static double[] meanInterval(double[] values, long seed) {
        return meanInterval(values, seed, RESAMPLES);
    }

    /** As {@link #meanInterval(double[], long)} with {@code resamples} resamples. */
    public static double[] meanInterval(double[] values, long seed, int resamples) {
        int n = values.length;
        if (n < 2) {
            return new double[] {Double.NaN, Double.NaN};
        }
        boolean constant = true;
        for (double v : values) {
            constant &= v == values[0];
        }
        if (constant) {
            return new double[] {values[0], values[0]};
        }
        RandomGenerator rng = new MersenneTwister(seed);
        double[] means = new double[resamples];
        for (int b = 0; b < resamples; b++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += values[rng.nextInt(n)];
            }
            means[b] = sum / n;
        }
        Percentile q = new Percentile().withEstimationType(EstimationType.R_7);
        q.setData(means);
        // a quantile interpolated between two means of values in [min, max] stays in [min, max]
        return new double[] {q.evaluate(2.5), q.evaluate(97.5)};
    }
}
