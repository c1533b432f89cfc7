package realign.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import realign.observe.Fmt;
import realign.output.OutputFiles;
import realign.stats.Bootstrap;
import realign.stats.Censored;

/**
 * The files computed from a complete runs.csv: design.csv, summary.csv (per point and outcome: n, censored
 * runs, mean or restricted mean, sd, 95% bootstrap interval, median) and, for Sobol and Morris designs, sensitivity.csv. runs.csv is read one point at a
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
            for (int p = 0; p < sweep.points().size(); p++) {
                List<String> row = new ArrayList<>(List.of(Integer.toString(p)));
                for (int f = 0; f < sweep.spec().factors().size(); f++) {
                    row.add(sweep.factorText(p, f));
                }
                out.append(row);
            }
        }
    }

    /** The header of summary.csv. */
    static List<String> summaryHeader(Sweep sweep) {
        List<String> header = new ArrayList<>(List.of("point"));
        sweep.spec().factors().forEach(f -> header.add(f.name()));
        header.addAll(List.of("outcome", "n", "failed", "n_censored", "share_reached", "estimator", "mean", "sd",
                "ci_low", "ci_high", "median"));
        return header;
    }

    /**
     * Writes summary.csv (and sensitivity.csv where the design has one). Per point and outcome: the successful
     * runs n (censored ones included), failed runs, for a time to an event the runs that never reached it and the
     * share that did, the estimate (the mean; for a time to an event the restricted mean, censored runs counted
     * at the window's last round), sd, a 95% bootstrap percentile interval of the estimate and the median
     * (Kaplan–Meier for a time to an event). The sensitivity analysis uses each point's estimate.
     * Each file is written whole or not at all (a file left by an interrupted attempt is replaced), so this can
     * be redone any number of times with the same result.
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
        try (RunsFile out = RunsFile.create(file, summaryHeader(sweep));
             org.apache.commons.csv.CSVParser parser = RunsFile.open(runsCsv)) {
            java.util.Iterator<CSVRecord> rows = parser.iterator();
            CSVRecord ahead = rows.hasNext() ? rows.next() : null;
            for (int p = 0; p < points; p++) {
                List<List<Double>> values = new ArrayList<>();
                List<List<Boolean>> censored = new ArrayList<>();
                for (int o = 0; o < outcomes.size(); o++) {
                    values.add(new ArrayList<>());
                    censored.add(new ArrayList<>());
                }
                int failed = 0;
                while (ahead != null && Integer.parseInt(ahead.get("point")) == p) {
                    CSVRecord r = ahead;
                    ahead = rows.hasNext() ? rows.next() : null;
                    if (!r.get("status").equals("ok")) {
                        failed++;
                        continue;
                    }
                    for (int o = 0; o < outcomes.size(); o++) {
                        double v = parse(r.get(outcomes.get(o).name()));
                        if (!Double.isNaN(v)) {
                            values.get(o).add(v);
                            censored.get(o).add(outcomes.get(o).censorable()
                                    && r.get(outcomes.get(o).censoredColumn()).equals("1"));
                        }
                    }
                }
                for (int o = 0; o < outcomes.size(); o++) {
                    Outcome outcome = outcomes.get(o);
                    Stats s = stats(values.get(o), censored.get(o), outcome.censorable(),
                            Seeds.derive(sweep.spec().seed(), p, o, outcomes.size(), Seeds.Rule.INDEPENDENT));
                    means[o][p] = s.mean();
                    List<String> row = new ArrayList<>(List.of(Integer.toString(p)));
                    for (int f = 0; f < sweep.spec().factors().size(); f++) {
                        row.add(sweep.factorText(p, f));
                    }
                    row.addAll(List.of(outcome.name(), Integer.toString(s.n()), Integer.toString(failed),
                            outcome.censorable() ? Integer.toString(s.censored()) : "0",
                            outcome.censorable() ? Fmt.num(s.shareReached()) : "NA",
                            outcome.censorable() ? "restricted_mean" : "mean", Fmt.num(s.mean()), Fmt.num(s.sd()),
                            Fmt.num(s.ciLow()), Fmt.num(s.ciHigh()), Fmt.num(s.median())));
                    out.append(row);
                }
            }
        }
    }

    /** One point's statistics of one outcome. */
    record Stats(int n, int censored, double shareReached, double mean, double sd, double ciLow, double ciHigh,
                 double median) {}

    /**
     * The statistics of one outcome's values at one point. For a time to an event the values of censored runs
     * are the window's last round, so their mean is the restricted mean; the median is the Kaplan–Meier median.
     */
    static Stats stats(List<Double> values, List<Boolean> censored, boolean censorable, long seed) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        int n = v.length;
        SummaryStatistics s = new SummaryStatistics();
        for (double x : v) {
            s.addValue(x);
        }
        double mean = n == 0 ? Double.NaN : s.getMean();
        double sd = n < 2 ? Double.NaN : s.getStandardDeviation();
        double[] ci = Bootstrap.meanInterval(v, seed);
        int nCensored = 0;
        double median;
        if (censorable) {
            double[] times = new double[n];
            for (int i = 0; i < n; i++) {
                times[i] = censored.get(i) ? Double.NaN : v[i];
                nCensored += censored.get(i) ? 1 : 0;
            }
            median = Censored.median(times);
        } else {
            median = n == 0 ? Double.NaN : new Median().evaluate(v);
        }
        return new Stats(n, nCensored, n == 0 ? Double.NaN : 1.0 - (double) nCensored / n, mean, sd, ci[0], ci[1],
                median);
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
