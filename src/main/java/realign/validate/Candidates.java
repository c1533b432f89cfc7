package realign.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import realign.model.AllianceModel;
import realign.model.ModelInput;
import realign.model.RoundObserver;
import realign.scenario.Scenario;
import realign.world.World;

/**
 * The candidate pairs every scorer ranks (all pairs of countries not excluded; by default every pair without the
 * U.S.) and the baselines' rankings of them, from the model's own inputs at round 0: capability product c_i·c_j,
 * gravity c_i·c_j·π_ij (proximity π as in docs/model.md §1) and vote affinity a_ij from the history roll calls
 * (ties broken by capability product). Equal scores are ordered by the pair's ISO3 codes.
 */
public final class Candidates {

    private final List<String> a = new ArrayList<>();
    private final List<String> b = new ArrayList<>();
    private final double[] capability;
    private final double[] gravity;
    private final double[] affinity;
    private final Set<String> excluded;

    public Candidates(World world, Scenario scenario, Set<String> exclude) {
        this.excluded = Set.copyOf(exclude);
        AllianceModel m = new AllianceModel(ModelInput.of(world, scenario.modelSpec()), RoundObserver.NONE);
        int n = world.size();
        List<double[]> scores = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                String x = m.iso3(i);
                String y = m.iso3(j);
                if (excluded.contains(x) || excluded.contains(y)) {
                    continue;
                }
                boolean xFirst = x.compareTo(y) < 0;
                a.add(xFirst ? x : y);
                b.add(xFirst ? y : x);
                double cap = m.capability(i) * m.capability(j);
                scores.add(new double[] {cap, cap * m.proximity(i, j), m.affinity(i, j)});
            }
        }
        capability = new double[a.size()];
        gravity = new double[a.size()];
        affinity = new double[a.size()];
        for (int p = 0; p < a.size(); p++) {
            capability[p] = scores.get(p)[0];
            gravity[p] = scores.get(p)[1];
            affinity[p] = scores.get(p)[2];
        }
    }

    public int size() {
        return a.size();
    }

    public boolean excluded(String iso3) {
        return excluded.contains(iso3);
    }

    public Set<String> exclude() {
        return excluded;
    }

    /** A ranking of the candidates: the pairs' countries in rank order. */
    public record Ranking(List<String> a, List<String> b) {}

    public Ranking capability() {
        return rank(capability, null);
    }

    public Ranking gravity() {
        return rank(gravity, null);
    }

    public Ranking affinity() {
        return rank(affinity, capability);
    }

    /** The candidates in their own order (for the random baseline). */
    public Ranking all() {
        return new Ranking(List.copyOf(a), List.copyOf(b));
    }

    /** Each candidate's rank (1-based) by capability product, gravity or affinity; index as in {@link #all()}. */
    public int[] rankOf(String baseline) {
        double[] score = switch (baseline) {
            case "capability" -> capability;
            case "gravity" -> gravity;
            case "affinity" -> affinity;
            default -> throw new IllegalArgumentException(baseline);
        };
        List<Integer> order = order(score, baseline.equals("affinity") ? capability : null);
        int[] rank = new int[order.size()];
        for (int r = 0; r < rank.length; r++) {
            rank[order.get(r)] = r + 1;
        }
        return rank;
    }

    private List<Integer> order(double[] score, double[] tieBreak) {
        List<Integer> order = new ArrayList<>();
        for (int p = 0; p < a.size(); p++) {
            order.add(p);
        }
        Comparator<Integer> c = Comparator.comparingDouble((Integer p) -> -score[p]);
        if (tieBreak != null) {
            c = c.thenComparingDouble(p -> -tieBreak[p]);
        }
        c = c.thenComparing(p -> a.get(p)).thenComparing(p -> b.get(p));
        order.sort(c);
        return order;
    }

    private Ranking rank(double[] score, double[] tieBreak) {
        List<Integer> order = order(score, tieBreak);
        List<String> ra = new ArrayList<>();
        List<String> rb = new ArrayList<>();
        for (int p : order) {
            ra.add(a.get(p));
            rb.add(b.get(p));
        }
        return new Ranking(ra, rb);
    }
}
