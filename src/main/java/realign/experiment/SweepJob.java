package realign.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import realign.InputException;
import realign.Version;
import realign.output.FinishingSteps;
import realign.output.Manifest;
import realign.output.OutputFiles;
import realign.output.PartialFolders;
import realign.world.DataSource;
import realign.world.WorldLoader;

/**
 * A sweep's output folder from start to finish: written as {@code .DIR.partial} and renamed to {@code DIR}
 * when every run is done, resumable after a crash, and mergeable from shards. Files: sweep.yaml and
 * scenario.yaml (exact inputs), design.csv, runs.csv, series.csv, summary.csv, sensitivity.csv, figures/, runs/,
 * manifest.json (docs/experiments.md).
 */
public final class SweepJob {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final String SHARD_FILE = "shard.txt";
    /** Marks .DIR.partial as an unfinished merge (of which shards), so the same merge may finish it. */
    private static final String MERGE_MARKER = ".merge";

    /** What happened. */
    public record Outcome(Path dir, int runs, int failed, int executed, long wallMs) {}

    private SweepJob() {}

    /** The runs recorded in the runs.csv of a sweep folder (complete lines after the header); -1 without one. */
    public static long runsRecorded(Path dir) {
        Path runs = dir.resolve("runs.csv");
        try {
            if (!Files.isRegularFile(runs)) {
                return -1;
            }
            long lines = 0;
            for (byte b : Files.readAllBytes(runs)) {
                if (b == '\n') {
                    lines++;
                }
            }
            return Math.max(0, lines - 1);
        } catch (IOException e) {
            return -1;
        }
    }

    /** Starts a new sweep into {@code target} (which must not exist) and runs it to the end. */
    public static Outcome start(Sweep sweep, Path target, int threads, Shard shard, String sweepFile,
                                PrintWriter err, boolean terminal) throws InputException, IOException {
        long t0 = System.nanoTime();
        realign.output.RunDirectory.checkFree(target, "--out");
        Path work = PartialFolders.workFolder(target);
        Path earlier = PartialFolders.existingWorkFolder(target);
        if (Files.exists(earlier)) {
            throw new InputException(earlier + ": --out: an interrupted sweep is already there; continue it with --resume "
                    + target + " or remove it");
        }
        OutputFiles.createDirectories(work);
        try {
            OutputFiles.replaceBytes(work.resolve("sweep.yaml"), sweep.sweepBytes());
            OutputFiles.replaceBytes(work.resolve("scenario.yaml"), sweep.baseBytes());
            saveScenarioLevels(sweep, work);
            OutputFiles.replaceString(work.resolve(SHARD_FILE), shard + "\n");
            SweepReport.writeDesign(sweep, work.resolve("design.csv"));
            SweepExecutor.start(sweep, work);
        } catch (IOException | RuntimeException e) {
            // before runs.csv there is nothing to resume: leave no folder that --resume would refuse
            try {
                PartialFolders.remove(work);
            } catch (IOException | RuntimeException again) {
                e.addSuppressed(again);
            }
            throw e;
        }
        return run(sweep, target, work, List.of(), threads, shard, sweepFile, err, terminal, t0, false);
    }

