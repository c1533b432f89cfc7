package realign.model;

/**
 * LU decomposition with partial pivoting of a dense square matrix held row-major in one array, and the solve of
 * {@code A X = B} for many right-hand sides at once; used for the fixed point T(0) (docs/model.md §1).
 *
 * <p>Every result is bit for bit that of Apache Commons Math 3.6.1's {@code LUDecomposition} (default singularity
 * threshold) and its solver's {@code solve(RealMatrix)}: the same floating-point operations in the same order —
 * Crout's column by column elimination, each dot product summed from the lowest index up, the pivot the first row of
 * largest absolute value, the sub-column divided by the pivot, then the rows of B permuted, forward and backward
 * substitution. The tests hold it to that. What differs is memory access: the column being eliminated is worked on
 * in a contiguous buffer instead of being read down a stride of row arrays, and the right-hand sides are solved in
 * place in the caller's array, so a solve of an n×n system allocates one n-vector and the pivot order.
 */
final class DenseLu {

    /** Commons Math's default: a pivot of smaller magnitude makes the matrix singular. */
    static final double SINGULARITY_THRESHOLD = 1e-11;

    private final int n;
    /** L (unit diagonal, not stored) below the diagonal and U on and above it, of the row-permuted matrix */
    private final double[] lu;
    /** row r of the factored matrix is row {@code pivot[r]} of the given one */
    private final int[] pivot;

    private DenseLu(int n, double[] lu, int[] pivot) {
        this.n = n;
        this.lu = lu;
        this.pivot = pivot;
    }

    /**
     * Factors the n×n matrix {@code a} (row-major, {@code a[i * n + j]}) in place: {@code a} holds the factors
     * afterwards and belongs to the result.
     *
     * @throws ArithmeticException when a pivot is below {@link #SINGULARITY_THRESHOLD} in magnitude
     */
    static DenseLu decompose(double[] a, int n) {
        if (n < 1 || a.length != n * n) {
            throw new IllegalArgumentException("expected an n×n matrix with n ≥ 1, got " + a.length
                    + " entries for n = " + n);
        }
        int[] pivot = new int[n];
        for (int r = 0; r < n; r++) {
            pivot[r] = r;
        }
        double[] column = new double[n];
        for (int col = 0; col < n; col++) {
            for (int r = 0; r < n; r++) {
                column[r] = a[r * n + col];
            }
            // U above the diagonal: rows above col use the entries of this column already finished above them
            for (int row = 0; row < col; row++) {
                column[row] = minusDot(column[row], a, row * n, column, row);
            }
            // the diagonal and below; the pivot is the first row of largest magnitude (a NaN is never largest)
            int max = col;
            double largest = Double.NEGATIVE_INFINITY;
            for (int row = col; row < n; row++) {
                double sum = minusDot(column[row], a, row * n, column, col);
                column[row] = sum;
                if (Math.abs(sum) > largest) {
                    largest = Math.abs(sum);
                    max = row;
                }
            }
            if (Math.abs(column[max]) < SINGULARITY_THRESHOLD) {
                throw new ArithmeticException("singular matrix: the largest pivot in column " + col + " of " + n
                        + " is " + column[max] + ", below " + SINGULARITY_THRESHOLD + " in magnitude");
            }
            if (max != col) {
                swapRows(a, n, max, col);
                double c = column[max];
                column[max] = column[col];
                column[col] = c;
                int p = pivot[max];
                pivot[max] = pivot[col];
                pivot[col] = p;
            }
            double diagonal = column[col];
            for (int row = col + 1; row < n; row++) {
                column[row] /= diagonal;
            }
            for (int r = 0; r < n; r++) {
                a[r * n + col] = column[r];
            }
        }
        return new DenseLu(n, a, pivot);
    }

    /** {@code s − Σ_{i<length} a[from + i]·x[i]}, subtracted one term at a time from i = 0 up. */
    private static double minusDot(double s, double[] a, int from, double[] x, int length) {
        for (int i = 0; i < length; i++) {
            s -= a[from + i] * x[i];
        }
        return s;
    }

    private static void swapRows(double[] a, int n, int r, int s) {
        int ro = r * n;
        int so = s * n;
        for (int j = 0; j < n; j++) {
            double t = a[ro + j];
            a[ro + j] = a[so + j];
            a[so + j] = t;
        }
    }

    int size() {
        return n;
    }

    /** The row of the given matrix that is row {@code r} of the factored one (and of the permuted right-hand side). */
    int pivot(int r) {
        return pivot[r];
    }

    /**
     * Solves {@code A X = B} for the n × {@code columns} matrix B (row-major).
     *
     * @return X, row-major, in a new array
     */
    double[] solve(double[] b, int columns) {
        if (b.length != n * columns) {
            throw new IllegalArgumentException("expected " + n + " × " + columns + " right-hand sides, got "
                    + b.length + " entries");
        }
        double[] x = new double[n * columns];
        for (int r = 0; r < n; r++) {
            System.arraycopy(b, pivot[r] * columns, x, r * columns, columns);
        }
        substitute(x, columns);
        return x;
    }

    /**
     * Overwrites {@code x} (n × {@code columns}, row-major), which holds B with its rows in pivot order (row r is row
     * {@link #pivot(int) pivot(r)} of B), by the solution X of {@code A X = B}: L Y = P B forward, then U X = Y
     * backward.
     */
    void substitute(double[] x, int columns) {
        if (x.length != n * columns) {
            throw new IllegalArgumentException("expected " + n + " × " + columns + " right-hand sides, got "
                    + x.length + " entries");
        }
        for (int col = 0; col < n; col++) {
            int from = col * columns;
            for (int i = col + 1; i < n; i++) {
                subtractScaled(x, i * columns, from, lu[i * n + col], columns);
            }
        }
        for (int col = n - 1; col >= 0; col--) {
            int from = col * columns;
            double diagonal = lu[col * n + col];
            for (int j = 0; j < columns; j++) {
                x[from + j] /= diagonal;
            }
            for (int i = 0; i < col; i++) {
                subtractScaled(x, i * columns, from, lu[i * n + col], columns);
            }
        }
    }

    /** {@code x[to + j] −= x[from + j]·f} for j below {@code length}. */
    private static void subtractScaled(double[] x, int to, int from, double f, int length) {
        for (int j = 0; j < length; j++) {
            x[to + j] -= x[from + j] * f;
        }
    }
}
