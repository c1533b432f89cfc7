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
    /**
     * alignment ties W. After round 0 change it only through {@link #setTie}: the tie index ({@link #tied},
     * {@link #bilateral}) must follow it, and the supports, the drops and the trust step's closeness P read it.
     */
    final double[] tie;
    /** multilateral flags M; after round 0 change them only through {@link #setTie}, as W */
    final boolean[] multilateral;
    /**
     * The pairs with a tie (W_ij &gt; 0) and, of those, the ones that are not multilateral, one bit per pair: row i is
     * {@link #words} longs from i·words, bit j of the row (j mod 64 of word j / 64) set for pair ij. Kept in step
     * with W and M by {@link #setTie}, so that the supports and the drops (§3.3) visit the tied pairs alone, in
     * index order, instead of scanning all n² pairs.
     */
    final long[] tied;
    final long[] bilateral;
    final int words;
    /** institutional links G (fixed) */
    final double[] link;
    final double[] proximity;
    /** capability c_i = c_i(0) + B_i (§1, §3.3b) */
    final double[] capability;
    /** trust at round 0, T(0): the reference of the betrayal memory (§3.3) */
    final double[] initialTrust;
    /** round of the pair's last security agreement (formation or deepening); symmetric (§3.3) */
    final int[] securityAgreement;

    // ---- economic layer (n×n) ----
    /** economic ties E (trade agreements) */
    final double[] economicTie;
    /** gravity trade X̂ (fixed) */
    final double[] trade;
    /** trade under the pair's agreements, X̂_ij·exp(β_E·E_ij), kept in step with E (§1, economic layer) */
    final double[] agreedTrade;
    /** tariff factor f_ij: the share of its trade with j that i keeps under j's tariff (1 without one) */
    final double[] tariffFactor;
    /** round of the pair's last trade agreement; symmetric (§3.3) */
    final int[] economicAgreement;
    /** the rows i of X̂·exp(β_E·E) or f in which a term changed since {@link #economicSupport} was last summed */
    private final boolean[] economicSupportStale;
    /** whether any row is stale */
    private boolean economicSupportChanged = true;

    // ---- per-country state ----
    final double[] need;
    final double[] support;
    final double[] deficit;
    final boolean[] seeking;
    final double[] economicNeed;
    final double[] economicSupport;
    final double[] economicDeficit;
    final boolean[] economicSeeking;
    /** Round of the last tariff that lowered one of i's tariff factors f_iA (NEVER before any): §3.3 step 2, h_E. */
    final int[] tariffHit;
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
    /** security tie events of the round */
    final TieLog log;
    /** economic tie events of the round */
    final TieLog economicLog;

    final TrustDynamics trustDynamics;
    final LandscapeBlocs blocs;
    private final BlocPhase blocPhase;
    private final Renegotiation renegotiation;
    private final Balancing balancingPhase;
    /** sources of ties for leave, join and agreement; null in runs without them */
    private final TieSources sources;
    /** T̄ and T(0) of earlier runs with the same round-0 inputs; null to compute them */
    private final Round0Cache round0;

    /**
     * @param observer receives the state at round 0 and after every round
     */
    public AllianceModel(ModelInput input, RoundObserver observer) {
        this(input, observer, null);
    }

    /**
     * @param observer receives the state at round 0 and after every round
     * @param round0 prior trust and T(0) kept from earlier runs (a sweep's), reused when this input gives the same
     */
    public AllianceModel(ModelInput input, RoundObserver observer, Round0Cache round0) {
        super(input.seed);
        this.round0 = round0;
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
        this.words = (n + 63) >>> 6;
        this.tied = new long[n * words];
        this.bilateral = new long[n * words];
        this.link = input.link;
        this.proximity = input.proximity;
        this.capability = input.capability.clone();
        this.initialTrust = new double[n * n];
        this.securityAgreement = new int[n * n];
        this.economicTie = input.economicTie.clone();
        this.trade = input.trade;
        this.agreedTrade = new double[n * n];
        this.tariffFactor = new double[n * n];
        this.economicAgreement = new int[n * n];
        this.need = new double[n];
        this.support = new double[n];
        this.deficit = new double[n];
        this.seeking = new boolean[n];
        this.economicNeed = new double[n];
        this.economicSupport = new double[n];
        this.economicDeficit = new double[n];
        this.economicSeeking = new boolean[n];
        this.economicSupportStale = new boolean[n];
        this.tariffHit = new int[n];
        this.bloc = new int[n];
        this.buildUp = new double[n];
        this.balancing = new boolean[n];
        this.log = new TieLog(input.tieEventCapacity, Layer.SECURITY);
        this.economicLog = new TieLog(input.tieEventCapacity, Layer.ECONOMIC);
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
        if (round0 == null || !round0.restore(this)) {
            InitialState.priorTrust(this);
            InitialState.fixedPoint(this);
            if (round0 != null) {
                round0.keep(this);
            }
        }
        trustDynamics.markPriorChanged();
        indexTies();
        System.arraycopy(trust, 0, initialTrust, 0, n * n);
        Arrays.fill(securityAgreement, NEVER);
        Arrays.fill(economicAgreement, NEVER);
        renegotiation.reset();
        Arrays.fill(tariffFactor, 1.0);
        Arrays.fill(tariffHit, NEVER);
        for (int ij = 0; ij < n * n; ij++) {
            agreedTrade[ij] = agreedTrade(trade[ij], economicTie[ij]);
        }
        Arrays.fill(economicSupportStale, true);
        economicSupportChanged = true;
        computeSupport();
        System.arraycopy(support, 0, need, 0, n);
        Arrays.fill(deficit, 0);
        Arrays.fill(seeking, false);
        computeEconomicSupport();
        System.arraycopy(economicSupport, 0, economicNeed, 0, n);
        Arrays.fill(economicDeficit, 0);
        Arrays.fill(economicSeeking, false);
        trustDynamics.markTiesChanged();
        BlocPhase.seed(this);
        blocPhase.settle();
        observer.record(this);
    }

    /** S_i = Σ_j W_ij T_ij c_j (§1), summed over the tied j in index order. */
    void computeSupport() {
        for (int i = 0; i < n; i++) {
            int row = i * n;
            double s = 0;
            for (int k = 0; k < words; k++) {
                for (long bits = tied[i * words + k]; bits != 0; bits &= bits - 1) {
                    int j = (k << 6) + Long.numberOfTrailingZeros(bits);
                    s += tie[row + j] * trust[row + j] * capability[j];
                }
            }
            support[i] = s;
        }
    }

    /**
     * W_ij = W_ji = w and M_ij = M_ji = multilateral; the only way the model changes a tie after round 0. It keeps the
     * tie index in step and tells the trust step which rows of its closeness P to rebuild.
     */
    void setTie(int i, int j, double w, boolean multilateral) {
        tie[i * n + j] = w;
        tie[j * n + i] = w;
        this.multilateral[i * n + j] = multilateral;
        this.multilateral[j * n + i] = multilateral;
        index(i, j, w > 0, w > 0 && !multilateral);
        index(j, i, w > 0, w > 0 && !multilateral);
        trustDynamics.markRowChanged(i);
        trustDynamics.markRowChanged(j);
    }

    /** Builds {@link #tied} and {@link #bilateral} from W and M. */
    private void indexTies() {
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < words; k++) {
                long t = 0;
                long b = 0;
                for (int j = k << 6; j < Math.min(n, (k + 1) << 6); j++) {
                    double w = tie[i * n + j];
                    if (w > 0) {
                        t |= 1L << j;
                        if (!multilateral[i * n + j]) {
                            b |= 1L << j;
                        }
                    }
                }
                tied[i * words + k] = t;
                bilateral[i * words + k] = b;
            }
        }
    }

    private void index(int i, int j, boolean isTied, boolean isBilateral) {
        int word = i * words + (j >>> 6);
        long bit = 1L << j;
        tied[word] = isTied ? tied[word] | bit : tied[word] & ~bit;
        bilateral[word] = isBilateral ? bilateral[word] | bit : bilateral[word] & ~bit;
    }

    /**
     * S^E_i = Σ_j X̂_ij · exp(β_E·E_ij) · f_ij (§1, economic layer). A row is summed again only when one of its terms
     * changed since its last sum (an agreement or a tariff of i): the same sums in the same order, not n a round.
     */
    void computeEconomicSupport() {
        if (!economicSupportChanged) {
            return;
        }
        economicSupportChanged = false;
        for (int i = 0; i < n; i++) {
            if (!economicSupportStale[i]) {
                continue;
            }
            economicSupportStale[i] = false;
            int row = i * n;
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += agreedTrade[row + j] * tariffFactor[row + j];
            }
            economicSupport[i] = s;
        }
    }

    /** Call after E_ij changes. */
    void updateAgreedTrade(int ij) {
        agreedTrade[ij] = agreedTrade(trade[ij], economicTie[ij]);
        economicSupportStale[ij / n] = true;
        economicSupportChanged = true;
    }

    /** f_ij ← f: the share of i's trade with j that j's tariff leaves (§2, tariffs). */
    void setTariffFactor(int ij, double f) {
        if (f < tariffFactor[ij]) {
            tariffHit[ij / n] = round;
        }
        tariffFactor[ij] = f;
        economicSupportStale[ij / n] = true;
        economicSupportChanged = true;
    }

    /** X̂·exp(β_E·E): the trade of a pair with gravity trade X̂ under agreements of depth E. */
    double agreedTrade(double gravity, double depth) {
        return depth == 0 ? gravity : gravity * Math.exp(params.economy().agreementEffect() * depth);
    }

    /** The round of an agreement that never happened: far enough back for any cooldown. */
    static final int NEVER = Integer.MIN_VALUE / 2;

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
            economicLog.clear();
            shocksThisRound = 0;
            for (ModelInput.CompiledShock s : input.shocks) {
                if (s.round() == round) {
                    // a leave, join or agreement moves trust only when given a salience (§2b)
                    if (s.change() == null || s.salience() > 0) {
                        Shocks.apply(AllianceModel.this, s);
                    }
                    if (s.change() != null) {
                        if (s.change().layer() == Layer.ECONOMIC) {
                            signEconomic(s.change());
                        } else {
                            sources.apply(s.change());
                        }
                        if (s.change().kind() == ModelInput.StructuralChange.Kind.AGREEMENT) {
                            startCooldown(s.change());
                        }
                    }
                    shocksThisRound++;
                }
            }
        }
    }

    /**
     * A signed agreement is the pair's agreement in its layer (§2b): renegotiation does not deepen that layer of the
     * pair in the cooldown's rounds after it, whether or not the signing raised the tie.
     */
    private void startCooldown(ModelInput.StructuralChange c) {
        int[] last = c.layer() == Layer.ECONOMIC ? economicAgreement : securityAgreement;
        last[c.a() * n + c.b()] = round;
        last[c.b() * n + c.a()] = round;
    }

    /**
     * An agreement on the economic layer (§2b): E_ab rises to at least the agreement's weight; logged as
     * {@code signed} in the economic layer with the E after it.
     */
    private void signEconomic(ModelInput.StructuralChange c) {
        int i = Math.min(c.a(), c.b());
        int j = Math.max(c.a(), c.b());
        int ij = i * n + j;
        int ji = j * n + i;
        double e = Math.max(economicTie[ij], c.weight());
        economicTie[ij] = e;
        economicTie[ji] = e;
        updateAgreedTrade(ij);
        updateAgreedTrade(ji);
        economicLog.add(i, j, TieEvent.SIGNED, e);
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

    /** E_ij: the economic tie (trade agreements). */
    public double economicTie(int i, int j) {
        return economicTie[i * n + j];
    }

    /** f_ij: the share of i's trade with j that j's tariff leaves (1 without a tariff). */
    public double tariffFactor(int i, int j) {
        return tariffFactor[i * n + j];
    }

    public double economicNeed(int i) {
        return economicNeed[i];
    }

    /** Economic support S^E_i as computed in this round's renegotiation. */
    public double economicSupport(int i) {
        return economicSupport[i];
    }

    public double economicDeficit(int i) {
        return economicDeficit[i];
    }

    public boolean economicSeeking(int i) {
        return economicSeeking[i];
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

    /** Security tie events of the current round, in the order they happened. */
    public TieLog tieEvents() {
        return log;
    }

    /** Economic tie events of the current round, in the order they happened. */
    public TieLog economicEvents() {
        return economicLog;
    }

    /** The tie events of a layer in the current round. */
    public TieLog events(Layer layer) {
        return layer == Layer.SECURITY ? log : economicLog;
    }
}
