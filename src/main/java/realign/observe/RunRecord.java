package realign.observe;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import realign.blocs.LandscapeBlocs;
import realign.model.AllianceModel;
import realign.model.Layer;
import realign.model.RoundObserver;
import realign.model.TieEvent;
import realign.scenario.Scenario;
import realign.world.World;

/**
 * Records one run into tidy tables (rounds, countries, ties, blocs, bloc events; each with the round and its month, {@code
 * date}, from the scenario's calendar) and the network at the first and last round. One row per round × entity, in round order then index order, so row order never depends on timing.
 */
public final class RunRecord implements RoundObserver {

    /**
     * An agreement made during the run (a tie formed or deepened, in either layer), for the summary.
     * {@code reformed}: a security tie formed by a pair that had been tied before (at round 0 or earlier in the run)
     * and whose tie dissolved in round {@code dissolvedIn}; -1 otherwise.
     */
    public record FormedTie(int round, String a, String b, double value, int dissolvedIn, Layer layer, TieEvent event) {
        public boolean reformed() {
            return dissolvedIn >= 0;
        }
    }

    /** A bloc at one round: label, name (its most capable member) and members by capability. */
    public record Bloc(String label, String name, List<String> members, double capabilityShare) {}

    private final World world;
    private final Scenario scenario;
    private final RunMetrics metrics;
    private final int lastRound;
    private final Table rounds;
    private final Table countries;
    private final Table ties;
    private final Table blocs;
    private final Table blocEvents = new Table(BlocEvents.COLUMNS);
    private final List<FormedTie> formedTies = new ArrayList<>();
    /**
     * The round each pair's tie last dissolved (row-major n × n, -1 never). A pair can only form a tie while
     * untied, so a formation is a re-formation exactly when the pair has dissolved a tie before.
     */
    private final int[] lastDissolved;
    private NetworkSnapshot first;
    private NetworkSnapshot last;
    private List<Bloc> firstBlocs;
    private List<Bloc> lastBlocs;
    /**
     * T at the rounds of {@link #matrixRounds}, row-major n × n, kept as numbers and formatted only when written
     * ({@link #trustMatrix(int)}): {@code realign run} writes them on a second thread, beside the figure, instead
     * of formatting 37,000 numbers a matrix on the model's thread.
     */
    private final java.util.TreeMap<Integer, double[]> trustMatrices = new java.util.TreeMap<>();
    private final java.util.TreeMap<Integer, List<Bloc>> blocsByRound = new java.util.TreeMap<>();
    private final java.util.Set<Integer> matrixRounds = new java.util.TreeSet<>();

    public RunRecord(World world, Scenario scenario) {
        this.world = world;
        this.scenario = scenario;
        this.metrics = RunMetrics.of(world, scenario);
        this.lastRound = scenario.rounds();
        matrixRounds.add(0);
        matrixRounds.add(lastRound);
        scenario.shocks().forEach(sh -> matrixRounds.add(sh.round()));
        matrixRounds.addAll(scenario.trustMatrices());
        List<String> rc = new ArrayList<>();
        rc.add("round");
        rc.add("date");
        metrics.rounds().forEach(m -> rc.add(m.name()));
        this.rounds = new Table(rc);
        List<String> cc = new ArrayList<>(List.of("round", "date", "iso3"));
        metrics.countries().forEach(m -> cc.add(m.name()));
        this.countries = new Table(cc);
        this.ties = new Table(List.of("round", "date", "layer", "a", "b", "event", "value", "reformed"));
        this.lastDissolved = new int[world.size() * world.size()];
        java.util.Arrays.fill(lastDissolved, -1);
        this.blocs = new Table(List.of("round", "date", "bloc", "name", "size", "capability_share", "members"));
    }

