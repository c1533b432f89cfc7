package realign.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SeedsTest {

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 7, 20250224, 0x7FFF_FFFF_FFFF_FFFFL, 0x4000_0000_0000_0000L})
    void noTwoRunsOfA10000RunSweepShareASeed(long master) {
        for (int replicates : new int[] {1, 10, 100, 10_000}) {
            int points = 10_000 / replicates;
            Set<Long> seen = new HashSet<>();
            for (int p = 0; p < points; p++) {
                for (int r = 0; r < replicates; r++) {
                    long seed = Seeds.derive(master, p, r, replicates, Seeds.Rule.INDEPENDENT);
                    assertThat(seed).isNotNegative();
                    assertThat(seen.add(seed)).as("seed of point %d replicate %d is new", p, r).isTrue();
                }
            }
            assertThat(seen).hasSize(10_000);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 7, 20250224})
    void seedsAreAPureFunctionOfTheMasterSeedAndTheRunsPointAndReplicate(long master) {
        for (int p = 0; p < 50; p++) {
            for (int r = 0; r < 4; r++) {
                long seed = Seeds.derive(master, p, r, 4, Seeds.Rule.INDEPENDENT);
                assertThat(Seeds.derive(master, p, r, 4, Seeds.Rule.INDEPENDENT)).isEqualTo(seed);
                assertThat(Seeds.derive(master + 1, p, r, 4, Seeds.Rule.INDEPENDENT)).isNotEqualTo(seed);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 7, 20250224})
    void commonRuleGivesReplicateRTheSameSeedAtEveryPointAndReplicatesDifferentSeeds(long master) {
        Set<Long> byReplicate = new HashSet<>();
        for (int r = 0; r < 30; r++) {
            long seed = Seeds.derive(master, 0, r, 30, Seeds.Rule.COMMON);
            byReplicate.add(seed);
            for (int p = 1; p < 200; p++) {
                assertThat(Seeds.derive(master, p, r, 30, Seeds.Rule.COMMON)).isEqualTo(seed);
            }
        }
        assertThat(byReplicate).hasSize(30);
    }

    @Test
    void aSweepsRunsGetTheSeedsDerivedFromItsMasterSeedAndRule(@TempDir Path tmp) throws Exception {
        String body = """
                seed: 99
                replicates: 3
                %s
                factors:
                  shock.salience: {values: [0.1, 0.2, 0.3, 0.4]}
                outcomes:
                  - {metric: trust_in_usa_eu, summary: final}
                """;
        Sweep independent = SweepFixture.read(SweepFixture.sweepFile(tmp, "independent.yaml", body.formatted("")));
        Sweep common = SweepFixture.read(SweepFixture.sweepFile(tmp, "common.yaml", body.formatted("seeds: common")));

        assertThat(independent.runs()).isEqualTo(12);
        Set<Long> seen = new HashSet<>();
        for (int run = 0; run < 12; run++) {
            int p = run / 3;
            int r = run % 3;
            assertThat(independent.point(run)).isEqualTo(p);
            assertThat(independent.replicate(run)).isEqualTo(r);
            assertThat(independent.seed(run)).isEqualTo(Seeds.derive(99, p, r, 3, Seeds.Rule.INDEPENDENT));
            seen.add(independent.seed(run));
            assertThat(common.seed(run)).isEqualTo(Seeds.derive(99, 0, r, 3, Seeds.Rule.COMMON));
        }
        assertThat(seen).hasSize(12);
    }
}
