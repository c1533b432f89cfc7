package realign.model;

/**
 * The tie events of one round, in primitive arrays sized once: renegotiation changes each pair at most once a
 * round, and structural shocks (§2b) touch at most the pairs counted in {@link ModelInput#tieEventCapacity}.
 */
public final class TieLog {

    private final int[] a;
    private final int[] b;
    private final TieEvent[] kind;
    private final double[] value;
    private int size;

    TieLog(int cap) {
        a = new int[cap];
        b = new int[cap];
        kind = new TieEvent[cap];
        value = new double[cap];
    }

    void clear() {
        size = 0;
    }

    void add(int i, int j, TieEvent k, double v) {
        a[size] = i;
        b[size] = j;
        kind[size] = k;
        value[size] = v;
        size++;
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
