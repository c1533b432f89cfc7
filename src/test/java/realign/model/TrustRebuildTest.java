package realign.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The trust step rebuilds closeness P only for the rows of W that changed ({@link TrustDynamics}): after every round
 * of runs whose ties form, deepen, dissolve, leave and join, the step it would take is, bit for bit, the step of a
 * trust dynamics built from scratch on the same state.
 */
class TrustRebuildTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"us-vote-2025", "us-leaves-nato", "calendar-2025", "repeated-shocks"})
    void theStepOfIncrementallyRebuiltClosenessIsTheStepOfClosenessBuiltFromScratch(String scenario) {
        var loaded = Trajectory.load(scenario);
        ModelInput input = ModelInput.of(loaded.world(), loaded.scenario().modelSpec());
        List<double[][]> steps = new ArrayList<>();
        List<String> tieChanges = new ArrayList<>();
        double[] lastTies = new double[input.size() * input.size()];
        new AllianceModel(input, m -> {
            steps.add(new double[][] {m.trustDynamics.noiselessNext(), new TrustDynamics(m).noiselessNext()});
            int changed = 0;
            for (int i = 0; i < m.size(); i++) {
                for (int j = 0; j < m.size(); j++) {
                    changed += m.tie(i, j) != lastTies[i * m.size() + j] ? 1 : 0;
                    lastTies[i * m.size() + j] = m.tie(i, j);
                }
            }
            tieChanges.add(m.round() + ":" + changed);
        }).run();

        assertThat(steps).hasSizeGreaterThan(10);
        for (int t = 0; t < steps.size(); t++) {
            // isEqualTo on double[] compares element by element with Double.equals, which compares the bits
            assertThat(steps.get(t)[0]).as("the step after round %d", t).isEqualTo(steps.get(t)[1]);
        }
        // the check means something only if ties changed after round 0
        assertThat(tieChanges.subList(1, tieChanges.size())).anyMatch(s -> !s.endsWith(":0"));
    }
}
