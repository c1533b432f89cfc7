package realign.model;

import java.util.List;
import java.util.Map;
import realign.world.RollCall;
import realign.world.Vote;
import realign.world.World;

/**
 * Vote affinity a_ij over the history roll calls (docs/model.md §1, "Vote affinity"): the agreement
 * index with abstention as half, over the roll calls in which both members cast a vote, and how many such
 * roll calls each pair shared.
 *
 * @param affinity a_ij, row-major n×n, a_ii = 1, 0.5 where the pair shared no vote
 * @param shared the number of history roll calls in which both i and j cast a vote (Y, N or A), row-major n×n
 * @param rollCalls the number of history roll calls
 */
public record Affinity(double[] affinity, int[] shared, int rollCalls) {

    /** agree(x, y) by vote ordinal (Y, N, A, X): same 1, one abstains 0.5, Y against N 0; X never counted. */
    private static final double[][] AGREE = {
        {1.0, 0.0, 0.5, 0},
        {0.0, 1.0, 0.5, 0},
        {0.5, 0.5, 1.0, 0},
        {0, 0, 0, 0},
    };

    /** The affinity of history roll calls (with their replaced votes) on a world. */
    public static Affinity of(World world, List<ModelSpec.HistoryEntry> history) {
        int n = world.size();
        byte[][] votes = new byte[history.size()][];
        for (int r = 0; r < votes.length; r++) {
            ModelSpec.HistoryEntry h = history.get(r);
            votes[r] = ordinals(world, world.rollCall(h.rollcall()).orElseThrow(), h.votes());
        }
        return compute(n, votes);
    }

    /** The index over roll calls given as vote ordinals per member ({@link Vote#ordinal()}). */
    static Affinity compute(int n, byte[][] votes) {
        double[] sum = new double[n * n];
        int[] count = new int[n * n];
        int x = Vote.X.ordinal();
        for (byte[] v : votes) {
            for (int i = 0; i < n; i++) {
                int vi = v[i];
                if (vi == x) {
                    continue;
                }
                double[] row = AGREE[vi];
                int base = i * n;
                for (int j = i + 1; j < n; j++) {
                    int vj = v[j];
                    if (vj != x) {
                        sum[base + j] += row[vj];
                        count[base + j]++;
                    }
                }
            }
        }
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            a[i * n + i] = 1.0;
            for (int j = i + 1; j < n; j++) {
                int ij = i * n + j;
                double value = count[ij] == 0 ? 0.5 : sum[ij] / count[ij];
                a[ij] = value;
                a[j * n + i] = value;
                count[j * n + i] = count[ij];
            }
        }
        return new Affinity(a, count, votes.length);
    }

    private static byte[] ordinals(World world, RollCall rc, Map<String, Vote> replaced) {
        byte[] b = new byte[world.size()];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) rc.vote(i).ordinal();
        }
        replaced.forEach((iso, vote) -> b[world.indexOf(iso)] = (byte) vote.ordinal());
        return b;
    }
}