    @Override
    public void record(AllianceModel m) {
        int t = m.round();
        String round = Integer.toString(t);
        String date = scenario.calendar().date(t);
        String[] row = new String[rounds.columns().size()];
        row[0] = round;
        row[1] = date;
        for (int k = 0; k < metrics.rounds().size(); k++) {
            row[k + 2] = Fmt.num(metrics.rounds().get(k).value().applyAsDouble(m));
        }
        rounds.add(row);
        for (int i = 0; i < m.size(); i++) {
            String[] c = new String[countries.columns().size()];
            c[0] = round;
            c[1] = date;
            c[2] = m.iso3(i);
            for (int k = 0; k < metrics.countries().size(); k++) {
                c[k + 3] = metrics.countries().get(k).value().of(m, i);
            }
            countries.add(c);
        }
        if (t > 0) {
            var log = m.tieEvents();
            for (int e = 0; e < log.size(); e++) {
                String a = m.iso3(log.a(e));
                String b = m.iso3(log.b(e));
                int pair = log.a(e) * m.size() + log.b(e);
                TieEvent kind = log.kind(e);
                boolean formed = kind == TieEvent.FORMED;
                boolean reformed = formed && lastDissolved[pair] >= 0;
                ties.add(round, date, log.layer().csv(), a, b, kind.csv(), Fmt.num(log.value(e)), reformed ? "1" : "0");
                if (kind.ends(log.value(e))) {
                    // a tie that a leave removed entirely, like a dissolved one, makes a later formation a re-formation
                    lastDissolved[pair] = t;
                } else if (!kind.structural()) {
                    formedTies.add(new FormedTie(t, a, b, log.value(e), formed ? lastDissolved[pair] : -1,
                            Layer.SECURITY, kind));
                }
            }
            // economic ties are never dissolved (§3.3), so none of them is re-formed
            var econ = m.economicEvents();
            for (int e = 0; e < econ.size(); e++) {
                String a = m.iso3(econ.a(e));
                String b = m.iso3(econ.b(e));
                ties.add(round, date, econ.layer().csv(), a, b, econ.kind(e).csv(), Fmt.num(econ.value(e)), "0");
                if (!econ.kind(e).structural()) {
                    formedTies.add(new FormedTie(t, a, b, econ.value(e), -1, Layer.ECONOMIC, econ.kind(e)));
                }
            }
        }
        List<Bloc> current = blocs(m);
        for (Bloc b : current) {
            blocs.add(round, date, b.label(), b.name(), Integer.toString(b.members().size()), Fmt.num(b.capabilityShare()),
                    String.join(" ", b.members()));
        }
        BlocEvents.add(blocEvents, t, date, blocsByRound.get(t - 1), current);
        blocsByRound.put(t, current);
        if (matrixRounds.contains(t)) {
            trustMatrices.put(t, trustMatrix(m));
        }
        if (t == 0) {
            first = snapshot(m);
            firstBlocs = current;
        }
        if (t == lastRound) {
            last = snapshot(m);
            lastBlocs = current;
        }
    }

    /**
     * This record as if the run had stopped at the model's current round t (the GUI's "export the run so far"):
     * what {@code realign run --rounds t} records, given {@code asRun}, the scenario with {@code rounds = t}. The
     * network, blocs and trust matrix of round t are taken from {@code m}; this record is left as it is.
     */
    public RunRecord endedAt(AllianceModel m, Scenario asRun) {
        int t = m.round();
        if (asRun.rounds() != t) {
            throw new IllegalArgumentException("the scenario as run must have rounds = " + t + ", has " + asRun.rounds());
        }
        RunRecord r = new RunRecord(world, asRun);
        rounds.rows().forEach(r.rounds::add);
        countries.rows().forEach(r.countries::add);
        ties.rows().forEach(r.ties::add);
        blocs.rows().forEach(r.blocs::add);
        blocEvents.rows().forEach(r.blocEvents::add);
        r.formedTies.addAll(formedTies);
        System.arraycopy(lastDissolved, 0, r.lastDissolved, 0, lastDissolved.length);
        r.first = first;
        r.firstBlocs = firstBlocs;
        r.blocsByRound.putAll(blocsByRound.headMap(t + 1));
        trustMatrices.headMap(t).forEach((round, matrix) -> {
            if (r.matrixRounds.contains(round)) {
                r.trustMatrices.put(round, matrix);
            }
        });
        r.trustMatrices.put(t, trustMatrix(m));
        r.last = snapshot(m);
        r.lastBlocs = blocs(m);
        return r;
    }

