package realign.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import realign.world.Country;
import realign.world.Group;
import realign.world.RollCall;
import realign.world.Treaty;
import realign.world.Vote;
import realign.world.World;

/**
 * Everything a run needs, compiled from a world and a scenario into primitive arrays (docs/model.md §1–2).
 * Immutable by convention: the model copies what it changes.
 */
public final class ModelInput {

    /**
     * A shock compiled to one vote per country; for an event or a tariff, only pairs with the actor are updated.
     * {@code tariffRate} is the rate of a tariff, or {@link #NO_TARIFF}. A leave, join or agreement also carries its
     * {@code change} of the tie structure (null for other shocks); its votes are the trust signal of §2b (the parties
     * vote, everyone else is absent).
     */
    public record CompiledShock(int round, double salience, String label, byte[] votes, int actor, double tariffRate,
                                StructuralChange change) {

        public CompiledShock(int round, double salience, String label, byte[] votes, int actor) {
            this(round, salience, label, votes, actor, NO_TARIFF, null);
        }

        public boolean tariff() {
            return tariffRate != NO_TARIFF;
        }
    }

    /** The tariff rate of a shock that is no tariff. */
    public static final double NO_TARIFF = -1;

    /**
     * A change of the tie structure (§2b). {@code group}: index into {@link #groupIds()} for leave and join, -1 for
     * an agreement; {@code a} the country that leaves or joins, or the first party of the agreement; {@code b} the
     * other party of an agreement, -1 otherwise; {@code weight} the agreement's tie strength; {@code layer} the
     * layer of an agreement (security for leave and join).
     */
    public record StructuralChange(Kind kind, int a, int b, int group, double weight, Layer layer) {
        public enum Kind { LEAVE, JOIN, AGREEMENT }
    }

    final int n;
    final long seed;
    final int rounds;
    final ModelParams params;
    final String[] iso3;
    final double[] capability;
    /** the military part of capability, ½·milex_i/max(milex): what internal balancing raises (§3.3b) */
    final double[] military;
    final double[] democracy;
    /** initial alignment ties W(0) */
    final double[] tie;
    /** multilateral flag M of each tie */
    final boolean[] multilateral;
    /** institutional links G */
    final double[] link;
    /** vote affinity a from the history roll calls */
    final double[] affinity;
    /** proximity π */
    final double[] proximity;
    /** the smallest and largest π of any pair: they bound the reach of a partner's capability (§3.3) */
    final double proximityMin;
    final double proximityMax;
    /** gravity trade X̂, symmetric, largest pair 1 (§1, economic layer) */
    final double[] trade;
    /** initial economic ties E(0): trade agreements in force (§1, economic layer) */
    final double[] economicTie;
    final List<CompiledShock> shocks;

    // ---- §2b: the sources of ties, for leave, join and agreement ----
    /** ids of the groups that give alignment ties (defense alliances, the EU, consultative groups), in world order */
    final String[] groupIds;
    /** tie strength of each such group, by the parameter of its kind */
    final double[] groupTie;
    /** whether each group's ties are multilateral (never dropped) */
    final boolean[] groupMultilateral;
    /** round-0 membership, group-major: {@code member[g * n + i]} */
    final boolean[] member;
    /** the strongest treaty tie of each pair (the treaty source), row-major; null without structural shocks */
    final double[] treatyTie;
    /** the most tie events one round can log: one per pair plus the pairs structural shocks touch */
    final int tieEventCapacity;

    private ModelInput(World world, ModelSpec spec) {
        this.n = world.size();
        this.seed = spec.seed();
        this.rounds = spec.rounds();
        this.params = spec.params();
        this.iso3 = new String[n];
        this.capability = world.capability();
        this.military = world.militaryCapability();
        this.democracy = new double[n];
        for (int i = 0; i < n; i++) {
            Country c = world.country(i);
            iso3[i] = c.iso3();
            democracy[i] = c.democracy();
        }
        this.tie = new double[n * n];
        this.multilateral = new boolean[n * n];
        this.link = new double[n * n];
        buildTies(world, params.ties());
        this.affinity = Affinity.of(world, spec.history()).affinity();
        this.proximity = proximity(world, params.proximity().lengthKm());
        double lowest = Double.POSITIVE_INFINITY;
        double highest = Double.NEGATIVE_INFINITY;
        for (double pi : proximity) {
            lowest = Math.min(lowest, pi);
            highest = Math.max(highest, pi);
        }
        this.proximityMin = lowest;
        this.proximityMax = highest;
        List<String> ids = new ArrayList<>();
        for (Group g : world.groups().values()) {
            if (givesTies(g)) { // the groups a scenario may leave or join, whatever their tie parameter (0 too)
                ids.add(g.id());
            }
        }
        this.groupIds = ids.toArray(String[]::new);
        this.groupTie = new double[groupIds.length];
        this.groupMultilateral = new boolean[groupIds.length];
        this.member = new boolean[groupIds.length * n];
        for (int g = 0; g < groupIds.length; g++) {
            Group group = world.group(groupIds[g]).orElseThrow();
            groupTie[g] = tieStrength(group, params.ties());
            groupMultilateral[g] = multilateral(group);
            for (String iso : group.members()) {
                member[g * n + world.indexOf(iso)] = true;
            }
        }
        this.trade = gravity(world, params.economy());
        this.economicTie = new double[n * n];
        for (int ij = 0; ij < n * n; ij++) {
            economicTie[ij] = world.tradeDepth(ij / n, ij % n);
        }
        this.shocks = compileShocks(world, spec.shocks());
        boolean structural = shocks.stream().anyMatch(s -> s.change() != null);
        this.treatyTie = structural ? treatyTies(world, params.ties()) : null;
        this.tieEventCapacity = Math.max(1, n * (n - 1) / 2) + structuralEvents(shocks, n);
    }

