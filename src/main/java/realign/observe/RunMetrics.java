package realign.observe;

import java.util.ArrayList;
import java.util.List;
import realign.blocs.LandscapeBlocs;
import realign.model.AllianceModel;
import realign.scenario.Scenario;
import realign.world.World;

/**
 * The metrics of one run, each declared once by name as a function of the model state
 * (docs/outputs.md lists them with their meaning).
 */
public final class RunMetrics {

    private final List<Metric> rounds;
    private final List<CountryMetric> countries;

    private RunMetrics(List<Metric> rounds, List<CountryMetric> countries) {
        this.rounds = List.copyOf(rounds);
        this.countries = List.copyOf(countries);
    }

    public List<Metric> rounds() {
        return rounds;
    }

    /** The round-level metric of that name, or null. */
    public Metric round(String name) {
        for (Metric m : rounds) {
            if (m.name().equals(name)) {
                return m;
            }
        }
        return null;
    }

    public List<CountryMetric> countries() {
        return countries;
    }

    /** The metrics for a world and a scenario (focus groups and tracked pairs add one column each). */
    public static RunMetrics of(World world, Scenario scenario) {
        int n = world.size();
        int usa = world.indexOf("USA");
        boolean[] europe = new boolean[n];
        boolean[] indoPacificDemocracy = new boolean[n];
        for (int i = 0; i < n; i++) {
            var c = world.country(i);
            europe[i] = c.region().equals("Europe");
            indoPacificDemocracy[i] = (c.region().equals("Asia") || c.region().equals("Oceania")) && c.isDemocracy();
        }
        List<Metric> r = new ArrayList<>();
        r.add(new Metric("shocks", "shocks applied this round", AllianceModel::shocksThisRound));
        r.add(new Metric("ties", "alignment ties (pairs with W > 0)", m -> countTies(m, false)));
        r.add(new Metric("ties_multilateral", "ties from a common defense alliance or the EU", m -> countTies(m, true)));
        r.add(new Metric("ties_formed", "ties formed this round", m -> m.tieEvents().count(realign.model.TieEvent.FORMED)));
        r.add(new Metric("ties_dissolved", "ties dissolved this round",
                m -> m.tieEvents().count(realign.model.TieEvent.DISSOLVED)));
        r.add(new Metric("ties_strengthened", "existing ties deepened by a bilateral agreement this round",
                m -> m.tieEvents().count(realign.model.TieEvent.STRENGTHENED)));
        r.add(new Metric("ties_restructured", "ties (both layers) changed by leave, join and agreement shocks this round",
                RunMetrics::restructured));
        r.add(new Metric("seekers", "countries seeking partners (D_i > δ·N_i)", m -> {
            int k = 0;
            for (int i = 0; i < m.size(); i++) {
                k += m.seeking(i) ? 1 : 0;
            }
            return k;
        }));
        r.add(new Metric("total_deficit", "Σ_i D_i", m -> {
            double s = 0;
            for (int i = 0; i < m.size(); i++) {
                s += m.deficit(i);
            }
            return s;
        }));
        r.add(new Metric("balancing", "countries raising their military spending this round (internal balancing)",
                AllianceModel::balancers));
        r.add(new Metric("build_up", "Σ_i B_i, capability added by internal balancing since round 0", m -> {
            double s = 0;
            for (int i = 0; i < m.size(); i++) {
                s += m.buildUp(i);
            }
            return s;
        }));
        r.add(new Metric("economic_ties", "economic ties (pairs with E > 0)", m -> {
            int k = 0;
            for (int i = 0; i < m.size(); i++) {
                for (int j = i + 1; j < m.size(); j++) {
                    k += m.economicTie(i, j) > 0 ? 1 : 0;
                }
            }
            return k;
        }));
        r.add(new Metric("economic_ties_formed", "trade agreements between pairs without one, this round",
                m -> m.economicEvents().count(realign.model.TieEvent.FORMED)));
        r.add(new Metric("economic_ties_strengthened", "existing economic ties deepened this round",
                m -> m.economicEvents().count(realign.model.TieEvent.STRENGTHENED)));
        r.add(new Metric("economic_seekers", "countries seeking trade agreements (D^E_i > δ_E·N^E_i)", m -> {
            int k = 0;
            for (int i = 0; i < m.size(); i++) {
                k += m.economicSeeking(i) ? 1 : 0;
            }
            return k;
        }));
        r.add(new Metric("total_economic_deficit", "Σ_i D^E_i", m -> {
            double s = 0;
            for (int i = 0; i < m.size(); i++) {
                s += m.economicDeficit(i);
            }
            return s;
        }));
        r.add(new Metric("bloc_count", "non-empty bloc labels", m -> {
            boolean[] used = new boolean[m.blocLabels()];
            int k = 0;
            for (int i = 0; i < m.size(); i++) {
                int b = m.bloc(i);
                if (b != LandscapeBlocs.UNALIGNED && !used[b]) {
                    used[b] = true;
                    k++;
                }
            }
            return k;
        }));
        r.add(new Metric("energy", "landscape energy E of the partition", AllianceModel::energy));
        r.add(new Metric("modularity", "modularity Q of the tie graph (weights W) under the partition",
                RunMetrics::modularity));
        r.add(new Metric("mean_trust", "mean T_ij over all i ≠ j", m -> {
            double s = 0;
            int k = m.size();
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    if (i != j) {
                        s += m.trust(i, j);
                    }
                }
            }
            return s / ((double) k * (k - 1));
        }));
        r.add(new Metric("us_degree", "ties of the United States", m -> degree(m, usa)));
        r.add(new Metric("us_ties_lost", "ties the United States had at round 0 and no longer has", m -> {
            int k = 0;
            for (int j = 0; usa >= 0 && j < m.size(); j++) {
                if (m.input().initialTie(usa, j) > 0 && m.tie(usa, j) == 0) {
                    k++;
                }
            }
            return k;
        }));
        r.add(new Metric("new_ties", "ties that did not exist at round 0", m -> {
            int k = 0;
            for (int i = 0; i < m.size(); i++) {
                for (int j = i + 1; j < m.size(); j++) {
                    if (m.tie(i, j) > 0 && m.input().initialTie(i, j) == 0) {
                        k++;
                    }
                }
            }
            return k;
        }));
        r.add(new Metric("europe_indopacific_new_ties",
                "ties that did not exist at round 0 between a European country and an Asian or Oceanian democracy",
                m -> {
                    int k = 0;
                    for (int i = 0; i < m.size(); i++) {
                        for (int j = i + 1; j < m.size(); j++) {
                            boolean cross = (europe[i] && indoPacificDemocracy[j]) || (europe[j] && indoPacificDemocracy[i]);
                            if (cross && m.tie(i, j) > 0 && m.input().initialTie(i, j) == 0) {
                                k++;
                            }
                        }
                    }
                    return k;
                }));
        for (Scenario.FocusGroup g : scenario.focus()) {
            int[] members = g.members().stream().mapToInt(world::indexOf).filter(i -> i != usa).toArray();
            r.add(new Metric(g.column(), "mean trust of " + g.name() + " in the United States", m -> {
                double s = 0;
                for (int i : members) {
                    s += m.trust(i, usa);
                }
                return members.length == 0 ? Double.NaN : s / members.length;
            }));
        }
        for (Scenario.TrackedPair p : scenario.track()) {
            int[] from = p.fromMembers().stream().mapToInt(world::indexOf).toArray();
            int[] to = p.toMembers().stream().mapToInt(world::indexOf).toArray();
            r.add(new Metric(p.column(), "mean trust of " + p.from() + " in " + p.to() + " (pairs i ≠ j)", m -> {
                double s = 0;
                int k = 0;
                for (int i : from) {
                    for (int j : to) {
                        if (i != j) {
                            s += m.trust(i, j);
                            k++;
                        }
                    }
                }
                return k == 0 ? Double.NaN : s / k;
            }));
        }

        List<CountryMetric> c = new ArrayList<>();
        c.add(new CountryMetric("bloc", "bloc label (A, B, ...) or unaligned", (m, i) -> blocName(m.bloc(i))));
        c.add(new CountryMetric("trust_in_usa", "T_i,USA (NA for the United States itself: self-trust is not reported)",
                (m, i) -> i == usa || usa < 0 ? "NA" : Fmt.num(m.trust(i, usa))));
        c.add(new CountryMetric("support", "S_i = Σ_j W_ij T_ij c_j (after drops, before new ties)",
                (m, i) -> Fmt.num(m.support(i))));
        c.add(new CountryMetric("need", "N_i = S_i(0)", (m, i) -> Fmt.num(m.need(i))));
        c.add(new CountryMetric("deficit", "D_i = max(0, N_i − S_i − B_i)", (m, i) -> Fmt.num(m.deficit(i))));
        c.add(new CountryMetric("seeking", "1 if the country sought partners this round", (m, i) -> m.seeking(i) ? "1" : "0"));
        c.add(new CountryMetric("capability", "c_i = c_i(0) + B_i, capability with the internal build-up",
                (m, i) -> Fmt.num(m.capability(i))));
        c.add(new CountryMetric("balancing", "1 if the country raised its military spending this round",
                (m, i) -> m.balancing(i) ? "1" : "0"));
        c.add(new CountryMetric("degree", "number of ties", (m, i) -> Integer.toString(degree(m, i))));
        c.add(new CountryMetric("economic_support", "S^E_i = Σ_j X̂_ij·exp(β_E·E_ij)·f_ij (after shocks, before new agreements)",
                (m, i) -> Fmt.num(m.economicSupport(i))));
        c.add(new CountryMetric("economic_need", "N^E_i = S^E_i(0)", (m, i) -> Fmt.num(m.economicNeed(i))));
        c.add(new CountryMetric("economic_deficit", "D^E_i = max(0, N^E_i − S^E_i)", (m, i) -> Fmt.num(m.economicDeficit(i))));
        c.add(new CountryMetric("economic_seeking", "1 if the country sought trade agreements this round",
                (m, i) -> m.economicSeeking(i) ? "1" : "0"));
        c.add(new CountryMetric("mean_trust_received", "mean T_ji over j ≠ i", (m, i) -> {
            double s = 0;
            for (int j = 0; j < m.size(); j++) {
                if (j != i) {
                    s += m.trust(j, i);
                }
            }
            return Fmt.num(s / (m.size() - 1));
        }));
        return new RunMetrics(r, c);
    }

    /** A, B, C, ... or "unaligned". */
    public static String blocName(int label) {
        return label == LandscapeBlocs.UNALIGNED ? "unaligned" : String.valueOf((char) ('A' + label));
    }

    private static double restructured(AllianceModel m) {
        int k = 0;
        for (int e = 0; e < m.tieEvents().size(); e++) {
            k += m.tieEvents().kind(e).structural() ? 1 : 0;
        }
        for (int e = 0; e < m.economicEvents().size(); e++) {
            k += m.economicEvents().kind(e).structural() ? 1 : 0;
        }
        return k;
    }

    static int countTies(AllianceModel m, boolean multilateralOnly) {
        int k = 0;
        for (int i = 0; i < m.size(); i++) {
            for (int j = i + 1; j < m.size(); j++) {
                if (m.tie(i, j) > 0 && (!multilateralOnly || m.multilateral(i, j))) {
                    k++;
                }
            }
        }
        return k;
    }

    static int degree(AllianceModel m, int i) {
        if (i < 0) {
            return 0;
        }
        int k = 0;
        for (int j = 0; j < m.size(); j++) {
            if (m.tie(i, j) > 0) {
                k++;
            }
        }
        return k;
    }

    /** Q = Σ_c [L_c/m − (d_c/2m)²] with unaligned countries as singletons; 0 without ties. */
    static double modularity(AllianceModel m) {
        int n = m.size();
        int groups = m.blocLabels() + n;
        double[] inside = new double[groups];
        double[] strength = new double[groups];
        double total = 0;
        for (int i = 0; i < n; i++) {
            int gi = group(m, i);
            for (int j = 0; j < n; j++) {
                double w = m.tie(i, j);
                if (w > 0) {
                    strength[gi] += w;
                    total += w;
                    if (j > i && gi == group(m, j)) {
                        inside[gi] += w;
                    }
                }
            }
        }
        if (total == 0) {
            return 0;
        }
        double edges = total / 2;
        double q = 0;
        for (int g = 0; g < groups; g++) {
            q += inside[g] / edges - (strength[g] / total) * (strength[g] / total);
        }
        return q;
    }

    private static int group(AllianceModel m, int i) {
        int b = m.bloc(i);
        return b == LandscapeBlocs.UNALIGNED ? m.blocLabels() + i : b;
    }
}
