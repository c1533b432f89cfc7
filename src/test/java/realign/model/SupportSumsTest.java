package realign.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The supports are summed over the pairs that can add to them, and give the sums over all n pairs of each row
 * (docs/model.md §1, §3.3): the index of tied and bilateral pairs ({@code AllianceModel.tied}, {@code bilateral})
 * follows W and M through drops, formations, deepenings, leaves, joins and agreements; S^E is summed again only in
 * the rows an agreement or a tariff changed.
 */
class SupportSumsTest {

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

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "calendar-2025, renegotiation.negotiationMonths=0",
        "calendar-2025, economy.deficitTolerance=0",
    })
    void theEconomicSupportIsTheSumOverAllPairsInEveryRound(String scenario, String override) {
        ModelInput input = ModelInput.of(Trajectory.load(scenario).world(),
                Trajectory.load(scenario, override).scenario().modelSpec());
        int[] changes = new int[1];
        new AllianceModel(input, m -> {
            changes[0] += m.economicLog.size() + (m.shocksThisRound > 0 ? 1 : 0);
            // sums the rows renegotiation's agreements changed after its own sum, as the next round would
            m.computeEconomicSupport();
            assertThat(m.economicSupport).as("S^E in round %d", m.round).isEqualTo(denseEconomicSupport(m));
        }).run();
        assertThat(changes[0]).as("agreements and shocks").isPositive();
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

    /** S^E_i = Σ_j X̂_ij·exp(β_E·E_ij)·f_ij over every j, in index order (§1). */
    private static double[] denseEconomicSupport(AllianceModel m) {
        int n = m.n;
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                s[i] += m.agreedTrade[i * n + j] * m.tariffFactor[i * n + j];
            }
        }
        return s;
    }
}