    /** Continues an interrupted sweep: checks it is the same sweep and runs only the runs missing from runs.csv. */
    public static Outcome resume(Path file, byte[] sweepBytes, Path dir, int threads, Shard shardGiven,
                                 PrintWriter err, boolean terminal) throws InputException, IOException {
        long t0 = System.nanoTime();
        Path target = PartialFolders.targetOf(dir);
        Path work = PartialFolders.resumeFolder(dir);
        if (!Files.isDirectory(work)) {
            throw new InputException(dir + ": --resume: expected the folder of an interrupted sweep (" + work
                    + " with runs.csv), got " + (Files.isDirectory(target) ? "a finished sweep" : "nothing there"));
        }
        for (String f : List.of("sweep.yaml", "scenario.yaml", SHARD_FILE, "runs.csv")) {
            if (!Files.isRegularFile(work.resolve(f))) {
                throw new InputException(dir + ": --resume: expected the folder of an interrupted sweep (" + work
                        + " with runs.csv), got a folder without " + f);
            }
        }
        byte[] saved = Files.readAllBytes(work.resolve("sweep.yaml"));
        if (!Arrays.equals(saved, sweepBytes)) {
            throw new InputException(file + ": --resume: expected the same sweep file as the interrupted sweep in " + work
                    + ", got a file that differs from its sweep.yaml");
        }
        Shard shard = parseShard(Files.readString(work.resolve(SHARD_FILE), StandardCharsets.UTF_8).trim(),
                work.resolve(SHARD_FILE).toString());
        if (shardGiven != null && !shardGiven.equals(shard)) {
            throw new InputException("--shard " + shardGiven + ": expected the shard of the interrupted sweep (" + shard
                    + "), got " + shardGiven);
        }
        Sweep sweep = SweepReader.read(file, sweepBytes, work.resolve("scenario.yaml"));
        List<Integer> done = SweepExecutor.done(sweep, work);
        return run(sweep, target, work, done, threads, shard, file.toString(), err, terminal, t0, true);
    }

    private static Outcome run(Sweep sweep, Path target, Path work, List<Integer> done, int threads,
                               Shard shard, String sweepFile, PrintWriter err, boolean terminal,
                               long t0, boolean resumed) throws IOException, InputException {
        String startedAt = OffsetDateTime.now(ZoneOffset.UTC).toString();
        List<Integer> mine = SweepExecutor.runsOf(sweep, shard);
        java.util.Set<Integer> doneSet = new java.util.HashSet<>(done);
        List<Integer> todo = new ArrayList<>();
        for (int r : mine) {
            if (!doneSet.contains(r)) {
                todo.add(r);
            }
        }
        err.println("realign sweep " + sweep.describe() + (shard.count() > 1 ? ", shard " + shard + ": " + mine.size()
                + " runs" : "") + (done.isEmpty() ? "" : ", " + done.size() + " already done") + "; " + threads
                + " thread" + (threads == 1 ? "" : "s") + "; writing " + work);
        try (Progress progress = new Progress(err, mine.size(), done.size(), terminal)) {
            SweepExecutor.execute(sweep, work, todo, threads, progress);
        }
        int failed = countFailed(work.resolve("runs.csv"));
        long[] wallMs = {0};
        List<FinishingSteps.Step> steps = new ArrayList<>(shard.count() == 1 ? reportSteps(sweep, work) : List.of());
        steps.add(new FinishingSteps.Step("manifest", () -> {
            wallMs[0] = (System.nanoTime() - t0) / 1_000_000;
            Map<String, Object> execution = new LinkedHashMap<>();
            execution.put("sweep_file", sweepFile);
            execution.put("threads", threads);
            execution.put("shard", shard.toString());
            execution.put("resumed", resumed);
            execution.put("runs_executed", todo.size());
            execution.put("started_at", startedAt);
            execution.put("wall_time_ms", wallMs[0]);
            writeManifest(sweep, work, mine.size(), failed, execution);
        }));
        FinishingSteps.run(List.of(work, work.resolve(realign.charts.RunFigures.FIGURES)), steps);
        if (Files.exists(target)) {
            throw new InputException(target + ": expected a folder that does not exist yet (it appeared while the sweep"
                    + " ran); the finished sweep is left in " + work);
        }
        Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
        return new Outcome(target, mine.size(), failed, todo.size(), wallMs[0]);
    }

    /** summary.csv and sensitivity.csv, then the figures drawn from them: redone whole on every attempt. */
    private static List<FinishingSteps.Step> reportSteps(Sweep sweep, Path work) {
        return List.of(new FinishingSteps.Step("summary", () -> SweepReport.writeSummaries(sweep, work)),
                new FinishingSteps.Step("figures", () -> realign.charts.Figures.render(work,
                        realign.charts.Figure.Source.SWEEP, realign.charts.Figures.Options.all())));
    }

