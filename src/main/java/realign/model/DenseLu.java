package realign.model;

import java.util.Arrays;

/**
 * LU decomposition with partial pivoting of a dense square matrix, and the solve of {@code A X = B} for many
 * right-hand sides at once; used for the fixed point T(0) (docs/model.md §1).
 *
 * <p>Every result is bit for bit that of Apache Commons Math 3.6.1's {@code LUDecomposition} (default singularity
 * threshold) and its solver's {@code solve(RealMatrix)}: the same floating-point operations in the same order —
 * Crout's column by column elimination, every entry's terms subtracted from the lowest index up, the pivot the first
 * row of largest absolute value, the sub-column divided by the pivot, then the rows of B permuted, forward and
 * backward substitution. The tests hold it to that. What differs is memory access: Commons Math reads each column
 * down a stride of row arrays in its innermost loop; here the matrix is held by columns, so the innermost loops of
 * the decomposition and of the solve run along contiguous arrays indexed alike, which the JIT turns into vector
 * instructions (Java never fuses a multiply and an add, so the bits stay the same). The factors and the solution
 * overwrite the caller's arrays.
 */
final class DenseLu {

    /** Commons Math's default: a pivot of smaller magnitude makes the matrix singular. */
    static final double SINGULARITY_THRESHOLD = 1e-11;

    private final int n;
    /**
     * The factors of the row-permuted matrix by columns: {@code lu[j][i]} is L_ij (unit diagonal, not stored) below
     * the diagonal and U_ij on and above it
     */
    private final double[][] lu;
    /** row r of the factored matrix is row {@code pivot[r]} of the given one */
    private final int[] pivot;

    private DenseLu(double[][] lu, int[] pivot) {
        this.n = lu.length;
        this.lu = lu;
        this.pivot = pivot;
    }

    /**
     * Factors the n×n matrix given by its columns ({@code columns[j][i]} = A_ij) in place: the arrays hold the
     * factors afterwards and belong to the result.
     *
     * @throws ArithmeticException when a pivot is below {@link #SINGULARITY_THRESHOLD} in magnitude
     */
    static DenseLu decompose(double[][] columns) {
        int n = columns.length;
        for (double[] c : columns) {
            if (c.length != n) {
                throw new IllegalArgumentException("expected a square matrix of " + n + " columns, got a column of "
                        + c.length);
            }
        }
        int[] pivot = new int[n];
        for (int r = 0; r < n; r++) {
            pivot[r] = r;
        }
        for (int col = 0; col < n; col++) {
            double[] c = columns[col];
            // Crout's entry (row, col) is A_row,col − Σ_{i < min(row, col)} L_row,i·U_i,col, the terms subtracted from
            // i = 0 up. Taking i in the outer loop subtracts the same terms in the same order from every entry, and
            // U_i,col is final when term i is due; the inner loop runs down two columns, so the JIT vectorises it.
            for (int i = 0; i < col; i++) {
                subtractScaled(c, columns[i], c[i], i + 1);
            }
            // the pivot is the first row of largest magnitude (a NaN is never largest)
            int max = col;
            double largest = Double.NEGATIVE_INFINITY;
            for (int row = col; row < n; row++) {
                if (Math.abs(c[row]) > largest) {
                    largest = Math.abs(c[row]);
                    max = row;
                }
            }
            if (Math.abs(c[max]) < SINGULARITY_THRESHOLD) {
                throw new ArithmeticException("singular matrix: the largest pivot in column " + col + " of " + n
                        + " is " + c[max] + ", below " + SINGULARITY_THRESHOLD + " in magnitude");
            }
            if (max != col) {
                for (double[] other : columns) {
                    double t = other[max];
                    other[max] = other[col];
                    other[col] = t;
                }
                int p = pivot[max];
                pivot[max] = pivot[col];
                pivot[col] = p;
            }
            double diagonal = c[col];
            for (int row = col + 1; row < n; row++) {
                c[row] /= diagonal;
            }
        }
        return new DenseLu(columns, pivot);
    }

    /** {@code to[j] −= from[j]·f} for j from {@code start} to the end, each entry on its own. */
    private static void subtractScaled(double[] to, double[] from, double f, int start) {
        if (to.length != from.length) {
            throw new IllegalArgumentException("arrays of different lengths: " + to.length + " and " + from.length);
        }
        for (int j = start; j < to.length; j++) {
            to[j] -= from[j] * f;
        }
    }

    /** The row of the given matrix that is row {@code r} of the factored one (and of the permuted right-hand side). */
    int pivot(int r) {
        return pivot[r];
    }

    /**
     * Solves {@code A X = B} for the n × {@code columns} matrix B (row-major).
     *
     * @return X, row by row
     */
    double[][] solve(double[] b, int columns) {
        if (b.length != n * columns) {
            throw new IllegalArgumentException("expected " + n + " × " + columns + " right-hand sides, got "
                    + b.length + " entries");
        }
        double[][] x = new double[n][];
        for (int r = 0; r < n; r++) {
            x[r] = Arrays.copyOfRange(b, pivot[r] * columns, (pivot[r] + 1) * columns);
        }
        substitute(x);
        return x;
    }

    /**
     * Overwrites the n rows {@code x}, which hold B with its rows in pivot order ({@code x[r]} is row
     * {@link #pivot(int) pivot(r)} of B), by the solution X of {@code A X = B}: L Y = P B forward, then U X = Y
     * backward. (Rows as separate arrays, each indexed from 0, let the JIT vectorise the row updates; it does not
     * when two rows of one flat array are read at different offsets.)
     */
    void substitute(double[][] x) {
        if (x.length != n) {
            throw new IllegalArgumentException("expected " + n + " rows of right-hand sides, got " + x.length);
        }
        for (int col = 0; col < n; col++) {
            double[] from = x[col];
            for (int i = col + 1; i < n; i++) {
                subtractScaled(x[i], from, lu[col][i], 0);
            }
        }
        for (int col = n - 1; col >= 0; col--) {
            double[] from = x[col];
            double diagonal = lu[col][col];
            for (int j = 0; j < from.length; j++) {
                from[j] /= diagonal;
            }
            for (int i = 0; i < col; i++) {
                subtractScaled(x[i], from, lu[col][i], 0);
            }
        }
    }
}
