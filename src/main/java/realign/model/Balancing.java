package realign.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Internal balancing (docs/model.md §3.3b): a country that has sought partners for {@code balancing.lag} rounds in
 * a row raises its military spending, hence the military half of its capability, by {@code balancing.rate} a
 * round, up to {@code balancing.cap} times its round-0 value:
 * {@code B_i ← min(B_i + r_B·(c^mil_i + B_i), (m_B − 1)·c^mil_i)}, {@code c_i = c_i(0) + B_i}. The build-up B_i
 * counts towards i's own security in the deficit (§3.3) and, as capability, in everyone's support and in bloc
 * sizes (§3.4). Runs after renegotiation, on the seeking flags it set.
 */
final class Balancing implements Steppable {

    private static final long serialVersionUID = 1L;

    private final AllianceModel m;
    /** rounds in a row each country has sought partners */
    private final int[] seekingRounds;

    Balancing(AllianceModel m) {
        this.m = m;
        this.seekingRounds = new int[m.n];
    }

    @Override
    public void step(SimState state) {
        ModelParams.Balancing p = m.params.balancing();
        double[] military = m.input.military;
        int raised = 0;
        for (int i = 0; i < m.n; i++) {
            seekingRounds[i] = m.seeking[i] ? seekingRounds[i] + 1 : 0;
            m.balancing[i] = false;
            if (seekingRounds[i] < p.lag()) {
                continue;
            }
            double top = (p.cap() - 1) * military[i];
            double next = Math.min(m.buildUp[i] + p.rate() * (military[i] + m.buildUp[i]), top);
            if (next > m.buildUp[i]) {
                m.buildUp[i] = next;
                m.capability[i] = m.input.capability[i] + next;
                m.balancing[i] = true;
                raised++;
            }
        }
        m.balancers = raised;
    }
}
