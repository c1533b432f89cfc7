package realign.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import realign.Futures;
import realign.InputException;
import realign.Timing;
import realign.charts.Figure;
import realign.charts.Figures;
import realign.model.AllianceModel;
import realign.model.ModelInput;
import realign.observe.RunRecord;
import java.time.Instant;
import realign.output.IoFault;
import realign.output.Manifest;
import realign.output.PartialFolders;
import realign.output.RunDirectory;
import realign.output.RunFiles;
import realign.scenario.ScenarioReader;

/** {@code realign run}: scenario → world → model → observe → output, then a one-screen summary. */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = Main.VersionInfo.class,
        description = "Runs one scenario and writes a complete, reproducible run folder (docs/outputs.md).",
        footer = {"", "Examples:",
            "  realign run scenarios/us-vote-2025.yaml",
            "  realign run scenarios/us-vote-2025.yaml --seed 7 --rounds 36 --out results/long-run",
            "  realign run scenarios/us-vote-2025.yaml --set trust.reversion=0.05 --set shocks[0].salience=0.5",
            "", "Exit status: 0 success, 2 bad input (nothing is written), 1 a fault of the disk (no space, permission"
                + " denied, ...; nothing is kept) or an internal error.",
            "Unfinished folders of killed runs (.NAME.partial-*) older than a day are removed from the folder the"
                + " run is written into; 'realign clean DIR' removes them sooner."})
final class RunCommand implements Callable<Integer>, FaultReport {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @Spec
    private CommandSpec spec;

    /** Started by {@link Main} before the command line was parsed; null when there is none. */
    private final RunPreload preload;

    RunCommand() {
        this(null);
    }

