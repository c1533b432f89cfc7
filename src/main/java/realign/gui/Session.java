package realign.gui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import realign.InputException;
import realign.model.AllianceModel;
import realign.model.ModelInput;
import realign.observe.RunRecord;
import realign.scenario.Param;
import realign.scenario.Params;
import realign.scenario.Scenario;
import realign.scenario.ScenarioReader;
import realign.world.World;

/**
 * The scenario the GUI runs: a file read and validated exactly as {@code realign run} reads it, the overrides
 * given on the command line ({@code --rounds}, {@code --set}) and in the model inspector, in order. Immutable:
 * a change gives a new session, and only a change the scenario reader accepts.
 *
 * @param file the scenario file as given
 * @param settings the overrides, each {@code key=value}, later ones winning
 * @param loaded the scenario resolved with {@code settings} (its own seed, or the one of {@code --seed})
 */
record Session(Path file, List<ScenarioReader.Setting> settings, ScenarioReader.Loaded loaded) {

    Session {
        settings = List.copyOf(settings);
    }

    /** Reads and validates {@code file} with {@code settings}; the message of a failure is the one {@code run} prints. */
    static Session open(Path file, List<ScenarioReader.Setting> settings) throws InputException {
        return new Session(file, settings, ScenarioReader.readWith(file, settings));
    }

    Scenario scenario() {
        return loaded.scenario();
    }

    World world() {
        return loaded.world();
    }

    /** The overrides as {@code key=value}, as the manifest lists them. */
    List<String> assignments() {
        return settings.stream().map(ScenarioReader.Setting::assignment).toList();
    }

    /**
     * This session with {@code key} set to {@code value} (any earlier override of {@code key} replaced), validated as
     * {@code realign run --set key=value} would be.
     *
     * @param source what to call the change in messages, e.g. "model inspector"
     */
    Session with(String key, String value, String source) throws InputException {
        Param p = Params.get(key);
        if (p != null) {
            double v;
            try {
                v = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                throw new InputException(source + ": " + key + ": expected " + p.expected() + ", got '" + value + "'");
            }
            if (!p.accepts(v)) {
                throw new InputException(source + ": " + key + ": expected " + p.expected() + ", got " + value);
            }
        }
        List<ScenarioReader.Setting> next = new ArrayList<>();
        for (ScenarioReader.Setting s : settings) {
            if (!key(s).equals(key)) {
                next.add(s);
            }
        }
        next.add(new ScenarioReader.Setting(key + "=" + value, source + ": " + key + "=" + value));
        return new Session(file, next, resolve(next));
    }

    /** The key a setting sets, without a {@code parameters.} prefix. */
    static String key(ScenarioReader.Setting s) {
        String a = s.assignment();
        int eq = a.indexOf('=');
        String k = (eq < 0 ? a : a.substring(0, eq)).trim();
        return k.startsWith("parameters.") ? k.substring("parameters.".length()) : k;
    }

    /** The scenario with {@code extra} overrides after this session's (a seed, the round an export stops at). */
    ScenarioReader.Loaded resolve(List<ScenarioReader.Setting> all) throws InputException {
        List<String> assignments = all.stream().map(ScenarioReader.Setting::assignment).toList();
        // the world is shared unless the scenario brings data of its own (then the reader loads it again)
        return ScenarioReader.read(file, loaded.source(), assignments, loaded.world());
    }

    /** The scenario as run with {@code seed}: this session's overrides, then {@code seed=...}. */
    ScenarioReader.Loaded withSeed(long seed) {
        List<ScenarioReader.Setting> all = new ArrayList<>(settings);
        all.add(new ScenarioReader.Setting("seed=" + seed, "seed " + seed));
        try {
            return resolve(all);
        } catch (InputException e) {
            // every setting was validated when it was made and any long is a valid seed
            throw new IllegalStateException("a validated scenario failed with seed " + seed + ": " + e.getMessage(), e);
        }
    }

    /** A fresh model of this scenario with {@code seed}, recorded as {@code realign run} records it. */
    Run newRun(long seed) {
        ScenarioReader.Loaded l = withSeed(seed);
        RunRecord record = new RunRecord(l.world(), l.scenario());
        return new Run(l, record, new AllianceModel(ModelInput.of(l.world(), l.scenario().modelSpec()), record));
    }

    /** One run: the scenario as run, its record and the model (the same class {@code realign run} steps). */
    record Run(ScenarioReader.Loaded loaded, RunRecord record, AllianceModel model) {
        Scenario scenario() {
            return loaded.scenario();
        }
    }
}
