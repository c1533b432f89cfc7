package realign.blocs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static realign.blocs.LandscapeBlocs.UNALIGNED;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Landscape blocs, docs/model.md §3.4, and properties 3 and 7 of §5. */
class LandscapeBlocsTest {

    private static final int N = 40;
    private static final int LABELS = 4;
    /** Energies of partitions that a move cannot separate agree to round-off. */
    private static final double TOL = 1e-9;

    /** A symmetric landscape with a planted structure plus noise, and a random starting partition. */
    private record Landscape(double[] propensity, double[] size, int[] label) {

        static Landscape random(long seed, int n, int labels) {
            MersenneTwisterFast r = new MersenneTwisterFast(seed);
            int[] planted = new int[n];
            for (int i = 0; i < n; i++) {
                planted[i] = r.nextInt(3);
            }
            double[] p = new double[n * n];
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double v = (planted[i] == planted[j] ? 0.5 : -0.5) + 0.8 * (2 * r.nextDouble() - 1);
                    p[i * n + j] = v;
                    p[j * n + i] = v;
                }
            }
            double[] size = new double[n];
            int[] label = new int[n];
            for (int i = 0; i < n; i++) {
                size[i] = 1 - r.nextDouble();
                label[i] = r.nextInt(labels + 1) - 1;
            }
            return new Landscape(p, size, label);
        }

        double energy(int[] l) {
            return LandscapeBlocs.energy(propensity, size, l);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void settlingNeverRaisesTheEnergyOfTheStartingPartition(long seed) {
        Landscape l = Landscape.random(seed, N, LABELS);
        int[] label = l.label().clone();
        double start = l.energy(label);
        LandscapeBlocs blocs = new LandscapeBlocs(N, LABELS);

        double end = blocs.settle(l.propensity(), l.size(), label, new MersenneTwisterFast(seed + 100));

        assertThat(end).isEqualTo(l.energy(label));
        assertThat(blocs.lastMoves()).isPositive();
        assertThat(end).isLessThan(start);
    }

    /** Moves happen between the shuffles that start each sweep, so the generator sees every sweep's partition. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13, 14, 15})
    void noSweepOfBestResponsesRaisesTheEnergy(long seed) {
        Landscape l = Landscape.random(seed, N, LABELS);
        int[] label = l.label().clone();
        List<Double> energyAtSweepStart = new ArrayList<>();
        MersenneTwisterFast watching = new MersenneTwisterFast(seed + 100) {
            @Override
            public int nextInt(int bound) {
                if (bound == N) {
                    energyAtSweepStart.add(l.energy(label));
                }
                return super.nextInt(bound);
            }
        };
        LandscapeBlocs blocs = new LandscapeBlocs(N, LABELS);

        double end = blocs.settle(l.propensity(), l.size(), label, watching);

        assertThat(energyAtSweepStart).hasSize(blocs.lastSweeps()).hasSizeGreaterThan(1);
        energyAtSweepStart.add(end);
        for (int k = 1; k < energyAtSweepStart.size(); k++) {
            assertThat(energyAtSweepStart.get(k)).as("energy after sweep %d", k)
                    .isLessThanOrEqualTo(energyAtSweepStart.get(k - 1));
        }
    }

    /**
     * From a settled partition, move one country elsewhere; when settling again makes a single move, that move
     * takes the mover to the label of least energy and does not raise E.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {21, 22, 23, 24, 25})
    void aSingleBestResponseMoveGoesToTheLabelOfLeastEnergyAndNeverRaisesIt(long seed) {
        Landscape l = Landscape.random(seed, N, LABELS);
        int[] settled = l.label().clone();
        new LandscapeBlocs(N, LABELS).settle(l.propensity(), l.size(), settled, new MersenneTwisterFast(seed));
        int singleMoves = 0;
        for (int i = 0; i < N; i++) {
            for (int b = UNALIGNED; b < LABELS; b++) {
                if (b == settled[i]) {
                    continue;
                }
                int[] perturbed = settled.clone();
                perturbed[i] = b;
                int[] label = perturbed.clone();
                LandscapeBlocs blocs = new LandscapeBlocs(N, LABELS);
                double end = blocs.settle(l.propensity(), l.size(), label, new MersenneTwisterFast(seed + i));
                assertThat(end).isLessThanOrEqualTo(l.energy(perturbed) + TOL);
                if (blocs.lastMoves() != 1) {
                    continue;
                }
                singleMoves++;
                int mover = -1;
                for (int k = 0; k < N; k++) {
                    if (label[k] != perturbed[k]) {
                        mover = k;
                    }
                }
                assertThat(end).isCloseTo(leastEnergyOfOneMove(l, perturbed, mover), within(TOL))
                        .isLessThan(l.energy(perturbed));
            }
        }
        assertThat(singleMoves).as("perturbations settled by a single move").isPositive();
    }

    /** No single move of one country to another label (or to unaligned) lowers the energy of a settled partition. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {31, 32, 33, 34, 35})
    void aSettledPartitionIsALocalMinimumOfTheEnergy(long seed) {
        Landscape l = Landscape.random(seed, N, LABELS);
        int[] label = l.label().clone();
        double end = new LandscapeBlocs(N, LABELS).settle(l.propensity(), l.size(), label, new MersenneTwisterFast(seed));
        for (int i = 0; i < N; i++) {
            assertThat(leastEnergyOfOneMove(l, label, i)).as("best move of %d", i).isGreaterThanOrEqualTo(end - TOL);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {41, 42, 43, 44, 45})
    void settlingAnAlreadySettledPartitionMakesNoMove(long seed) {
        Landscape l = Landscape.random(seed, N, LABELS);
        int[] label = l.label().clone();
        LandscapeBlocs blocs = new LandscapeBlocs(N, LABELS);
        double first = blocs.settle(l.propensity(), l.size(), label, new MersenneTwisterFast(seed));
        int[] settled = label.clone();

        double second = blocs.settle(l.propensity(), l.size(), label, new MersenneTwisterFast(seed + 1));

        assertThat(blocs.lastMoves()).isZero();
        assertThat(blocs.lastSweeps()).isEqualTo(1);
        assertThat(label).isEqualTo(settled);
        assertThat(second).isEqualTo(first);
    }

    /**
     * Property 7: two pairs that attract each other and repel across settle into exactly the two blocs {0,1} and
     * {2,3}, from the model's start (each of the B_max most capable countries seeds a label), whatever the order
     * of moves.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void twoFriendlyPairsThatRepelEachOtherSettleIntoExactlyTwoBlocs(long seed) {
        double[] p = {
            0, 1, -1, -1,
            1, 0, -1, -1,
            -1, -1, 0, 1,
            -1, -1, 1, 0
        };
        MersenneTwisterFast r = new MersenneTwisterFast(seed);
        double[] size = {1 - r.nextDouble(), 1 - r.nextDouble(), 1 - r.nextDouble(), 1 - r.nextDouble()};
        int[] label = {0, 1, 2, 3};

        double energy = new LandscapeBlocs(4, 4).settle(p, size, label, r);

        assertThat(label[0]).isEqualTo(label[1]).isNotEqualTo(UNALIGNED);
        assertThat(label[2]).isEqualTo(label[3]).isNotEqualTo(UNALIGNED).isNotEqualTo(label[0]);
        double across = -(size[0] * size[2] + size[0] * size[3] + size[1] * size[2] + size[1] * size[3]);
        assertThat(energy).isCloseTo(across, within(1e-12));
    }

    /** With two labels, seeded (as the model does) by the two most capable countries, one in each pair. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4})
    void twoFriendlyPairsFillTwoLabelsSeededOneInEachPair(long seed) {
        double[] p = {
            0, 2, -1, -1,
            2, 0, -1, -1,
            -1, -1, 0, 2,
            -1, -1, 2, 0
        };
        double[] size = {0.9, 0.3, 0.5, 1.0};
        int[] label = {1, UNALIGNED, UNALIGNED, 0};

        new LandscapeBlocs(4, 2).settle(p, size, label, new MersenneTwisterFast(seed));

        assertThat(label).containsExactly(1, 1, 0, 0);
    }

    @Test
    void energySumsThePairsInDifferentBlocsCountingEveryUnalignedCountryAsABlocOfItsOwn() {
        double[] p = {
            0, 1, 2, 3,
            1, 0, 4, 5,
            2, 4, 0, 6,
            3, 5, 6, 0
        };
        double[] size = {1, 2, 1, 1};

        assertThat(LandscapeBlocs.energy(p, size, new int[] {0, 0, 0, 0})).isZero();
        assertThat(LandscapeBlocs.energy(p, size, new int[] {0, 0, 1, 1})).isEqualTo(2 + 3 + 2 * 4 + 2 * 5);
        assertThat(LandscapeBlocs.energy(p, size, new int[] {0, 0, UNALIGNED, UNALIGNED}))
                .isEqualTo(2 + 3 + 2 * 4 + 2 * 5 + 6);
        assertThat(LandscapeBlocs.energy(p, size, new int[] {UNALIGNED, UNALIGNED, UNALIGNED, UNALIGNED}))
                .isEqualTo(2 * 1 + 2 + 3 + 2 * 4 + 2 * 5 + 6);
    }

    /** min over labels b (and unaligned) of E(partition with country i moved to b), the current label included. */
    private static double leastEnergyOfOneMove(Landscape l, int[] label, int i) {
        int[] moved = label.clone();
        double least = Double.POSITIVE_INFINITY;
        for (int b = UNALIGNED; b < LABELS; b++) {
            moved[i] = b;
            least = Math.min(least, l.energy(moved));
        }
        return least;
    }
}
