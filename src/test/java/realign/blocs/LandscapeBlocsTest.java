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

    /**
     * A bloc {0, 1} + {2, 3} whose cut repels by exactly τ (C = −4b = −1e-12 summed directly), while the cut summed
     * incrementally (from the pulls 1 − 2b, rounded) comes out a little below −τ; two unaligned countries 4 and 5
     * attract each other by g, between the two. The split's exact check refuses it; the founding, whose ΔE = −g
     * lowers E by more than τ, must then be made (docs/model.md §3.4: the candidate with the most negative ΔE
     * below −τ, a split counting with its exact C).
     */
    @Test
    void aSplitRefusedByItsExactCheckLeavesTheFoundingItHid() {
        double b = 1e-12 / 4; // τ = 1e-12 · max s² · max |p| = 1e-12
        double g = 1.00004e-12;
        double[] p = {
            0, 1, -b, -b, 0, 0,
            1, 0, -b, -b, 0, 0,
            -b, -b, 0, 1, 0, 0,
            -b, -b, 1, 0, 0, 0,
            0, 0, 0, 0, 0, g,
            0, 0, 0, 0, g, 0
        };
        double[] size = {1, 1, 1, 1, 1, 1};
        // the incremental cut is below −g (else the old code founded anyway), the exact one not below −τ
        assertThat(2 * ((1 - 2 * b) - 1)).isLessThan(-g);
        assertThat(-4 * b).isEqualTo(-1e-12);
        int[] label = {0, 0, 0, 0, UNALIGNED, UNALIGNED};
        LandscapeBlocs blocs = new LandscapeBlocs(6, 2);

        blocs.settle(p, size, label, new MersenneTwisterFast(1));

        assertThat(label).containsExactly(0, 0, 0, 0, 1, 1);
        assertThat(blocs.lastOpenings()).isEqualTo(1);
    }

    // ---- the split move ----------------------------------------------------------------------------------

    /**
     * Clusters of the given sizes: +1 (plus noise of half-width {@code noise}) within a cluster, −1 (plus noise)
     * across; country sizes in (0, 1].
     */
    private static Landscape clusters(long seed, double noise, int... clusterSizes) {
        int n = java.util.Arrays.stream(clusterSizes).sum();
        int[] cluster = new int[n];
        for (int c = 0, i = 0; c < clusterSizes.length; c++) {
            for (int k = 0; k < clusterSizes[c]; k++) {
                cluster[i++] = c;
            }
        }
        MersenneTwisterFast r = new MersenneTwisterFast(seed);
        double[] p = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double v = (cluster[i] == cluster[j] ? 1 : -1) + noise * (2 * r.nextDouble() - 1);
                p[i * n + j] = v;
                p[j * n + i] = v;
            }
        }
        double[] size = new double[n];
        for (int i = 0; i < n; i++) {
            size[i] = 1 - r.nextDouble();
        }
        return new Landscape(p, size, cluster);
    }

    /** The blocs as sets of country indices (unaligned countries as singletons), whatever their labels. */
    private static java.util.Set<java.util.Set<Integer>> partition(int[] label) {
        java.util.Map<Integer, java.util.Set<Integer>> byLabel = new java.util.TreeMap<>();
        java.util.Set<java.util.Set<Integer>> out = new java.util.HashSet<>();
        for (int i = 0; i < label.length; i++) {
            if (label[i] == UNALIGNED) {
                out.add(java.util.Set.of(i));
            } else {
                byLabel.computeIfAbsent(label[i], k -> new java.util.TreeSet<>()).add(i);
            }
        }
        out.addAll(byLabel.values());
        return out;
    }

    private static int blocCount(int[] label) {
        return (int) java.util.Arrays.stream(label).filter(b -> b != UNALIGNED).distinct().count();
    }

    /** Three clear clusters, two of them sharing bloc A at the start: the split move separates them. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void threeClearClustersStartingInTwoBlocsEndInThree(long seed) {
        Landscape l = clusters(seed, 0.4, 7, 5, 4);
        int n = l.size().length;
        int[] label = new int[n];
        for (int i = 0; i < n; i++) {
            label[i] = l.label()[i] == 2 ? 1 : 0; // clusters 0 and 1 in bloc A, cluster 2 in bloc B
        }
        double start = l.energy(label);
        LandscapeBlocs blocs = new LandscapeBlocs(n, 4);

        double end = blocs.settle(l.propensity(), l.size(), label, new MersenneTwisterFast(seed));

        assertThat(partition(label)).isEqualTo(partition(l.label()));
        assertThat(blocs.lastOpenings()).isEqualTo(1);
        assertThat(end).isEqualTo(l.energy(label)).isLessThan(start);
        // the larger part (by total size) keeps A, the other opens the first label never held: C
        assertThat(label[n - 1]).isEqualTo(1);
        assertThat(java.util.Arrays.stream(label).distinct().sorted().toArray()).containsExactly(0, 1, 2);
    }

    /** From a single bloc holding everyone, splits open as many blocs as there are clusters. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void fourClustersInOneBlocSplitIntoFourBlocs(long seed) {
        Landscape l = clusters(seed, 0.4, 6, 5, 5, 3);
        int n = l.size().length;
        int[] label = new int[n];
        LandscapeBlocs blocs = new LandscapeBlocs(n, 6);

        blocs.settle(l.propensity(), l.size(), label, new MersenneTwisterFast(seed));

        assertThat(partition(label)).isEqualTo(partition(l.label()));
        assertThat(blocs.lastOpenings()).isEqualTo(3);
    }

    /** With four clusters and three labels the search opens the third label and stops there. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4})
    void splitsNeverUseMoreThanBlocsMaxLabels(long seed) {
        Landscape l = clusters(seed, 0.4, 6, 5, 5, 3);
        int n = l.size().length;
        for (int labels = 1; labels <= 3; labels++) {
            int[] label = new int[n];
            LandscapeBlocs blocs = new LandscapeBlocs(n, labels);

            double end = blocs.settle(l.propensity(), l.size(), label, new MersenneTwisterFast(seed));

            assertThat(blocCount(label)).as("blocs with %d labels", labels).isEqualTo(labels);
            assertThat(blocs.lastOpenings()).isEqualTo(labels - 1);
            assertThat(java.util.Arrays.stream(label).max().getAsInt()).isLessThan(blocs.labels());
            assertThat(end).isEqualTo(l.energy(label));
        }
    }

    /**
     * A friendly bloc whose two members dislike each other, and two clusters that are friendly across: every split
     * of them raises E, so none is made, although labels are free.
     */
    @Test
    void noSplitIsMadeWhenEverySplitWouldRaiseTheEnergy() {
        int n = 8;
        double[] p = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                p[i * n + j] = i == j ? 0 : 0.5;
            }
        }
        p[1] = p[n] = -1; // countries 0 and 1 repel each other, both like everyone else
        double[] size = {1, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3};
        int[] label = new int[n];
        // the premise, by enumeration: every cut of the bloc in two non-empty parts raises E
        for (int mask = 1; mask < (1 << n) - 1; mask++) {
            int[] parts = new int[n];
            for (int i = 0; i < n; i++) {
                parts[i] = (mask >> i) & 1;
            }
            assertThat(LandscapeBlocs.energy(p, size, parts)).as("cut %s", mask).isPositive();
        }
        LandscapeBlocs blocs = new LandscapeBlocs(n, 4);

        double end = blocs.settle(p, size, label, new MersenneTwisterFast(1));

        assertThat(label).containsOnly(0);
        assertThat(blocs.lastOpenings()).isZero();
        assertThat(end).isZero();

        // two clusters, +1 within and +0.1 across: merged is the minimum, and the search keeps them merged
        Landscape friendly = clusters(3, 0, 5, 5);
        double[] q = friendly.propensity().clone();
        for (int i = 0; i < 10; i++) {
            for (int j = 0; j < 10; j++) {
                if (i != j && q[i * 10 + j] < 0) {
                    q[i * 10 + j] = 0.1;
                }
            }
        }
        int[] together = new int[10];
        LandscapeBlocs two = new LandscapeBlocs(10, 4);
        assertThat(two.settle(q, friendly.size(), together, new MersenneTwisterFast(2))).isZero();
        assertThat(together).containsOnly(0);
        assertThat(two.lastOpenings()).isZero();
    }

    /**
     * Energy never rises across the whole search: at every sweep start (after each split too) E is no larger than
     * before, and the splits made lower it strictly. Random landscapes, everyone in one bloc at the start.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {51, 52, 53, 54, 55, 56, 57, 58, 59, 60})
    void noSweepOrSplitRaisesTheEnergy(long seed) {
        Landscape l = Landscape.random(seed, N, LABELS);
        int[] label = new int[N];
        List<Double> energyAtSweepStart = new ArrayList<>();
        energyAtSweepStart.add(l.energy(label));
        MersenneTwisterFast watching = new MersenneTwisterFast(seed) {
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

        assertThat(blocs.lastOpenings()).as("splits").isPositive();
        energyAtSweepStart.add(end);
        for (int k = 1; k < energyAtSweepStart.size(); k++) {
            assertThat(energyAtSweepStart.get(k)).as("energy at step %d", k)
                    .isLessThanOrEqualTo(energyAtSweepStart.get(k - 1));
        }
        assertThat(end).isLessThan(energyAtSweepStart.get(0));
        assertThat(blocCount(label)).isLessThanOrEqualTo(LABELS);
    }

    /** A settled partition admits no split the heuristic would take: settling it again changes nothing. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {61, 62, 63, 64, 65})
    void aSettledPartitionIsNotSplitAgain(long seed) {
        Landscape l = Landscape.random(seed, N, LABELS);
        int[] label = new int[N];
        LandscapeBlocs blocs = new LandscapeBlocs(N, LABELS);
        blocs.settle(l.propensity(), l.size(), label, new MersenneTwisterFast(seed));
        int[] settled = label.clone();

        blocs.settle(l.propensity(), l.size(), label, new MersenneTwisterFast(seed + 1));

        assertThat(label).isEqualTo(settled);
        assertThat(blocs.lastOpenings()).isZero();
        assertThat(blocs.lastMoves()).isZero();
    }

    /**
     * Relabelling the countries (a permutation of p, s and the start) relabels the result: the same blocs as sets,
     * the same energy, for any seed of the move order.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {71, 72, 73, 74, 75, 76})
    void relabellingTheCountriesRelabelsTheBlocs(long seed) {
        Landscape l = clusters(seed, 0.6, 8, 6, 6, 4);
        int n = l.size().length;
        MersenneTwisterFast r = new MersenneTwisterFast(seed + 1000);
        int[] perm = new int[n]; // country i becomes perm[i]
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        double[] p = new double[n * n];
        double[] size = new double[n];
        for (int i = 0; i < n; i++) {
            size[perm[i]] = l.size()[i];
            for (int j = 0; j < n; j++) {
                p[perm[i] * n + perm[j]] = l.propensity()[i * n + j];
            }
        }
        int[] a = new int[n];
        int[] b = new int[n];
        double ea = new LandscapeBlocs(n, 4).settle(l.propensity(), l.size(), a, new MersenneTwisterFast(seed));
        double eb = new LandscapeBlocs(n, 4).settle(p, size, b, new MersenneTwisterFast(seed + 1));

        int[] back = new int[n];
        for (int i = 0; i < n; i++) {
            back[i] = b[perm[i]];
        }
        assertThat(partition(back)).isEqualTo(partition(a)).isEqualTo(partition(l.label()));
        assertThat(eb).isCloseTo(ea, within(TOL));
    }

    /**
     * A bloc whose members all leave dissolves; its label is not reopened in the same call (so every change of the
     * set of labels is seen between two calls), and it is reopened in the next one when it is the only free label.
     */
    @Test
    void aDissolvedLabelIsReopenedOnlyInTheNextCall() {
        int n = 12; // X = 0..3, Y = 4..7, Z = 8..11 (Z1 = 8, 9 and Z2 = 10, 11)
        double[] size = new double[n];
        java.util.Arrays.fill(size, 1);
        double[] first = new double[n * n];
        double[] second = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    continue;
                }
                int ci = i / 4;
                int cj = j / 4;
                first[i * n + j] = ci == cj ? 1 : -1;
                // then Y joins X (and cares little for itself), Z falls apart into Z1 and Z2
                double v;
                if (ci == 2 && cj == 2) {
                    v = (i < 10) == (j < 10) ? 1 : -1;
                } else if (ci == 2 || cj == 2) {
                    v = -1;
                } else {
                    v = ci == 1 && cj == 1 ? 0.1 : 1;
                }
                second[i * n + j] = v;
            }
        }
        int[] label = {0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2};
        LandscapeBlocs blocs = new LandscapeBlocs(n, 3);
        blocs.settle(first, size, label, new MersenneTwisterFast(1));
        assertThat(label).containsExactly(0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2);

        blocs.settle(second, size, label, new MersenneTwisterFast(2));

        assertThat(label).as("B dissolved; Z1 left C, B may not reopen yet").containsExactly(
                0, 0, 0, 0, 0, 0, 0, 0, UNALIGNED, UNALIGNED, 2, 2);
        assertThat(blocs.lastOpenings()).isZero();

        blocs.settle(second, size, label, new MersenneTwisterFast(3));

        assertThat(label).as("Z1 founds a bloc under the free label B").containsExactly(
                0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 2, 2);
        assertThat(blocs.lastOpenings()).isEqualTo(1);
    }

    /** Everyone unaligned at the start: founding opens the blocs that single moves could never reach. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void countriesThatAllStartUnalignedFoundTheirBlocs(long seed) {
        Landscape l = clusters(seed, 0.4, 5, 4, 3);
        int n = l.size().length;
        int[] label = new int[n];
        java.util.Arrays.fill(label, UNALIGNED);
        LandscapeBlocs blocs = new LandscapeBlocs(n, 3);

        blocs.settle(l.propensity(), l.size(), label, new MersenneTwisterFast(seed));

        assertThat(partition(label)).isEqualTo(partition(l.label()));
        assertThat(blocs.lastOpenings()).isEqualTo(3);
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