    /** Every label A.. (empty ones too) then unaligned; members ordered by capability, then ISO3. */
    private List<Bloc> blocs(AllianceModel m) {
        int n = m.size();
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += m.capability(i);
        }
        List<Bloc> out = new ArrayList<>();
        for (int label = 0; label <= m.blocLabels(); label++) {
            int code = label == m.blocLabels() ? LandscapeBlocs.UNALIGNED : label;
            List<Integer> members = new ArrayList<>();
            double cap = 0;
            for (int i = 0; i < n; i++) {
                if (m.bloc(i) == code) {
                    members.add(i);
                    cap += m.capability(i);
                }
            }
            members.sort(Comparator.comparingDouble((Integer i) -> -m.capability(i)).thenComparing(m::iso3));
            List<String> iso = members.stream().map(m::iso3).toList();
            String name = code == LandscapeBlocs.UNALIGNED || iso.isEmpty() ? "" : iso.get(0);
            out.add(new Bloc(RunMetrics.blocName(code), name, iso, cap / total));
        }
        return out;
    }

    private NetworkSnapshot snapshot(AllianceModel m) {
        int n = m.size();
        int usa = world.indexOf("USA");
        List<NetworkSnapshot.Node> nodes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            var c = world.country(i);
            nodes.add(new NetworkSnapshot.Node(c.iso3(), c.name(), c.region(), RunMetrics.blocName(m.bloc(i)),
                    m.capability(i), usa < 0 || i == usa ? Double.NaN : m.trust(i, usa)));
        }
        List<NetworkSnapshot.Edge> edges = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (m.tie(i, j) > 0) {
                    edges.add(new NetworkSnapshot.Edge(i, j, m.tie(i, j), m.multilateral(i, j),
                            m.input().initialTie(i, j) == 0));
                }
            }
        }
        return new NetworkSnapshot(m.round(), nodes, edges);
    }

    /** T at the model's current round, row-major: trust[i * n + j] is the trust of truster i in trusted j. */
    private static double[] trustMatrix(AllianceModel m) {
        int n = m.size();
        double[] t = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                t[i * n + j] = m.trust(i, j);
            }
        }
        return t;
    }

    /**
     * The rounds with a trust matrix: round 0, every shock round, the last round and the scenario's
     * {@code trust_matrices}, in order.
     */
    public java.util.SortedSet<Integer> trustMatrixRounds() {
        return java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(trustMatrices.keySet()));
    }

    /**
     * T at {@code round} (one of {@link #trustMatrixRounds()}) as a square table: one row per truster i, one column
     * per trusted j (ISO3 codes), NA on the diagonal. Formatted at each call.
     */
    public Table trustMatrix(int round) {
        double[] trust = trustMatrices.get(round);
        if (trust == null) {
            throw new IllegalArgumentException("no trust matrix recorded at round " + round + ", only at "
                    + trustMatrices.keySet());
        }
        int n = world.size();
        List<String> cols = new ArrayList<>(List.of("iso3"));
        for (int j = 0; j < n; j++) {
            cols.add(world.country(j).iso3());
        }
        Table t = new Table(cols);
        for (int i = 0; i < n; i++) {
            String[] row = new String[n + 1];
            row[0] = world.country(i).iso3();
            for (int j = 0; j < n; j++) {
                row[j + 1] = i == j ? "NA" : Fmt.num(trust[i * n + j]);
            }
            t.add(row);
        }
        return t;
    }

    /** The blocs of every round, by round. */
    public java.util.SortedMap<Integer, List<Bloc>> blocsByRound() {
        return java.util.Collections.unmodifiableSortedMap(blocsByRound);
    }

    public Table rounds() {
        return rounds;
    }

    public Table countries() {
        return countries;
    }

    public Table ties() {
        return ties;
    }

    public Table blocs() {
        return blocs;
    }

    /** Blocs that appeared or dissolved, by round ({@code bloc_events.csv}). */
    public Table blocEvents() {
        return blocEvents;
    }

    public NetworkSnapshot firstNetwork() {
        return first;
    }

    public NetworkSnapshot lastNetwork() {
        return last;
    }

    public List<Bloc> firstBlocs() {
        return firstBlocs;
    }

    public List<Bloc> lastBlocs() {
        return lastBlocs;
    }

    /**
     * Every tie formed, re-formed ones included, strongest (highest pair value) first; equal values by round,
     * then a, then b.
     */
    public List<FormedTie> formedTiesByValue() {
        List<FormedTie> out = new ArrayList<>(formedTies);
        out.sort(Comparator.comparingDouble((FormedTie t) -> -t.value()).thenComparingInt(FormedTie::round)
                .thenComparing(FormedTie::a).thenComparing(FormedTie::b));
        return out;
    }

    /** The scenario as run. */
    public Scenario scenario() {
        return scenario;
    }

    public World world() {
        return world;
    }
}
