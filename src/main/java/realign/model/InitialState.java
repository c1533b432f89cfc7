package realign.model;

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
     * without ties or links reduce to {@code t_i = t̄_i}. One LU decomposition ({@link DenseLu}) serves all columns.
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
        // the matrix by columns: a[k][i] is the entry of row i, column k
        double[][] a = new double[n][n];
        // rows reduced to t_i = t̄_i take the prior as it is, the others ρ·t̄_i
        boolean[] reduced = new boolean[n];
        for (int i = 0; i < n; i++) {
            int row = i * n;
            double rowSum = 0;
            for (int k = 0; k < n; k++) {
                rowSum += Math.max(m.tie[row + k], m.link[row + k]);
            }
            if (rowSum == 0 || mu == 0) {
                a[i][i] = 1;
                reduced[i] = true;
                continue;
            }
            a[i][i] = rho + mu;
            for (int k = 0; k < n; k++) {
                double h = Math.max(m.tie[row + k], m.link[row + k]);
                if (h > 0) {
                    a[k][i] -= mu * h / rowSum;
                }
            }
        }
        DenseLu lu;
        try {
            lu = DenseLu.decompose(a);
        } catch (ArithmeticException e) {
            throw new IllegalStateException("the system of the fixed point T(0) cannot be solved (reversion "
                    + rho + ", influence " + mu + "): " + e.getMessage(), e);
        }
        // the right-hand sides in pivot order, solved in place
        double[][] t = new double[n][n];
        for (int r = 0; r < n; r++) {
            int i = lu.pivot(r);
            int from = i * n;
            double[] row = t[r];
            if (reduced[i]) {
                System.arraycopy(m.prior, from, row, 0, n);
            } else {
                for (int j = 0; j < n; j++) {
                    row[j] = rho * m.prior[from + j];
                }
            }
        }
        lu.substitute(t);
        double eps = m.params.trust().epsilon();
        for (int i = 0; i < n; i++) {
            double[] row = t[i];
            for (int j = 0; j < n; j++) {
                m.trust[i * n + j] = clip(row[j], eps);
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
