package realign.model;

import realign.blocs.LandscapeBlocs;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Blocs (docs/model.md §3.4): propensity {@code p_ij = (T_ij + T_ji − 1) + ηW·W_ij + ηA(2a_ij − 1)}, sizes
 * {@code s_i = c_i}, settled from last round's partition by {@link LandscapeBlocs} (best response, and the opening
 * of new blocs by a split or a founding).
 */
final class BlocPhase implements Steppable {

    private static final long serialVersionUID = 1L;

    private static final int TILE = 32;

    private final AllianceModel m;
    private final double[] propensity;

    BlocPhase(AllianceModel m) {
        this.m = m;
        this.propensity = new double[m.n * m.n];
    }

    @Override
    public void step(SimState state) {
        settle();
    }

    void settle() {
        int n = m.n;
        ModelParams.Blocs p = m.params.blocs();
        double etaTie = p.etaTie();
        double etaAffinity = p.etaAffinity();
        // p is symmetric; it is filled tile by tile so that the transposed reads T_ji stay in cache. The largest |p_ij|
        // (the scale of the search's tolerance) is found on the way: a comparison the branch predictor learns, and a
        // flag that makes it NaN, as Math.max would, if a p_ij is NaN
        double maxAbs = 0;
        boolean nan = false;
        for (int ib = 0; ib < n; ib += TILE) {
            int iEnd = Math.min(n, ib + TILE);
            for (int jb = ib; jb < n; jb += TILE) {
                int jEnd = Math.min(n, jb + TILE);
                for (int i = ib; i < iEnd; i++) {
                    int row = i * n;
                    for (int j = Math.max(jb, i + 1); j < jEnd; j++) {
                        int ij = row + j;
                        int ji = j * n + i;
                        double v = (m.trust[ij] + m.trust[ji] - 1) + etaTie * m.tie[ij]
                                + etaAffinity * (2 * m.affinity[ij] - 1);
                        propensity[ij] = v;
                        propensity[ji] = v;
                        double a = Math.abs(v);
                        if (a > maxAbs) {
                            maxAbs = a;
                        } else if (a != a) {
                            nan = true;
                        }
                    }
                }
            }
            for (int i = ib; i < iEnd; i++) {
                propensity[i * n + i] = 0;
            }
        }
        m.energy = m.blocs.settle(propensity, nan ? Double.NaN : maxAbs, m.capability, m.bloc, m.random);
    }

    /** Round 0: the B_max most capable countries seed the labels; everyone else starts unaligned. */
    static void seed(AllianceModel m) {
        int labels = m.blocs.labels();
        Integer[] byCapability = new Integer[m.n];
        for (int i = 0; i < m.n; i++) {
            byCapability[i] = i;
        }
        java.util.Arrays.sort(byCapability, (a, b) -> {
            int c = Double.compare(m.capability[b], m.capability[a]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        for (int b = 0; b < Math.min(labels, m.n); b++) {
            m.bloc[byCapability[b]] = b;
        }
    }
}
