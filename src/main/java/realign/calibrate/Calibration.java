package realign.calibrate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import realign.Futures;
import realign.InputException;
import realign.Version;
import realign.experiment.Factor;
import realign.experiment.Seeds;
import realign.output.PartialFolders;
import realign.output.RunDirectory;
import realign.scenario.Scenario;
import realign.scenario.ScenarioReader;
import realign.validate.Events;
import realign.validate.EventsReader;
import realign.validate.ModelRun;
import realign.validate.Validation;
import realign.validate.ValidationOutcomes;
import realign.validate.Validator;
import realign.world.World;
import realign.world.WorldLoader;

/**
 * Runs a calibration into {@code .DIR.partial} and renames it to {@code DIR} when done. Each CMA-ES generation is
 * drawn from the seeded optimiser, its evaluations (each a few replicate runs) run in parallel, and their
 * objectives are fed back in the order drawn, so the trace is the same for any number of threads. trace.csv gets
 * each evaluation's row, flushed, in evaluation order; after a crash or SIGKILL, {@code --resume} replays the
 * trace through the optimiser (same seed, same values told), evaluates only what is missing, and ends with the
 * same result as an uninterrupted calibration.
 */
public final class Calibration {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

    /** What happened. */
    public record Outcome(Path dir, int evaluations, int executed, double bestObjective, Map<String, Double> best) {}

    private Calibration() {}

    /** Starts a new calibration into {@code target}, which must not exist. */
    public static Outcome start(Path file, byte[] bytes, Integer budget, Path target, int threads, PrintWriter err,
                                boolean terminal) throws InputException, IOException {
        CalibrationReader.Read r = CalibrationReader.read(file, bytes, null);
        int b = budget != null ? budget : r.spec().budget();
        RunDirectory.checkFree(target, "--out");
        Path work = PartialFolders.workFolder(target);
        Path earlier = PartialFolders.existingWorkFolder(target);
        if (Files.exists(earlier)) {
            throw new InputException(earlier + ": --out: an interrupted calibration is already there; continue it with"
                    + " --resume " + target + " or remove it");
        }
        Files.createDirectories(work);
        Files.write(work.resolve("calibration.yaml"), bytes);
        Files.write(work.resolve("scenario.yaml"), r.baseBytes());
        Files.writeString(work.resolve("budget.txt"), b + "\n", StandardCharsets.UTF_8);
        Files.writeString(work.resolve("trace.csv"), String.join(",", header(r.spec())) + "\n", StandardCharsets.UTF_8);
        return run(r, file.toString(), target, work, b, threads, err, terminal, false);
    }

    /** Continues an interrupted calibration: same file, same budget; replays trace.csv and evaluates the rest. */
    public static Outcome resume(Path file, byte[] bytes, Path dir, int threads, PrintWriter err, boolean terminal)
            throws InputException, IOException {
        Path target = PartialFolders.targetOf(dir);
        Path work = PartialFolders.resumeFolder(dir);
        for (String f : List.of("calibration.yaml", "scenario.yaml", "budget.txt", "trace.csv")) {
            if (!Files.isRegularFile(work.resolve(f))) {
                throw new InputException(dir + ": --resume: expected the folder of an interrupted calibration (" + work
                        + " with trace.csv), got " + (Files.isDirectory(target) ? "a finished calibration"
                        : Files.isDirectory(work) ? "a folder without " + f : "nothing there"));
            }
        }
        if (!Arrays.equals(Files.readAllBytes(work.resolve("calibration.yaml")), bytes)) {
            throw new InputException(file + ": --resume: expected the same calibration file as the interrupted one in "
                    + work + ", got a file that differs from its calibration.yaml");
        }
        CalibrationReader.Read r = CalibrationReader.read(file, bytes, work.resolve("scenario.yaml"));
        int budget = Integer.parseInt(Files.readString(work.resolve("budget.txt"), StandardCharsets.UTF_8).trim());
        return run(r, file.toString(), target, work, budget, threads, err, terminal, true);
    }

    static List<String> header(CalibrationSpec s) {
        List<String> h = new ArrayList<>(List.of("evaluation", "generation"));
        s.factors().forEach(f -> h.add(f.name()));
        h.add("seeds");
        s.objective().keySet().forEach(h::add);
        h.addAll(List.of("objective", "status"));
        return h;
    }