    /** Saves the scenario files of a {@code scenario} factor as scenarios/0.yaml, 1.yaml, ... for resume and merge. */
    private static void saveScenarioLevels(Sweep sweep, Path work) throws IOException {
        List<SweepReader.ScenarioLevel> levels = sweep.scenarioLevels();
        if (!levels.isEmpty()) {
            OutputFiles.createDirectories(work.resolve("scenarios"));
            for (int i = 0; i < levels.size(); i++) {
                OutputFiles.replaceBytes(SweepReader.savedLevel(work.resolve("scenario.yaml"), i), levels.get(i).bytes());
            }
        }
    }

    /** Merges finished shards of one sweep into {@code target}; the result is the same as an unsharded sweep. */
    public static Outcome merge(List<Path> shards, Path target) throws InputException, IOException {
        long t0 = System.nanoTime();
        realign.output.RunDirectory.checkFree(target, "--out");
        if (shards.isEmpty()) {
            throw new InputException("merge: expected at least one shard folder, got none");
        }
        byte[] sweepBytes = null;
        byte[] baseBytes = null;
        Shard[] byIndex = null;
        Path[] dirs = null;
        for (Path d : shards) {
            if (!Files.isRegularFile(d.resolve("runs.csv")) || !Files.isRegularFile(d.resolve(SHARD_FILE))) {
                throw new InputException(d + ": expected a finished sweep shard (with runs.csv and " + SHARD_FILE
                        + "), got " + (Files.isDirectory(d) ? "a folder without them" : "nothing there"));
            }
            byte[] sb = Files.readAllBytes(d.resolve("sweep.yaml"));
            byte[] bb = Files.readAllBytes(d.resolve("scenario.yaml"));
            if (sweepBytes == null) {
                sweepBytes = sb;
                baseBytes = bb;
            } else if (!Arrays.equals(sb, sweepBytes) || !Arrays.equals(bb, baseBytes)) {
                throw new InputException(d + ": expected a shard of the same sweep as " + shards.get(0)
                        + ", got a different sweep.yaml or scenario.yaml");
            }
            Shard s = parseShard(Files.readString(d.resolve(SHARD_FILE)).trim(), d.resolve(SHARD_FILE).toString());
            if (byIndex == null) {
                byIndex = new Shard[s.count()];
                dirs = new Path[s.count()];
            }
            if (s.count() != byIndex.length || byIndex[s.index()] != null) {
                throw new InputException(d + ": expected shards 1.." + byIndex.length + " once each, got shard " + s
                        + (byIndex.length == s.count() ? " twice" : ""));
            }
            byIndex[s.index()] = s;
            dirs[s.index()] = d;
        }
        for (int i = 0; i < byIndex.length; i++) {
            if (byIndex[i] == null) {
                throw new InputException("merge: expected all " + byIndex.length + " shards, got none for shard "
                        + (i + 1) + "/" + byIndex.length);
            }
        }
        Path work = PartialFolders.existingWorkFolder(target);
        Path marker = work.resolve(MERGE_MARKER);
        String mergeOf = "merge of sweep " + WorldLoader.sha256(sweepBytes) + " on scenario " + WorldLoader.sha256(baseBytes)
                + "\n";
        if (Files.exists(work) && !isEmptyFolder(work) && !isMergeOf(work, marker, mergeOf, sweepBytes)) {
            throw new InputException(work + ": --out: expected no folder there or the unfinished merge of these shards,"
                    + " got " + (Files.isRegularFile(marker) ? "an unfinished merge of another sweep" : "another folder")
                    + "; remove it or choose another --out");
        }
        // Everything below only adds or replaces whole files, so a merge that failed or was killed is finished by
        // running the same command again.
        OutputFiles.createDirectories(work);
        OutputFiles.replaceString(marker, mergeOf);
        OutputFiles.replaceBytes(work.resolve("sweep.yaml"), sweepBytes);
        OutputFiles.replaceBytes(work.resolve("scenario.yaml"), baseBytes);
        if (Files.isDirectory(dirs[0].resolve("scenarios"))) {
            OutputFiles.createDirectories(work.resolve("scenarios"));
            try (var levels = Files.list(dirs[0].resolve("scenarios"))) {
                for (Path level : levels.sorted().filter(f -> !f.getFileName().toString().startsWith(".")).toList()) {
                    OutputFiles.replaceBytes(work.resolve("scenarios").resolve(level.getFileName().toString()),
                            Files.readAllBytes(level));
                }
            }
        }
        OutputFiles.replaceString(work.resolve(SHARD_FILE), Shard.ALL + "\n");
        Sweep sweep = SweepReader.read(dirs[0].resolve("sweep.yaml"), sweepBytes, work.resolve("scenario.yaml"));
        SweepReport.writeDesign(sweep, work.resolve("design.csv"));
        mergeRows(sweep, dirs, work, "runs.csv", sweep.runsHeader(), true);
        if (sweep.spec().seriesEvery() > 0) {
            mergeRows(sweep, dirs, work, "series.csv", SweepExecutor.SERIES_HEADER, false);
        }
        for (Path d : dirs) {
            if (Files.isDirectory(d.resolve("runs"))) {
                OutputFiles.createDirectories(work.resolve("runs"));
                try (var kept = Files.list(d.resolve("runs"))) {
                    for (Path p : kept.sorted().toList()) {
                        String name = p.getFileName().toString();
                        if (!name.startsWith(".")) {
                            copyRun(p, work.resolve("runs").resolve(name));
                        }
                    }
                }
            }
        }
        int failed = countFailed(work.resolve("runs.csv"));
        long[] wallMs = {0};
        List<FinishingSteps.Step> steps = new ArrayList<>(reportSteps(sweep, work));
        steps.add(new FinishingSteps.Step("manifest", () -> {
            wallMs[0] = (System.nanoTime() - t0) / 1_000_000;
            Map<String, Object> execution = new LinkedHashMap<>();
            execution.put("merged_from", shards.stream().map(Path::toString).toList());
            execution.put("started_at", OffsetDateTime.now(ZoneOffset.UTC).toString());
            execution.put("wall_time_ms", wallMs[0]);
            writeManifest(sweep, work, sweep.runs(), failed, execution);
        }));
        FinishingSteps.run(List.of(work, work.resolve(realign.charts.RunFigures.FIGURES)), steps);
        Files.delete(marker);
        Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
        return new Outcome(target, sweep.runs(), failed, 0, wallMs[0]);
    }

