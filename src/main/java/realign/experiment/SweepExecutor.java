package realign.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.commons.csv.CSVRecord;
import realign.observe.Fmt;
import realign.output.OutputFiles;
import realign.output.RunDirectory;
import realign.output.RunFiles;

/**
 * Runs the runs of a sweep (or of one shard) on a fixed number of threads and appends each result to
 * runs.csv in run order, whatever order the threads finish in: results that finish early wait in a small
 * reorder buffer (at most a few per thread). A resumed sweep runs only the runs missing from runs.csv.
 */
final class SweepExecutor {

    /** The most results the last {@link #execute} held back at once, waiting for an earlier run (for tests). */
    static volatile int lastMaxPending;

    private SweepExecutor() {}

    /** The runs of a shard, in run order. */
    static List<Integer> runsOf(Sweep sweep, Shard shard) {
        List<Integer> out = new ArrayList<>();
        for (int r = 0; r < sweep.runs(); r++) {
            if (shard.owns(r)) {
                out.add(r);
            }
        }
        return out;
    }

    /** The columns of series.csv: the round's month ({@code date}) from the calendar of the run's scenario. */
    static final List<String> SERIES_HEADER = List.of("run", "round", "date", "outcome", "value");

    /**
     * A row of {@code header} from a record of an earlier file: its columns by name, and the {@code date} of its
     * round (in its run's calendar) when the file predates that column (series.csv of version 0.1).
     */
    static List<String> row(Sweep sweep, List<String> header, CSVRecord r) {
        List<String> out = new ArrayList<>(header.size());
        for (String c : header) {
            out.add(r.isMapped(c) || !c.equals("date") ? r.get(c)
                    : sweep.calendar(Integer.parseInt(r.get("run"))).date(Integer.parseInt(r.get("round"))));
        }
        return out;
    }

    /** Creates runs.csv (and series.csv) in a new working folder. */
    static void start(Sweep sweep, Path dir) throws IOException {
        RunsFile.create(dir.resolve("runs.csv"), sweep.runsHeader()).close(); // header only
        if (sweep.spec().seriesEvery() > 0) {
            RunsFile.create(dir.resolve("series.csv"), SERIES_HEADER).close();
        }
    }

    /**
     * The runs already in runs.csv; cuts torn lines, drops series rows of runs that are not complete and the
     * temporary folders of kept runs that were being written (a kept folder without its row is redone later).
     */
    static List<Integer> done(Sweep sweep, Path dir) throws IOException {
        Path kept = dir.resolve("runs");
        if (Files.isDirectory(kept)) {
            try (var files = Files.list(kept)) {
                List<Path> temporary = files.filter(f -> f.getFileName().toString().matches("\\.run-\\d+\\.partial-.*"))
                        .toList();
                for (Path t : temporary) {
                    RunDirectoryCleaner.delete(t);
                }
            }
        }
        Path runsCsv = dir.resolve("runs.csv");
        RunsFile.reopen(runsCsv).close();
        List<Integer> done = new ArrayList<>();
        for (CSVRecord r : RunsFile.read(runsCsv)) {
            done.add(Integer.parseInt(r.get("run")));
        }
        Path seriesCsv = dir.resolve("series.csv");
        if (Files.exists(seriesCsv)) {
            java.util.Set<String> ok = new java.util.HashSet<>();
            done.forEach(r -> ok.add(Integer.toString(r)));
            List<CSVRecord> keep = new ArrayList<>();
            for (CSVRecord r : RunsFile.read(seriesCsv)) {
                if (ok.contains(r.get("run"))) {
                    keep.add(r);
                }
            }
            // replaced whole: a kill while it is rewritten must not lose the rows of runs that are done
            OutputFiles.replace(seriesCsv, temp -> {
                try (RunsFile series = RunsFile.create(temp, SERIES_HEADER)) {
                    for (CSVRecord r : keep) {
                        series.append(row(sweep, SERIES_HEADER, r));
                    }
                }
            });
        }
        return done;
    }

