package realign;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import realign.model.AllianceModel;
import realign.model.ModelInput;
import realign.model.RoundObserver;
import realign.scenario.ScenarioReader;

/** Shared fixtures for tests: the shipped scenarios, loaded once, and helpers to run them. */
public final class TestWorlds {

    private TestWorlds() {}

    public static Path scenario(String name) {
        return Path.of("scenarios", name + ".yaml");
    }

    /** Loads a shipped scenario with overrides; a scenario that does not load is a test bug. */
    public static ScenarioReader.Loaded load(String name, String... overrides) {
        try {
            return ScenarioReader.read(scenario(name), List.of(overrides));
        } catch (InputException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** Runs a loaded scenario, handing the model to {@code observer} at round 0 and after every round. */
    public static void run(ScenarioReader.Loaded loaded, RoundObserver observer) {
        new AllianceModel(ModelInput.of(loaded.world(), loaded.scenario().modelSpec()), observer).run();
    }

    /** The full trust matrix (row-major) after every round, for trajectory comparisons. */
    public static List<double[]> trustTrajectory(ScenarioReader.Loaded loaded) {
        List<double[]> out = new ArrayList<>();
        run(loaded, m -> {
            int n = m.size();
            double[] t = new double[n * n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    t[i * n + j] = m.trust(i, j);
                }
            }
            out.add(t);
        });
        return out;
    }
}
