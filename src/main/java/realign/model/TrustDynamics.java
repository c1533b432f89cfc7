package realign.model;

import java.util.Arrays;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Synchronous trust dynamics (docs/model.md §3.2):
 * {@code T_ij ← T_ij + ρ(T̄_ij − T_ij) + μ(Σ_k H_ik T_kj / Σ_k H_ik − T_ij) + σ·ε_ij}, clipped to [ε, 1−ε].
 * The influence term is a sparse product: row-normalised closeness P = H/ΣH is kept in compressed rows, and a
 * row is rebuilt only when its ties changed ({@link AllianceModel#setTie} says which; links G never change during a
 * run). The influence term is skipped for countries without ties or links.
 */
final class TrustDynamics implements Steppable {

    private static final long serialVersionUID = 1L;

    private final AllianceModel m;
    private final int n;
    /**
     * T before the step and the prior T̄, one array per row. The loops over j then index every array from 0, which
     * the JDK 17 JIT turns into vector instructions; it does not when rows sit at offsets of one n×n array.
     */
    private final double[][] old;
    private final double[][] priorRows;
    /** the row being computed */
    private final double[] row;
    /** row i of P: neighbours col[i·n .. i·n + degree[i]) with weights weight[i·n ..] */
    private final int[] degree;
    private final int[] col;
    private final double[] weight;
    /** the rows of P to rebuild before the next step, because their row of W changed */
    private final boolean[] stale;
    private boolean anyStale = true;
    private boolean priorChanged = true;

    TrustDynamics(AllianceModel m) {
        this.m = m;
        this.n = m.n;
        this.old = new double[n][n];
        this.priorRows = new double[n][n];
        this.row = new double[n];
        this.degree = new int[n];
        this.col = new int[n * n];
        this.weight = new double[n * n];
        this.stale = new boolean[n];
        Arrays.fill(stale, true);
    }

    /** Call when all of W may have changed (a run starts) so that every row of P is rebuilt before the next step. */
    void markTiesChanged() {
        Arrays.fill(stale, true);
        anyStale = true;
    }

    /** Call after W_ij changes ({@link AllianceModel#setTie}): row i of P is rebuilt before the next step. */
    void markRowChanged(int i) {
        stale[i] = true;
        anyStale = true;
    }

    /** Call after T̄ changes so that the step reads the new prior. */
    void markPriorChanged() {
        priorChanged = true;
    }

    @Override
    public void step(SimState state) {
        prepare();
        double sigma = m.params.trust().noise();
        double eps = m.params.trust().epsilon();
        // row by row: the noise is drawn in the same order (ij) as over the whole matrix, and no row reads T after it
        for (int i = 0; i < n; i++) {
            compute(i);
            if (sigma > 0) {
                for (int j = 0; j < n; j++) {
                    row[j] = InitialState.clip(row[j] + sigma * m.random.nextGaussian(), eps);
                }
            }
            System.arraycopy(row, 0, m.trust, i * n, n);
        }
    }

    /** Largest |ΔT| one noiseless step would make (used to check the fixed point). */
    double largestChangeOfOneStep() {
        prepare();
        double max = 0;
        for (int i = 0; i < n; i++) {
            compute(i);
            for (int j = 0; j < n; j++) {
                max = Math.max(max, Math.abs(row[j] - m.trust[i * n + j]));
            }
        }
        return max;
    }

    /** T after one noiseless step, leaving T unchanged (for tests: it allocates). */
    double[] noiselessNext() {
        prepare();
        double[] next = new double[n * n];
        for (int i = 0; i < n; i++) {
            compute(i);
            System.arraycopy(row, 0, next, i * n, n);
        }
        return next;
    }

    /** Rebuilds P if ties changed and copies T (and T̄ if it changed) into rows. */
    private void prepare() {
        if (anyStale) {
            rebuild();
        }
        if (priorChanged) {
            for (int k = 0; k < n; k++) {
                System.arraycopy(m.prior, k * n, priorRows[k], 0, n);
            }
            priorChanged = false;
        }
        for (int k = 0; k < n; k++) {
            System.arraycopy(m.trust, k * n, old[k], 0, n);
        }
    }

    /** Fills {@code row} with the noiseless update of row i of T (read from {@code old}). */
    private void compute(int i) {
        double rho = m.params.trust().reversion();
        double mu = m.params.trust().influence();
        double eps = m.params.trust().epsilon();
        double[] out = row;
        double[] ti = old[i];
        double[] pi = priorRows[i];
        int start = i * n;
        int end = start + degree[i];
        double keep = start == end ? 1 - rho : 1 - rho - mu;
        for (int j = 0; j < n; j++) {
            out[j] = keep * ti[j] + rho * pi[j];
        }
        // Σ_k μ·P_ik·T_kj, four neighbours per pass over the row to halve the loads and stores of the row
        int e = start;
        for (; e + 3 < end; e += 4) {
            double w0 = mu * weight[e];
            double w1 = mu * weight[e + 1];
            double w2 = mu * weight[e + 2];
            double w3 = mu * weight[e + 3];
            double[] t0 = old[col[e]];
            double[] t1 = old[col[e + 1]];
            double[] t2 = old[col[e + 2]];
            double[] t3 = old[col[e + 3]];
            for (int j = 0; j < n; j++) {
                out[j] += w0 * t0[j] + w1 * t1[j] + w2 * t2[j] + w3 * t3[j];
            }
        }
        for (; e < end; e++) {
            double w = mu * weight[e];
            double[] tk = old[col[e]];
            for (int j = 0; j < n; j++) {
                out[j] += w * tk[j];
            }
        }
        for (int j = 0; j < n; j++) {
            double v = out[j];
            out[j] = v < eps ? eps : (v > 1 - eps ? 1 - eps : v);
        }
    }

    /** Rebuilds the rows of P whose row of W changed. */
    private void rebuild() {
        for (int i = 0; i < n; i++) {
            if (!stale[i]) {
                continue;
            }
            stale[i] = false;
            int row = i * n;
            int e = row;
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
            for (int x = row; x < e; x++) {
                weight[x] /= sum;
            }
            degree[i] = e - row;
        }
        anyStale = false;
    }
}
