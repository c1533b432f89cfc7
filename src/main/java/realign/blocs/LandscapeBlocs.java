package realign.blocs;

import ec.util.MersenneTwisterFast;

/**
 * Landscape theory (Axelrod &amp; Bennett 1993) as signed clustering, docs/model.md §3.4.
 *
 * <p>A partition gives each country a label {@code 0..B-1} or {@link #UNALIGNED} (every unaligned country
 * is its own singleton). Its energy is {@code E = Σ_{i<j} s_i s_j p_ij [P_i ≠ P_j]}. Starting from the
 * labels it is given, the search alternates two kinds of move until neither lowers E:
 * <ul>
 *   <li><b>best response</b>: countries in a random order move to the label that lowers E most. Moving i to
 *       label b changes E by {@code A_i(cur) − A_i(b)} with {@code A_i(b) = s_i Σ_{j∈b, j≠i} s_j p_ij} and
 *       {@code A_i(unaligned) = 0};</li>
 *   <li><b>opening</b>: when no single move lowers E and a label is free, a new bloc is opened, either by a
 *       <em>split</em> — one bloc is cut in two parts X and Y, the part of smaller total size taking the free
 *       label, which changes E by the cut {@code C(X, Y) = Σ_{i∈X, j∈Y} s_i s_j p_ij} — or by a
 *       <em>founding</em> — two unaligned countries i, j take the free label together, which changes E by
 *       {@code −s_i s_j p_ij}. Each bloc's cut is found by seeding two poles (the member least drawn to the bloc
 *       and the member it repels most), letting every member join the pole it is drawn to more, then moving
 *       single members between the parts, the one that lowers C most first, while C falls; a cut that seems to
 *       lower E competes with its C summed once more directly. The opening that lowers E most is made, if it
 *       lowers E. No random number is drawn.</li>
 * </ul>
 * Every accepted move lowers E strictly, so the search ends. A bloc dissolves when its last member leaves. An
 * opening takes only a label that was empty at the end of the previous call (so a label that dissolves is not
 * reopened in the same round); it prefers labels never held at the end of any call, lowest first.
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
    /**
     * pull[b*n + i] = Σ_{j∈b, j≠i} s_j p_ij, label by label: the loops that build and update it then run over i at
     * offset 0 of one label's stretch, which the JIT turns into vector instructions
     */
    private final double[] pull;
    private final int[] order;
    /** members of each label now */
    private final int[] count;
    /** the label had members at the end of the previous {@link #settle} call */
    private final boolean[] heldLastCall;
    /** the label had members at the end of some {@link #settle} call */
    private final boolean[] heldEver;
    // ---- split work arrays ----
    /** members of the bloc being cut, in index order, followed by those of its smaller part (hence 2n) */
    private final int[] members;
    /** side[i]: 1 when i is in the part that would take the new label, 0 otherwise (meaningful for members) */
    private final byte[] side;
    /** toNew[i] = Σ_{j in i's bloc, side 1, j≠i} s_j p_ij */
    private final double[] toNew;
    private int lastMoves;
    private int lastSweeps;
    private int lastOpenings;

    public LandscapeBlocs(int n, int labels) {
        if (labels < 1) {
            throw new IllegalArgumentException("labels must be >= 1, got " + labels);
        }
        this.n = n;
        this.labels = labels;
        this.pull = new double[n * labels];
        this.order = new int[n];
        this.count = new int[labels];
        this.heldLastCall = new boolean[labels];
        this.heldEver = new boolean[labels];
        this.members = new int[2 * n];
        this.side = new byte[n];
        this.toNew = new double[n];
    }

    public int labels() {
        return labels;
    }

    /** Best-response moves made by the last {@link #settle} call. */
    public int lastMoves() {
        return lastMoves;
    }

    /** Sweeps over all countries made by the last {@link #settle} call (the last one made no move). */
    public int lastSweeps() {
        return lastSweeps;
    }

    /** Blocs opened (by a split or a founding) by the last {@link #settle} call. */
    public int lastOpenings() {
        return lastOpenings;
    }

    /**
     * Runs best-response moves and openings from {@code label} (changed in place) until none lowers the energy.
     *
     * @param propensity n×n row-major p_ij, symmetric
     * @param size s_i
     * @return the energy of the final partition
     */
    public double settle(double[] propensity, double[] size, int[] label, MersenneTwisterFast random) {
        double maxPropensity = 0;
        for (int x = 0; x < n * n; x++) {
            maxPropensity = Math.max(maxPropensity, Math.abs(propensity[x]));
        }
        return settle(propensity, maxPropensity, size, label, random);
    }

    /**
     * As {@link #settle(double[], double[], int[], MersenneTwisterFast)}, given the largest |p_ij| (NaN if a p_ij is
     * NaN), which sets the scale of the tolerance; the caller that builds p can find it on the way.
     */
    public double settle(double[] propensity, double maxPropensity, double[] size, int[] label,
            MersenneTwisterFast random) {
        java.util.Arrays.fill(pull, 0);
        java.util.Arrays.fill(count, 0);
        double maxSize = 0;
        for (int i = 0; i < n; i++) {
            maxSize = Math.max(maxSize, Math.abs(size[i]));
            if (label[i] != UNALIGNED) {
                count[label[i]]++;
            }
        }
        // Σ_j over j in increasing order for every (i, b), as a sum over i's row would add them; p is symmetric, so
        // row j holds p_ij for every i
        for (int j = 0; j < n; j++) {
            int lj = label[j];
            if (lj != UNALIGNED) {
                addRow(lj, j, size[j], propensity);
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
        lastOpenings = 0;
        bestResponse(propensity, size, label, random, tol);
        while (open(propensity, size, label, tol)) {
            lastOpenings++;
            bestResponse(propensity, size, label, random, tol);
        }
        for (int b = 0; b < labels; b++) {
            heldLastCall[b] = count[b] > 0;
            heldEver[b] |= count[b] > 0;
        }
        return energy(propensity, size, label);
    }

    /** Sweeps in random order until a sweep makes no move. */
    private void bestResponse(double[] propensity, double[] size, int[] label, MersenneTwisterFast random, double tol) {
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
    }

    /** The label that lowers i's energy most, or its current label when none lowers it by more than tol. */
    private int bestLabel(int i, double si, int current, double tol) {
        double currentPull = current == UNALIGNED ? 0 : si * pull[current * n + i];
        int best = current;
        double bestPull = currentPull;
        if (current != UNALIGNED && 0 > bestPull + tol) {
            best = UNALIGNED;
            bestPull = 0;
        }
        for (int b = 0; b < labels; b++) {
            double v = si * pull[b * n + i];
            if (b != current && v > bestPull + tol) {
                best = b;
                bestPull = v;
            }
        }
        return best;
    }

    private void move(int i, int from, int to, double[] propensity, double si) {
        if (from != UNALIGNED) {
            subtractRow(from, i, si, propensity);
        }
        if (to != UNALIGNED) {
            addRow(to, i, si, propensity);
        }
        if (from != UNALIGNED) {
            count[from]--;
        }
        if (to != UNALIGNED) {
            count[to]++;
        }
    }

    /** pull[b·n + k] += s·p_ik for every k ≠ i (p symmetric: row i is column i), in two runs around k = i. */
    private void addRow(int b, int i, double s, double[] propensity) {
        int base = b * n;
        int row = i * n;
        for (int k = 0; k < i; k++) {
            pull[base + k] += s * propensity[row + k];
        }
        for (int k = i + 1; k < n; k++) {
            pull[base + k] += s * propensity[row + k];
        }
    }

    /** pull[b·n + k] −= s·p_ik for every k ≠ i. */
    private void subtractRow(int b, int i, double s, double[] propensity) {
        int base = b * n;
        int row = i * n;
        for (int k = 0; k < i; k++) {
            pull[base + k] -= s * propensity[row + k];
        }
        for (int k = i + 1; k < n; k++) {
            pull[base + k] -= s * propensity[row + k];
        }
    }

    /**
     * The opening move, when a label is free: cuts every bloc as well as it can and finds the pair of unaligned
     * countries that attract each other most, then makes whichever lowers E most, if by more than tol: split that
     * bloc or let that pair found a bloc. Equal gains: the lower label, and a split before a founding.
     *
     * @return whether a bloc was opened
     */
    private boolean open(double[] propensity, double[] size, int[] label, double tol) {
        int free = freeLabel();
        if (free < 0) {
            return false;
        }
        int target = -1;
        double least = -tol;
        for (int b = 0; b < labels; b++) {
            double c = count[b] >= 2 ? cutBloc(b, propensity, size, label, tol) : 0;
            // the cut was summed incrementally: a split that seems to pay competes with its C summed directly, so
            // rounding can neither make a split that raises E nor let a refused split hide the other openings
            if (c < least) {
                c = exactCut(b, propensity, size, label);
            }
            if (c < least) {
                target = b;
                least = c;
            }
        }
        // founding: two unaligned countries that attract each other open the free label together, ΔE = −s_i s_j p_ij
        int unaligned = 0;
        for (int i = 0; i < n; i++) {
            if (label[i] == UNALIGNED) {
                members[unaligned++] = i;
            }
        }
        int founderA = -1;
        int founderB = -1;
        for (int q = 0; q < unaligned; q++) {
            int i = members[q];
            int row = i * n;
            for (int r = q + 1; r < unaligned; r++) {
                int j = members[r];
                double gain = size[i] * size[j] * propensity[row + j];
                if (-gain < least) {
                    least = -gain;
                    founderA = i;
                    founderB = j;
                }
            }
        }
        if (founderA >= 0) {
            move(founderA, UNALIGNED, free, propensity, size[founderA]);
            label[founderA] = free;
            move(founderB, UNALIGNED, free, propensity, size[founderB]);
            label[founderB] = free;
            return true;
        }
        if (target < 0) {
            return false;
        }
        // the part of larger total size keeps the label (equal sizes: the part holding the lowest index)
        double sizeNew = 0;
        double sizeOld = 0;
        int first = -1;
        for (int i = 0; i < n; i++) {
            if (label[i] == target) {
                first = first < 0 ? i : first;
                if (side[i] == 1) {
                    sizeNew += size[i];
                } else {
                    sizeOld += size[i];
                }
            }
        }
        byte leaving = sizeNew < sizeOld || (sizeNew == sizeOld && side[first] == 0) ? (byte) 1 : (byte) 0;
        for (int i = 0; i < n; i++) {
            if (label[i] == target && side[i] == leaving) {
                move(i, target, free, propensity, size[i]);
                label[i] = free;
            }
        }
        return true;
    }

    /** A label empty now and at the end of the previous call: never held first, then the lowest; -1 if none. */
    private int freeLabel() {
        int reuse = -1;
        for (int b = 0; b < labels; b++) {
            if (count[b] == 0 && !heldLastCall[b]) {
                if (!heldEver[b]) {
                    return b;
                }
                reuse = reuse < 0 ? b : reuse;
            }
        }
        return reuse;
    }

    /**
     * The best cut C(X, Y) of bloc b this heuristic finds (docs/model.md §3.4, split move), 0 when a part is left
     * empty; the parts are left in {@link #side} for b's members. Moving member i across changes C by
     * {@code s_i (toOld_i − toNew_i)} from the old part and by {@code s_i (toNew_i − toOld_i)} from the new one.
     */
    private double cutBloc(int b, double[] propensity, double[] size, int[] label, double tol) {
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (label[i] == b) {
                members[k++] = i;
            }
        }
        // poles: u, the member drawn least to its own bloc; v, the member u repels most (weighted by size)
        int u = members[0];
        for (int q = 1; q < k; q++) {
            int i = members[q];
            if (pull[b * n + i] < pull[b * n + u]) {
                u = i;
            }
        }
        int v = -1;
        int rowU = u * n;
        for (int q = 0; q < k; q++) {
            int j = members[q];
            if (j != u && (v < 0 || size[j] * propensity[rowU + j] < size[v] * propensity[rowU + v])) {
                v = j;
            }
        }
        int rowV = v * n;
        int newCount = 0;
        for (int q = 0; q < k; q++) {
            int i = members[q];
            boolean toV = i == v || (i != u && size[v] * propensity[rowV + i] > size[u] * propensity[rowU + i]);
            side[i] = toV ? (byte) 1 : (byte) 0;
            newCount += toV ? 1 : 0;
        }
        // toNew from the smaller part (listed after the members): Σ over that part, or the bloc's pull minus it
        byte small = newCount <= k - newCount ? (byte) 1 : (byte) 0;
        int parts = k;
        for (int q = 0; q < k; q++) {
            if (side[members[q]] == small) {
                members[parts++] = members[q];
            }
        }
        for (int q = 0; q < k; q++) {
            int i = members[q];
            int row = i * n;
            double s = 0;
            for (int r = k; r < parts; r++) {
                int j = members[r];
                if (j != i) {
                    s += size[j] * propensity[row + j];
                }
            }
            toNew[i] = small == 1 ? s : pull[b * n + i] - s;
        }
        // steepest descent on C by single moves between the two parts
        while (true) {
            int best = -1;
            double bestGain = tol;
            for (int q = 0; q < k; q++) {
                int i = members[q];
                double toOld = pull[b * n + i] - toNew[i];
                double gain = side[i] == 0 ? size[i] * (toNew[i] - toOld) : size[i] * (toOld - toNew[i]);
                if (gain > bestGain) {
                    best = i;
                    bestGain = gain;
                }
            }
            if (best < 0) {
                break;
            }
            double sign = side[best] == 0 ? 1 : -1;
            side[best] = (byte) (1 - side[best]);
            int row = best * n;
            for (int q = 0; q < k; q++) {
                int j = members[q];
                if (j != best) {
                    toNew[j] += sign * size[best] * propensity[row + j];
                }
            }
        }
        double c = 0;
        boolean oldSide = false;
        boolean newSide = false;
        for (int q = 0; q < k; q++) {
            int i = members[q];
            if (side[i] == 1) {
                newSide = true;
                c += size[i] * (pull[b * n + i] - toNew[i]);
            } else {
                oldSide = true;
            }
        }
        return oldSide && newSide ? c : 0;
    }

    /** C(X, Y) = Σ_{i∈X, j∈Y} s_i s_j p_ij for the two parts of bloc b in {@link #side}, summed directly. */
    private double exactCut(int b, double[] propensity, double[] size, int[] label) {
        double c = 0;
        for (int i = 0; i < n; i++) {
            if (label[i] != b || side[i] != 1) {
                continue;
            }
            int row = i * n;
            double s = 0;
            for (int j = 0; j < n; j++) {
                if (label[j] == b && side[j] == 0) {
                    s += size[j] * propensity[row + j];
                }
            }
            c += size[i] * s;
        }
        return c;
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
