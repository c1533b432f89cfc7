package realign.validate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores a ranking of country pairs against observed pairs (docs/validation.md). An observed pair is found by
 * the first pair of the ranking whose two countries fall into its two parties (a group stands for its members);
 * it counts once, at that rank. With r_o that rank for observed pair o and R observed pairs:
 * hits@k = #{o : r_o ≤ k}, precision@k = hits@k / k, recall@k = hits@k / R, and average precision
 * AP = (1/R) Σ_{o found} hits@r_o / r_o.
 */
public final class Scorer {

    private Scorer() {}

    /**
     * An observed pair to find: its parties (as in the file), the members each stands for, and the date, kind and
     * name of its first event in the window.
     */
    public record Target(String partyA, String partyB, LocalDate date, String kind, String name, Set<String> a,
                         Set<String> b) {

        /** Whether countries x and y fall into this pair's two parties (either way round). */
        public boolean matches(String x, String y) {
            return !x.equals(y) && (a.contains(x) && b.contains(y) || a.contains(y) && b.contains(x));
        }
    }

    /**
     * The observed pairs in [from, to] of the given kinds (empty: all), each unordered pair of parties once: its
     * first event by date (file order among equal dates).
     */
    public static List<Target> targets(Events events, LocalDate from, LocalDate to, Set<String> kinds) {
        Map<String, Target> byPair = new LinkedHashMap<>();
        List<Events.Observed> sorted = new ArrayList<>(events.events());
        sorted.sort(java.util.Comparator.comparing(Events.Observed::date).thenComparingInt(Events.Observed::line));
        for (Events.Observed e : sorted) {
            if (e.date().isBefore(from) || e.date().isAfter(to) || !kinds.isEmpty() && !kinds.contains(e.kind())) {
                continue;
            }
            String key = e.partyA().compareTo(e.partyB()) < 0 ? e.partyA() + "|" + e.partyB()
                    : e.partyB() + "|" + e.partyA();
            byPair.putIfAbsent(key, new Target(e.partyA(), e.partyB(), e.date(), e.kind(), e.name(),
                    events.members(e.partyA()), events.members(e.partyB())));
        }
        return List.copyOf(byPair.values());
    }

    /** The scores of one ranking. */
    public record Result(int targets, int size, int[] firstRank) {

        /** Observed pairs found within the first k pairs of the ranking. */
        public int hits(int k) {
            int h = 0;
            for (int r : firstRank) {
                if (r > 0 && r <= k) {
                    h++;
                }
            }
            return h;
        }

        public double precision(int k) {
            return (double) hits(k) / k;
        }

        public double recall(int k) {
            return targets == 0 ? Double.NaN : (double) hits(k) / targets;
        }

        public double averagePrecision() {
            return averagePrecision(firstRank, targets);
        }

        static double averagePrecision(int[] firstRank, int targets) {
            if (targets == 0) {
                return Double.NaN;
            }
            double sum = 0;
            for (int r : firstRank) {
                if (r > 0) {
                    int h = 0;
                    for (int q : firstRank) {
                        if (q > 0 && q <= r) {
                            h++;
                        }
                    }
                    sum += (double) h / r;
                }
            }
            return sum / targets;
        }
    }

    /** For each target, the indices of the candidates (parallel lists a, b) that match it, ascending. */
    public static int[][] matching(List<Target> targets, Candidates.Ranking candidates) {
        int[][] out = new int[targets.size()][];
        for (int o = 0; o < out.length; o++) {
            List<Integer> m = new ArrayList<>();
            for (int p = 0; p < candidates.a().size(); p++) {
                if (targets.get(o).matches(candidates.a().get(p), candidates.b().get(p))) {
                    m.add(p);
                }
            }
            out[o] = m.stream().mapToInt(Integer::intValue).toArray();
        }
        return out;
    }

    /**
     * Scores a ranking of the candidates given as each candidate's rank (1-based), with each target's matching
     * candidates: r_o = the smallest rank among them. The same as {@link #score(List, List, List)} on the
     * candidates in rank order, in O(N + Σ m_o).
     */
    public static Result score(int targets, int[][] matching, int[] rankOf) {
        int[] first = new int[targets];
        for (int o = 0; o < targets; o++) {
            for (int c : matching[o]) {
                if (first[o] == 0 || rankOf[c] < first[o]) {
                    first[o] = rankOf[c];
                }
            }
        }
        return new Result(targets, rankOf.length, first);
    }

    /**
     * Scores a ranking given as parallel lists of the pairs' countries, best first.
     *
     * @return the rank (1-based) at which each target is first found, 0 where it is not
     */
    public static Result score(List<Target> targets, List<String> a, List<String> b) {
        int[] first = new int[targets.size()];
        int left = targets.size();
        for (int p = 0; p < a.size() && left > 0; p++) {
            for (int o = 0; o < first.length; o++) {
                if (first[o] == 0 && targets.get(o).matches(a.get(p), b.get(p))) {
                    first[o] = p + 1;
                    left--;
                }
            }
        }
        return new Result(targets.size(), a.size(), first);
    }
}