    RunCommand(RunPreload preload) {
        this.preload = preload;
    }

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML), e.g. scenarios/us-vote-2025.yaml.")
    private Path scenario;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (overrides the scenario's 'seed').")
    private Long seed;

    @Option(names = "--rounds", paramLabel = "N", description = "Number of rounds (overrides the scenario's 'rounds').")
    private Integer rounds;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write the run exactly into DIR, which must not exist yet."
                    + " Default: <results>/<scenario>-<yyyyMMdd-HHmmss>-<seed>/.")
    private Path out;

    @Option(names = "--results", paramLabel = "DIR", defaultValue = "results",
            description = "Folder for runs without --out (default: ${DEFAULT-VALUE}).")
    private Path results;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Override a parameter or scenario field by its documented name"
                    + " (docs/scenarios.md), e.g. trust.reversion=0.05 or shocks[0].salience=0.5. Repeatable.")
    private List<String> sets = new ArrayList<>();

    @Option(names = "--figures", paramLabel = "WHICH", defaultValue = "overview",
            description = "Figures drawn at the end: overview (the run overview, default), all (every run figure,"
                    + " docs/figures.md; about 0.7 s more) or none. 'realign plot DIR' draws any of them later.")
    private String figures;

    /** What --figures asks for; null for none. */
    private Figures.Options figureOptions() throws InputException {
        return switch (figures) {
            case "all" -> Figures.Options.all();
            case "overview" -> new Figures.Options(java.util.EnumSet.allOf(realign.charts.FigureFormat.class),
                    List.of("run-overview"), realign.charts.FigureWidth.DOUBLE);
            case "none" -> null;
            default -> throw new InputException("--figures " + figures + ": expected overview, all or none, got '"
                    + figures + "'");
        };
    }

    /**
     * Draws the figures and writes the large tables. The run overview reads only what {@link RunFiles#writeFirst}
     * wrote, so it is drawn on this thread while another writes the rest (a run is short: this halves the time
     * after the model on two cores); other figures may read any file, so they wait for all of them.
     */
    private static List<Path> drawWhileWriting(Path dir, RunRecord record, Figures.Options options)
            throws InputException, IOException {
        if (options == null || !options.only().equals(List.of("run-overview"))) {
            RunFiles.writeRest(dir, record);
            long t = Timing.start();
            List<Path> drawn = options == null ? List.of() : Figures.render(dir, Figure.Source.RUN, options);
            Timing.done("figures drawn", t);
            return drawn;
        }
        java.util.concurrent.ExecutorService writer = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread th = new Thread(r, "realign-tables");
            th.setDaemon(true);
            return th;
        });
        try {
            java.util.concurrent.Future<Void> rest = writer.submit(() -> {
                RunFiles.writeRest(dir, record);
                return null;
            });
            long t = Timing.start();
            List<Path> drawn = Figures.render(dir, Figure.Source.RUN, options);
            Timing.done("figures drawn", t);
            Futures.get(rest, "writing the run's tables");
            return drawn;
        } finally {
            // never leave the writer writing into a folder that is being removed after an error
            writer.shutdown();
            try {
                writer.awaitTermination(10, java.util.concurrent.TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public Integer call() throws InputException {
        Timing.reached("command line parsed (picocli)");
        Figures.Options figureOptions = figureOptions();
        long start = System.nanoTime();
        Manifest.lookUpGitCommitEarly();
        OffsetDateTime startedAt = OffsetDateTime.now(ZoneOffset.UTC);
        List<ScenarioReader.Setting> given = new ArrayList<>();
        sets.forEach(a -> given.add(ScenarioReader.Setting.set(a)));
        if (seed != null) {
            given.add(new ScenarioReader.Setting("seed=" + seed, "--seed " + seed));
        }
        if (rounds != null) {
            given.add(new ScenarioReader.Setting("rounds=" + rounds, "--rounds " + rounds));
        }
        List<String> overrides = given.stream().map(ScenarioReader.Setting::assignment).toList();
        long t = Timing.start();
        // the preloaded shipped world is waited for only by a scenario without a data: section of its own
        ScenarioReader.Loaded loaded = ScenarioReader.readWith(scenario, given,
                preload == null ? null : preload::world);
        Timing.done("scenario and world read", t);
        var s = loaded.scenario();
        Path target = out != null ? out
                : results.resolve(s.name() + "-" + LocalDateTime.now().format(STAMP) + "-" + s.seed());
        String option = out != null ? "--out" : "results folder";
        RunDirectory.checkFree(target, option);
        removeStalePartials(target);

        t = Timing.start();
        RunRecord record = new RunRecord(loaded.world(), s);
        new AllianceModel(ModelInput.of(loaded.world(), s.modelSpec()), record).run();
        Timing.done("model run and recorded", t);

        Path published;
        try (RunDirectory dir = RunDirectory.open(target, option)) {
            List<String> files = new ArrayList<>(RunFiles.names(record));
            files.add("manifest.json");
            RunFiles.writeFirst(dir.dir(), record, loaded.source());
            // The figures read the manifest (focus-group names), so it is written first and rewritten last
            // with the figure files and the final wall time.
            Manifest.write(dir.dir().resolve("manifest.json"), s, loaded.world(), new Manifest.RunInfo(
                    scenario.toString(), loaded.source(), overrides, files, startedAt.toString(), 0));
            List<Path> drawn = drawWhileWriting(dir.dir(), record, figureOptions);
            for (Path f : drawn) {
                files.add(dir.dir().relativize(f).toString().replace('\\', '/'));
            }
            long wallMs = (System.nanoTime() - start) / 1_000_000;
            t = Timing.start();
            Manifest.write(dir.dir().resolve("manifest.json"), s, loaded.world(), new Manifest.RunInfo(
                    scenario.toString(), loaded.source(), overrides, files, startedAt.toString(), wallMs));
            published = dir.publish();
            Timing.done("manifest rewritten, folder published", t);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PrintWriter w = spec.commandLine().getOut();
        Summary.print(w, record, s, published);
        w.flush();
        Timing.done("run command, all of it", start);
        return Main.OK;
    }

    /** Removes what runs killed more than a day ago left beside this run (docs/outputs.md), and says so. */
    private void removeStalePartials(Path target) {
        Path parent = target.toAbsolutePath().normalize().getParent();
        PrintWriter err = spec.commandLine().getErr();
        try {
            List<Path> removed = PartialFolders.removeStaleRuns(parent, PartialFolders.STALE_RUN, Instant.now());
            if (!removed.isEmpty()) {
                err.println("realign: removed " + removed.size() + " unfinished run folder" + (removed.size() == 1 ? "" : "s")
                        + " left by killed runs more than a day ago from " + parent + ": " + String.join(", ",
                        removed.stream().map(p -> p.getFileName().toString()).toList()));
            }
        } catch (IOException e) {
            // tidying is a courtesy: a folder we cannot remove is reported and the run goes on
            err.println("realign: warning: could not remove unfinished run folders from " + parent + ": " + e.getMessage()
                    + " (see 'realign clean')");
        }
        err.flush();
    }

    @Override
    public String afterFault(IoFault fault) {
        return "nothing was kept (the unfinished run folder was removed); " + FaultReport.remedy(fault)
                + ", then run the command again";
    }
}