    /** Compiles a model specification for the world its names were resolved against. */
    public static ModelInput of(World world, ModelSpec spec) {
        return new ModelInput(world, spec);
    }

    /**
     * This input with another seed: the same compiled world, parameters and shocks, whose arrays are shared (the model
     * never writes them), for the replicates of a sweep's design point, which differ only in their seed. A run of it
     * is the run of {@code of(world, spec)} with that seed.
     */
    public ModelInput withSeed(long seed) {
        return seed == this.seed ? this : new ModelInput(this, seed);
    }

    private ModelInput(ModelInput o, long seed) {
        this.n = o.n;
        this.seed = seed;
        this.rounds = o.rounds;
        this.params = o.params;
        this.iso3 = o.iso3;
        this.capability = o.capability;
        this.military = o.military;
        this.democracy = o.democracy;
        this.tie = o.tie;
        this.multilateral = o.multilateral;
        this.link = o.link;
        this.affinity = o.affinity;
        this.proximity = o.proximity;
        this.proximityMin = o.proximityMin;
        this.proximityMax = o.proximityMax;
        this.trade = o.trade;
        this.economicTie = o.economicTie;
        this.shocks = o.shocks;
        this.groupIds = o.groupIds;
        this.groupTie = o.groupTie;
        this.groupMultilateral = o.groupMultilateral;
        this.member = o.member;
        this.treatyTie = o.treatyTie;
        this.tieEventCapacity = o.tieEventCapacity;
    }

    public int size() {
        return n;
    }

    public int rounds() {
        return rounds;
    }

    public long seed() {
        return seed;
    }

    public ModelParams params() {
        return params;
    }

    public String iso3(int i) {
        return iso3[i];
    }

    public double capability(int i) {
        return capability[i];
    }

    public List<CompiledShock> shocks() {
        return shocks;
    }

    /** W_ij at round 0. */
    public double initialTie(int i, int j) {
        return tie[i * n + j];
    }

    // ---- §1: ties W, multilateral flags M, institutional links G --------------------------------------

    private void buildTies(World world, ModelParams.Ties t) {
        for (Group g : world.groups().values()) {
            int[] m = indices(world, g.members());
            boolean multi = multilateral(g);
            boolean tied = givesTies(g);
            double w = tieStrength(g, t);
            boolean institutional = !tied && (g.kind().equals("political_union") || g.kind().equals("economic"));
            for (int x = 0; x < m.length; x++) {
                for (int y = 0; y < m.length; y++) {
                    int i = m[x];
                    int j = m[y];
                    if (i == j) {
                        continue;
                    }
                    int ij = i * n + j;
                    if (tied) {
                        raise(ij, w);
                        multilateral[ij] |= multi;
                    } else if (institutional) {
                        link[ij] = Math.max(link[ij], t.institutional());
                    }
                }
            }
        }
        for (Treaty tr : world.treaties()) {
            int a = world.indexOf(tr.a());
            int b = world.indexOf(tr.b());
            double w = treatyWeight(tr, t);
            if (tr.kind().equals("neutrality_nonaggression")) {
                link[a * n + b] = Math.max(link[a * n + b], t.institutional());
                link[b * n + a] = Math.max(link[b * n + a], t.institutional());
            } else {
                raise(a * n + b, w);
                raise(b * n + a, w);
            }
        }
    }

    private void raise(int ij, double w) {
        tie[ij] = Math.max(tie[ij], w);
    }

    /** An event's votes (§2): the actor votes N, each target Y, everyone else is absent; returns the actor's index. */
    private static int opposes(byte[] votes, Map<String, Integer> idx, String actor, List<String> targets) {
        java.util.Arrays.fill(votes, (byte) Vote.X.ordinal());
        int a = idx.get(actor);
        votes[a] = (byte) Vote.N.ordinal();
        for (String t : targets) {
            votes[idx.get(t)] = (byte) Vote.Y.ordinal();
        }
        return a;
    }

