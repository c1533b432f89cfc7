package realign.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Renegotiation (docs/model.md §3.3): drops, deficits in both layers, then for each layer (security, then
 * economic) the candidate agreements — a new tie between untied countries or the deepening of an existing one —
 * and pairwise matching on the joint net gain. An agreement needs a net gain (gain − upkeep) that is not negative
 * for either side. Candidate pairs are kept in arrays sized once; ordering is by decreasing pair value, equal values
 * by a random key drawn from the run's generator in pair order.
 */
final class Renegotiation implements Steppable {

    private static final long serialVersionUID = 1L;

    private final AllianceModel m;
    private final int n;
    private final int[] candA;
    private final int[] candB;
    private final double[] candValue;
    private final double[] candKey;
    /** the tie strength after the agreement */
    private final double[] candTie;
    private final double[] candGainA;
    private final double[] candGainB;
    private final int[] order;
    private final int[] scratch;
    /** agreements each country has made in the layer being matched, this round */
    private final int[] made;
    /** the deficit each country has left in the layer being matched, after the gains of this round's agreements */
    private final double[] left;

    Renegotiation(AllianceModel m) {
        this.m = m;
        this.n = m.n;
        int cap = Math.max(1, n * (n - 1) / 2);
        candA = new int[cap];
        candB = new int[cap];
        candValue = new double[cap];
        candKey = new double[cap];
        candTie = new double[cap];
        candGainA = new double[cap];
        candGainB = new double[cap];
        order = new int[cap];
        scratch = new int[cap];
        made = new int[n];
        left = new double[n];
    }

    @Override
    public void step(SimState state) {
        ModelParams.Renegotiation p = m.params.renegotiation();
        drop(p);
        deficits(p);
        economicDeficits(m.params.economy());
        if (match(p, candidates(p, Layer.SECURITY), Layer.SECURITY)) {
            m.trustDynamics.markTiesChanged();
        }
        match(p, candidates(p, Layer.ECONOMIC), Layer.ECONOMIC);
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

    /** D^E_i = max(0, N^E_i − S^E_i); i seeks trade agreements when D^E_i > δ_E·N^E_i (δ_E its own tolerance). */
    private void economicDeficits(ModelParams.Economy p) {
        m.computeEconomicSupport();
        for (int i = 0; i < n; i++) {
            double d = m.economicNeed[i] - m.economicSupport[i];
            d = d > 1e-12 * m.economicNeed[i] ? d : 0;
            m.economicDeficit[i] = d;
            m.economicSeeking[i] = m.economicNeed[i] > 0 && d > p.deficitTolerance() * m.economicNeed[i];
        }
    }

    /**
     * The candidate agreements of a layer: a new tie of strength w_new (security) or depth e_new (economic) between
     * untied countries, or the deepening of an existing tie to min(cap, tie + w_new or e_new) once the pair's cooldown
     * has passed (and, for security, while both sides' trust has held up, ψ). A security pair must be compatible; an
     * economic pair needs both trusts at least T_E. Both net gains not negative and v_ij ≥ v_min, v_ij > 0.
     */
    private int candidates(ModelParams.Renegotiation p, Layer layer) {
        boolean security = layer == Layer.SECURITY;
        boolean[] seeking = security ? m.seeking : m.economicSeeking;
        if (!any(seeking)) {
            return 0;
        }
        ModelParams.Economy e = m.params.economy();
        double[] tie = security ? m.tie : m.economicTie;
        int[] lastAgreement = security ? m.securityAgreement : m.economicAgreement;
        double fresh = security ? p.newTie() : e.newAgreement();
        double cap = security ? p.deepenCap() : e.deepenCap();
        // exp(β_E·e_new), the trade factor of a new agreement: the same for every untied pair
        double freshTrade = security ? 1 : Math.exp(e.agreementEffect() * fresh);
        int cooldown = p.cooldown();
        double upkeep = p.upkeep();
        // with an upkeep a side that does not seek gains nothing and nets −κ: only pairs of seekers can agree
        boolean both = upkeep > 0;
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (both && !seeking[i]) {
                continue;
            }
            for (int j = i + 1; j < n; j++) {
                if (both ? !seeking[j] : !seeking[i] && !seeking[j]) {
                    continue;
                }
                int ij = i * n + j;
                int ji = j * n + i;
                double w = tie[ij];
                double after;
                if (w == 0) {
                    after = fresh;
                } else {
                    if (m.round - lastAgreement[ij] < cooldown || security && !heldUp(p, ij, ji)) {
                        continue;
                    }
                    after = Math.min(cap, w + fresh);
                    if (!(after > w)) {
                        continue;
                    }
                }
                double gi;
                double gj;
                if (security) {
                    if (!compatible(p, ij, ji)) {
                        continue;
                    }
                    double step = after - w;
                    gi = gain(p, i, j, ij, ij, step) - upkeep;
                    gj = gain(p, j, i, ji, ij, step) - upkeep;
                } else {
                    if (m.trust[ij] < e.trustFloor() || m.trust[ji] < e.trustFloor()) {
                        continue;
                    }
                    // X̂ is symmetric: the added trade is the same for both; each side's tariff factor is its own
                    double agreed = w == 0 ? m.trade[ij] * freshTrade : m.agreedTrade(m.trade[ij], after);
                    double added = agreed - m.agreedTrade[ij];
                    gi = economicGain(e, i, ij, added) - upkeep;
                    gj = economicGain(e, j, ji, added) - upkeep;
                }
                count = consider(count, i, j, gi, gj, after, p.minValue());
            }
        }
        return count;
    }

