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
    /** the countries that can be a side of a candidate agreement in the layer being searched, in index order */
    private final int[] party;
    /** agreements each country has made in the layer being matched, this round */
    private final int[] made;
    /**
     * the deficit each country has left in the layer being matched, after the gains of this round's agreements and
     * of the agreements it is still negotiating (never below 0)
     */
    private final double[] left;
    /** agreements decided and not yet signed, per layer; null when d = 0 (signed in the round they are decided) */
    private final Pending securityPending;
    private final Pending economicPending;
    /** Net gains of the last {@link #netGains} call: γ_ij and γ_ji (each side's gain less the upkeep κ). */
    private double gainI;
    private double gainJ;

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
        party = new int[n];
        made = new int[n];
        left = new double[n];
        boolean talks = m.params.renegotiation().negotiationMonths() > 0;
        securityPending = talks ? new Pending(n) : null;
        economicPending = talks ? new Pending(n) : null;
    }

    /** Forgets the agreements under negotiation (a new run starts). */
    void reset() {
        if (securityPending != null) {
            securityPending.clear();
            economicPending.clear();
        }
    }

    @Override
    public void step(SimState state) {
        ModelParams.Renegotiation p = m.params.renegotiation();
        drop(p);
        deficits(p);
        economicDeficits(m.params.economy());
        settle(p, Layer.SECURITY);
        int count = candidates(p, Layer.SECURITY);
        endTalks(Layer.SECURITY);
        match(p, count, Layer.SECURITY);
        settle(p, Layer.ECONOMIC);
        count = candidates(p, Layer.ECONOMIC);
        endTalks(Layer.ECONOMIC);
        match(p, count, Layer.ECONOMIC);
    }

    /**
     * The pairs whose talks ended in this round's {@link #settle} (signed or failed) were kept out of its candidates;
     * from now on they may negotiate again.
     */
    private void endTalks(Layer layer) {
        Pending talks = layer == Layer.SECURITY ? securityPending : economicPending;
        if (talks != null) {
            for (int e = 0; e < talks.endedCount; e++) {
                talks.pair[talks.ended[e]] = false;
            }
            talks.endedCount = 0;
        }
    }

    /**
     * Starts a layer's matching: made = 0 and L_i = D_i; then, with negotiation time d &gt; 0 (§3.3 step 7), signs
     * the agreements decided d rounds ago whose net gains, valued now, are both still not negative (in the order
     * they were decided, each capped by what the earlier ones left), and counts every agreement still under
     * negotiation against its sides' k_A and remaining deficits.
     */
    private void settle(ModelParams.Renegotiation p, Layer layer) {
        boolean security = layer == Layer.SECURITY;
        java.util.Arrays.fill(made, 0);
        System.arraycopy(security ? m.deficit : m.economicDeficit, 0, left, 0, n);
        Pending talks = security ? securityPending : economicPending;
        if (talks == null) {
            return;
        }
        double upkeep = p.upkeep();
        int kept = 0;
        for (int t = 0; t < talks.size; t++) {
            int i = talks.a[t];
            int j = talks.b[t];
            if (talks.due[t] > m.round) {
                talks.move(t, kept++);
                continue;
            }
            // the pair stays out of this round's candidates, signed or not (endTalks clears the flag)
            talks.ended[talks.endedCount++] = i * n + j;
            talks.count[i]--;
            talks.count[j]--;
            // a country with nothing left under negotiation holds nothing (no floating-point residue of the sums)
            talks.held[i] = talks.count[i] == 0 ? 0 : talks.held[i] - talks.heldA[t];
            talks.held[j] = talks.count[j] == 0 ? 0 : talks.held[j] - talks.heldB[t];
            sign(p, layer, i, j, upkeep);
        }
        talks.size = kept;
        for (int i = 0; i < n; i++) {
            made[i] += talks.count[i];
            left[i] = Math.max(0, left[i] - talks.held[i]);
        }
    }

    /**
     * Signs the agreement of (i, j) decided d rounds ago if, valued now as a candidate of this round (the tie it
     * would add to the pair's present tie; compatible, or both trusts at least T_E; gains capped by the remaining
     * deficits), both net gains are not negative; otherwise the talks fail and nothing is recorded.
     */
    private void sign(ModelParams.Renegotiation p, Layer layer, int i, int j, double upkeep) {
        boolean security = layer == Layer.SECURITY;
        ModelParams.Economy e = m.params.economy();
        double w = (security ? m.tie : m.economicTie)[i * n + j];
        double fresh = security ? p.newTie() : e.newAgreement();
        double after = w == 0 ? fresh : Math.min(security ? p.deepenCap() : e.deepenCap(), w + fresh);
        if (!(after > w)) {
            return;
        }
        double freshTrade = security ? 1 : Math.exp(e.agreementEffect() * fresh);
        if (!netGains(p, e, security, i, j, w, after, freshTrade, upkeep)) {
            return;
        }
        double gi = gainI;
        double gj = gainJ;
        if (gi < 0 || gj < 0) {
            return;
        }
        apply(layer, i, j, after, gi + gj, gi, gj);
        counted(i, j, gi, gj, upkeep);
    }

    /**
     * The net gains γ_ij, γ_ji of the agreement that takes the pair's tie from w to {@code after} in its layer
     * (§3.3 steps 3 and 5: security gains of the added strength, economic gains of the added trade, each capped by
     * what is left of the side's deficit, less the upkeep κ), into {@link #gainI} and {@link #gainJ}; false when the
     * pair cannot agree in that layer (not compatible; a trust below T_E). {@code freshTrade} = exp(β_E·e_new), the
     * trade factor of a new agreement.
     */
    private boolean netGains(ModelParams.Renegotiation p, ModelParams.Economy e, boolean security, int i, int j,
                             double w, double after, double freshTrade, double upkeep) {
        int ij = i * n + j;
        int ji = j * n + i;
        if (security) {
            if (!compatible(p, ij, ji)) {
                return false;
            }
            double step = after - w;
            // π is symmetric: the reach of each side's capability is read on row i
            double reach = reach(p.reach(), m.proximity[ij]);
            gainI = gain(p, i, j, ij, step, reach) - upkeep;
            gainJ = gain(p, j, i, ji, step, reach) - upkeep;
        } else {
            if (m.trust[ij] < e.trustFloor() || m.trust[ji] < e.trustFloor()) {
                return false;
            }
            // X̂ is symmetric: the added trade is the same for both; each side's tariff factor is its own
            double agreed = w == 0 ? m.trade[ij] * freshTrade : m.agreedTrade(m.trade[ij], after);
            double added = agreed - m.agreedTrade[ij];
            gainI = economicGain(e, i, ij, added) - upkeep;
            gainJ = economicGain(e, j, ji, added) - upkeep;
        }
        return true;
    }

    /** An agreement made or under negotiation counts against both sides' k_A and what is left of their deficits. */
    private void counted(int i, int j, double gi, double gj, double upkeep) {
        made[i]++;
        made[j]++;
        left[i] -= gi + upkeep;
        left[j] -= gj + upkeep;
    }

    /** Puts the agreement in force: the tie, the pair's agreement round, agreed trade, the event. */
    private void apply(Layer layer, int i, int j, double after, double value, double gi, double gj) {
        boolean security = layer == Layer.SECURITY;
        double[] tie = security ? m.tie : m.economicTie;
        int[] lastAgreement = security ? m.securityAgreement : m.economicAgreement;
        int ij = i * n + j;
        int ji = j * n + i;
        TieEvent kind = tie[ij] > 0 ? TieEvent.STRENGTHENED : TieEvent.FORMED;
        if (security) {
            // a tie renegotiation forms is bilateral; a deepened one keeps its flag
            m.setTie(i, j, after, kind == TieEvent.STRENGTHENED && m.multilateral[ij]);
        } else {
            tie[ij] = after;
            tie[ji] = after;
            m.updateAgreedTrade(ij);
            m.updateAgreedTrade(ji);
        }
        lastAgreement[ij] = m.round;
        lastAgreement[ji] = m.round;
        m.events(layer).add(i, j, kind, value, gi, gj);
    }

    /**
     * Dissolves every non-multilateral tie where either side's trust is below T_drop, pairs i &lt; j in index order
     * (the bilateral ties of {@link AllianceModel#bilateral} alone are visited).
     */
    private void drop(ModelParams.Renegotiation p) {
        double tDrop = p.dropThreshold();
        int words = m.words;
        for (int i = 0; i < n; i++) {
            int first = i + 1;
            for (int k = first >>> 6; k < words; k++) {
                long bits = m.bilateral[i * words + k];
                if (k == first >>> 6) {
                    bits &= -1L << first;
                }
                for (; bits != 0; bits &= bits - 1) {
                    int j = (k << 6) + Long.numberOfTrailingZeros(bits);
                    int ij = i * n + j;
                    int ji = j * n + i;
                    if (m.trust[ij] < tDrop || m.trust[ji] < tDrop) {
                        m.setTie(i, j, 0, false);
                        m.log.add(i, j, TieEvent.DISSOLVED, Math.min(m.trust[ij], m.trust[ji]));
                    }
                }
            }
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

    /**
     * D^E_i = max(0, N^E_i − S^E_i); i seeks trade agreements when D^E_i > δ_E·N^E_i (δ_E its own tolerance), or,
     * with h_E > 0, when D^E_i > 0 and a tariff raised a rate on i in one of the last h_E rounds (this one included).
     */
    private void economicDeficits(ModelParams.Economy p) {
        m.computeEconomicSupport();
        int h = p.shockMonths();
        for (int i = 0; i < n; i++) {
            double d = m.economicNeed[i] - m.economicSupport[i];
            d = d > 1e-12 * m.economicNeed[i] ? d : 0;
            m.economicDeficit[i] = d;
            boolean shocked = h > 0 && d > 0 && m.round - m.tariffHit[i] < h;
            m.economicSeeking[i] = m.economicNeed[i] > 0 && (d > p.deficitTolerance() * m.economicNeed[i] || shocked);
        }
    }

    /**
     * The candidate agreements of a layer: a new tie of strength w_new (security) or depth e_new (economic) between
     * untied countries, or the deepening of an existing tie to min(cap, tie + w_new or e_new) once the pair's cooldown
     * has passed (and, for security, while both sides' trust has held up, ψ). A security pair must be compatible; an
     * economic pair needs both trusts at least T_E. Both net gains not negative and v_ij ≥ v_min, v_ij &gt; 0.
     * Pairs i &lt; j in index order (the order of the random keys); with an upkeep only the pairs of {@link #parties}.
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
        int size = parties(p, security, seeking, fresh, cap, upkeep);
        Pending talks = security ? securityPending : economicPending;
        boolean[] negotiating = talks == null ? null : talks.pair;
        int count = 0;
        for (int x = 0; x < size; x++) {
            int i = party[x];
            for (int y = x + 1; y < size; y++) {
                int j = party[y];
                if (!seeking[i] && !seeking[j]) {
                    continue;
                }
                int ij = i * n + j;
                int ji = j * n + i;
                if (negotiating != null && negotiating[ij]) {
                    continue;
                }
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
                if (!netGains(p, e, security, i, j, w, after, freshTrade, upkeep)) {
                    continue;
                }
                count = consider(count, i, j, gainI, gainJ, after, p.minValue());
            }
        }
        return count;
    }

    /**
     * Fills {@link #party} with the countries, in index order, that can be a side of a candidate of the layer and
     * returns their number. Without an upkeep that is every country (a pair needs one seeker). With an upkeep κ &gt; 0
     * a side's net gain min(L_i, g) − κ is negative unless it seeks (g = 0 otherwise), L_i ≥ κ and g ≥ κ; a pair
     * that fails any of these is never a candidate, and leaving it out draws no key, so the candidates are the same.
     * For security g = {@link #securityGain}(Δ, T_ij, c_j, reach, b_ij) with T ≤ 1, b ≤ 1, Δ ≤ {@link #largestStep}
     * and reach at most its value at the smallest or largest π, so a country j whose
     * securityGain(Δ_max, 1, c_j, reach_max, 1) is below κ gives no partner a gain of κ. Rounding keeps the bound:
     * a rounded product of non-negative numbers does not fall when a factor grows (a negative c_j gives g ≤ 0).
     */
    private int parties(ModelParams.Renegotiation p, boolean security, boolean[] seeking, double fresh, double cap,
                        double upkeep) {
        if (!(upkeep > 0)) {
            for (int i = 0; i < n; i++) {
                party[i] = i;
            }
            return n;
        }
        double step = largestStep(fresh, cap);
        double reach = Math.max(reach(p.reach(), m.input.proximityMin), reach(p.reach(), m.input.proximityMax));
        int size = 0;
        for (int i = 0; i < n; i++) {
            if (!seeking[i] || !(left[i] >= upkeep)
                    || security && securityGain(step, 1, m.capability[i], reach, 1) < upkeep) {
                continue;
            }
            party[size++] = i;
        }
        return size;
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
     * g_ij = min(L_i, Δ·T_ij·c_j·(ζ + (1 − ζ)π_ij)·b_ij) if i seeks, else 0, with Δ the added tie strength,
     * {@code reach} = ζ + (1 − ζ)π_ij and the betrayal memory b_ij = min(1, T_ij / T_ij(0))^φ.
     */
    private double gain(ModelParams.Renegotiation p, int i, int j, int ij, double step, double reach) {
        if (!m.seeking[i]) {
            return 0;
        }
        double memory = memory(p.betrayalMemory(), m.trust[ij], m.initialTrust[ij]);
        return Math.min(left[i], securityGain(step, m.trust[ij], m.capability[j], reach, memory));
    }

    /** b_ij = min(1, T_ij / T_ij(0))^φ, 1 without a betrayal memory (φ = 0); never above 1. */
    static double memory(double phi, double trust, double initial) {
        if (phi > 0 && trust < initial) {
            double ratio = trust / initial;
            return phi == 1 ? ratio : Math.pow(ratio, phi);
        }
        return 1;
    }

    /** Δ·T_ij·c_j·reach·b_ij, the security gain before its cap by the deficit, multiplied in this order (§3.3). */
    static double securityGain(double step, double trust, double capability, double reach, double memory) {
        return step * trust * capability * reach * memory;
    }

    /** ζ + (1 − ζ)·π_ij: the share of a partner's capability that reaches a country at proximity π (§3.3). */
    static double reach(double zeta, double proximity) {
        return zeta + (1 - zeta) * proximity;
    }

    /**
     * A bound of the strength Δ = after − w an agreement adds: w_new for a new tie; min(cap, w + w_new) − w for a
     * deepening, which rounding can take a few units in the last place above w_new (0.1 + 0.2 − 0.1 =
     * 0.20000000000000004), hence the margin.
     */
    static double largestStep(double fresh, double cap) {
        return fresh + (cap + fresh) * 1e-12;
    }

    /**
     * g^E_ij = min(L^E_i, X̂_ij·(exp(β_E·E') − exp(β_E·E_ij))·f_ij·(1 − ω + ω·T_ij)) if i seeks trade agreements,
     * else 0; {@code added} is X̂_ij·(exp(β_E·E') − exp(β_E·E_ij)).
     */
    private double economicGain(ModelParams.Economy e, int i, int ij, double added) {
        if (!m.economicSeeking[i]) {
            return 0;
        }
        double trustFactor = 1 - e.trustWeight() + e.trustWeight() * m.trust[ij];
        return Math.min(left[i], added * m.tariffFactor[ij] * trustFactor);
    }

    /**
     * Takes candidates in decreasing value. A pair agrees when neither side has made k_A agreements in this layer
     * this round and both still net a gain that is not negative with what is left of their deficits: each side's
     * gain is capped by its deficit less the gains of its earlier agreements of the round (with k_A = 1 this is the
     * gain of §3.3 step 3, so one agreement per country).
     */
    private void match(ModelParams.Renegotiation p, int count, Layer layer) {
        Pending talks = layer == Layer.SECURITY ? securityPending : economicPending;
        for (int c = 0; c < count; c++) {
            order[c] = c;
        }
        sort(0, count);
        int most = p.agreementsPerRound();
        double upkeep = p.upkeep();
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
            if (talks == null) {
                apply(layer, i, j, candTie[c], value, gi, gj);
            } else {
                talks.add(i, j, m.round + p.negotiationMonths(), gi + upkeep, gj + upkeep);
            }
            counted(i, j, gi, gj, upkeep);
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

    /**
     * The agreements of one layer decided and not yet signed, in the order they were decided: the pair, the round it
     * is to be signed, and what each side's gain (before upkeep is subtracted) holds of its deficit meanwhile.
     */
    private static final class Pending {
        final int[] a;
        final int[] b;
        final int[] due;
        final double[] heldA;
        final double[] heldB;
        int size;
        /** whether pair ij (i &lt; j) is under negotiation */
        final boolean[] pair;
        /** agreements each country is negotiating */
        final int[] count;
        /** the sum of what they hold of each country's deficit */
        final double[] held;
        /** the pairs (ij) whose talks ended this round, signed or failed, and their number */
        final int[] ended;
        int endedCount;

        Pending(int n) {
            int cap = Math.max(1, n * (n - 1) / 2);
            a = new int[cap];
            b = new int[cap];
            due = new int[cap];
            heldA = new double[cap];
            heldB = new double[cap];
            pair = new boolean[n * n];
            count = new int[n];
            held = new double[n];
            ended = new int[cap];
        }

        void add(int i, int j, int round, double hi, double hj) {
            a[size] = i;
            b[size] = j;
            due[size] = round;
            heldA[size] = hi;
            heldB[size] = hj;
            size++;
            pair[i * count.length + j] = true;
            count[i]++;
            count[j]++;
            held[i] += hi;
            held[j] += hj;
        }

        void move(int from, int to) {
            a[to] = a[from];
            b[to] = b[from];
            due[to] = due[from];
            heldA[to] = heldA[from];
            heldB[to] = heldB[from];
        }

        void clear() {
            size = 0;
            endedCount = 0;
            java.util.Arrays.fill(pair, false);
            java.util.Arrays.fill(count, 0);
            java.util.Arrays.fill(held, 0);
        }
    }
}