    /** One evaluation: its factor values, replicate seeds, mean scores and objective (NaN if it failed). */
    record Evaluation(int index, int generation, double[] values, long[] seeds, double[] scores, double objective,
                      String status) {
        List<String> row() {
            List<String> r = new ArrayList<>(List.of(Integer.toString(index), Integer.toString(generation)));
            for (double v : values) {
                r.add(Double.toString(v));
            }
            StringBuilder sb = new StringBuilder();
            for (long s : seeds) {
                sb.append(sb.length() == 0 ? "" : " ").append(s);
            }
            r.add(sb.toString());
            for (double v : scores) {
                r.add(Double.isNaN(v) ? "NA" : Double.toString(v));
            }
            r.add(Double.isNaN(objective) ? "NA" : Double.toString(objective));
            r.add(status);
            return r;
        }
    }

    private static Outcome run(CalibrationReader.Read r, String fileShown, Path target, Path work, int budget,
                               int threads, PrintWriter err, boolean terminal, boolean resumed)
            throws InputException, IOException {
        long t0 = System.nanoTime();
        String startedAt = OffsetDateTime.now(ZoneOffset.UTC).toString();
        CalibrationSpec spec = r.spec();
        World world = r.base().world();
        Events events = EventsReader.shipped(world);
        Validation.Settings d = Validation.Settings.defaults();
        Validation.Settings settings = new Validation.Settings(spec.from(), spec.to(), d.ks(), d.kinds(), d.exclude(),
                d.surveyMonth(), d.seed(), d.permutations(), null);
        // an empty window or an undated scenario is the user's mistake: say so before running anything
        Validation.context(events, r.base().scenario().calendar(), settings);

        List<Evaluation> done = readTrace(work.resolve("trace.csv"), spec);
        double[] start = new double[spec.factors().size()];
        Arrays.fill(start, 0.5);
        Cmaes es = new Cmaes(start, spec.sigma(), spec.population(), spec.seed());
        int lambda = es.lambda();
        int generations = Math.max(1, budget / lambda);
        int total = generations * lambda;
        err.printf(Locale.ROOT, "realign calibrate %s: %d factors, CMA-ES population %d, %d generations = %d"
                        + " evaluations × %d replicates%s; %d thread%s; writing %s%n", spec.name(), start.length, lambda,
                generations, total, spec.replicates(), done.isEmpty() ? "" : ", " + Math.min(done.size(), total)
                        + " already done", threads, threads == 1 ? "" : "s", work);
        err.flush();
        List<Evaluation> all = new ArrayList<>();
        int executed = 0;
        ExecutorService pool = Executors.newFixedThreadPool(threads, x -> {
            Thread t = new Thread(x, "realign-calibrate");
            t.setDaemon(true);
            return t;
        });
        try (realign.validate.TaskProgress progress = new realign.validate.TaskProgress(err, "realign calibrate",
                "evaluations", "best objective", total, Math.min(done.size(), total), terminal);
             BufferedWriter trace = Files.newBufferedWriter(work.resolve("trace.csv"), StandardCharsets.UTF_8,
                     StandardOpenOption.APPEND);
             CSVPrinter printer = new CSVPrinter(trace, CSV)) {
            for (int g = 0; g < generations; g++) {
                double[][] asked = es.ask();
                Evaluation[] gen = new Evaluation[lambda];
                List<Future<double[]>> pending = new ArrayList<>();
                List<Integer> pendingAt = new ArrayList<>();
                for (int k = 0; k < lambda; k++) {
                    int index = g * lambda + k;
                    double[] values = values(spec, Cmaes.repair(asked[k]));
                    long[] seeds = seeds(spec, index);
                    if (index < done.size()) {
                        Evaluation e = done.get(index);
                        if (!Arrays.equals(e.values(), values) || !Arrays.equals(e.seeds(), seeds)) {
                            throw new InputException(work.resolve("trace.csv") + ":" + (index + 2) + ": evaluation: expected"
                                    + " the point the optimiser draws again (" + Arrays.toString(values) + "), got "
                                    + Arrays.toString(e.values()) + "; the trace does not belong to this calibration");
                        }
                        gen[k] = e;
                    } else {
                        for (long seed : seeds) {
                            pending.add(pool.submit(() -> evaluate(spec, r, world, events, settings, values, seed)));
                        }
                        pendingAt.add(k);
                    }
                }
                int p = 0;
                for (int k : pendingAt) {
                    int index = g * lambda + k;
                    double[] values = values(spec, Cmaes.repair(asked[k]));
                    long[] seeds = seeds(spec, index);
                    double[][] scores = new double[seeds.length][];
                    for (int s = 0; s < seeds.length; s++) {
                        scores[s] = join(pending.get(p++));
                    }
                    gen[k] = combine(spec, index, g, values, seeds, scores);
                }
                for (int k = 0; k < lambda; k++) {
                    if (g * lambda + k >= done.size()) {
                        printer.printRecord(gen[k].row());
                        printer.flush();
                        executed++;
                        progress.step(best(all, gen, k));
                    }
                    all.add(gen[k]);
                }
                double[] fitness = new double[lambda];
                for (int k = 0; k < lambda; k++) {
                    fitness[k] = -gen[k].objective();
                }
                es.tell(fitness);
            }
        } finally {
            pool.shutdownNow();
        }
        Evaluation best = null;
        for (Evaluation e : all) {
            if (!Double.isNaN(e.objective()) && (best == null || e.objective() > best.objective())) {
                best = e;
            }
        }
        if (best == null) {
            throw noneSucceeded(spec, r, world, events, settings, fileShown, all.get(0), total, work);
        }
        Map<String, Double> fitted = new LinkedHashMap<>(spec.fixed());
        for (int f = 0; f < spec.factors().size(); f++) {
            fitted.put(spec.factors().get(f).name(), best.values()[f]);
        }
        String header = "Calibrated by realign " + Version.realign() + " calibrate " + fileShown + " (CMA-ES, seed "
                + spec.seed() + ", " + total + " evaluations × " + spec.replicates() + " replicates).\n"
                + "Objective (maximised): " + objectiveText(spec) + " over the observed window of data/events/.\n"
                + "Best: evaluation " + best.index() + ", objective " + best.objective() + "; fitted: " + fitted
                + ".\nThe trace of every evaluation is in trace.csv beside this file.";
        Files.writeString(work.resolve("best.yaml"), BestScenario.write(r.baseBytes(), fitted, header),
                StandardCharsets.UTF_8);
        // best.yaml must be a runnable scenario: read it back as one
        ScenarioReader.read(work.resolve("best.yaml"), Files.readAllBytes(work.resolve("best.yaml")), List.of(), null);
        realign.charts.CalibrationFigure.render(work);
        manifest(work, spec, r, fileShown, budget, lambda, total, best, fitted, threads, resumed, executed, startedAt,
                (System.nanoTime() - t0) / 1_000_000);
        if (Files.exists(target)) {
            throw new InputException(target + ": expected a folder that does not exist yet (it appeared while the"
                    + " calibration ran); the finished calibration is left in " + work);
        }
        Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
        return new Outcome(target, total, executed, best.objective(), fitted);
    }

