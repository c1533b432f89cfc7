package realign.model;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Round 0: prior trust and its fixed point under the trust dynamics (docs/model.md §1). Every input read here must be
 * compared by {@link Round0Cache#sameRound0}, which lets runs with equal inputs share the result.
 */
final class InitialState {

    /** The fixed point must be still under one step of §3.2 to this accuracy. */
    static final double FIXED_POINT_TOLERANCE = 1e-9;

    private InitialState() {}

    /**
     * Prior trust, logistic: {@code logit T̃_ij = β0 + βW·H_ij + βA·(2a_ij − 1) + βD·(1 − 2|d_i − d_j|)}
     * with {@code H = max(W, G)}; {@code T̃_ii = 1 − ε}.
     */
    static void priorTrust(AllianceModel m) {
        ModelParams.Prior b = m.params.prior();
        double eps = m.params.trust().epsilon();
        int n = m.n;
        double[] d = m.input.democracy;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int ij = i * n + j;
                double t;
                if (i == j) {
                    t = 1 - eps;
                } else {
                    double h = Math.max(m.tie[ij], m.link[ij]);
                    double logit = b.beta0() + b.betaTie() * h + b.betaAffinity() * (2 * m.affinity[ij] - 1)
                            + b.betaDemocracy() * (1 - 2 * Math.abs(d[i] - d[j]));
                    t = clip(1 / (1 + Math.exp(-logit)), eps);
                }
                m.prior[ij] = t;
            }
        }
        m.trustDynamics.markPriorChanged();
    }

    /**
     * T(0) solves {@code ((ρ + μ)·I − μ·P) t = ρ·t̄} for every column t of T, P = H row-normalised; rows
     * without ties or links reduce to {@code t_i = t̄_i}. One LU decomposition serves all columns.
     */
    static void fixedPoint(AllianceModel m) {
        int n = m.n;
        double rho = m.params.trust().reversion();
        double mu = m.params.trust().influence();
        if (rho == 0) {
            // Without memory every state with T = P·T is stationary: start from the prior itself.
            System.arraycopy(m.prior, 0, m.trust, 0, n * n);
            return;
        }
        double[][] a = new double[n][n];
        double[][] rhs = new double[n][n];
        for (int i = 0; i < n; i++) {
            double rowSum = 0;
            for (int k = 0; k < n; k++) {
                rowSum += Math.max(m.tie[i * n + k], m.link[i * n + k]);
            }
            if (rowSum == 0 || mu == 0) {
                a[i][i] = 1;
                for (int j = 0; j < n; j++) {
                    rhs[i][j] = m.prior[i * n + j];
                }
                continue;
            }
            a[i][i] = rho + mu;
            for (int k = 0; k < n; k++) {
                double h = Math.max(m.tie[i * n + k], m.link[i * n + k]);
                if (h > 0) {
                    a[i][k] -= mu * h / rowSum;
                }
            }
            for (int j = 0; j < n; j++) {
                rhs[i][j] = rho * m.prior[i * n + j];
            }
        }
        DecompositionSolver solver = new LUDecomposition(new Array2DRowRealMatrix(a, false)).getSolver();
        RealMatrix t = solver.solve(new Array2DRowRealMatrix(rhs, false));
        double eps = m.params.trust().epsilon();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m.trust[i * n + j] = clip(t.getEntry(i, j), eps);
            }
        }
        double change = m.trustDynamics.largestChangeOfOneStep();
        if (!(change < FIXED_POINT_TOLERANCE)) {
            throw new IllegalStateException("initial trust is not a fixed point of the trust dynamics: one step"
                    + " changes it by " + change + " (tolerance " + FIXED_POINT_TOLERANCE + ")");
        }
    }

    static double clip(double t, double eps) {
        return t < eps ? eps : (t > 1 - eps ? 1 - eps : t);
    }
}