    /** The tie a treaty gives its two parties (§1); 0 for a neutrality treaty, which gives a link instead. */
    private static double treatyWeight(Treaty tr, ModelParams.Ties t) {
        return switch (tr.kind()) {
            case "defense_pact" -> t.defensePact();
            case "entente" -> t.entente();
            case "strategic_partnership" -> t.strategicPartnership();
            default -> 0;
        };
    }

    /** The tie a group gives its members (§1), 0 for a group that gives institutional links only. */
    private static double tieStrength(Group g, ModelParams.Ties t) {
        if (g.kind().equals("defense_alliance")) {
            return t.defensePact();
        }
        if (g.id().equals("EU")) {
            return t.euPair();
        }
        return g.kind().equals("consultative") ? t.consultative() : 0;
    }

    private static boolean multilateral(Group g) {
        return g.kind().equals("defense_alliance") || g.id().equals("EU");
    }

    /**
     * Whether a group gives its members alignment ties (§1: defense alliances, the EU, consultative groups) rather
     * than institutional links only; the groups a scenario can leave or join (§2b).
     */
    public static boolean givesTies(Group g) {
        return multilateral(g) || g.kind().equals("consultative");
    }

    /** The treaty source of each pair: the strongest treaty tie (§1), without groups. */
    private double[] treatyTies(World world, ModelParams.Ties t) {
        double[] out = new double[n * n];
        for (Treaty tr : world.treaties()) {
            int a = world.indexOf(tr.a());
            int b = world.indexOf(tr.b());
            double w = treatyWeight(tr, t);
            out[a * n + b] = Math.max(out[a * n + b], w);
            out[b * n + a] = Math.max(out[b * n + a], w);
        }
        return out;
    }

