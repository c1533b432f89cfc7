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
 * and 95% intervals (docs/experiments.md), with the labels of {@link SweepLabels}. A categorical factor (one
 * whose values are not all numbers: votes, names) is held as the index of its category, in the order the
 * sweep file gives them.
 */
final class SweepData {

    /**
     * One row of summary.csv: a point's factor values (category indices for categorical factors) and one
     * outcome's statistics; {@code censored} runs never reached a {@code first} outcome's threshold.
     */
    record Row(int point, double[] factors, String outcome, int n, double mean, double ciLow, double ciHigh,
               int censored) {}

    private final List<String> factors;
    private final List<String> outcomes;
    private final List<Row> rows;
    private final List<List<String>> categories;
    private final SweepLabels labels;

    private SweepData(List<String> factors, List<String> outcomes, List<Row> rows, List<List<String>> categories,
                      SweepLabels labels) {
        this.factors = factors;
        this.outcomes = outcomes;
        this.rows = rows;
        this.categories = categories;
        this.labels = labels;
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
        SweepLabels labels = SweepLabels.read(dir);
        List<List<String>> categories = new ArrayList<>();
        for (String f : factors) {
            LinkedHashSet<String> seen = new LinkedHashSet<>();
            boolean numeric = true;
            for (int i = 0; i < t.size(); i++) {
                String v = t.text(i, f);
                seen.add(v);
                numeric &= isNumber(v);
            }
            if (numeric) {
                categories.add(null);
            } else {
                // the sweep file's order, then any value it does not list
                LinkedHashSet<String> ordered = new LinkedHashSet<>();
                labels.values(f).stream().filter(seen::contains).forEach(ordered::add);
                ordered.addAll(seen);
                categories.add(List.copyOf(ordered));
            }
        }
        boolean hasCensored = columns.contains("n_censored");
        LinkedHashSet<String> outcomes = new LinkedHashSet<>();
        List<Row> rows = new ArrayList<>(t.size());
        for (int i = 0; i < t.size(); i++) {
            double[] x = new double[factors.size()];
            for (int f = 0; f < x.length; f++) {
                x[f] = categories.get(f) == null ? t.number(i, factors.get(f))
                        : categories.get(f).indexOf(t.text(i, factors.get(f)));
            }
            String outcome = t.text(i, "outcome");
            outcomes.add(outcome);
            rows.add(new Row(t.integer(i, "point"), x, outcome, t.integer(i, "n"), t.number(i, "mean"),
                    t.number(i, "ci_low"), t.number(i, "ci_high"), hasCensored ? t.integer(i, "n_censored") : 0));
        }
        return new SweepData(factors, List.copyOf(outcomes), List.copyOf(rows), categories, labels);
    }

    private static boolean isNumber(String v) {
        if (v.isEmpty() || v.equals("NA")) {
            return true;
        }
        try {
            Double.parseDouble(v);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
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

    SweepLabels labels() {
        return labels;
    }

    /** The label of factor f. */
    String factorLabel(int f) {
        return labels.factor(factors.get(f));
    }

    /** Whether factor f is categorical (its levels are category indices). */
    boolean categorical(int f) {
        return categories.get(f) != null;
    }

    /** Level {@code v} of factor f as text: the category, or the number. */
    String levelName(int f, double v) {
        return categorical(f) ? categories.get(f).get((int) v) : format(v);
    }

    /**
     * For an outcome that is a time to an event, a note saying how many runs never reached the threshold and
     * how they are counted (null for other outcomes, or when none is censored).
     */
    String censoredNote(String outcome) {
        if (!labels.censorable(outcome)) {
            return null;
        }
        long censored = 0;
        long n = 0;
        for (Row r : rows) {
            if (r.outcome().equals(outcome)) {
                censored += r.censored();
                n += r.n();
            }
        }
        return censored == 0 ? null : "restricted mean: " + censored + " of " + n + " runs never crossed, counted at"
                + " the window's last round (right-censored)";
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
        List<String> names = new ArrayList<>();
        for (int f = from; f < factors.size(); f++) {
            names.add(factorLabel(f));
        }
        return "mean over " + String.join(", ", names);
    }

    /** A number as short as it can be without losing digits: 0.35, 2, 1e-05. */
    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }
}
