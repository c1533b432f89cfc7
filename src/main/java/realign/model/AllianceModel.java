package realign.model;

import java.util.Arrays;
import realign.blocs.LandscapeBlocs;
import ec.util.MersenneTwisterFast;
import sim.engine.SimState;

/**
 * The realign model as a MASON {@link SimState}: country agents, their trust, ties and blocs, and a
 * schedule that runs the round's phases as {@link sim.engine.Steppable}s in order
 * (docs/model.md §3): {@link ShockPhase}, {@link TrustDynamics}, {@link Renegotiation}, {@link Balancing}, {@link BlocPhase},
 * then the record phase that hands the state to a {@link RoundObserver}. Round t runs at schedule time t.
 *
 * <p>All state lives in primitive arrays allocated once; n×n arrays are row-major, row i being i's view.
 * All randomness comes from {@code random}, seeded from the scenario. The model does no IO.
 */
public final class AllianceModel extends SimState {

    private static final long serialVersionUID = 1L;

    /**
     * The MASON ordering of the last phase of a round (the record); a GUI that steps the model schedules its own
     * per-round work after it.
     */
    public static final int RECORD_ORDERING = 5;

    final ModelInput input;
    final ModelParams params;
    final int n;
    final RoundObserver observer;

    // ---- dyadic state (n×n) ----
    /** trust T */
    final double[] trust;
    /** long-run baseline T̄ (prior trust) */
    final double[] prior;
    /** vote affinity a */
    final double[] affinity;
    /** alignment ties W */
    final double[] tie;
    /** multilateral flags M */
    final boolean[] multilateral;
    /** institutional links G (fixed) */
    final double[] link;
    final double[] proximity;
    /** capability c_i = c_i(0) + B_i (§1, §3.3b) */
    final double[] capability;

    // ---- per-country state ----
    final double[] need;
    final double[] support;
    final double[] deficit;
    final boolean[] seeking;
    final int[] bloc;
    /** capability added by internal balancing since round 0, B_i (§3.3b) */
    final double[] buildUp;
    /** whether i raised its military spending this round */
    final boolean[] balancing;

    // ---- per-round bookkeeping ----
    int round;
    int shocksThisRound;
    int balancers;
    double energy;
    final TieLog log;

    final TrustDynamics trustDynamics;
    final LandscapeBlocs blocs;
    private final BlocPhase blocPhase;
    private final Renegotiation renegotiation;
    private final Balancing balancingPhase;
    /** sources of ties for leave, join and agreement; null in runs without them */
    private final TieSources sources;

    /**
     * @param observer receives the state at round 0 and after every round
     */
    public AllianceModel(ModelInput input, RoundObserver observer) {
        super(input.seed);
        this.random = generator(input.seed);
        this.input = input;
        this.params = input.params;
        this.n = input.n;
        this.observer = observer;
        this.trust = new double[n * n];
        this.prior = new double[n * n];
        this.affinity = input.affinity.clone();
        this.tie = input.tie.clone();
        this.multilateral = input.multilateral.clone();
        this.link = input.link;
        this.proximity = input.proximity;
        this.capability = input.capability.clone();
        this.need = new double[n];
        this.support = new double[n];
        this.deficit = new double[n];
        this.seeking = new boolean[n];
        this.bloc = new int[n];
        this.buildUp = new double[n];
        this.balancing = new boolean[n];
        this.log = new TieLog(input.tieEventCapacity);
        this.trustDynamics = new TrustDynamics(this);
        this.blocs = new LandscapeBlocs(n, params.blocs().max());
        this.blocPhase = new BlocPhase(this);
        this.renegotiation = new Renegotiation(this);
        this.balancingPhase = new Balancing(this);
        this.sources = input.treatyTie == null ? null : new TieSources(this);
    }

    /**
     * A generator seeded with all 64 bits of the seed. (MASON's {@code MersenneTwisterFast(long)} keeps only the
     * low 32 bits, so seeds 1 and 2^32 + 1 would give the same run.)
     */
    static MersenneTwisterFast generator(long seed) {
        return new MersenneTwisterFast(new int[] {(int) seed, (int) (seed >>> 32)});
    }

    @Override
    public void start() {
        super.start();
        initialise();
        schedule.scheduleRepeating(1.0, 0, new ShockPhase(), 1.0);
        schedule.scheduleRepeating(1.0, 1, trustDynamics, 1.0);
        schedule.scheduleRepeating(1.0, 2, renegotiation, 1.0);
        schedule.scheduleRepeating(1.0, 3, balancingPhase, 1.0);
        schedule.scheduleRepeating(1.0, 4, blocPhase, 1.0);
        schedule.scheduleRepeating(1.0, RECORD_ORDERING, state -> observer.record((AllianceModel) state), 1.0);
    }

