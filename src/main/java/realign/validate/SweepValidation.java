package realign.validate;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import realign.Futures;
import realign.InputException;
import realign.charts.ValidationFigure;
import realign.experiment.Seeds;
import realign.experiment.Sweep;
import realign.experiment.SweepReader;
import realign.observe.Fmt;
import realign.observe.Table;
import realign.output.CsvFiles;
import realign.output.RunDirectory;
import realign.scenario.Scenario;
import realign.stats.Bootstrap;
import realign.world.World;

/**
 * Validates a sweep folder. A sweep keeps its runs' tables only with {@code keep_runs: true}, so every successful
 * run of runs.csv is re-run in memory from the saved sweep.yaml and scenario.yaml (with a {@code scenario} factor,
 * the run's level saved in scenarios/) and its run index: a run is a pure function of those (docs/experiments.md,
 * "Seeds"), so the re-run is the run the sweep made, whatever was kept, and it costs no disk. Scores per run (each
 * in its own scenario's calendar), their summary over replicates per point, the baselines once, from the base
 * scenario.
 */
final class SweepValidation {

    private SweepValidation() {}

    static boolean is(Path dir) {
        for (String f : List.of("runs.csv", "design.csv", "sweep.yaml", "scenario.yaml")) {
            if (!Files.isRegularFile(dir.resolve(f))) {
                return false;
            }
        }
        return true;
    }

    /** One run's scores. */
    private record RunRow(int run, Scorer.Result result, ValidationOutcomes.RunScores scores) {}

    static Path validate(Validator.Request q, PrintWriter out, PrintWriter err) throws InputException, IOException {
        long t0 = System.nanoTime();
        Path dir = q.dir();
        Path sweepFile = dir.resolve("sweep.yaml");
        Path baseFile = dir.resolve("scenario.yaml");
        Sweep sweep = SweepReader.read(sweepFile, Files.readAllBytes(sweepFile), baseFile);
        World world = sweep.world();
        Validation.Settings st = q.settings();
        Validator.checkExclude(st, world);
        Events events = Validator.events(q, world);
        Validation.Context c = Validation.context(events, Validation.calendar(sweep.base(), st.start()), st);
        List<Integer> runs = okRuns(dir.resolve("runs.csv"));
        if (runs.isEmpty()) {
            throw new InputException(dir.resolve("runs.csv") + ": status: expected at least one run with status ok,"
                    + " got none");
        }
        Candidates candidates = new Candidates(world, sweep.base(), st.exclude());
        Validation.Report base = Validation.report(new ModelRun(List.of(), Map.of(), sweep.base().rounds()), c,
                candidates);

        err.printf(Locale.ROOT, "realign validate: re-running %d runs of the sweep in memory on %d thread%s%n",
                runs.size(), q.threads(), q.threads() == 1 ? "" : "s");
        err.flush();
        List<RunRow> rows;
        try (TaskProgress progress = new TaskProgress(err, "realign validate", "runs", null, runs.size(), 0,
                q.terminal())) {
            rows = rerun(sweep, runs, events, st, q.threads(), world, progress);
        }

        Path target = ValidationWriter.nextFolder(dir);
        Path published;
        try (RunDirectory rd = RunDirectory.open(target, "validation")) {
            Path w = rd.dir();
            CsvFiles.write(w.resolve("validation-runs.csv"), runsTable(sweep, rows, st));
            CsvFiles.write(w.resolve("validation-summary.csv"), summaryTable(sweep, rows, st));
            CsvFiles.write(w.resolve("validation.csv"), validationTable(base, rows, st));
            CsvFiles.write(w.resolve(ValidationFigure.CURVE_CSV), curveTable(base, rows, Validation.maxK(st)));
            List<String> files = new ArrayList<>(List.of("validation-runs.csv", "validation-summary.csv",
                    "validation.csv", ValidationFigure.CURVE_CSV));
            for (Path f : ValidationFigure.render(w)) {
                files.add(w.relativize(f).toString().replace('\\', '/'));
            }
            files.add("manifest.json");
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("result_dir", dir.toString());
            extra.put("result_kind", "sweep");
            extra.put("runs_validated", rows.size());
            extra.put("runs_source", "re-run in memory from sweep.yaml, scenario.yaml (or the run's scenarios/<level>.yaml)"
                    + " and each run's index");
            extra.put("candidates", candidates.size());
            extra.put("wall_time_ms", (System.nanoTime() - t0) / 1_000_000);
            ValidationWriter.manifest(w, c, extra, files);
            published = rd.publish();
        }
        print(out, base, rows, st);
        out.println("Output: " + published);
        out.flush();
        return published;
    }

