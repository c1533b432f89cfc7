package realign.gui;

import java.nio.file.Path;
import java.util.List;
import realign.InputException;
import realign.model.AllianceModel;
import realign.model.ModelInput;
import realign.observe.RunRecord;
import realign.scenario.ScenarioReader;

/** Sessions over the shipped scenario and the run {@code realign run} would make of them, for the GUI tests. */
final class GuiFixture {

    static final Path US_VOTE = Path.of("scenarios", "us-vote-2025.yaml");

    private GuiFixture() {}

    static Session session(int rounds) {
        try {
            return Session.open(US_VOTE, List.of(new ScenarioReader.Setting("rounds=" + rounds, "--rounds " + rounds)));
        } catch (InputException e) {
            throw new AssertionError(e);
        }
    }

    /** What {@code realign run} records for the session with {@code seed}: a fresh model run to the end. */
    static RunRecord cliRecord(Session s, long seed) {
        ScenarioReader.Loaded l = s.withSeed(seed);
        RunRecord record = new RunRecord(l.world(), l.scenario());
        new AllianceModel(ModelInput.of(l.world(), l.scenario().modelSpec()), record).run();
        return record;
    }

    /** Rows of a table as lists, so AssertJ shows the first difference. */
    static List<List<String>> rows(realign.observe.Table t) {
        return t.rows().stream().map(List::of).toList();
    }
}
