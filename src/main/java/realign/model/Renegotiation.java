package realign.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Renegotiation (docs/model.md §3.3): drops, deficits, compatibility, gains and pairwise matching on the
 * joint gain. Candidate pairs are kept in arrays sized once; ordering is by decreasing pair value, equal
 * values by a random key drawn from the run's generator in pair order.
 */
final class Renegotiation implements Steppable {

    private static final long serialVersionUID = 1L;

    private final AllianceModel m;
    private final int n;
    private final int[] candA;
    private final int[] candB;
    private final double[] candValue;
    private final double[] candKey;
    private final int[] order;
    private final int[] scratch;
    private final boolean[] formed;

    Renegotiation(AllianceModel m) {
        this.m = m;
        this.n = m.n;
        int cap = Math.max(1, n * (n - 1) / 2);
        candA = new int[cap];
        candB = new int[cap];
        candValue = new double[cap];
        candKey = new double[cap];
        order = new int[cap];
        scratch = new int[cap];
        formed = new boolean[n];
    }

    @Override
    public void step(SimState state) {
        ModelParams.Renegotiation p = m.params.renegotiation();
        drop(p);
        deficits(p);
        int count = candidates(p);
        match(p, count);
    }

    /** Dissolves every non-multilateral tie where either side's trust is below T_drop. */
    private void drop(ModelParams.Renegotiation p) {
        double tDrop = p.dropThreshold();
        boolean changed = false;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                int ij = i * n + j;
                int ji = j * n + i;
                if (m.tie[ij] > 0 && !m.multilateral[ij] && (m.trust[ij] < tDrop || m.trust[ji] < tDrop)) {
                    m.tie[ij] = 0;
                    m.tie[ji] = 0;
                    m.log.add(i, j, TieEvent.DISSOLVED, Math.min(m.trust[ij], m.trust[ji]));
                    changed = true;
                }
            }
        }
        if (changed) {
            m.trustDynamics.markTiesChanged();
        }
    }

    /**
     * D_i = max(0, N_i − S_i − B_i), B_i the capability i added itself (§3.3b); i seeks when N_i > 0 and
     * D_i > δ·N_i. A difference below 1e-12·N_i is floating-point residue of a stationary state and counts as 0.
     */
    private void deficits(ModelParams.Renegotiation p) {
        m.computeSupport();
        for (int i = 0; i < n; i++) {
            double d = m.need[i] - m.support[i] - m.buildUp[i];
            d = d > 1e-12 * m.need[i] ? d : 0;
            m.deficit[i] = d;
            m.seeking[i] = m.need[i] > 0 && d > p.deficitTolerance() * m.need[i];
        }
    }

    /** Untied, compatible pairs with v_ij ≥ v_min, in pair order, each with a random key. */
    private int candidates(ModelParams.Renegotiation p) {
        int count = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (!m.seeking[i] && !m.seeking[j]) {
                    continue;
                }
                int ij = i * n + j;
                int ji = j * n + i;
                if (m.tie[ij] > 0 || !compatible(p, ij, ji)) {
                    continue;
                }
                double v = gain(p, i, j, ij, ij) + gain(p, j, i, ji, ij);
                if (v >= p.minValue() && v > 0) {
                    candA[count] = i;
                    candB[count] = j;
                    candValue[count] = v;
                    candKey[count] = m.random.nextDouble();
                    count++;
                }
            }
        }
        return count;
    }

    /** U_ij > u_form and U_ji > u_form, and neither trust below T_drop. */
    private boolean compatible(ModelParams.Renegotiation p, int ij, int ji) {
        double tDrop = p.dropThreshold();
        if (m.trust[ij] < tDrop || m.trust[ji] < tDrop) {
            return false;
        }
        // a and π are symmetric: both utilities read them on row i
        double shared = p.alphaAffinity() * (2 * m.affinity[ij] - 1) + p.alphaProximity() * m.proximity[ij];
        return utility(p, m.trust[ij], shared) > p.formThreshold() && utility(p, m.trust[ji], shared) > p.formThreshold();
    }

    /** U_ij = αT(2T_ij − 1) + αA(2a_ij − 1) + αP·π_ij, the last two terms given as {@code shared}. */
    private static double utility(ModelParams.Renegotiation p, double trust, double shared) {
        return p.alphaTrust() * (2 * trust - 1) + shared;
    }

    /**
     * g_ij = min(D_i, w_new·T_ij·c_j·(ζ + (1 − ζ)π_ij)) if i seeks, else 0. π is symmetric, so it is read at
     * {@code lower} (the i &lt; j entry) to stay on the row being scanned.
     */
    private double gain(ModelParams.Renegotiation p, int i, int j, int ij, int lower) {
        if (!m.seeking[i]) {
            return 0;
        }
        double reach = p.reach() + (1 - p.reach()) * m.proximity[lower];
        return Math.min(m.deficit[i], p.newTie() * m.trust[ij] * m.capability[j] * reach);
    }

    /** Takes candidates in decreasing value; a pair forms when neither side has formed a tie this round. */
    private void match(ModelParams.Renegotiation p, int count) {
        for (int c = 0; c < count; c++) {
            order[c] = c;
        }
        sort(0, count);
        java.util.Arrays.fill(formed, false);
        boolean changed = false;
        for (int k = 0; k < count; k++) {
            int c = order[k];
            int i = candA[c];
            int j = candB[c];
            if (formed[i] || formed[j]) {
                continue;
            }
            m.tie[i * n + j] = p.newTie();
            m.tie[j * n + i] = p.newTie();
            m.multilateral[i * n + j] = false;
            m.multilateral[j * n + i] = false;
            formed[i] = true;
            formed[j] = true;
            m.log.add(i, j, TieEvent.FORMED, candValue[c]);
            changed = true;
        }
        if (changed) {
            m.trustDynamics.markTiesChanged();
        }
    }

    /** Stable merge sort of order[lo, hi) by (value descending, key ascending), allocation-free. */
    private void sort(int lo, int hi) {
        if (hi - lo < 2) {
            return;
        }
        int mid = (lo + hi) >>> 1;
        sort(lo, mid);
        sort(mid, hi);
        int a = lo;
        int b = mid;
        int out = lo;
        while (a < mid && b < hi) {
            scratch[out++] = before(order[b], order[a]) ? order[b++] : order[a++];
        }
        while (a < mid) {
            scratch[out++] = order[a++];
        }
        while (b < hi) {
            scratch[out++] = order[b++];
        }
        System.arraycopy(scratch, lo, order, lo, hi - lo);
    }

    private boolean before(int x, int y) {
        if (candValue[x] != candValue[y]) {
            return candValue[x] > candValue[y];
        }
        return candKey[x] < candKey[y];
    }
}
