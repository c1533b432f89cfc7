package realign.charts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import realign.InputException;

/**
 * What a sweep's figures read from {@code summary.csv}: the factors, the outcomes, and each point's means
 * and 95% intervals (docs/experiments.md).
 */
final class SweepData {

    /** One row of summary.csv: a point's factor values and one outcome's statistics. */
    record Row(int point, double[] factors, String outcome, int n, double mean, double ciLow, double ciHigh) {}

    private final List<String> factors;
    private final List<String> outcomes;
    private final List<Row> rows;

    private SweepData(List<String> factors, List<String> outcomes, List<Row> rows) {
        this.factors = factors;
        this.outcomes = outcomes;
        this.rows = rows;
    }

    /**
     * Reads summary.csv. Its header names the factors (the columns between {@code point} and
     * {@code outcome}); outcomes are taken in the order they first appear. Nothing is read from
     * manifest.json, which a sweep writes after its figures.
     */
    static SweepData read(Path dir) throws InputException {
        CsvTable t = CsvTable.read(dir.resolve("summary.csv"), "point", "outcome", "n", "mean", "ci_low", "ci_high");
        List<String> columns = t.columns();
        int from = columns.indexOf("point") + 1;
        int to = columns.indexOf("outcome");
        if (to < from) {
            throw new InputException(t.file() + ": expected the factor columns between 'point' and 'outcome', got"
                    + " 'outcome' before 'point'");
        }
        List<String> factors = List.copyOf(columns.subList(from, to));
        LinkedHashSet<String> outcomes = new LinkedHashSet<>();
        List<Row> rows = new ArrayList<>(t.size());
        for (int i = 0; i < t.size(); i++) {
            double[] x = new double[factors.size()];
            for (int f = 0; f < x.length; f++) {
                x[f] = t.number(i, factors.get(f));
            }
            String outcome = t.text(i, "outcome");
            outcomes.add(outcome);
            rows.add(new Row(t.integer(i, "point"), x, outcome, t.integer(i, "n"), t.number(i, "mean"),
                    t.number(i, "ci_low"), t.number(i, "ci_high")));
        }
        return new SweepData(factors, List.copyOf(outcomes), List.copyOf(rows));
    }

    /**
     * Whether {@code dir} has a summary whose points form a full grid over at least {@code minFactors}
     * factors: one point for every combination of the factors' levels, as a grid design has. The points of
     * random, LHS, Sobol and Morris designs do not.
     */
    static boolean isGrid(Path dir, int minFactors) {
        if (!Files.isRegularFile(dir.resolve("summary.csv"))) {
            return false;
        }
        try {
            SweepData data = read(dir);
            if (data.factors.size() < minFactors) {
                return false;
            }
            long cells = 1;
            for (int f = 0; f < data.factors.size(); f++) {
                cells *= data.levels(f).length;
            }
            return cells == data.rows.stream().mapToInt(Row::point).distinct().count();
        } catch (InputException e) {
            return false;
        }
    }

    List<String> factors() {
        return factors;
    }

    List<String> outcomes() {
        return outcomes;
    }

    /** The distinct values of factor {@code f}, ascending (NaN left out). */
    double[] levels(int f) {
        TreeSet<Double> values = new TreeSet<>();
        for (Row r : rows) {
            if (!Double.isNaN(r.factors()[f])) {
                values.add(r.factors()[f]);
            }
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * An outcome's statistics on the levels of two factors: [i][j] for level i of factor {@code a} and level j
     * of factor {@code b}; over points that differ in other factors, the mean of their means (and no interval).
     */
    Cells cells(String outcome, int a, int b) {
        double[] la = levels(a);
        double[] lb = b < 0 ? new double[] {Double.NaN} : levels(b);
        double[][] sum = new double[la.length][lb.length];
        double[][] low = new double[la.length][lb.length];
        double[][] high = new double[la.length][lb.length];
        int[][] count = new int[la.length][lb.length];
        Map<Double, Integer> ia = index(la);
        Map<Double, Integer> ib = index(lb);
        for (Row r : rows) {
            boolean placed = !Double.isNaN(r.factors()[a]) && (b < 0 || !Double.isNaN(r.factors()[b]));
            if (!r.outcome().equals(outcome) || !placed) {
                continue;
            }
            int i = ia.get(r.factors()[a]);
            int j = b < 0 ? 0 : ib.get(r.factors()[b]);
            sum[i][j] += r.mean();
            low[i][j] = r.ciLow();
            high[i][j] = r.ciHigh();
            count[i][j]++;
        }
        double[][] mean = new double[la.length][lb.length];
        boolean averaged = false;
        for (int i = 0; i < la.length; i++) {
            for (int j = 0; j < lb.length; j++) {
                mean[i][j] = count[i][j] == 0 ? Double.NaN : sum[i][j] / count[i][j];
                if (count[i][j] != 1) {
                    low[i][j] = Double.NaN;
                    high[i][j] = Double.NaN;
                    averaged |= count[i][j] > 1;
                }
            }
        }
        return new Cells(la, lb, mean, low, high, averaged);
    }

    /** Means (and 95% intervals, NaN where points were averaged) on a two-factor grid. */
    record Cells(double[] a, double[] b, double[][] mean, double[][] low, double[][] high, boolean averaged) {}

    private static Map<Double, Integer> index(double[] levels) {
        Map<Double, Integer> m = new HashMap<>();
        for (int i = 0; i < levels.length; i++) {
            m.put(levels[i], i);
        }
        return m;
    }

    /** A panel's note that the factors from index {@code from} on are averaged over. */
    String averagedOver(int from) {
        return "mean over " + String.join(", ", factors.subList(from, factors.size()));
    }

    /** A number as short as it can be without losing digits: 0.35, 2, 1e-05. */
    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }
}
