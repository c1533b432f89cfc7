package realign.gui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import realign.InputException;
import realign.charts.Figure;
import realign.charts.FigureFormat;
import realign.charts.FigureWidth;
import realign.charts.Figures;
import realign.model.AllianceModel;
import realign.observe.RunRecord;
import realign.output.Manifest;
import realign.output.RunDirectory;
import realign.output.RunFiles;
import realign.scenario.ScenarioReader;

/**
 * "Export the run so far": the GUI's run up to its current round t written as a normal run folder (docs/outputs.md)
 * with the output code {@code realign run} uses — the same files, the manifest listing the overrides plus
 * {@code seed} and {@code rounds=t}, and the overview figure — so that it is what
 * {@code realign run SCENARIO --seed S --rounds t} (with the same {@code --set}s) writes. Written under a temporary
 * name and renamed when complete; an existing folder is never overwritten.
 */
final class RunExport {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private RunExport() {}

    /** The folder an export goes to by default: {@code <results>/<scenario>-<yyyyMMdd-HHmmss>-<seed>}, as run names it. */
    static Path defaultTarget(Path results, Session session, long seed) {
        return results.resolve(session.scenario().name() + "-" + LocalDateTime.now().format(STAMP) + "-" + seed);
    }

    /**
     * Writes the run so far into {@code target}, which must not exist. Call with the model between steps.
     *
     * @return the published folder
     */
    static Path write(Path target, Session session, long seed, RunRecord record, AllianceModel model, boolean figures)
            throws InputException {
        long start = System.nanoTime();
        OffsetDateTime startedAt = OffsetDateTime.now(ZoneOffset.UTC);
        int t = model.round();
        if (t < 1) {
            throw new InputException("export: the run has no round yet (round 0 is the state before it); press Step"
                    + " or Play first");
        }
        List<ScenarioReader.Setting> all = new ArrayList<>();
        for (ScenarioReader.Setting given : session.settings()) {
            String key = Session.key(given);
            if (!key.equals("seed") && !key.equals("rounds")) { // replaced by the run's seed and the round reached
                all.add(given);
            }
        }
        all.add(new ScenarioReader.Setting("seed=" + seed, "seed " + seed));
        all.add(new ScenarioReader.Setting("rounds=" + t, "round " + t));
        ScenarioReader.Loaded asRun = session.resolve(all);
        List<String> overrides = all.stream().map(ScenarioReader.Setting::assignment).toList();
        RunRecord upToNow = record.endedAt(model, asRun.scenario());
        RunDirectory.checkFree(target, "export folder");
        try (RunDirectory dir = RunDirectory.open(target, "export folder")) {
            List<String> files = new ArrayList<>(RunFiles.write(dir.dir(), upToNow, asRun.source()));
            files.add("manifest.json");
            String file = session.file().toString();
            Manifest.write(dir.dir().resolve("manifest.json"), asRun.scenario(), asRun.world(), new Manifest.RunInfo(
                    file, asRun.source(), overrides, files, startedAt.toString(), 0));
            if (figures) {
                for (Path f : Figures.render(dir.dir(), Figure.Source.RUN, new Figures.Options(
                        java.util.EnumSet.allOf(FigureFormat.class), List.of("run-overview"), FigureWidth.DOUBLE))) {
                    files.add(dir.dir().relativize(f).toString().replace('\\', '/'));
                }
            }
            long wallMs = (System.nanoTime() - start) / 1_000_000;
            Manifest.write(dir.dir().resolve("manifest.json"), asRun.scenario(), asRun.world(), new Manifest.RunInfo(
                    file, asRun.source(), overrides, files, startedAt.toString(), wallMs));
            return dir.publish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
