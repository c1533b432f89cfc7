package realign.experiment;

import java.util.List;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * Morris elementary effects from a {@link Design.Morris} sample: for each factor, μ (mean effect), μ* (mean
 * absolute effect, Campolongo et al. 2007) and σ (standard deviation of the effects), in units of the
 * outcome per unit of the factor's normalised range.
 */
public final class MorrisScreening {

    /** Screening measures of one factor over r trajectories. */
    public record Effect(double mu, double muStar, double sigma, int trajectories) {}

    private MorrisScreening() {}

    /**
     * @param points the design's points (factor values), r trajectories of k+1 points
     * @param y the outcome at each point
     */
    public static Effect[] estimate(List<Factor> factors, List<double[]> points, double[] y) {
        int k = factors.size();
        int r = points.size() / (k + 1);
        // Welford's updates (Commons Math): σ of nearly equal effects without cancellation
        SummaryStatistics[] effects = new SummaryStatistics[k];
        SummaryStatistics[] absolute = new SummaryStatistics[k];
        for (int f = 0; f < k; f++) {
            effects[f] = new SummaryStatistics();
            absolute[f] = new SummaryStatistics();
        }
        for (int t = 0; t < r; t++) {
            for (int s = 1; s <= k; s++) {
                int p = t * (k + 1) + s;
                double[] before = points.get(p - 1);
                double[] after = points.get(p);
                for (int f = 0; f < k; f++) {
                    if (before[f] != after[f]) {
                        double du = factors.get(f).unit(after[f]) - factors.get(f).unit(before[f]);
                        if (du == 0) {
                            continue;
                        }
                        double ee = (y[p] - y[p - 1]) / du;
                        effects[f].addValue(ee);
                        absolute[f].addValue(Math.abs(ee));
                    }
                }
            }
        }
        Effect[] out = new Effect[k];
        for (int f = 0; f < k; f++) {
            int c = (int) effects[f].getN();
            out[f] = new Effect(c == 0 ? Double.NaN : effects[f].getMean(), c == 0 ? Double.NaN : absolute[f].getMean(),
                    c < 2 ? Double.NaN : effects[f].getStandardDeviation(), c);
        }
        return out;
    }
}
