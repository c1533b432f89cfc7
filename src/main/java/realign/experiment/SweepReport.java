package realign.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import realign.observe.Fmt;
import realign.output.OutputFiles;

/**
 * The files computed from a complete runs.csv: design.csv, summary.csv (per point and outcome: n, mean, sd,
 * 95% CI of the mean) and, for Sobol and Morris designs, sensitivity.csv. runs.csv is read one point at a
 * time; only the per-point means are kept for the sensitivity analysis.
 */
final class SweepReport {

    private SweepReport() {}

    static void writeDesign(Sweep sweep, Path file) throws IOException {
        OutputFiles.replace(file, temp -> writeDesignTo(sweep, temp));
    }

    private static void writeDesignTo(Sweep sweep, Path file) throws IOException {
        List<String> header = new ArrayList<>(List.of("point"));
        sweep.spec().factors().forEach(f -> header.add(f.name()));
        try (RunsFile out = RunsFile.create(file, header)) {
            List<double[]> points = sweep.points();
            for (int p = 0; p < points.size(); p++) {
                List<String> row = new ArrayList<>(List.of(Integer.toString(p)));
                for (double v : points.get(p)) {
                    row.add(Sweep.value(v));
                }
                out.append(row);
            }
        }
    }

    /**
     * Writes summary.csv and, where the design has one, sensitivity.csv, each whole or not at all (a file left
     * by an interrupted attempt is replaced), so it can be redone any number of times with the same result.
     */
    static void writeSummaries(Sweep sweep, Path dir) throws IOException {
        double[][] means = new double[sweep.spec().outcomes().size()][sweep.points().size()];
        OutputFiles.replace(dir.resolve("summary.csv"), temp -> writeSummary(sweep, dir.resolve("runs.csv"), temp, means));
        Path sensitivity = dir.resolve("sensitivity.csv");
        if (sweep.spec().design() instanceof Design.Saltelli) {
            OutputFiles.replace(sensitivity, temp -> writeSobol(sweep, temp, means));
        } else if (sweep.spec().design() instanceof Design.Morris) {
            OutputFiles.replace(sensitivity, temp -> writeMorris(sweep, temp, means));
        } else {
            Files.deleteIfExists(sensitivity);
        }
    }

    /** summary.csv into {@code file}, streaming runs.csv one point at a time; fills {@code means} [outcome][point]. */
    private static void writeSummary(Sweep sweep, Path runsCsv, Path file, double[][] means) throws IOException {
        List<Outcome> outcomes = sweep.spec().outcomes();
        int points = sweep.points().size();
        List<String> header = new ArrayList<>(List.of("point"));
        sweep.spec().factors().forEach(f -> header.add(f.name()));
        header.addAll(List.of("outcome", "n", "failed", "mean", "sd", "ci_low", "ci_high"));
        try (RunsFile out = RunsFile.create(file, header);
             org.apache.commons.csv.CSVParser parser = RunsFile.open(runsCsv)) {
            java.util.Iterator<CSVRecord> rows = parser.iterator();
            CSVRecord ahead = rows.hasNext() ? rows.next() : null;
            for (int p = 0; p < points; p++) {
                SummaryStatistics[] stats = new SummaryStatistics[outcomes.size()];
                for (int o = 0; o < stats.length; o++) {
                    stats[o] = new SummaryStatistics();
                }
                int failed = 0;
                while (ahead != null && Integer.parseInt(ahead.get("point")) == p) {
                    CSVRecord r = ahead;
                    ahead = rows.hasNext() ? rows.next() : null;
                    if (!r.get("status").equals("ok")) {
                        failed++;
                        continue;
                    }
                    for (int o = 0; o < stats.length; o++) {
                        double v = parse(r.get(outcomes.get(o).name()));
                        if (!Double.isNaN(v)) {
                            stats[o].addValue(v);
                        }
                    }
                }
                for (int o = 0; o < stats.length; o++) {
                    SummaryStatistics s = stats[o];
                    long n = s.getN();
                    double mean = n == 0 ? Double.NaN : s.getMean();
                    double sd = n < 2 ? Double.NaN : s.getStandardDeviation();
                    double half = n < 2 ? Double.NaN
                            : new TDistribution(n - 1).inverseCumulativeProbability(0.975) * sd / Math.sqrt(n);
                    means[o][p] = mean;
                    List<String> row = new ArrayList<>(List.of(Integer.toString(p)));
                    for (double v : sweep.points().get(p)) {
                        row.add(Sweep.value(v));
                    }
                    row.addAll(List.of(outcomes.get(o).name(), Long.toString(n), Integer.toString(failed), Fmt.num(mean),
                            Fmt.num(sd), Fmt.num(mean - half), Fmt.num(mean + half)));
                    out.append(row);
                }
            }
        }
    }

    private static void writeSobol(Sweep sweep, Path file, double[][] means) throws IOException {
        int k = sweep.spec().factors().size();
        try (RunsFile out = RunsFile.create(file, List.of("outcome", "factor", "first_order", "first_order_ci_low",
                "first_order_ci_high", "total", "total_ci_low", "total_ci_high"))) {
            for (int o = 0; o < means.length; o++) {
                String name = sweep.spec().outcomes().get(o).name();
                boolean complete = java.util.Arrays.stream(means[o]).noneMatch(Double::isNaN);
                SobolIndices.Index[] idx = complete
                        ? SobolIndices.estimate(means[o], k, sweep.spec().bootstrap(), sweep.spec().seed()) : null;
                for (int f = 0; f < k; f++) {
                    String factor = sweep.spec().factors().get(f).name();
                    if (idx == null) {
                        out.append(List.of(name, factor, "NA", "NA", "NA", "NA", "NA", "NA"));
                    } else {
                        SobolIndices.Index i = idx[f];
                        out.append(List.of(name, factor, Fmt.num(i.first()), Fmt.num(i.firstLow()), Fmt.num(i.firstHigh()),
                                Fmt.num(i.total()), Fmt.num(i.totalLow()), Fmt.num(i.totalHigh())));
                    }
                }
            }
        }
    }

    private static void writeMorris(Sweep sweep, Path file, double[][] means) throws IOException {
        try (RunsFile out = RunsFile.create(file, List.of("outcome", "factor", "mu", "mu_star", "sigma", "trajectories"))) {
            for (int o = 0; o < means.length; o++) {
                MorrisScreening.Effect[] e = MorrisScreening.estimate(sweep.spec().factors(), sweep.points(), means[o]);
                for (int f = 0; f < e.length; f++) {
                    out.append(List.of(sweep.spec().outcomes().get(o).name(), sweep.spec().factors().get(f).name(),
                            Fmt.num(e[f].mu()), Fmt.num(e[f].muStar()), Fmt.num(e[f].sigma()),
                            Integer.toString(e[f].trajectories())));
                }
            }
        }
    }

    static double parse(String s) {
        return s.isEmpty() || s.equals("NA") ? Double.NaN : Double.parseDouble(s);
    }
}
