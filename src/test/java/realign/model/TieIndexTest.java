package realign.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The index of tied and bilateral pairs ({@code AllianceModel.tied}, {@code bilateral}) follows W and M through
 * drops, formations, deepenings, leaves, joins and agreements, and the supports summed over it are the sums over
 * all n² pairs (docs/model.md §1, §3.3).
 */
class TieIndexTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "us-leaves-nato, renegotiation.dropThreshold=0.45",
        "us-vote-2025, trust.noise=0.02",
        "calendar-2025, renegotiation.negotiationMonths=2",
        "repeated-shocks, renegotiation.upkeep=0",
    })
    void theIndexOfTiesFollowsTheTiesInEveryRound(String scenario, String override) {
        ModelInput input = ModelInput.of(Trajectory.load(scenario).world(),
                Trajectory.load(scenario, override).scenario().modelSpec());
        int[] changes = new int[1];
        new AllianceModel(input, m -> {
            changes[0] += m.log.size();
            int n = m.n;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    int ij = i * n + j;
                    String pair = m.iso3(i) + "-" + m.iso3(j) + " in round " + m.round;
                    assertThat(bit(m.tied, m.words, i, j)).as("tied %s", pair).isEqualTo(m.tie[ij] > 0);
                    assertThat(bit(m.bilateral, m.words, i, j)).as("bilateral %s", pair)
                            .isEqualTo(m.tie[ij] > 0 && !m.multilateral[ij]);
                }
            }
            double[] recorded = m.support.clone();
            m.computeSupport();
            assertThat(m.support).as("S over the index in round %d", m.round).isEqualTo(denseSupport(m));
            System.arraycopy(recorded, 0, m.support, 0, n);
        }).run();
        assertThat(changes[0]).as("tie events").isPositive();
    }

    private static boolean bit(long[] index, int words, int i, int j) {
        return (index[i * words + (j >>> 6)] & 1L << j) != 0;
    }

    /** S_i = Σ_j W_ij T_ij c_j over every j with W_ij &gt; 0, in index order (§1). */
    private static double[] denseSupport(AllianceModel m) {
        int n = m.n;
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double w = m.tie[i * n + j];
                if (w > 0) {
                    s[i] += w * m.trust[i * n + j] * m.capability[j];
                }
            }
        }
        return s;
    }
}
