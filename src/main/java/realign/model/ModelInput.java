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
     * {@code tariffRate} is the rate of a tariff, or {@link #NO_TARIFF}.
     */
    public record CompiledShock(int round, double salience, String label, byte[] votes, int actor, double tariffRate) {
        public boolean tariff() {
            return tariffRate != NO_TARIFF;
        }
    }

    /** The tariff rate of a shock that is no tariff. */
    public static final double NO_TARIFF = -1;

    final int n;
    final long seed;
    final int rounds;
    final ModelParams params;
    final String[] iso3;
    final double[] capability;
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
    /** gravity trade X̂, symmetric, largest pair 1 (§1, economic layer) */
    final double[] trade;
    /** initial economic ties E(0): trade agreements in force (§1, economic layer) */
    final double[] economicTie;
    final List<CompiledShock> shocks;

    private ModelInput(World world, ModelSpec spec) {
        this.n = world.size();
        this.seed = spec.seed();
        this.rounds = spec.rounds();
        this.params = spec.params();
        this.iso3 = new String[n];
        this.capability = world.capability();
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
        this.trade = gravity(world, params.economy());
        this.economicTie = new double[n * n];
        for (int ij = 0; ij < n * n; ij++) {
            economicTie[ij] = world.tradeDepth(ij / n, ij % n);
        }
        this.shocks = compileShocks(world, spec.shocks());
    }

    /** Compiles a model specification for the world its names were resolved against. */
    public static ModelInput of(World world, ModelSpec spec) {
        return new ModelInput(world, spec);
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
            boolean defense = g.kind().equals("defense_alliance");
            boolean eu = g.id().equals("EU");
            boolean consultative = g.kind().equals("consultative");
            boolean institutional = !eu && (g.kind().equals("political_union") || g.kind().equals("economic"));
            for (int x = 0; x < m.length; x++) {
                for (int y = 0; y < m.length; y++) {
                    int i = m[x];
                    int j = m[y];
                    if (i == j) {
                        continue;
                    }
                    int ij = i * n + j;
                    if (defense) {
                        raise(ij, t.defensePact());
                        multilateral[ij] = true;
                    } else if (eu) {
                        raise(ij, t.euPair());
                        multilateral[ij] = true;
                    } else if (consultative) {
                        raise(ij, t.consultative());
                    } else if (institutional) {
                        link[ij] = Math.max(link[ij], t.institutional());
                    }
                }
            }
        }
        for (Treaty tr : world.treaties()) {
            int a = world.indexOf(tr.a());
            int b = world.indexOf(tr.b());
            double w = switch (tr.kind()) {
                case "defense_pact" -> t.defensePact();
                case "entente" -> t.entente();
                case "strategic_partnership" -> t.strategicPartnership();
                default -> 0;
            };
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

    private List<CompiledShock> compileShocks(World world, List<ModelSpec.Shock> specShocks) {
        List<CompiledShock> out = new ArrayList<>();
        Map<String, Integer> idx = new HashMap<>();
        for (int i = 0; i < n; i++) {
            idx.put(iso3[i], i);
        }
        for (ModelSpec.Shock s : specShocks) {
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
                java.util.Arrays.fill(b, (byte) Vote.X.ordinal());
                actor = idx.get(e.actor());
                b[actor] = (byte) Vote.N.ordinal();
                for (String t : e.targets()) {
                    b[idx.get(t)] = (byte) Vote.Y.ordinal();
                }
            } else if (s instanceof ModelSpec.TariffShock tf) {
                // a tariff is an event for trust (§2) and sets a rate for trade (§2, tariffs)
                java.util.Arrays.fill(b, (byte) Vote.X.ordinal());
                actor = idx.get(tf.actor());
                b[actor] = (byte) Vote.N.ordinal();
                for (String t : tf.targets()) {
                    b[idx.get(t)] = (byte) Vote.Y.ordinal();
                }
                rate = tf.rate();
            }
            out.add(new CompiledShock(s.round(), s.salience(), s.label(), b, actor, rate));
        }
        return List.copyOf(out);
    }
}