    /** Starts the model and runs every round of the scenario. */
    public void run() {
        start();
        for (int t = 1; t <= input.rounds; t++) {
            schedule.step(this);
        }
        finish();
    }

    /** Round 0: prior trust, its fixed point, need, initial blocs (docs/model.md §1 and §3.4). */
    private void initialise() {
        round = 0;
        Arrays.fill(bloc, LandscapeBlocs.UNALIGNED);
        InitialState.priorTrust(this);
        InitialState.fixedPoint(this);
        computeSupport();
        System.arraycopy(support, 0, need, 0, n);
        Arrays.fill(deficit, 0);
        Arrays.fill(seeking, false);
        trustDynamics.markTiesChanged();
        BlocPhase.seed(this);
        blocPhase.settle();
        observer.record(this);
    }

    /** S_i = Σ_j W_ij T_ij c_j (§1). */
    void computeSupport() {
        for (int i = 0; i < n; i++) {
            int row = i * n;
            double s = 0;
            for (int j = 0; j < n; j++) {
                double w = tie[row + j];
                if (w > 0) {
                    s += w * trust[row + j] * capability[j];
                }
            }
            support[i] = s;
        }
    }

    /** ShockPhase (§2): applies the shocks due this round, in the order the scenario lists them. */
    final class ShockPhase implements sim.engine.Steppable {
        private static final long serialVersionUID = 1L;

        @Override
        public void step(SimState state) {
            round = (int) Math.round(schedule.getTime());
            if (sources != null) {
                sources.absorb(log);
            }
            log.clear();
            shocksThisRound = 0;
            for (ModelInput.CompiledShock s : input.shocks) {
                if (s.round() == round) {
                    // a leave, join or agreement moves trust only when given a salience (§2b)
                    if (s.change() == null || s.salience() > 0) {
                        Shocks.apply(AllianceModel.this, s);
                    }
                    if (s.change() != null) {
                        sources.apply(s.change());
                    }
                    shocksThisRound++;
                }
            }
        }
    }

    // ---- read-only view for observers ------------------------------------------------------------------

    public int size() {
        return n;
    }

    public int round() {
        return round;
    }

    public ModelInput input() {
        return input;
    }

    public String iso3(int i) {
        return input.iso3[i];
    }

    /** c_i now: round-0 capability plus the build-up of internal balancing (§3.3b). */
    public double capability(int i) {
        return capability[i];
    }

    /** B_i: capability added by internal balancing since round 0 (§3.3b). */
    public double buildUp(int i) {
        return buildUp[i];
    }

    /** Whether i raised its military spending this round (§3.3b). */
    public boolean balancing(int i) {
        return balancing[i];
    }

    /** Countries that raised their military spending this round (§3.3b). */
    public int balancers() {
        return balancers;
    }

    /** T_ij: i's trust in j. */
    public double trust(int i, int j) {
        return trust[i * n + j];
    }

    public double prior(int i, int j) {
        return prior[i * n + j];
    }

    public double affinity(int i, int j) {
        return affinity[i * n + j];
    }

    /** W_ij: the alignment tie. */
    public double tie(int i, int j) {
        return tie[i * n + j];
    }

    public boolean multilateral(int i, int j) {
        return multilateral[i * n + j];
    }

    public double link(int i, int j) {
        return link[i * n + j];
    }

    public double proximity(int i, int j) {
        return proximity[i * n + j];
    }

    public double need(int i) {
        return need[i];
    }

    /** Support S_i as computed in this round's renegotiation (after drops, before new ties). */
    public double support(int i) {
        return support[i];
    }

    public double deficit(int i) {
        return deficit[i];
    }

    public boolean seeking(int i) {
        return seeking[i];
    }

    /** Bloc label 0..blocs.max-1, or {@link LandscapeBlocs#UNALIGNED}. */
    public int bloc(int i) {
        return bloc[i];
    }

    public int blocLabels() {
        return blocs.labels();
    }

    /** Landscape energy E of the current partition (§3.4). */
    public double energy() {
        return energy;
    }

    public int shocksThisRound() {
        return shocksThisRound;
    }

    /** Tie events of the current round, in the order they happened. */
    public TieLog tieEvents() {
        return log;
    }
}