    /**
     * Whether {@code work} is an unfinished merge of this sweep: marked so, or — killed between removing the mark
     * and the final rename — holding this sweep's manifest of a merge.
     */
    private static boolean isMergeOf(Path work, Path marker, String mergeOf, byte[] sweepBytes) throws IOException {
        if (Files.isRegularFile(marker)) {
            return Files.readString(marker, StandardCharsets.UTF_8).equals(mergeOf);
        }
        if (!Files.isRegularFile(work.resolve("manifest.json"))) {
            return false;
        }
        try {
            JsonNode m = readManifest(work);
            return m.path("execution").has("merged_from")
                    && m.path("sweep_sha256").asText().equals(WorldLoader.sha256(sweepBytes));
        } catch (IOException e) {
            return false; // not a manifest realign wrote
        }
    }

    private static boolean isEmptyFolder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (var files = Files.list(dir)) {
            return files.findAny().isEmpty();
        }
    }

    /** Interleaves the shards' rows in run order (run i comes from shard i mod n), streaming. */
    private static void mergeRows(Sweep sweep, Path[] dirs, Path work, String file, List<String> header,
                                  boolean oneRowPerRun) throws IOException, InputException {
        try {
            OutputFiles.replace(work.resolve(file), temp -> {
                try {
                    interleave(sweep, dirs, temp, file, header, oneRowPerRun);
                } catch (InputException e) {
                    throw new InputFault(e);
                }
            });
        } catch (InputFault e) {
            throw (InputException) e.getCause();
        }
    }

    /** Carries an InputException out of a file writer, which may only throw IOException. */
    private static final class InputFault extends IOException {
        private static final long serialVersionUID = 1L;

        InputFault(InputException e) {
            super(e);
        }
    }

    private static void interleave(Sweep sweep, Path[] dirs, Path to, String file, List<String> header,
                                   boolean oneRowPerRun) throws IOException, InputException {
        int n = dirs.length;
        CSVParser[] parsers = new CSVParser[n];
        List<Iterator<CSVRecord>> its = new ArrayList<>();
        CSVRecord[] ahead = new CSVRecord[n];
        try (RunsFile out = RunsFile.create(to, header)) {
            for (int s = 0; s < n; s++) {
                parsers[s] = RunsFile.open(dirs[s].resolve(file));
                its.add(parsers[s].iterator());
                ahead[s] = its.get(s).hasNext() ? its.get(s).next() : null;
            }
            for (int run = 0; run < sweep.runs(); run++) {
                int s = run % n;
                boolean any = false;
                while (ahead[s] != null && Integer.parseInt(ahead[s].get("run")) == run) {
                    out.append(SweepExecutor.row(sweep, header, ahead[s]));
                    ahead[s] = its.get(s).hasNext() ? its.get(s).next() : null;
                    any = true;
                    if (oneRowPerRun) {
                        break;
                    }
                }
                if (oneRowPerRun && !any) {
                    throw new InputException(dirs[s].resolve(file) + ": expected run " + run + " (shard " + (s + 1) + "/"
                            + n + " is incomplete or not of this sweep)");
                }
            }
        } finally {
            for (CSVParser p : parsers) {
                if (p != null) {
                    p.close();
                }
            }
        }
    }

    /**
     * Copies a kept run folder under a temporary name and renames it when complete; a folder already there is
     * complete (an earlier attempt of this merge renamed it) and is kept.
     */
    private static void copyRun(Path from, Path to) throws IOException {
        if (Files.isDirectory(to)) {
            return;
        }
        Path temp = to.resolveSibling("." + to.getFileName() + ".partial-merge");
        if (Files.exists(temp)) {
            SweepExecutor.RunDirectoryCleaner.delete(temp);
        }
        try (var files = Files.walk(from)) {
            for (Path p : files.sorted().toList()) {
                Path dest = temp.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    OutputFiles.createDirectories(dest);
                } else {
                    try (var out = OutputFiles.open(dest)) {
                        Files.copy(p, out);
                    }
                }
            }
        }
        Files.move(temp, to, StandardCopyOption.ATOMIC_MOVE);
    }

    public static Shard parseShard(String text, String where) throws InputException {
        String[] parts = text.split("/");
        try {
            if (parts.length == 2) {
                int i = Integer.parseInt(parts[0].trim());
                int n = Integer.parseInt(parts[1].trim());
                if (n >= 1 && i >= 1 && i <= n) {
                    return new Shard(i - 1, n);
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InputException(where + ": expected a shard i/n with 1 <= i <= n (e.g. 1/2), got '" + text + "'");
    }

    private static int countFailed(Path runsCsv) throws IOException {
        int failed = 0;
        try (CSVParser p = RunsFile.open(runsCsv)) {
            for (CSVRecord r : p) {
                if (!r.get("status").equals("ok")) {
                    failed++;
                }
            }
        }
        return failed;
    }

    private static void writeManifest(Sweep sweep, Path dir, int runs, int failed, Map<String, Object> execution)
            throws IOException {
        SweepSpec s = sweep.spec();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("realign_version", Version.realign());
        m.put("model_version", Version.MODEL);
        m.put("kind", "sweep");
        m.put("sweep_sha256", WorldLoader.sha256(sweep.sweepBytes()));
        m.put("scenario_sha256", WorldLoader.sha256(sweep.baseBytes()));
        if (!sweep.scenarioLevels().isEmpty()) {
            List<Object> levels = new ArrayList<>();
            for (int i = 0; i < sweep.scenarioLevels().size(); i++) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("scenario", sweep.scenarioLevels().get(i).given());
                e.put("saved_as", "scenarios/" + i + ".yaml");
                e.put("sha256", WorldLoader.sha256(sweep.scenarioLevels().get(i).bytes()));
                levels.add(e);
            }
            m.put("scenario_factor", levels);
        }
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("name", s.name());
        spec.put("description", s.description());
        spec.put("scenario", s.baseScenario());
        spec.put("seed", s.seed());
        spec.put("replicates", s.replicates());
        spec.put("fixed", s.fixed());
        spec.put("seeds", s.seeds().name().toLowerCase(java.util.Locale.ROOT));
        spec.put("design", designAsRun(s.design(), s.bootstrap()));
        List<Object> factors = new ArrayList<>();
        for (Factor f : s.factors()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("name", f.name());
            e.put("label", f.label());
            if (f.isCategorical()) {
                e.put("values", f.categories());
            } else if (f.isList()) {
                e.put("values", f.values());
            } else {
                e.put("min", f.min());
                e.put("max", f.max());
                e.put("dist", f.dist().name().toLowerCase(java.util.Locale.ROOT));
            }
            factors.add(e);
        }
        spec.put("factors", factors);
        List<Object> outcomes = new ArrayList<>();
        for (realign.experiment.Outcome o : s.outcomes()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("name", o.name());
            e.put("label", o.label());
            e.put("metric", o.metric());
            e.put("summary", o.summary().name().toLowerCase(java.util.Locale.ROOT));
            // the last round as the runs see it: `rounds` set in `fixed` replaces the base scenario's
            int last = s.fixed().containsKey("rounds") ? s.fixed().get("rounds").intValue() : sweep.base().rounds();
            e.put("window", List.of(o.from(), o.to() < 0 ? last : o.to()));
            if (o.summary() == realign.experiment.Outcome.Summary.FIRST) {
                e.put(o.below() ? "below" : "above", o.threshold());
            }
            outcomes.add(e);
        }
        spec.put("outcomes", outcomes);
        spec.put("keep_runs", s.keepRuns());
        spec.put("series_every", s.seriesEvery());
        if (s.seriesBy() != null) {
            spec.put("series_by", s.seriesBy());
        }
        m.put("sweep", spec);
        m.put("base_scenario", Manifest.scenarioAsRun(sweep.base()));
        m.put("seeds_rule", s.seeds() == Seeds.Rule.INDEPENDENT
                ? "seed(point p, replicate r) = SplitMix64(master + 0x9E3779B97F4A7C15·(p·R + r + 1)) with the sign bit"
                        + " cleared; distinct for every run"
                : "seed(replicate r) = SplitMix64(master + 0x9E3779B97F4A7C15·(r + 1)) with the sign bit cleared;"
                        + " the same at every point (common random numbers)");
        m.put("points", sweep.points().size());
        m.put("runs", runs);
        m.put("failed", failed);
        List<Object> sources = new ArrayList<>();
        for (DataSource d : sweep.world().sources()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("file", d.name());
            e.put("sha256", d.sha256());
            sources.add(e);
        }
        m.put("data_sources", sources);
        m.put("execution", execution);
        OutputFiles.replaceString(dir.resolve("manifest.json"), JSON.writeValueAsString(m) + "\n");
    }

    private static Map<String, Object> designAsRun(Design d, int bootstrap) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", d.kind());
        if (d instanceof Design.Grid g) {
            m.put("levels", g.levels());
        } else if (d instanceof Design.RandomSample r) {
            m.put("n", r.n());
        } else if (d instanceof Design.LatinHypercube l) {
            m.put("n", l.n());
        } else if (d instanceof Design.Saltelli sa) {
            m.put("n", sa.n());
            m.put("bootstrap", bootstrap);
        } else if (d instanceof Design.Morris mo) {
            m.put("trajectories", mo.r());
            m.put("levels", mo.levels());
        }
        return m;
    }

    /** The manifest of a finished sweep, for tools and tests. */
    public static JsonNode readManifest(Path dir) throws IOException {
        return JSON.readTree(dir.resolve("manifest.json").toFile());
    }
}
