package realign.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DesignPropertiesTest {

    private static final List<Factor> MIXED = List.of(
            Factor.ofRange("shock.salience", 0.1, 0.8, Factor.Dist.UNIFORM),
            Factor.ofRange("trust.noise", 0.001, 0.1, Factor.Dist.LOGUNIFORM),
            Factor.ofRange("blocs.max", 1, 6, Factor.Dist.INT),
            Factor.ofValues("shock.betrayalAmplification", List.of(0.0, 0.5, 1.0, 2.0)));

    @Test
    void gridIsTheFullCartesianProductInOrderWithTheLastFactorVaryingFastest() {
        List<Factor> factors = List.of(
                Factor.ofValues("shock.salience", List.of(0.1, 0.2, 0.35)),
                Factor.ofRange("trust.reversion", 0, 0.1, Factor.Dist.UNIFORM),
                Factor.ofValues("shock.betrayalAmplification", List.of(0.0, 2.0)));

        List<double[]> points = new Design.Grid(3).points(factors, 1);

        List<List<Double>> expected = new ArrayList<>();
        for (double s : List.of(0.1, 0.2, 0.35)) {
            for (double r : List.of(0.0, 0.05, 0.1)) {
                for (double b : List.of(0.0, 2.0)) {
                    expected.add(List.of(s, r, b));
                }
            }
        }
        assertThat(points).hasSize(18);
        for (int p = 0; p < points.size(); p++) {
            assertThat(points.get(p)).as("point %d", p)
                    .containsExactly(expected.get(p).stream().mapToDouble(Double::doubleValue).toArray(), within(1e-15));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 7, 20250224, Long.MAX_VALUE})
    void randomPointsLieWithinEveryFactorsRangeAndTakeItsKindOfValue(long seed) {
        List<double[]> points = new Design.RandomSample(500).points(MIXED, seed);

        assertThat(points).hasSize(500);
        for (double[] x : points) {
            assertThat(x[0]).isBetween(0.1, 0.8);
            assertThat(x[1]).isBetween(0.001, 0.1);
            assertThat(x[2]).isBetween(1.0, 6.0).isEqualTo(Math.rint(x[2]));
            assertThat(x[3]).isIn(0.0, 0.5, 1.0, 2.0);
        }
        Set<Double> ints = new HashSet<>();
        points.forEach(x -> ints.add(x[2]));
        assertThat(ints).as("every whole number of the int range is drawn").containsExactlyInAnyOrder(1.0, 2.0, 3.0,
                4.0, 5.0, 6.0);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 20250224})
    void everyDesignGivesTheSamePointsForTheSameSeedAndOthersForAnotherSeed(long seed) {
        for (Design d : List.of(new Design.RandomSample(20), new Design.LatinHypercube(20), new Design.Saltelli(8),
                new Design.Morris(5, 4))) {
            List<double[]> a = d.points(MIXED, seed);
            List<double[]> b = d.points(MIXED, seed);
            List<double[]> other = d.points(MIXED, seed + 1);
            assertThat(values(a)).as(d.kind()).isEqualTo(values(b)).isNotEqualTo(values(other));
        }
    }

    static Stream<Arguments> seedsAndSizes() {
        return Stream.of(1L, 42L, 20250224L).flatMap(seed -> Stream.of(1, 2, 7, 50, 256)
                .map(n -> Arguments.of(seed, n)));
    }

    @ParameterizedTest(name = "seed {0}, n = {1}")
    @MethodSource("seedsAndSizes")
    void latinHypercubeHasExactlyOnePointInEachOfTheNStrataOfEveryFactor(long seed, int n) {
        List<Factor> factors = List.of(
                Factor.ofRange("shock.salience", 0.1, 0.8, Factor.Dist.UNIFORM),
                Factor.ofRange("trust.noise", 0.001, 0.1, Factor.Dist.LOGUNIFORM),
                Factor.ofRange("trust.reversion", 0, 1, Factor.Dist.UNIFORM));

        List<double[]> points = new Design.LatinHypercube(n).points(factors, seed);

        assertThat(points).hasSize(n);
        for (int f = 0; f < factors.size(); f++) {
            Set<Integer> strata = new HashSet<>();
            for (double[] x : points) {
                double u = factors.get(f).unit(x[f]);
                assertThat(u).isBetween(0.0, 1.0);
                strata.add(Math.min(n - 1, (int) Math.floor(u * n)));
            }
            assertThat(strata).as("strata of %s", factors.get(f).name()).hasSize(n);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5})
    void saltelliHasNTimesKPlusTwoPointsWithABiDifferingFromAOnlyInColumnI(int k) {
        List<Factor> factors = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            factors.add(Factor.ofRange("x" + f, -1, 1 + f, Factor.Dist.UNIFORM));
        }
        int n = 64;

        List<double[]> points = new Design.Saltelli(n).points(factors, 7);

        assertThat(points).hasSize(n * (k + 2));
        Set<Double> firstColumnOfA = new HashSet<>();
        for (int j = 0; j < n; j++) {
            double[] a = points.get(j * (k + 2));
            double[] b = points.get(j * (k + 2) + 1);
            firstColumnOfA.add(a[0]);
            for (int f = 0; f < k; f++) {
                assertThat(a[f]).isBetween(-1.0, 1.0 + f);
                assertThat(b[f]).isBetween(-1.0, 1.0 + f);
            }
            for (int i = 0; i < k; i++) {
                double[] abi = points.get(j * (k + 2) + 2 + i);
                for (int c = 0; c < k; c++) {
                    assertThat(abi[c]).as("row %d of AB_%d, column %d", j, i, c).isEqualTo(c == i ? b[c] : a[c]);
                }
            }
        }
        assertThat(firstColumnOfA).as("base rows are distinct points of the sequence").hasSize(n);
    }

    static Stream<Arguments> morrisSettings() {
        return Stream.of(1L, 99L, 20250224L).flatMap(seed -> Stream.of(4, 6, 8).map(p -> Arguments.of(seed, p)));
    }

    @ParameterizedTest(name = "seed {0}, {1} levels")
    @MethodSource("morrisSettings")
    void morrisTrajectoriesMoveEachFactorOnceByDeltaOnThePLevelGrid(long seed, int levels) {
        List<Factor> factors = List.of(
                Factor.ofRange("a", 0, 1, Factor.Dist.UNIFORM),
                Factor.ofRange("b", -2, 2, Factor.Dist.UNIFORM),
                Factor.ofRange("c", 10, 20, Factor.Dist.UNIFORM),
                Factor.ofRange("d", 0.5, 0.6, Factor.Dist.UNIFORM));
        int k = factors.size();
        int r = 12;
        Design.Morris design = new Design.Morris(r, levels);
        double delta = levels / (2.0 * (levels - 1));

        List<double[]> points = design.points(factors, seed);

        assertThat(design.delta()).isEqualTo(delta);
        assertThat(points).hasSize(r * (k + 1));
        for (int t = 0; t < r; t++) {
            Set<Integer> moved = new HashSet<>();
            for (int s = 0; s <= k; s++) {
                double[] x = points.get(t * (k + 1) + s);
                for (int f = 0; f < k; f++) {
                    double gridPosition = factors.get(f).unit(x[f]) * (levels - 1);
                    assertThat(gridPosition).as("on the grid").isCloseTo(Math.rint(gridPosition), within(1e-9))
                            .isBetween(-1e-9, levels - 1 + 1e-9);
                }
                if (s == 0) {
                    continue;
                }
                double[] before = points.get(t * (k + 1) + s - 1);
                List<Integer> changed = new ArrayList<>();
                for (int f = 0; f < k; f++) {
                    if (before[f] != x[f]) {
                        changed.add(f);
                        double step = factors.get(f).unit(x[f]) - factors.get(f).unit(before[f]);
                        assertThat(Math.abs(step)).as("trajectory %d step %d", t, s).isCloseTo(delta, within(1e-9));
                    }
                }
                assertThat(changed).as("trajectory %d step %d moves one factor", t, s).hasSize(1);
                moved.add(changed.get(0));
            }
            assertThat(moved).as("trajectory %d moves every factor once", t).hasSize(k);
        }
    }

    private static List<List<Double>> values(List<double[]> points) {
        return points.stream().map(x -> java.util.Arrays.stream(x).boxed().toList()).toList();
    }
}
