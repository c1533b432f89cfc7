package realign.model;

import realign.world.Vote;

/**
 * The Bayesian trust update of a shock (docs/model.md §2, after Kydd 2005):
 * {@code logit T_ij ← logit T_ij + s·(1 + κB·W_ij + κX·x_ij)·ln(q_r(o)/q_u(o))} for every pair that both voted
 * (x_ij, the target's trade dependence on the actor, only for a tariff), and
 * the affinity update {@code a_ij ← (1 − λs)·a_ij + λs·agree_ij} with λs clipped to 1.
 */
final class Shocks {

    private static final int AGREE = 0;
    private static final int PARTIAL = 1;
    private static final int OPPOSE = 2;
    private static final int TILE = 16;

    private Shocks() {}

    static void apply(AllianceModel m, ModelInput.CompiledShock shock) {
        updateTrust(m, shock);
        if (shock.tariff()) {
            tariff(m, shock);
        }
    }

    /**
     * A tariff at rate r by the actor A on each target i: {@code f_iA = (1 + r)^(−ε)}, replacing an earlier rate of A
     * on i (docs/model.md §2, tariffs). Only the target's view changes: the actor chose the tariff.
     */
    private static void tariff(AllianceModel m, ModelInput.CompiledShock shock) {
        double f = Math.pow(1 + shock.tariffRate(), -m.params.economy().tradeElasticity());
        byte target = (byte) Vote.Y.ordinal();
        int actor = shock.actor();
        byte[] v = shock.votes();
        for (int i = 0; i < m.n; i++) {
            if (v[i] == target && i != actor) {
                m.setTariffFactor(i * m.n + actor, f);
            }
        }
    }

    private static void updateTrust(AllianceModel m, ModelInput.CompiledShock shock) {
        ModelParams.Shock p = m.params.shock();
        double[] llr = {
            Math.log(p.reliableAgree() / p.unreliableAgree()),
            Math.log(p.reliablePartial() / p.unreliablePartial()),
            Math.log(p.reliableOppose() / p.unreliableOppose())
        };
        double[] agreeScore = {1.0, 0.5, 0.0};
        double s = shock.salience();
        double kappa = p.betrayalAmplification();
        boolean tariff = shock.tariff();
        double dependenceWeight = p.dependenceAmplification();
        double lambda = Math.min(1, p.affinityLearning() * s);
        double eps = m.params.trust().epsilon();
        int n = m.n;
        byte[] v = shock.votes();
        byte absent = (byte) Vote.X.ordinal();
        // pairs i < j tile by tile, so that the transposed entries (j, i) stay in cache
        for (int ib = 0; ib < n; ib += TILE) {
            int iEnd = Math.min(n, ib + TILE);
            for (int jb = ib; jb < n; jb += TILE) {
                int jEnd = Math.min(n, jb + TILE);
                for (int i = ib; i < iEnd; i++) {
                    if (v[i] == absent) {
                        continue;
                    }
                    for (int j = Math.max(jb, i + 1); j < jEnd; j++) {
                        if (v[j] == absent || (shock.actor() >= 0 && i != shock.actor() && j != shock.actor())) {
                            continue;
                        }
                        int o = outcome(v[i], v[j]);
                        int ij = i * n + j;
                        int ji = j * n + i;
                        double weight = 1 + kappa * m.tie[ij];
                        if (tariff) {
                            weight += dependenceWeight * dependence(m, i == shock.actor() ? j : i, shock.actor());
                        }
                        double delta = s * weight * llr[o];
                        m.trust[ij] = update(m.trust[ij], delta, eps);
                        m.trust[ji] = update(m.trust[ji], delta, eps);
                        double a = (1 - lambda) * m.affinity[ij] + lambda * agreeScore[o];
                        m.affinity[ij] = a;
                        m.affinity[ji] = a;
                    }
                }
            }
        }
    }

    /**
     * x_iA = X̂_iA·exp(β_E·E_iA) / N^E_i: the share of the target's round-0 trade (at the agreements of now, without
     * tariffs) that goes to the actor; how much a tariff of A hurts i (§2, tariff shock).
     */
    private static double dependence(AllianceModel m, int target, int actor) {
        double need = m.economicNeed[target];
        return need > 0 ? m.agreedTrade[target * m.n + actor] / need : 0;
    }

    private static int outcome(byte x, byte y) {
        if (x == y) {
            return AGREE;
        }
        byte abstain = (byte) Vote.A.ordinal();
        return x == abstain || y == abstain ? PARTIAL : OPPOSE;
    }

    private static double update(double t, double delta, double eps) {
        double logit = Math.log(t / (1 - t)) + delta;
        return InitialState.clip(1 / (1 + Math.exp(-logit)), eps);
    }
}