    private static double best(List<Evaluation> all, Evaluation[] gen, int upTo) {
        double b = Double.NaN;
        for (Evaluation e : all) {
            if (!Double.isNaN(e.objective()) && (Double.isNaN(b) || e.objective() > b)) {
                b = e.objective();
            }
        }
        for (int k = 0; k <= upTo; k++) {
            if (!Double.isNaN(gen[k].objective()) && (Double.isNaN(b) || gen[k].objective() > b)) {
                b = gen[k].objective();
            }
        }
        return b;
    }

    static String objectiveText(CalibrationSpec spec) {
        List<String> terms = new ArrayList<>();
        spec.objective().forEach((k, w) -> terms.add(w + " × mean " + k));
        return String.join(" + ", terms);
    }

    static double[] values(CalibrationSpec spec, double[] unit) {
        double[] v = new double[unit.length];
        for (int f = 0; f < unit.length; f++) {
            Factor factor = spec.factors().get(f);
            v[f] = factor.value(unit[f]);
        }
        return v;
    }

    static long[] seeds(CalibrationSpec spec, int index) {
        long[] s = new long[spec.replicates()];
        for (int r = 0; r < s.length; r++) {
            s[r] = Seeds.derive(spec.seed(), index, r, spec.replicates(), spec.seeds());
        }
        return s;
    }

