package realign.validate;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import realign.InputException;
import realign.charts.ValidationFigure;
import realign.model.AllianceModel;
import realign.model.ModelInput;
import realign.output.RunDirectory;
import realign.scenario.Scenario;
import realign.scenario.ScenarioReader;
import realign.world.World;

/**
 * {@code realign validate}: validates a run folder or a sweep folder into a new numbered folder
 * {@code RESULT_DIR/validation/NNN/}, written under a temporary name and renamed when complete. Everything the user
 * gave is checked before anything is written.
 */
public final class Validator {

    /** What to validate and against what. */
    public record Request(Path dir, Path events, Path surveys, Validation.Settings settings, int threads,
                          boolean terminal) {}

    private Validator() {}

    /** Validates and returns the new validation folder. */
    public static Path validate(Request q, PrintWriter out, PrintWriter err) throws InputException, IOException {
        Path dir = q.dir();
        if (RunFolder.is(dir)) {
            return validateRun(q, out);
        }
        if (SweepValidation.is(dir)) {
            return SweepValidation.validate(q, out, err);
        }
        throw new InputException(dir + ": RESULT_DIR: expected a run folder (with ties.csv, countries.csv and"
                + " scenario.yaml) or a sweep folder (with runs.csv, design.csv, sweep.yaml and scenario.yaml), got "
                + (Files.isDirectory(dir) ? "a folder with neither" : Files.exists(dir) ? "a file" : "nothing there"));
    }

    /** The events of a request, checked against the world. */
    static Events events(Request q, World world) throws InputException {
        return q.events() == null ? EventsReader.shipped(world) : EventsReader.read(q.events(), q.surveys(), world);
    }

    static void checkExclude(Validation.Settings s, World world) throws InputException {
        for (String iso : s.exclude()) {
            if (world.indexOf(iso) < 0) {
                throw new InputException("--exclude: expected ISO3 codes of countries in data/world/countries.csv, got "
                        + EventsReader.quoteOrNothing(iso));
            }
        }
        for (String k : s.kinds()) {
            if (!EventsReader.KINDS.contains(k)) {
                throw new InputException("--kinds: expected kinds among " + String.join(", ", EventsReader.KINDS)
                        + ", got " + EventsReader.quoteOrNothing(k));
            }
        }
    }

    private static Path validateRun(Request q, PrintWriter out) throws InputException, IOException {
        long t0 = System.nanoTime();
        Path dir = q.dir();
        ScenarioReader.Loaded loaded = RunFolder.scenario(dir, null);
        World world = loaded.world();
        Scenario s = loaded.scenario();
        checkExclude(q.settings(), world);
        Events events = events(q, world);
        realign.Calendar calendar = Validation.calendar(s, q.settings().start());
        Validation.Context c = Validation.context(events, calendar, q.settings());
        ModelRun run = RunFolder.read(dir, s.rounds());
        Candidates candidates = new Candidates(world, s, q.settings().exclude());
        Validation.Report rep = Validation.report(run, c, candidates);
        // the table first: the files and the figure follow (drawing the figure takes longer than scoring)
        ValidationWriter.print(out, rep, rep.all().model().events().size());
        out.flush();

        Path target = ValidationWriter.nextFolder(dir);
        Path published;
        try (RunDirectory rd = RunDirectory.open(target, "validation")) {
            List<String> files = new ArrayList<>(ValidationWriter.writeRun(rd.dir(), rep, Map.of()));
            for (Path f : ValidationFigure.render(rd.dir())) {
                files.add(rd.dir().relativize(f).toString().replace('\\', '/'));
            }
            files.add("manifest.json");
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("result_dir", dir.toString());
            extra.put("result_kind", "run");
            extra.put("model_events", rep.all().model().events().size());
            extra.put("candidates", candidates.size());
            extra.put("wall_time_ms", (System.nanoTime() - t0) / 1_000_000);
            ValidationWriter.manifest(rd.dir(), c, extra, files);
            published = rd.publish();
        }
        out.println("Output: " + published);
        out.flush();
        return published;
    }

    /** Runs one scenario in memory and returns what validation needs (sweeps, calibration). */
    public static ModelRun runInMemory(World world, Scenario s) {
        ValidationRecorder rec = new ValidationRecorder(s.rounds());
        new AllianceModel(ModelInput.of(world, s.modelSpec()), rec).run();
        return rec.run();
    }
}