    private static List<Integer> okRuns(Path runsCsv) throws InputException {
        try (Reader in = Files.newBufferedReader(runsCsv, StandardCharsets.UTF_8);
             CSVParser p = CSVParser.parse(in, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            List<Integer> out = new ArrayList<>();
            for (CSVRecord r : p) {
                if (r.isSet("status") && r.get("status").equals("ok")) {
                    out.add(Integer.parseInt(r.get("run")));
                }
            }
            return out;
        } catch (IOException | RuntimeException e) {
            throw new InputException(runsCsv + ": expected a sweep's runs.csv (run, status, ...), got a file that cannot"
                    + " be read: " + e.getMessage());
        }
    }

    private static List<RunRow> rerun(Sweep sweep, List<Integer> runs, Events events, Validation.Settings st,
                                      int threads, World world, TaskProgress progress)
            throws InputException, IOException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "realign-validate");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<RunRow>> futures = new ArrayList<>();
            for (int run : runs) {
                futures.add(pool.submit(() -> {
                    Scenario s = sweep.scenario(run); // its level of a scenario factor, else the base
                    ModelRun mr = Validator.runInMemory(world, s);
                    ValidationOutcomes.RunScores scores = ValidationOutcomes.score(mr, s, world, events, st);
                    progress.step(Double.NaN);
                    return new RunRow(run, scores.model().result(), scores);
                }));
            }
            List<RunRow> out = new ArrayList<>();
            for (Future<RunRow> f : futures) {
                out.add(Futures.get(f, "validating the runs"));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The per-run score names, in column order. */
    static List<String> scoreNames(Validation.Settings st) {
        List<String> names = new ArrayList<>();
        for (int k : Validation.ks(st)) {
            names.add("validation_hits_at_" + k);
        }
        for (int k : Validation.ks(st)) {
            names.add("validation_precision_at_" + k);
        }
        for (int k : Validation.ks(st)) {
            names.add("validation_recall_at_" + k);
        }
        names.addAll(ValidationOutcomes.FIXED);
        return names;
    }

    private static Table runsTable(Sweep sweep, List<RunRow> rows, Validation.Settings st) {
        List<String> cols = new ArrayList<>(List.of("run", "point", "replicate", "seed"));
        cols.addAll(scoreNames(st));
        Table t = new Table(cols);
        for (RunRow r : rows) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(r.run()), Integer.toString(sweep.point(r.run())),
                    Integer.toString(sweep.replicate(r.run())), Long.toString(sweep.seed(r.run()))));
            for (String n : scoreNames(st)) {
                row.add(Fmt.num(r.scores().value(n)));
            }
            t.add(row.toArray(String[]::new));
        }
        return t;
    }

    private static Table summaryTable(Sweep sweep, List<RunRow> rows, Validation.Settings st) {
        List<String> cols = new ArrayList<>(List.of("point"));
        sweep.spec().factors().forEach(f -> cols.add(f.name()));
        cols.addAll(List.of("score", "n", "mean", "sd", "ci_low", "ci_high"));
        Table t = new Table(cols);
        Map<Integer, List<RunRow>> byPoint = new java.util.TreeMap<>();
        rows.forEach(r -> byPoint.computeIfAbsent(sweep.point(r.run()), k -> new ArrayList<>()).add(r));
        List<String> scores = scoreNames(st);
        for (var e : byPoint.entrySet()) {
            for (int o = 0; o < scores.size(); o++) {
                String n = scores.get(o);
                double[] v = e.getValue().stream().mapToDouble(r -> r.scores().value(n)).filter(x -> !Double.isNaN(x))
                        .toArray();
                // seeded as summary.csv seeds its outcomes: the sweep's seed, the point and the score's index
                double[] ms = meanInterval(v, Seeds.derive(sweep.spec().seed(), e.getKey(), o,
                        scores.size(), Seeds.Rule.INDEPENDENT));
                List<String> row = new ArrayList<>(List.of(Integer.toString(e.getKey())));
                for (int f = 0; f < sweep.spec().factors().size(); f++) {
                    row.add(sweep.factorText(e.getKey(), f)); // a categorical factor's category, not its index
                }
                row.addAll(List.of(n, Integer.toString(v.length), Fmt.num(ms[0]), Fmt.num(ms[1]), Fmt.num(ms[2]),
                        Fmt.num(ms[3])));
                t.add(row.toArray(String[]::new));
            }
        }
        return t;
    }

    /**
     * Mean, sd and the 95% bootstrap percentile interval of the mean ({@link Bootstrap}, as summary.csv of a sweep),
     * which stays within the score's range (hits ≥ 0, shares in [0, 1]); NA where n is too small.
     */
    static double[] meanInterval(double[] v, long seed) {
        int n = v.length;
        if (n == 0) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        }
        double mean = java.util.Arrays.stream(v).average().orElse(Double.NaN);
        if (n < 2) {
            return new double[] {mean, Double.NaN, Double.NaN, Double.NaN};
        }
        double sd = Math.sqrt(new org.apache.commons.math3.stat.descriptive.moment.Variance().evaluate(v));
        double[] ci = Bootstrap.meanInterval(v, seed);
        return new double[] {mean, sd, ci[0], ci[1]};
    }

    private static double mean(List<RunRow> rows, java.util.function.ToDoubleFunction<RunRow> f) {
        return rows.stream().mapToDouble(f).filter(x -> !Double.isNaN(x)).average().orElse(Double.NaN);
    }

    private static Table validationTable(Validation.Report base, List<RunRow> rows, Validation.Settings st) {
        Table full = ValidationWriter.validationTable(base.all(), st);
        Table t = new Table(full.columns());
        int r = base.all().targets().size();
        for (int i = 0; i < full.rows().size(); i++) {
            String[] row = full.rows().get(i);
            if (row[0].equals("model")) {
                int k = Integer.parseInt(row[1]);
                double hits = mean(rows, x -> x.result().hits(k));
                t.add("model", row[1], Fmt.num(hits), Fmt.num(hits / k), Fmt.num(hits / r),
                        Fmt.num(mean(rows, x -> x.result().averagePrecision())),
                        Fmt.num(mean(rows, x -> x.scores().model().medianMonths())), "NA", "NA");
            } else {
                t.add(row);
            }
        }
        return t;
    }

    private static Table curveTable(Validation.Report base, List<RunRow> rows, int maxK) {
        Table full = ValidationWriter.curveTable(base.all(), maxK);
        Table t = new Table(full.columns());
        for (int i = 0; i < full.rows().size(); i++) {
            String[] row = full.rows().get(i);
            if (row[0].equals("model")) {
                int k = Integer.parseInt(row[1]);
                double[] v = rows.stream().mapToDouble(x -> x.result().hits(k)).sorted().toArray();
                int last = v.length - 1;
                t.add("model", row[1], Fmt.num(mean(rows, x -> x.result().hits(k))),
                        Fmt.num(v[(int) Math.round(0.025 * last)]), Fmt.num(v[(int) Math.round(0.975 * last)]));
            } else {
                t.add(row);
            }
        }
        return t;
    }

    private static void print(PrintWriter w, Validation.Report base, List<RunRow> rows, Validation.Settings st) {
        Validation.Context c = base.context();
        w.printf(Locale.ROOT, "Validation of %d runs against %d observed pairs, %s to %s (%s)%n", rows.size(),
                c.targets().size(), c.from(), c.to(), c.events().file());
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "  %-12s", "scorer"));
        for (int k : Validation.ks(st)) {
            head.append(String.format(Locale.ROOT, " %13s", "hits@" + k));
        }
        head.append(String.format(Locale.ROOT, " %8s", "AP"));
        w.println(head);
        StringBuilder m = new StringBuilder(String.format(Locale.ROOT, "  %-12s", "model (mean)"));
        for (int k : Validation.ks(st)) {
            m.append(String.format(Locale.ROOT, " %13.1f", mean(rows, x -> x.result().hits(k))));
        }
        m.append(String.format(Locale.ROOT, " %8.4f", mean(rows, x -> x.result().averagePrecision())));
        w.println(m);
        Validation.Scores s = base.all();
        for (String name : List.of("capability", "gravity", "affinity")) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-12s", name));
            for (int k : Validation.ks(st)) {
                row.append(String.format(Locale.ROOT, " %13d", ValidationWriter.baseline(s, name).hits(k)));
            }
            row.append(String.format(Locale.ROOT, " %8.4f", ValidationWriter.baseline(s, name).averagePrecision()));
            w.println(row);
        }
        StringBuilder rnd = new StringBuilder(String.format(Locale.ROOT, "  %-12s", "random"));
        for (int k : Validation.ks(st)) {
            double[] ci = s.sampled().interval(k);
            rnd.append(String.format(Locale.ROOT, " %13s", String.format(Locale.ROOT, "%.1f [%.0f,%.0f]",
                    s.random().expectedHits(k), ci[0], ci[1])));
        }
        rnd.append(String.format(Locale.ROOT, " %8.4f", s.sampled().meanAveragePrecision()));
        w.println(rnd);
        w.printf(Locale.ROOT, "Surveys: mean Spearman %s, mean same-sign share %s%n",
                Fmt.num(mean(rows, x -> x.scores().survey().spearman())),
                Fmt.num(mean(rows, x -> x.scores().survey().sameSign())));
    }
}