    /** One replicate: the objective's scores, or null if the run failed (a bad parameter combination). */
    private static double[] evaluate(CalibrationSpec spec, CalibrationReader.Read r, World world, Events events,
                                     Validation.Settings settings, double[] values, long seed) {
        try {
            return scores(spec, r, world, events, settings, values, seed);
        } catch (InputException | RuntimeException e) {
            return null;
        }
    }

    /** One replicate's scores; the scenario reader's refusal or the model's exception when the run fails. */
    private static double[] scores(CalibrationSpec spec, CalibrationReader.Read r, World world, Events events,
                                   Validation.Settings settings, double[] values, long seed) throws InputException {
        List<String> overrides = new ArrayList<>();
        spec.fixed().forEach((k, v) -> overrides.add(k + "=" + text(v)));
        for (int f = 0; f < values.length; f++) {
            overrides.add(spec.factors().get(f).name() + "=" + text(values[f]));
        }
        overrides.add("seed=" + seed);
        Scenario s = ScenarioReader.read(r.base().file(), r.baseBytes(), overrides, world).scenario();
        ModelRun run = Validator.runInMemory(world, s);
        ValidationOutcomes.RunScores scores = ValidationOutcomes.score(run, s, world, events, settings);
        double[] out = new double[spec.objective().size()];
        int i = 0;
        for (String name : spec.objective().keySet()) {
            out[i++] = scores.value(name);
        }
        return out;
    }

    /**
     * When no evaluation succeeded there is no best scenario: instead of writing one, say why, with the first
     * evaluation's failure (its first replicate run again, which fails as it did). A scenario the reader refuses is
     * the user's input (exit 2); an exception in the model is a bug (exit 1, with its stack trace).
     */
    private static InputException noneSucceeded(CalibrationSpec spec, CalibrationReader.Read r, World world,
                                                Events events, Validation.Settings settings, String fileShown,
                                                Evaluation first, int total, Path work) {
        StringBuilder point = new StringBuilder();
        for (int f = 0; f < spec.factors().size(); f++) {
            point.append(f == 0 ? "" : ", ").append(spec.factors().get(f).name()).append('=')
                    .append(text(first.values()[f]));
        }
        String head = fileShown + ": calibrate: expected at least one evaluation that runs, got " + total
                + " failed evaluation" + (total == 1 ? "" : "s") + " (no best.yaml is written; the trace is kept in "
                + work.resolve("trace.csv") + ", remove " + work + " before calibrating into that folder again);"
                + " the first, evaluation " + first.index() + " (" + point + ", seed " + first.seeds()[0] + "), failed: ";
        try {
            scores(spec, r, world, events, settings, first.values(), first.seeds()[0]);
        } catch (InputException e) {
            return new InputException(head + e.getMessage());
        } catch (RuntimeException e) {
            throw new IllegalStateException(head + e, e);
        }
        throw new IllegalStateException(head + "nothing when run again (an evaluation that fails only sometimes)");
    }

