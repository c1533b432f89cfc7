package realign.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The designs have the properties they claim. */
class DesignTest {

    private static final List<Factor> RANGES = List.of(
            Factor.ofRange("u", 0, 10, Factor.Dist.UNIFORM),
            Factor.ofRange("l", 0.01, 100, Factor.Dist.LOGUNIFORM),
            Factor.ofRange("i", 1, 6, Factor.Dist.INT));

    static Stream<Arguments> lhsCases() {
        return Stream.of(Arguments.of(1L, 10), Arguments.of(2L, 37), Arguments.of(3L, 100), Arguments.of(4L, 2));
    }

    @ParameterizedTest(name = "seed {0}, n = {1}")
    @MethodSource("lhsCases")
    void aLatinHypercubeHasExactlyOnePointInEachStratumOfEachFactor(long seed, int n) {
        List<Factor> unit = List.of(Factor.ofRange("a", 0, 1, Factor.Dist.UNIFORM),
                Factor.ofRange("b", 0, 1, Factor.Dist.UNIFORM), Factor.ofRange("c", 0, 1, Factor.Dist.UNIFORM));
        List<double[]> points = new Design.LatinHypercube(n).points(unit, seed);
        assertThat(points).hasSize(n);
        for (int f = 0; f < unit.size(); f++) {
            Set<Integer> strata = new HashSet<>();
            for (double[] p : points) {
                strata.add((int) Math.floor(p[f] * n));
            }
            assertThat(strata).as("factor %d", f).hasSize(n);
        }
    }

    @Test
    void aGridIsTheFullProductWithTheLastFactorFastest() {
        List<Factor> f = List.of(Factor.ofValues("a", List.of(1.0, 2.0)), Factor.ofValues("b", List.of(10.0, 20.0, 30.0)));
        List<double[]> points = new Design.Grid(5).points(f, 1);
        assertThat(points).containsExactly(new double[] {1, 10}, new double[] {1, 20}, new double[] {1, 30},
                new double[] {2, 10}, new double[] {2, 20}, new double[] {2, 30});
        List<double[]> levels = new Design.Grid(3).points(List.of(Factor.ofRange("x", 0, 1, Factor.Dist.UNIFORM)), 1);
        assertThat(levels).containsExactly(new double[] {0}, new double[] {0.5}, new double[] {1});
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void randomPointsStayInTheirRangesAndRespectTheirDistributions(long seed) {
        List<double[]> points = new Design.RandomSample(2000).points(RANGES, seed);
        int belowOne = 0;
        Set<Double> ints = new HashSet<>();
        for (double[] p : points) {
            assertThat(p[0]).isBetween(0.0, 10.0);
            assertThat(p[1]).isBetween(0.01, 100.0);
            assertThat(p[2]).isBetween(1.0, 6.0).isEqualTo(Math.rint(p[2]));
            ints.add(p[2]);
            belowOne += p[1] < 1 ? 1 : 0;
        }
        // log-uniform on [0.01, 100]: half the mass lies below 1
        assertThat(belowOne / 2000.0).isBetween(0.45, 0.55);
        assertThat(ints).containsExactlyInAnyOrder(1.0, 2.0, 3.0, 4.0, 5.0, 6.0);
    }

    @Test
    void saltelliPointsComeInGroupsWhereAbIDiffersFromAOnlyInColumnI() {
        int n = 16;
        int k = RANGES.size();
        List<double[]> points = new Design.Saltelli(n).points(RANGES, 5);
        assertThat(points).hasSize(n * (k + 2));
        for (int j = 0; j < n; j++) {
            double[] a = points.get(j * (k + 2));
            double[] b = points.get(j * (k + 2) + 1);
            for (int i = 0; i < k; i++) {
                double[] ab = points.get(j * (k + 2) + 2 + i);
                for (int c = 0; c < k; c++) {
                    assertThat(ab[c]).isEqualTo(c == i ? b[c] : a[c]);
                }
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void morrisTrajectoriesMoveOneFactorAtATimeByDelta(long seed) {
        List<Factor> unit = List.of(Factor.ofRange("a", 0, 1, Factor.Dist.UNIFORM),
                Factor.ofRange("b", 0, 1, Factor.Dist.UNIFORM), Factor.ofRange("c", 0, 1, Factor.Dist.UNIFORM));
        Design.Morris design = new Design.Morris(12, 6);
        List<double[]> points = design.points(unit, seed);
        int k = unit.size();
        assertThat(points).hasSize(12 * (k + 1));
        for (int t = 0; t < 12; t++) {
            Set<Integer> moved = new HashSet<>();
            for (int s = 1; s <= k; s++) {
                double[] before = points.get(t * (k + 1) + s - 1);
                double[] after = points.get(t * (k + 1) + s);
                int changed = 0;
                for (int f = 0; f < k; f++) {
                    assertThat(after[f]).isBetween(0.0, 1.0);
                    if (before[f] != after[f]) {
                        changed++;
                        moved.add(f);
                        assertThat(Math.abs(after[f] - before[f])).isCloseTo(design.delta(),
                                org.assertj.core.api.Assertions.within(1e-12));
                    }
                }
                assertThat(changed).isEqualTo(1);
            }
            assertThat(moved).hasSize(k);
        }
    }

    @ParameterizedTest(name = "master seed {0}")
    @ValueSource(longs = {0, 1, 20250224, Long.MAX_VALUE})
    void seedsAreDeterministicAndNeverRepeatInATenThousandRunSweep(long master) {
        Set<Long> seen = new HashSet<>();
        for (int p = 0; p < 1000; p++) {
            for (int r = 0; r < 10; r++) {
                long s = Seeds.derive(master, p, r, 10, Seeds.Rule.INDEPENDENT);
                assertThat(s).isNotNegative().isEqualTo(Seeds.derive(master, p, r, 10, Seeds.Rule.INDEPENDENT));
                seen.add(s);
            }
        }
        assertThat(seen).hasSize(10_000);
        assertThat(Seeds.derive(master, 3, 1, 10, Seeds.Rule.COMMON)).isEqualTo(Seeds.derive(master, 7, 1, 10,
                Seeds.Rule.COMMON)).isNotEqualTo(Seeds.derive(master, 3, 2, 10, Seeds.Rule.COMMON));
        assertThat(Seeds.derive(master + 1, 0, 0, 10, Seeds.Rule.INDEPENDENT))
                .isNotEqualTo(Seeds.derive(master, 0, 0, 10, Seeds.Rule.INDEPENDENT));
    }
}
