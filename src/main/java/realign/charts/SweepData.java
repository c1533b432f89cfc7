package realign.charts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import realign.InputException;

/**
 * What a finished sweep's figures read: the design type, factors and outcomes from {@code manifest.json},
 * and the per-point means and 95% intervals of {@code summary.csv} (docs/experiments.md).
 */
final class SweepData {

    /** One row of summary.csv: a point's factor values and one outcome's statistics. */
    record Row(int point, double[] factors, String outcome, int n, double mean, double ciLow, double ciHigh) {}

    private final String design;
    private final List<String> factors;
    private final List<String> outcomes;
    private final List<Row> rows;

    private SweepData(String design, List<String> factors, List<String> outcomes, List<Row> rows) {
        this.design = design;
        this.factors = factors;
        this.outcomes = outcomes;
        this.rows = rows;
    }

    /** The manifest's design type, factor and outcome names, without summary.csv. */
    record Manifest(String design, List<String> factors, List<String> outcomes) {}

    static Manifest manifest(Path dir) throws InputException {
        Path file = dir.resolve("manifest.json");
        JsonNode sweep;
        try {
            sweep = new ObjectMapper().readTree(file.toFile()).path("sweep");
        } catch (IOException e) {
            throw new InputException(file + ": " + (Files.exists(file) ? "not readable JSON: " + e.getMessage()
                    : "file is missing"), e);
        }
        String design = sweep.path("design").path("type").asText("");
        List<String> factors = new ArrayList<>();
        sweep.path("factors").forEach(f -> factors.add(f.path("name").asText()));
        List<String> outcomes = new ArrayList<>();
        sweep.path("outcomes").forEach(o -> outcomes.add(o.path("name").asText()));
        if (design.isEmpty() || outcomes.isEmpty()) {
            throw new InputException(file + ": expected sweep.design.type and sweep.outcomes[], got "
                    + (design.isEmpty() ? "no design type" : "no outcomes"));
        }
        return new Manifest(design, List.copyOf(factors), List.copyOf(outcomes));
    }

    /** Whether {@code dir} is a grid sweep with at least {@code minFactors} factors and a summary. */
    static boolean isGrid(Path dir, int minFactors) {
        try {
            Manifest m = manifest(dir);
            return m.design().equals("grid") && m.factors().size() >= minFactors
                    && Files.isRegularFile(dir.resolve("summary.csv"));
        } catch (InputException e) {
            return false;
        }
    }

    static SweepData read(Path dir) throws InputException {
        Manifest m = manifest(dir);
        List<String> required = new ArrayList<>(List.of("point", "outcome", "n", "mean", "ci_low", "ci_high"));
        required.addAll(m.factors());
        CsvTable t = CsvTable.read(dir.resolve("summary.csv"), required.toArray(String[]::new));
        List<Row> rows = new ArrayList<>(t.size());
        for (int i = 0; i < t.size(); i++) {
            double[] x = new double[m.factors().size()];
            for (int f = 0; f < x.length; f++) {
                x[f] = t.number(i, m.factors().get(f));
            }
            rows.add(new Row(t.integer(i, "point"), x, t.text(i, "outcome"), t.integer(i, "n"), t.number(i, "mean"),
                    t.number(i, "ci_low"), t.number(i, "ci_high")));
        }
        return new SweepData(m.design(), m.factors(), m.outcomes(), List.copyOf(rows));
    }

    String design() {
        return design;
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
            if (!r.outcome().equals(outcome)) {
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

    /** A number as short as it can be without losing digits: 0.35, 2, 1e-05. */
    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }
}