    /**
     * Runs {@code todo} (in run order) on {@code threads} threads, appending results in that order.
     *
     * @return the number of failed runs
     */
    static int execute(Sweep sweep, Path dir, List<Integer> todo, int threads, Progress progress)
            throws IOException {
        int window = 4 * threads;
        Semaphore slots = new Semaphore(window);
        Map<Integer, Sweep.RunResult> pending = new HashMap<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        int[] next = {0};
        int[] failed = {0};
        int[] maxPending = {0};
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "realign-sweep");
            t.setDaemon(true);
            return t;
        });
        try (RunsFile runs = RunsFile.reopen(dir.resolve("runs.csv"));
             RunsFile series = sweep.spec().seriesEvery() > 0 ? RunsFile.reopen(dir.resolve("series.csv")) : null) {
            for (int pos = 0; pos < todo.size() && failure.get() == null; pos++) {
                slots.acquireUninterruptibly();
                int position = pos;
                int run = todo.get(pos);
                pool.execute(() -> {
                    try {
                        Sweep.RunResult result = sweep.run(run);
                        synchronized (pending) {
                            pending.put(position, result);
                            maxPending[0] = Math.max(maxPending[0], pending.size());
                            while (pending.containsKey(next[0])) {
                                Sweep.RunResult r = pending.remove(next[0]);
                                write(sweep, dir, r, runs, series);
                                if (!r.ok()) {
                                    failed[0]++;
                                }
                                progress.step(r.ok());
                                next[0]++;
                                slots.release();
                            }
                        }
                    } catch (Throwable t) {
                        failure.compareAndSet(null, t);
                        slots.release(window);
                    }
                });
            }
            pool.shutdown();
            awaitQuietly(pool);
        }
        lastMaxPending = maxPending[0];
        Throwable t = failure.get();
        if (t instanceof IOException io) {
            throw io;
        }
        if (t instanceof UncheckedIOException io) {
            throw io.getCause();
        }
        if (t instanceof RuntimeException re) {
            throw re;
        }
        if (t instanceof Error err) {
            throw err;
        }
        return failed[0];
    }

    private static void awaitQuietly(ExecutorService pool) {
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.DAYS)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Appends one run: its series rows and kept files first, its runs.csv row last (the row marks it done). */
    private static void write(Sweep sweep, Path dir, Sweep.RunResult r, RunsFile runs, RunsFile series)
            throws IOException {
        if (series != null) {
            for (OutcomeRecorder.Sample s : r.series()) {
                series.append(List.of(Integer.toString(r.run()), Integer.toString(s.round()),
                        r.calendar().date(s.round()), sweep.spec().outcomes().get(s.outcome()).name(),
                        Fmt.num(s.value())));
            }
        }
        if (r.record() != null) {
            Path target = dir.resolve("runs").resolve(String.format(java.util.Locale.ROOT, "run-%06d", r.run()));
            if (Files.exists(target)) {
                RunDirectoryCleaner.delete(target);
            }
            try (RunDirectory rd = RunDirectory.open(target, "keep_runs")) {
                RunFiles.write(rd.dir(), r.record(), sweep.scenarioBytes(r.run()));
                // scenario.yaml is the base scenario (or the run's level of a scenario factor); these are the
                // values this run changed in it
                java.util.Map<String, Object> run = new java.util.LinkedHashMap<>();
                run.put("run", r.run());
                run.put("point", sweep.point(r.run()));
                run.put("replicate", sweep.replicate(r.run()));
                run.put("seed", sweep.seed(r.run()));
                run.put("overrides", sweep.overrides(r.run()));
                OutputFiles.writeString(rd.dir().resolve("run.json"), new com.fasterxml.jackson.databind.ObjectMapper()
                        .enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(run) + "\n");
                rd.publish();
            } catch (realign.InputException e) {
                throw new IOException(e.getMessage(), e);
            }
        }
        runs.append(sweep.runsRow(r));
    }

    /** Removes a kept run folder left by an interrupted sweep before the run is redone. */
    static final class RunDirectoryCleaner {
        private RunDirectoryCleaner() {}

        static void delete(Path dir) throws IOException {
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
