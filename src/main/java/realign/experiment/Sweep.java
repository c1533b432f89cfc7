package realign.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import realign.InputException;
import realign.model.AllianceModel;
import realign.model.ModelInput;
import realign.model.Round0Cache;
import realign.observe.Fmt;
import realign.observe.RunRecord;
import realign.scenario.Scenario;
import realign.scenario.ScenarioReader;
import realign.world.World;

/**
 * A sweep ready to run: its spec, the exact bytes of the sweep and base scenario files, the world, and the
 * design's points. Run i is replicate {@code i mod R} of point {@code i div R}; its seed is derived from the
 * master seed by {@link Seeds}. Running one run is a pure function of the sweep and i.
 */
public final class Sweep {

    /**
     * The result of one run: outcome values (NaN where undefined; a censored time at the window's last round,
     * flagged in {@code censored}) or the error that stopped it, and the calendar of the run's scenario (a factor
     * may set {@code start}), which dates its series rows.
     */
    public record RunResult(int run, double[] values, boolean[] censored, String error,
                            List<OutcomeRecorder.Sample> series, RunRecord record, realign.Calendar calendar) {
        public boolean ok() {
            return error == null;
        }
    }

    private final SweepSpec spec;
    private final byte[] sweepBytes;
    private final Path basePath;
    private final byte[] baseBytes;
    private final World world;
    private final Scenario base;
    private final List<double[]> points;
    /** Levels of the {@code scenario} factor (empty without one), and that factor's index (-1 without). */
    private final List<SweepReader.ScenarioLevel> levels;
    private final int scenarioFactor;
    /** T̄ and T(0) shared by runs whose round-0 inputs are equal (most sweeps vary only later parameters) */
    private final Round0Cache round0 = new Round0Cache();
    /** Compiled inputs of the last few design points ({@link #input}), most recently used last. */
    private final java.util.Map<Integer, ModelInput> inputs = new java.util.LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<Integer, ModelInput> eldest) {
            return size() > 4;
        }
    };

    public Sweep(SweepSpec spec, byte[] sweepBytes, Path basePath, byte[] baseBytes, World world, Scenario base) {
        this(spec, sweepBytes, basePath, baseBytes, world, base, List.of());
    }

    Sweep(SweepSpec spec, byte[] sweepBytes, Path basePath, byte[] baseBytes, World world, Scenario base,
          List<SweepReader.ScenarioLevel> levels) {
        this.levels = List.copyOf(levels);
        int sf = -1;
        for (int f = 0; f < spec.factors().size(); f++) {
            if (spec.factors().get(f).name().equals(SweepReader.SCENARIO_FACTOR)) {
                sf = f;
            }
        }
        this.scenarioFactor = sf;
        this.spec = spec;
        this.sweepBytes = sweepBytes.clone();
        this.basePath = basePath;
        this.baseBytes = baseBytes.clone();
        this.world = world;
        this.base = base;
        this.points = List.copyOf(spec.design().points(spec.factors(), spec.seed()));
        if (spec.seeds() == Seeds.Rule.INDEPENDENT) {
            // 8 bytes a run: sorted, two equal neighbours would be a repeated seed
            long[] seeds = new long[runs()];
            for (int r = 0; r < seeds.length; r++) {
                seeds[r] = seed(r);
            }
            java.util.Arrays.sort(seeds);
            for (int r = 1; r < seeds.length; r++) {
                if (seeds[r] == seeds[r - 1]) {
                    throw new IllegalStateException("two runs of the sweep derived the same seed " + seeds[r]);
                }
            }
        }
    }

    public SweepSpec spec() {
        return spec;
    }

    public byte[] sweepBytes() {
        return sweepBytes.clone();
    }

    public byte[] baseBytes() {
        return baseBytes.clone();
    }

    public World world() {
        return world;
    }

    /** The bytes of the scenario file run {@code run} reads: its level of the scenario factor, or the base. */
    byte[] scenarioBytes(int run) {
        return scenarioFactor < 0 ? baseBytes() : levels.get((int) points.get(point(run))[scenarioFactor]).bytes();
    }

    /** The scenario files of the {@code scenario} factor, in its order (empty without one). */
    List<SweepReader.ScenarioLevel> scenarioLevels() {
        return levels;
    }

    public Scenario base() {
        return base;
    }

    public List<double[]> points() {
        return points;
    }

    public int runs() {
        return points.size() * spec.replicates();
    }

    public int point(int run) {
        return run / spec.replicates();
    }

    public int replicate(int run) {
        return run % spec.replicates();
    }

    public long seed(int run) {
        return Seeds.derive(spec.seed(), point(run), replicate(run), spec.replicates(), spec.seeds());
    }

    /** A factor value as written in files and given to --set (whole numbers without a fraction). */
    static String value(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /** Factor f's value at point p as written in files and given to --set (a categorical factor's category). */
    public String factorText(int p, int f) {
        return spec.factors().get(f).text(points.get(p)[f]);
    }

    /** The --set overrides of a run: the fixed values, then the factor values of its point, then its seed. */
    public List<String> overrides(int run) {
        double[] values = points.get(point(run));
        List<String> overrides = new ArrayList<>();
        spec.fixed().forEach((k, v) -> overrides.add(k + "=" + value(v)));
        for (int f = 0; f < values.length; f++) {
            if (f != scenarioFactor) { // the scenario factor picks the file, it sets nothing in it
                overrides.add(spec.factors().get(f).name() + "=" + spec.factors().get(f).text(values[f]));
            }
        }
        overrides.add("seed=" + seed(run));
        return overrides;
    }

    /**
     * The scenario run {@code run} runs: its level of the {@code scenario} factor (or the base scenario) with the
     * run's overrides. Whatever re-runs a run of the sweep reads it here, so it runs the file the sweep ran.
     */
    public Scenario scenario(int run) throws InputException {
        SweepReader.ScenarioLevel level = scenarioFactor < 0 ? null
                : levels.get((int) points.get(point(run))[scenarioFactor]);
        return (level == null ? ScenarioReader.read(basePath, baseBytes, overrides(run), world)
                : ScenarioReader.read(level.path(), level.bytes(), overrides(run), world)).scenario();
    }

    /**
     * The calendar of run {@code run}'s scenario: the base scenario's unless a factor sets {@code start} or a
     * scenario factor's level has its own; the base's for a run whose scenario is refused.
     */
    public realign.Calendar calendar(int run) {
        boolean varies = scenarioFactor >= 0 || spec.factors().stream().anyMatch(f -> f.name().equals("start"));
        if (!varies) {
            return base.calendar();
        }
        try {
            return scenario(run).calendar();
        } catch (InputException e) {
            return base.calendar();
        }
    }

    /** Runs one run; a bad parameter combination or an exception in the model is a failed run, not a crash. */
    public RunResult run(int run) {
        try {
            Scenario s = scenario(run);
            OutcomeRecorder outcomes = new OutcomeRecorder(spec.outcomes(), world, s, spec.seriesEvery());
            RunRecord record = spec.keepRuns() ? new RunRecord(world, s) : null;
            new AllianceModel(input(run, s), m -> {
                outcomes.record(m);
                if (record != null) {
                    record.record(m);
                }
            }, round0).run();
            return new RunResult(run, outcomes.values(), outcomes.censored(), null, outcomes.series(), record,
                    s.calendar());
        } catch (InputException e) {
            return failed(run, e.getMessage());
        } catch (RuntimeException e) {
            return failed(run, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /**
     * The compiled model input of run {@code run}: compiled once per design point and kept for its other replicates,
     * which differ only in their seed ({@link ModelInput#withSeed}); runs are numbered point by point, so each thread
     * meets a point's replicates one after another. A few points are kept; the values are the same either way.
     */
    private ModelInput input(int run, Scenario s) {
        int point = point(run);
        ModelInput kept;
        synchronized (inputs) {
            kept = inputs.get(point);
        }
        if (kept != null) {
            return kept.withSeed(s.modelSpec().seed());
        }
        ModelInput input = ModelInput.of(world, s.modelSpec());
        synchronized (inputs) {
            inputs.put(point, input);
        }
        return input;
    }

    private RunResult failed(int run, String message) {
        double[] nan = new double[spec.outcomes().size()];
        java.util.Arrays.fill(nan, Double.NaN);
        String oneLine = message == null ? "" : message.replaceAll("\\s+", " ").trim();
        return new RunResult(run, nan, new boolean[nan.length], oneLine.isEmpty() ? "failed" : oneLine, List.of(),
                null, base.calendar());
    }

    /** The header of runs.csv. */
    List<String> runsHeader() {
        List<String> h = new ArrayList<>(List.of("run", "point", "replicate", "seed", "status"));
        spec.factors().forEach(f -> h.add(f.name()));
        for (Outcome o : spec.outcomes()) {
            h.add(o.name());
            if (o.censorable()) {
                h.add(o.censoredColumn());
            }
        }
        h.add("error");
        return h;
    }

    /** The row of runs.csv for a result. */
    List<String> runsRow(RunResult r) {
        List<String> row = new ArrayList<>();
        row.add(Integer.toString(r.run()));
        row.add(Integer.toString(point(r.run())));
        row.add(Integer.toString(replicate(r.run())));
        row.add(Long.toString(seed(r.run())));
        row.add(r.ok() ? "ok" : "failed");
        for (int f = 0; f < spec.factors().size(); f++) {
            row.add(factorText(point(r.run()), f));
        }
        for (int o = 0; o < r.values().length; o++) {
            row.add(Fmt.num(r.values()[o]));
            if (spec.outcomes().get(o).censorable()) {
                row.add(r.censored()[o] ? "1" : Double.isNaN(r.values()[o]) ? "NA" : "0");
            }
        }
        row.add(r.ok() ? "" : r.error());
        return row;
    }

    String describe() {
        return String.format(Locale.ROOT, "%s: %d points × %d replicates = %d runs (%s design)", spec.name(),
                points.size(), spec.replicates(), runs(), spec.design().kind());
    }
}