    /**
     * Deepening commits more to a partner, so it needs trust that has held up (§3.3 step 3):
     * T_ij ≥ ψ·T_ij(0) and T_ji ≥ ψ·T_ji(0)
     * (ψ = renegotiation.deepenTrust; an ally that has just betrayed is not one to deepen a tie with).
     */
    private boolean heldUp(ModelParams.Renegotiation p, int ij, int ji) {
        double psi = p.deepenTrust();
        return m.trust[ij] >= psi * m.initialTrust[ij] && m.trust[ji] >= psi * m.initialTrust[ji];
    }

    private static boolean any(boolean[] flags) {
        for (boolean f : flags) {
            if (f) {
                return true;
            }
        }
        return false;
    }

    /** Adds (i, j) as a candidate when neither net gain is negative and v = γ_ij + γ_ji ≥ v_min, v > 0. */
    private int consider(int count, int i, int j, double gi, double gj, double after, double minValue) {
        double v = gi + gj;
        if (gi < 0 || gj < 0 || v < minValue || !(v > 0)) {
            return count;
        }
        candA[count] = i;
        candB[count] = j;
        candValue[count] = v;
        candTie[count] = after;
        candGainA[count] = gi;
        candGainB[count] = gj;
        candKey[count] = m.random.nextDouble();
        return count + 1;
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
     * g_ij = min(D_i, Δ·T_ij·c_j·(ζ + (1 − ζ)π_ij)·b_ij) if i seeks, else 0, with Δ the added tie strength and the
     * betrayal memory b_ij = min(1, T_ij / T_ij(0))^φ. π is symmetric, so it is read at {@code lower} (the i &lt; j
     * entry) to stay on the row being scanned.
     */
    private double gain(ModelParams.Renegotiation p, int i, int j, int ij, int lower, double step) {
        if (!m.seeking[i]) {
            return 0;
        }
        double reach = p.reach() + (1 - p.reach()) * m.proximity[lower];
        double memory = 1;
        if (p.betrayalMemory() > 0 && m.trust[ij] < m.initialTrust[ij]) {
            double ratio = m.trust[ij] / m.initialTrust[ij];
            memory = p.betrayalMemory() == 1 ? ratio : Math.pow(ratio, p.betrayalMemory());
        }
        return Math.min(m.deficit[i], step * m.trust[ij] * m.capability[j] * reach * memory);
    }

    /**
     * g^E_ij = min(D^E_i, X̂_ij·(exp(β_E·E') − exp(β_E·E_ij))·f_ij·(1 − ω + ω·T_ij)) if i seeks trade agreements,
     * else 0; {@code added} is X̂_ij·(exp(β_E·E') − exp(β_E·E_ij)).
     */
    private double economicGain(ModelParams.Economy e, int i, int ij, double added) {
        if (!m.economicSeeking[i]) {
            return 0;
        }
        double trustFactor = 1 - e.trustWeight() + e.trustWeight() * m.trust[ij];
        return Math.min(m.economicDeficit[i], added * m.tariffFactor[ij] * trustFactor);
    }

    /**
     * Takes candidates in decreasing value. A pair agrees when neither side has made k_A agreements in this layer
     * this round and both still net a gain that is not negative with what is left of their deficits: each side's
     * gain is capped by its deficit less the gains of its earlier agreements of the round (with k_A = 1 this is the
     * gain of §3.3 step 3, so one agreement per country). Returns whether a tie changed.
     */
    private boolean match(ModelParams.Renegotiation p, int count, Layer layer) {
        boolean security = layer == Layer.SECURITY;
        double[] tie = security ? m.tie : m.economicTie;
        int[] lastAgreement = security ? m.securityAgreement : m.economicAgreement;
        TieLog log = m.events(layer);
        for (int c = 0; c < count; c++) {
            order[c] = c;
        }
        sort(0, count);
        java.util.Arrays.fill(made, 0);
        System.arraycopy(security ? m.deficit : m.economicDeficit, 0, left, 0, n);
        int most = p.agreementsPerRound();
        double upkeep = p.upkeep();
        boolean changed = false;
        for (int k = 0; k < count; k++) {
            int c = order[k];
            int i = candA[c];
            int j = candB[c];
            if (made[i] >= most || made[j] >= most) {
                continue;
            }
            double gi = candGainA[c];
            double gj = candGainB[c];
            double value = candValue[c];
            if (made[i] > 0 || made[j] > 0) {
                // the gain before upkeep is at most the deficit; later agreements fill what the earlier ones left
                gi = Math.min(left[i], gi + upkeep) - upkeep;
                gj = Math.min(left[j], gj + upkeep) - upkeep;
                value = gi + gj;
                if (gi < 0 || gj < 0 || value < p.minValue() || !(value > 0)) {
                    continue;
                }
            }
            int ij = i * n + j;
            int ji = j * n + i;
            TieEvent kind = tie[ij] > 0 ? TieEvent.STRENGTHENED : TieEvent.FORMED;
            tie[ij] = candTie[c];
            tie[ji] = candTie[c];
            if (security && kind == TieEvent.FORMED) {
                m.multilateral[ij] = false;
                m.multilateral[ji] = false;
            }
            lastAgreement[ij] = m.round;
            lastAgreement[ji] = m.round;
            if (!security) {
                m.updateAgreedTrade(ij);
                m.updateAgreedTrade(ji);
            }
            made[i]++;
            made[j]++;
            left[i] -= gi + upkeep;
            left[j] -= gj + upkeep;
            log.add(i, j, kind, value, gi, gj);
            changed = true;
        }
        return changed;
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
