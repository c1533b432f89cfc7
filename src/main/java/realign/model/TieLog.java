package realign.model;

/**
 * The tie events of one round in one layer, in primitive arrays sized once: renegotiation changes each pair at
 * most once a round in a layer, and structural shocks (§2b) touch at most the pairs counted in
 * {@link ModelInput#tieEventCapacity}. A formation or deepening also keeps each side's net gain (§3.3); other
 * events keep NaN there.
 */
public final class TieLog {

    private final Layer layer;
    private final int[] a;
    private final int[] b;
    private final TieEvent[] kind;
    private final double[] value;
    private final double[] gainA;
    private final double[] gainB;
    private int size;

    TieLog(int cap, Layer layer) {
        this.layer = layer;
        a = new int[cap];
        b = new int[cap];
        kind = new TieEvent[cap];
        value = new double[cap];
        gainA = new double[cap];
        gainB = new double[cap];
    }

    void clear() {
        size = 0;
    }

    void add(int i, int j, TieEvent k, double v) {
        add(i, j, k, v, Double.NaN, Double.NaN);
    }

    void add(int i, int j, TieEvent k, double v, double netGainA, double netGainB) {
        a[size] = i;
        b[size] = j;
        kind[size] = k;
        value[size] = v;
        gainA[size] = netGainA;
        gainB[size] = netGainB;
        size++;
    }

    /** The layer whose events this log holds. */
    public Layer layer() {
        return layer;
    }

    public int size() {
        return size;
    }

    /** The first country of event e (the lower index). */
    public int a(int e) {
        return a[e];
    }

    public int b(int e) {
        return b[e];
    }

    public TieEvent kind(int e) {
        return kind[e];
    }

    public double value(int e) {
        return value[e];
    }

    /** γ_ab of event e: a's net gain from the agreement (gain − upkeep); NaN for other events. */
    public double netGainA(int e) {
        return gainA[e];
    }

    /** γ_ba of event e; NaN for other events. */
    public double netGainB(int e) {
        return gainB[e];
    }

    public int count(TieEvent k) {
        int c = 0;
        for (int e = 0; e < size; e++) {
            if (kind[e] == k) {
                c++;
            }
        }
        return c;
    }
}
