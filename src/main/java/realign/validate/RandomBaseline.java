package realign.validate;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import java.util.List;

/**
 * The random baseline: the candidates in a uniformly random order. Its expected hits@k is exact: observed pair o,
 * matched by m_o of the N candidates, is found in the first k with probability 1 − C(N − m_o, k) / C(N, k), so
 * E[hits@k] = Σ_o (1 − Π_{i<m_o} (N − k − i) / (N − i)). Its spread (95% interval) and average precision come
 * from seeded permutations.
 */
public final class RandomBaseline {

    private final int n;
    private final int[][] matching;

    public RandomBaseline(List<Scorer.Target> targets, Candidates.Ranking candidates) {
        this(candidates.a().size(), Scorer.matching(targets, candidates));
    }

    /** From each target's matching candidates (indices into the N candidates). */
    RandomBaseline(int n, int[][] matching) {
        this.n = n;
        this.matching = matching;
    }

    /** Candidates (N). */
    public int size() {
        return n;
    }

    /** E[hits@k] under a uniformly random order, exactly. */
    public double expectedHits(int k) {
        double sum = 0;
        for (int[] m : matching) {
            double none = 1;
            for (int i = 0; i < m.length; i++) {
                none *= Math.max(0, n - k - i) / (double) (n - i);
            }
            sum += 1 - none;
        }
        return sum;
    }

    /**
     * The first ranks of {@code count} seeded random orders: one row per permutation, one column per target. Only
     * the positions of the candidates that match some target matter; in a uniformly random order of N candidates
     * these are M distinct positions drawn uniformly without replacement, which is what is drawn (O(M) a
     * permutation instead of shuffling all N).
     */
    public Sampled permute(long seed, int count) {
        MersenneTwisterFast random = new MersenneTwisterFast(seed);
        int[] relevant = java.util.Arrays.stream(matching).flatMapToInt(java.util.Arrays::stream).distinct().sorted()
                .toArray();
        int[] slot = new int[n];
        java.util.Arrays.fill(slot, -1);
        for (int i = 0; i < relevant.length; i++) {
            slot[relevant[i]] = i;
        }
        int[] stamp = new int[n];
        int[] position = new int[relevant.length];
        int[][] first = new int[count][matching.length];
        for (int s = 0; s < count; s++) {
            for (int i = 0; i < relevant.length; i++) {
                int r;
                do {
                    r = random.nextInt(n);
                } while (stamp[r] == s + 1);
                stamp[r] = s + 1;
                position[i] = r + 1;
            }
            for (int o = 0; o < matching.length; o++) {
                int best = 0;
                for (int c : matching[o]) {
                    int r = position[slot[c]];
                    if (best == 0 || r < best) {
                        best = r;
                    }
                }
                first[s][o] = best;
            }
        }
        return new Sampled(first, matching.length);
    }

    /** Scores of sampled random orders. */
    public record Sampled(int[][] firstRanks, int targets) {

        private double[] hits(int k) {
            double[] h = new double[firstRanks.length];
            for (int s = 0; s < h.length; s++) {
                for (int r : firstRanks[s]) {
                    if (r > 0 && r <= k) {
                        h[s]++;
                    }
                }
            }
            return h;
        }

        public double meanHits(int k) {
            return Arrays.stream(hits(k)).average().orElse(Double.NaN);
        }

        /** The 2.5% and 97.5% points of hits@k over the permutations (nearest rank). */
        public double[] interval(int k) {
            double[] h = hits(k);
            Arrays.sort(h);
            int last = h.length - 1;
            return new double[] {h[(int) Math.round(0.025 * last)], h[(int) Math.round(0.975 * last)]};
        }

        public double meanAveragePrecision() {
            double sum = 0;
            for (int[] f : firstRanks) {
                sum += Scorer.Result.averagePrecision(f, targets);
            }
            return sum / firstRanks.length;
        }
    }
}