    private static String text(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static double[] join(Future<double[]> f) throws IOException {
        try {
            return Futures.get(f, "evaluating the calibration");
        } catch (InputException e) {
            throw new IllegalStateException(e); // each evaluation's scenario was checked before the first one ran
        }
    }

    /**
     * The mean of each score over the replicates (NaN values, such as an undefined correlation, left out) and the
     * objective Σ w·mean; a score with no value in any replicate adds 0. A failed replicate fails the evaluation.
     */
    static Evaluation combine(CalibrationSpec spec, int index, int generation, double[] values, long[] seeds,
                              double[][] scores) {
        int m = spec.objective().size();
        double[] mean = new double[m];
        for (double[] s : scores) {
            if (s == null) {
                double[] nan = new double[m];
                Arrays.fill(nan, Double.NaN);
                return new Evaluation(index, generation, values, seeds, nan, Double.NaN, "failed");
            }
        }
        double objective = 0;
        int i = 0;
        for (double w : spec.objective().values()) {
            double sum = 0;
            int n = 0;
            for (double[] s : scores) {
                if (!Double.isNaN(s[i])) {
                    sum += s[i];
                    n++;
                }
            }
            mean[i] = n == 0 ? Double.NaN : sum / n;
            objective += n == 0 ? 0 : w * mean[i];
            i++;
        }
        return new Evaluation(index, generation, values, seeds, mean, objective, "ok");
    }

    /** The complete rows of a trace (a torn last line is cut off and the file rewritten without it). */
    static List<Evaluation> readTrace(Path file, CalibrationSpec spec) throws IOException, InputException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n');
        if (end + 1 != text.length()) {
            text = text.substring(0, end + 1);
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
        List<Evaluation> out = new ArrayList<>();
        try (CSVParser p = CSVParser.parse(text, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .get())) {
            if (!p.getHeaderNames().equals(header(spec))) {
                throw new InputException(file + ":1: header: expected " + String.join(",", header(spec)) + ", got "
                        + realign.scenario.YamlTree.quote(String.join(",", p.getHeaderNames())));
            }
            for (CSVRecord rec : p) {
                int nf = spec.factors().size();
                double[] values = new double[nf];
                for (int f = 0; f < nf; f++) {
                    values[f] = Double.parseDouble(rec.get(2 + f));
                }
                String[] seedText = rec.get("seeds").split(" ");
                long[] seeds = new long[seedText.length];
                for (int s = 0; s < seeds.length; s++) {
                    seeds[s] = Long.parseLong(seedText[s]);
                }
                double[] scores = new double[spec.objective().size()];
                int i = 0;
                for (String name : spec.objective().keySet()) {
                    scores[i++] = parse(rec.get(name));
                }
                out.add(new Evaluation(Integer.parseInt(rec.get("evaluation")), Integer.parseInt(rec.get("generation")),
                        values, seeds, scores, parse(rec.get("objective")), rec.get("status")));
            }
        } catch (NumberFormatException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new InputException(file + ": expected the trace of this calibration, got a row that cannot be read: "
                    + e.getMessage());
        }
        return out;
    }

    private static double parse(String s) {
        return s.equals("NA") ? Double.NaN : Double.parseDouble(s);
    }

    private static void manifest(Path dir, CalibrationSpec spec, CalibrationReader.Read r, String file, int budget,
                                 int lambda, int total, Evaluation best, Map<String, Double> fitted, int threads,
                                 boolean resumed, int executed, String startedAt, long wallMs) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("realign_version", Version.realign());
        m.put("model_version", Version.MODEL);
        m.put("kind", "calibration");
        m.put("calibration_sha256", WorldLoader.sha256(Files.readAllBytes(dir.resolve("calibration.yaml"))));
        m.put("scenario_sha256", WorldLoader.sha256(r.baseBytes()));
        m.put("name", spec.name());
        m.put("description", spec.description());
        m.put("scenario", spec.baseScenario());
        m.put("optimiser", "CMA-ES (Hansen 2016) in the unit cube of the factors' ranges; points outside evaluated at"
                + " the nearest point inside plus " + Cmaes.PENALTY + " × squared distance; realign.calibrate.Cmaes");
        m.put("seed", spec.seed());
        m.put("budget", budget);
        m.put("population", lambda);
        m.put("generations", total / lambda);
        m.put("evaluations", total);
        m.put("sigma", spec.sigma());
        m.put("replicates", spec.replicates());
        m.put("seeds", spec.seeds().name().toLowerCase(Locale.ROOT));
        m.put("objective", spec.objective());
        m.put("window", Arrays.asList(spec.from() == null ? null : spec.from().toString(),
                spec.to() == null ? null : spec.to().toString()));
        m.put("fixed", spec.fixed());
        List<Object> factors = new ArrayList<>();
        for (Factor f : spec.factors()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("name", f.name());
            e.put("min", f.min());
            e.put("max", f.max());
            e.put("dist", f.dist().name().toLowerCase(Locale.ROOT));
            factors.add(e);
        }
        m.put("factors", factors);
        m.put("best_evaluation", best == null ? null : best.index());
        m.put("best_objective", best == null ? null : best.objective());
        m.put("fitted", fitted);
        m.put("events_sha256", EventsReader.shipped(r.base().world()).sha256());
        Map<String, Object> execution = new LinkedHashMap<>();
        execution.put("calibration_file", file);
        execution.put("threads", threads);
        execution.put("resumed", resumed);
        execution.put("evaluations_executed", executed);
        execution.put("started_at", startedAt);
        execution.put("wall_time_ms", wallMs);
        m.put("execution", execution);
        Files.writeString(dir.resolve("manifest.json"), JSON.writeValueAsString(m) + "\n", StandardCharsets.UTF_8);
    }
}