    /** The most pairs the structural shocks of any one round can touch: n − 1 per leave or join, 1 per agreement. */
    private static int structuralEvents(List<CompiledShock> shocks, int n) {
        Map<Integer, Integer> perRound = new HashMap<>();
        for (CompiledShock s : shocks) {
            if (s.change() != null) {
                int k = s.change().kind() == StructuralChange.Kind.AGREEMENT ? 1 : n - 1;
                perRound.merge(s.round(), k, Integer::sum);
            }
        }
        return perRound.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /** Ids of the groups that give alignment ties, in the order of their index in structural changes. */
    public List<String> groupIds() {
        return List.of(groupIds);
    }

    private static int[] indices(World world, List<String> iso3) {
        int[] out = new int[iso3.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = world.indexOf(iso3.get(k));
        }
        return out;
    }

    // ---- §1: vote affinity ---------------------------------------------------------------------------

    private static Vote[] votes(World world, RollCall rc, Map<String, Vote> replaced, Vote all) {
        Vote[] v = new Vote[world.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = rc == null ? all : rc.vote(i);
        }
        replaced.forEach((iso, vote) -> v[world.indexOf(iso)] = vote);
        return v;
    }

    // ---- §1: proximity ---------------------------------------------------------------------------------

    /** π_ij = exp(−g_ij / L), g the great-circle distance between capitals (§1). */
    private double[] proximity(World world, double lengthKm) {
        double[] p = new double[n * n];
        for (int i = 0; i < n; i++) {
            p[i * n + i] = 1.0;
            for (int j = i + 1; j < n; j++) {
                double v = Math.exp(-world.distanceKm(i, j) / lengthKm);
                p[i * n + j] = v;
                p[j * n + i] = v;
            }
        }
        return p;
    }

    // ---- §1: gravity trade ----------------------------------------------------------------------------

    /**
     * X_ij = (Y_i·Y_j)^a_Y / g_ij^θ with Y the GDP (US$ bn) and g the distance between capitals (at least 1 km),
     * divided by its largest value so that X̂ is in (0, 1]; X̂_ii = 0 (§1, economic layer).
     */
    private double[] gravity(World world, ModelParams.Economy e) {
        double[] x = new double[n * n];
        double max = 0;
        for (int i = 0; i < n; i++) {
            double yi = world.country(i).gdpUsdBn();
            for (int j = i + 1; j < n; j++) {
                double yj = world.country(j).gdpUsdBn();
                double v = Math.pow(yi * yj, e.gdpElasticity()) / Math.pow(Math.max(1, world.distanceKm(i, j)),
                        e.distanceElasticity());
                x[i * n + j] = v;
                x[j * n + i] = v;
                max = Math.max(max, v);
            }
        }
        if (max > 0) {
            for (int ij = 0; ij < x.length; ij++) {
                x[ij] /= max;
            }
        }
        return x;
    }

    /** X̂_ij, the gravity trade of a pair (largest pair 1). */
    public double trade(int i, int j) {
        return trade[i * n + j];
    }

    /** E_ij at round 0. */
    public double initialEconomicTie(int i, int j) {
        return economicTie[i * n + j];
    }

    // ---- §2: shocks ------------------------------------------------------------------------------------

    private int group(String id) {
        for (int g = 0; g < groupIds.length; g++) {
            if (groupIds[g].equals(id)) {
                return g;
            }
        }
        throw new IllegalArgumentException("not a group that gives alignment ties: " + id);
    }

    /**
     * Membership of group {@code g} just before shock {@code at}, replaying the leaves and joins of that group that
     * run before it: in an earlier round, or in the same round and listed earlier (the scenario reader has checked
     * that each is possible).
     */
    private boolean[] membersBefore(List<ModelSpec.Shock> spec, StructuralChange[] changes, int at, int g) {
        boolean[] in = new boolean[n];
        System.arraycopy(member, g * n, in, 0, n);
        int round = spec.get(at).round();
        for (int r = 1; r <= round; r++) {
            for (int k = 0; k < changes.length && !(r == round && k >= at); k++) {
                StructuralChange c = changes[k];
                if (c != null && c.group() == g && spec.get(k).round() == r) {
                    in[c.a()] = c.kind() == StructuralChange.Kind.JOIN;
                }
            }
        }
        return in;
    }

    /**
     * The trust signal of a structural change (§2b), as an event of {@code change.a()}: a leave is a vote on which
     * the country opposes every other member, a join one on which it agrees with every member, an agreement one on
     * which the two parties agree. Everyone else is absent.
     */
    private void signal(byte[] votes, StructuralChange change, boolean leave, boolean[] members) {
        java.util.Arrays.fill(votes, (byte) Vote.X.ordinal());
        if (change.kind() == StructuralChange.Kind.AGREEMENT) {
            votes[change.b()] = (byte) Vote.Y.ordinal();
        } else {
            for (int i = 0; i < n; i++) {
                if (members[i]) {
                    votes[i] = (byte) Vote.Y.ordinal();
                }
            }
        }
        votes[change.a()] = (byte) (leave ? Vote.N : Vote.Y).ordinal();
    }

    private List<CompiledShock> compileShocks(World world, List<ModelSpec.Shock> specShocks) {
        List<CompiledShock> out = new ArrayList<>();
        Map<String, Integer> idx = new HashMap<>();
        for (int i = 0; i < n; i++) {
            idx.put(iso3[i], i);
        }
        StructuralChange[] changes = new StructuralChange[specShocks.size()];
        for (int k = 0; k < changes.length; k++) {
            ModelSpec.Shock s = specShocks.get(k);
            if (s instanceof ModelSpec.LeaveShock l) {
                changes[k] = new StructuralChange(StructuralChange.Kind.LEAVE, idx.get(l.country()), -1, group(l.group()), 0,
                        Layer.SECURITY);
            } else if (s instanceof ModelSpec.JoinShock j) {
                changes[k] = new StructuralChange(StructuralChange.Kind.JOIN, idx.get(j.country()), -1, group(j.group()), 0,
                        Layer.SECURITY);
            } else if (s instanceof ModelSpec.AgreementShock a) {
                changes[k] = new StructuralChange(StructuralChange.Kind.AGREEMENT, idx.get(a.a()), idx.get(a.b()), -1,
                        a.weight(), a.layer().equals("economic") ? Layer.ECONOMIC : Layer.SECURITY);
            }
        }
        for (int k = 0; k < changes.length; k++) {
            ModelSpec.Shock s = specShocks.get(k);
            byte[] b = new byte[n];
            int actor = -1;
            double rate = NO_TARIFF;
            if (s instanceof ModelSpec.RollCallShock r) {
                RollCall rc = r.rollcall() == null ? null : world.rollCall(r.rollcall()).orElseThrow();
                Vote[] v = votes(world, rc, r.votes(), r.defaultVote());
                for (int i = 0; i < n; i++) {
                    b[i] = (byte) v[i].ordinal();
                }
            } else if (s instanceof ModelSpec.EventShock e) {
                actor = opposes(b, idx, e.actor(), e.targets());
            } else if (s instanceof ModelSpec.TariffShock tf) {
                // a tariff is an event for trust (§2) and sets a rate for trade (§2, tariffs)
                actor = opposes(b, idx, tf.actor(), tf.targets());
                rate = tf.rate();
            }
            StructuralChange change = changes[k];
            if (change != null) {
                actor = change.a();
                boolean[] members = change.group() < 0 ? new boolean[n] : membersBefore(specShocks, changes, k, change.group());
                signal(b, change, s instanceof ModelSpec.LeaveShock, members);
            }
            out.add(new CompiledShock(s.round(), s.salience(), s.label(), b, actor, rate, change));
        }
        return List.copyOf(out);
    }
}
