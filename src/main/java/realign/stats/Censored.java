package realign.stats;

import java.util.Arrays;

/**
 * Times to an event (the first round at which a metric crosses a threshold) observed up to a horizon, the
 * last round of the window: a run that never crosses is right-censored there — it would cross later, or
 * never, but not before. With every run censored at the same horizon (type I censoring) the Kaplan–Meier
 * estimate of the share still below the threshold after round t is simply the share of runs whose time is
 * later than t, so:
 * <ul>
 *   <li>{@link #median}: the Kaplan–Meier median, the first round by which at least half the runs have crossed;
 *       undefined (NaN) when fewer than half ever cross within the window;</li>
 *   <li>{@link #restrictedMean}: the mean of min(time, horizon), runs that never cross counted at the
 *       horizon — the restricted mean time to the event (area under the Kaplan–Meier curve up to the
 *       horizon), a lower bound of the mean time to the event;</li>
 *   <li>{@link #shareReached}: the share of runs that crossed within the window.</li>
 * </ul>
 */
public final class Censored {

    private Censored() {}

    /**
     * Times with censored runs (NaN in {@code times}) counted at {@code horizon}: the values whose mean is the
     * restricted mean.
     */
    public static double[] restricted(double[] times, double horizon) {
        double[] out = new double[times.length];
        for (int i = 0; i < times.length; i++) {
            out[i] = Double.isNaN(times[i]) ? horizon : Math.min(times[i], horizon);
        }
        return out;
    }

    /** The restricted mean time to the event (NaN for no runs). */
    public static double restrictedMean(double[] times, double horizon) {
        return Arrays.stream(restricted(times, horizon)).average().orElse(Double.NaN);
    }

    /** Runs that never crossed within the window (NaN times). */
    public static int censored(double[] times) {
        return (int) Arrays.stream(times).filter(Double::isNaN).count();
    }

    /** The share of runs that crossed within the window (NaN for no runs). */
    public static double shareReached(double[] times) {
        return times.length == 0 ? Double.NaN : 1.0 - (double) censored(times) / times.length;
    }

    /**
     * The Kaplan–Meier median: the smallest observed time t with Ŝ(t) ≤ 0.5, Ŝ(t) the share of runs not crossed
     * by t (censored runs count as not crossed at every t within the window); NaN when more than half are never
     * seen to cross, or for no runs.
     */
    public static double median(double[] times) {
        int n = times.length;
        double[] crossed = Arrays.stream(times).filter(t -> !Double.isNaN(t)).sorted().toArray();
        // Ŝ(crossed[i]) = 1 − (i+1)/n, reached at or below one half once i+1 ≥ n/2 (ties take the last index)
        for (int i = 0; i < crossed.length; i++) {
            if (2 * (i + 1) >= n && (i + 1 == crossed.length || crossed[i + 1] != crossed[i])) {
                return crossed[i];
            }
        }
        return Double.NaN;
    }
}
