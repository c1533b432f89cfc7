package realign.model;

/**
 * The tie events of one round in one layer, in primitive arrays sized once (each pair changes at most once a round
 * in a layer). A formation or deepening also keeps each side's net gain (§3.3); a dissolution keeps NaN there.
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

    TieLog(int n, Layer layer) {
        this.layer = layer;
        int cap = Math.max(1, n * (n - 1) / 2);
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

    /** γ_ab of event e: a's net gain from the agreement (gain − upkeep); NaN for a dissolution. */
    public double netGainA(int e) {
        return gainA[e];
    }

    /** γ_ba of event e; NaN for a dissolution. */
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
