package realign.blocs;

import static org.assertj.core.api.Assertions.assertThat;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LandscapeBlocsTest {

    /** A random symmetric propensity matrix with a zero diagonal and random positive sizes. */
    private static double[][] randomLandscape(int n, long seed) {
        MersenneTwisterFast r = new MersenneTwisterFast(seed);
        double[] p = new double[n * n];
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            s[i] = 0.01 + r.nextDouble();
            for (int j = i + 1; j < n; j++) {
                double v = 2 * r.nextDouble() - 1;
                p[i * n + j] = v;
                p[j * n + i] = v;
            }
        }
        return new double[][] {p, s};
    }

    @Test
    void aHandSolvableLandscapeSplitsIntoItsTwoFriendlyPairs() {
        // 0-1 and 2-3 like each other, everyone else dislikes the other pair
        double[] p = {
            0, 1, -1, -1,
            1, 0, -1, -1,
            -1, -1, 0, 1,
            -1, -1, 1, 0};
        double[] s = {1, 1, 1, 1};
        for (long seed = 1; seed <= 20; seed++) {
            int[] label = {0, LandscapeBlocs.UNALIGNED, LandscapeBlocs.UNALIGNED, 1};
            double e = new LandscapeBlocs(4, 2).settle(p, s, label, new MersenneTwisterFast(seed));
            assertThat(label[0]).isEqualTo(label[1]);
            assertThat(label[2]).isEqualTo(label[3]);
            assertThat(label[0]).isNotEqualTo(label[2]);
            assertThat(label).doesNotContain(LandscapeBlocs.UNALIGNED);
            assertThat(e).isEqualTo(-4.0); // the four negative cross pairs, each −1
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34})
    void bestResponseMovesNeverRaiseTheEnergy(long seed) {
        int n = 40;
        double[][] ls = randomLandscape(n, seed);
        MersenneTwisterFast r = new MersenneTwisterFast(seed + 1000);
        int[] label = new int[n];
        for (int i = 0; i < n; i++) {
            label[i] = r.nextInt(5) - 1; // −1 is unaligned
        }
        double before = LandscapeBlocs.energy(ls[0], ls[1], label);
        LandscapeBlocs blocs = new LandscapeBlocs(n, 4);
        double after = blocs.settle(ls[0], ls[1], label, r);
        assertThat(after).isLessThanOrEqualTo(before + 1e-12);
        assertThat(after).isEqualTo(LandscapeBlocs.energy(ls[0], ls[1], label));
        assertThat(blocs.lastMoves()).isPositive();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4})
    void theSearchEndsWhereNoSingleMoveLowersTheEnergy(long seed) {
        int n = 25;
        double[][] ls = randomLandscape(n, seed);
        int[] label = new int[n];
        Arrays.fill(label, LandscapeBlocs.UNALIGNED);
        label[0] = 0;
        label[1] = 1;
        label[2] = 2;
        // the search's end state is a local minimum: no single move of one country lowers E
        new LandscapeBlocs(n, 3).settle(ls[0], ls[1], label, new MersenneTwisterFast(seed));
        double e = LandscapeBlocs.energy(ls[0], ls[1], label);
        for (int i = 0; i < n; i++) {
            for (int b = -1; b < 3; b++) {
                int[] moved = label.clone();
                moved[i] = b;
                assertThat(LandscapeBlocs.energy(ls[0], ls[1], moved)).as("move %d to %d", i, b)
                        .isGreaterThanOrEqualTo(e - 1e-9);
            }
        }
    }

    @Test
    void aSettledPartitionMakesNoFurtherMoves() {
        int n = 30;
        double[][] ls = randomLandscape(n, 99);
        int[] label = new int[n];
        Arrays.fill(label, LandscapeBlocs.UNALIGNED);
        LandscapeBlocs blocs = new LandscapeBlocs(n, 4);
        blocs.settle(ls[0], ls[1], label, new MersenneTwisterFast(1));
        int[] settled = label.clone();
        blocs.settle(ls[0], ls[1], label, new MersenneTwisterFast(2));
        assertThat(blocs.lastMoves()).isZero();
        assertThat(label).isEqualTo(settled);
    }
}
