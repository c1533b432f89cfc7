package realign.blocs;

import ec.util.MersenneTwisterFast;

/**
 * Landscape theory (Axelrod &amp; Bennett 1993) as signed clustering, docs/model.md §3.4.
 *
 * <p>A partition gives each country a label {@code 0..B-1} or {@link #UNALIGNED} (every unaligned country
 * is its own singleton). Its energy is {@code E = Σ_{i<j} s_i s_j p_ij [P_i ≠ P_j]}. Starting from the
 * labels it is given, countries in a random order move to the label that lowers E most until no move lowers
 * it. Moving i to label b changes E by {@code A_i(cur) − A_i(b)} with {@code A_i(b) = s_i Σ_{j∈b, j≠i} s_j p_ij}
 * and {@code A_i(unaligned) = 0}, so every accepted move lowers E strictly and the search ends.
 *
 * <p>One instance per run; it owns its work arrays (allocated once) and is not thread-safe.
 */
public final class LandscapeBlocs {

    /** Label of an unaligned country. */
    public static final int UNALIGNED = -1;

    /** A move must lower E by more than this, relative to max|s|²·max|p| (a bound of the largest |s_i s_j p_ij|). */
    private static final double TOLERANCE = 1e-12;

    private final int n;
    private final int labels;
    /** pull[i*labels + b] = Σ_{j∈b, j≠i} s_j p_ij */
    private final double[] pull;
    private final int[] order;
    private int lastMoves;
    private int lastSweeps;

    public LandscapeBlocs(int n, int labels) {
        if (labels < 1) {
            throw new IllegalArgumentException("labels must be >= 1, got " + labels);
        }
        this.n = n;
        this.labels = labels;
        this.pull = new double[n * labels];
        this.order = new int[n];
    }

    public int labels() {
        return labels;
    }

    /** Moves made by the last {@link #settle} call. */
    public int lastMoves() {
        return lastMoves;
    }

    /** Sweeps over all countries made by the last {@link #settle} call (the last one made no move). */
    public int lastSweeps() {
        return lastSweeps;
    }

    /**
     * Runs best-response moves from {@code label} (changed in place) until no move lowers the energy.
     *
     * @param propensity n×n row-major p_ij, symmetric
     * @param size s_i
     * @return the energy of the final partition
     */
    public double settle(double[] propensity, double[] size, int[] label, MersenneTwisterFast random) {
        java.util.Arrays.fill(pull, 0);
        double maxSize = 0;
        double maxPropensity = 0;
        for (int i = 0; i < n; i++) {
            maxSize = Math.max(maxSize, Math.abs(size[i]));
            int row = i * n;
            int base = i * labels;
            for (int j = 0; j < n; j++) {
                double pij = propensity[row + j];
                maxPropensity = Math.max(maxPropensity, Math.abs(pij));
                int lj = label[j];
                if (lj != UNALIGNED && j != i) {
                    pull[base + lj] += size[j] * pij;
                }
            }
        }
        // an upper bound of the largest |s_i s_j p_ij|: the scale of the tolerance
        double scale = maxSize * maxSize * maxPropensity;
        double tol = TOLERANCE * Math.max(scale, Double.MIN_NORMAL);
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        lastMoves = 0;
        lastSweeps = 0;
        boolean moved = true;
        while (moved) {
            moved = false;
            lastSweeps++;
            shuffle(random);
            for (int k = 0; k < n; k++) {
                int i = order[k];
                int best = bestLabel(i, size[i], label[i], tol);
                if (best != label[i]) {
                    move(i, label[i], best, propensity, size[i]);
                    label[i] = best;
                    moved = true;
                    lastMoves++;
                }
            }
        }
        return energy(propensity, size, label);
    }

    /** The label that lowers i's energy most, or its current label when none lowers it by more than tol. */
    private int bestLabel(int i, double si, int current, double tol) {
        int base = i * labels;
        double currentPull = current == UNALIGNED ? 0 : si * pull[base + current];
        int best = current;
        double bestPull = currentPull;
        if (current != UNALIGNED && 0 > bestPull + tol) {
            best = UNALIGNED;
            bestPull = 0;
        }
        for (int b = 0; b < labels; b++) {
            double v = si * pull[base + b];
            if (b != current && v > bestPull + tol) {
                best = b;
                bestPull = v;
            }
        }
        return best;
    }

    private void move(int i, int from, int to, double[] propensity, double si) {
        int row = i * n; // p is symmetric: read row i rather than column i
        for (int k = 0; k < n; k++) {
            if (k == i) {
                continue;
            }
            double w = si * propensity[row + k];
            if (from != UNALIGNED) {
                pull[k * labels + from] -= w;
            }
            if (to != UNALIGNED) {
                pull[k * labels + to] += w;
            }
        }
    }

    private void shuffle(MersenneTwisterFast random) {
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    /** E(P) = Σ_{i<j} s_i s_j p_ij [P_i ≠ P_j], unaligned countries each in a bloc of their own. */
    public static double energy(double[] propensity, double[] size, int[] label) {
        int n = size.length;
        double e = 0;
        for (int i = 0; i < n; i++) {
            int row = i * n;
            for (int j = i + 1; j < n; j++) {
                if (label[i] == UNALIGNED || label[i] != label[j]) {
                    e += size[i] * size[j] * propensity[row + j];
                }
            }
        }
        return e;
    }
}
