package realign.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Synchronous trust dynamics (docs/model.md §3.2):
 * {@code T_ij ← T_ij + ρ(T̄_ij − T_ij) + μ(Σ_k H_ik T_kj / Σ_k H_ik − T_ij) + σ·ε_ij}, clipped to [ε, 1−ε].
 * The influence term is a sparse product: row-normalised closeness P = H/ΣH is kept in compressed rows and
 * rebuilt only when ties change. The influence term is skipped for countries without ties or links.
 */
final class TrustDynamics implements Steppable {

    private static final long serialVersionUID = 1L;

    private final AllianceModel m;
    private final int n;
    private final double[] next;
    private final int[] rowStart;
    private final int[] col;
    private final double[] weight;
    private boolean tiesChanged = true;

    TrustDynamics(AllianceModel m) {
        this.m = m;
        this.n = m.n;
        this.next = new double[n * n];
        this.rowStart = new int[n + 1];
        this.col = new int[n * n];
        this.weight = new double[n * n];
    }

    /** Call after W changes so that P is rebuilt before the next step. */
    void markTiesChanged() {
        tiesChanged = true;
    }

    @Override
    public void step(SimState state) {
        compute();
        double sigma = m.params.trust().noise();
        double eps = m.params.trust().epsilon();
        if (sigma > 0) {
            for (int ij = 0; ij < next.length; ij++) {
                next[ij] = InitialState.clip(next[ij] + sigma * m.random.nextGaussian(), eps);
            }
        }
        System.arraycopy(next, 0, m.trust, 0, next.length);
    }

    /** Largest |ΔT| one noiseless step would make (used to check the fixed point). */
    double largestChangeOfOneStep() {
        compute();
        double max = 0;
        for (int ij = 0; ij < next.length; ij++) {
            max = Math.max(max, Math.abs(next[ij] - m.trust[ij]));
        }
        return max;
    }

    /** Fills {@code next} with the noiseless update of the current trust. */
    private void compute() {
        if (tiesChanged) {
            rebuild();
        }
        double rho = m.params.trust().reversion();
        double mu = m.params.trust().influence();
        double eps = m.params.trust().epsilon();
        double[] t = m.trust;
        double[] prior = m.prior;
        for (int i = 0; i < n; i++) {
            int row = i * n;
            int start = rowStart[i];
            int end = rowStart[i + 1];
            double keep = start == end ? 1 - rho : 1 - rho - mu;
            for (int j = 0; j < n; j++) {
                next[row + j] = keep * t[row + j] + rho * prior[row + j];
            }
            // Σ_k μ·P_ik·T_kj, four neighbours per pass over the row to halve the loads and stores of next[]
            int e = start;
            for (; e + 3 < end; e += 4) {
                double w0 = mu * weight[e];
                double w1 = mu * weight[e + 1];
                double w2 = mu * weight[e + 2];
                double w3 = mu * weight[e + 3];
                int k0 = col[e] * n;
                int k1 = col[e + 1] * n;
                int k2 = col[e + 2] * n;
                int k3 = col[e + 3] * n;
                for (int j = 0; j < n; j++) {
                    next[row + j] += w0 * t[k0 + j] + w1 * t[k1 + j] + w2 * t[k2 + j] + w3 * t[k3 + j];
                }
            }
            for (; e < end; e++) {
                double w = mu * weight[e];
                int krow = col[e] * n;
                for (int j = 0; j < n; j++) {
                    next[row + j] += w * t[krow + j];
                }
            }
            for (int j = 0; j < n; j++) {
                double v = next[row + j];
                next[row + j] = v < eps ? eps : (v > 1 - eps ? 1 - eps : v);
            }
        }
    }

    private void rebuild() {
        int e = 0;
        for (int i = 0; i < n; i++) {
            rowStart[i] = e;
            int row = i * n;
            double sum = 0;
            for (int k = 0; k < n; k++) {
                double h = Math.max(m.tie[row + k], m.link[row + k]);
                if (h > 0) {
                    col[e] = k;
                    weight[e] = h;
                    sum += h;
                    e++;
                }
            }
            for (int x = rowStart[i]; x < e; x++) {
                weight[x] /= sum;
            }
        }
        rowStart[n] = e;
        tiesChanged = false;
    }
}
