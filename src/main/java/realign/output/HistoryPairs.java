package realign.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import realign.model.Affinity;
import realign.observe.Fmt;
import realign.world.World;

/**
 * {@code history_pairs.csv} (docs/outputs.md): for each pair of members (a before b in the world's order), the
 * number of history roll calls in which both cast a vote and the vote affinity at round 0 computed over them;
 * and the summary of those counts that the manifest records under {@code history_votes}.
 */
public final class HistoryPairs {

    public static final String FILE = "history_pairs.csv";

    private HistoryPairs() {}

    public static void write(Path file, World world, Affinity a) throws IOException {
        int n = world.size();
        StringBuilder sb = new StringBuilder(n * n * 14);
        sb.append("a,b,shared_votes,affinity\n");
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                sb.append(world.country(i).iso3()).append(',').append(world.country(j).iso3()).append(',')
                        .append(a.shared()[i * n + j]).append(',').append(Fmt.num(a.affinity()[i * n + j])).append('\n');
            }
        }
        OutputFiles.writeString(file, sb.toString());
    }

    /** Roll calls, pairs, and the minimum, median, mean and maximum of the votes each pair shared. */
    public static Map<String, Object> summary(int n, Affinity a) {
        int pairs = n * (n - 1) / 2;
        int[] shared = new int[pairs];
        int k = 0;
        int none = 0;
        long total = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                int c = a.shared()[i * n + j];
                shared[k++] = c;
                total += c;
                none += c == 0 ? 1 : 0;
            }
        }
        Arrays.sort(shared);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("roll_calls", a.rollCalls());
        m.put("pairs", pairs);
        m.put("shared_votes_min", pairs == 0 ? 0 : shared[0]);
        m.put("shared_votes_median", pairs == 0 ? 0 : pairs % 2 == 1 ? shared[pairs / 2]
                : (shared[pairs / 2 - 1] + shared[pairs / 2]) / 2.0);
        m.put("shared_votes_mean", pairs == 0 ? 0 : Double.parseDouble(String.format(Locale.ROOT, "%.3f",
                (double) total / pairs)));
        m.put("shared_votes_max", pairs == 0 ? 0 : shared[pairs - 1]);
        m.put("pairs_without_shared_vote", none);
        m.put("file", FILE);
        return m;
    }
}
