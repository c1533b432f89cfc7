package realign.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.DoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import realign.scenario.ScenarioReader;

/**
 * docs/model.md §5, property 4: a stronger U.S.-versus-allies shock never leaves the focus countries with a
 * smaller total deficit right after it (round 1).
 *
 * <p>For an event (the U.S. opposes its allies, everyone else absent) this holds at any salience: only trust
 * between the U.S. and its targets falls, and the trust dynamics are monotone. For a roll call it holds over the
 * salience range tested here (0 to 3); beyond it the trust that the same vote builds between the allies who
 * agreed starts to outweigh what is left to lose in the U.S., and the focus deficit falls again (both 2025 votes:
 * from a salience of about 6.5; ES-11-7 alone: by about 0.002 from about 3.7).
 */
class SalienceTest {

    private static final double ROUND_OFF = 1e-12;
    private static final double[] UP_TO_3 = {0, 0.1, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 2, 2.5, 3};

    @TempDir
    static Path dir;

    @Test
    void raisingTheSalienceOfAUsVersusAlliesEventNeverLowersTheTargetsTotalDeficit() throws IOException {
        Path file = dir.resolve("us-versus-allies.yaml");
        Files.writeString(file, """
                name: us-versus-allies
                seed: 1
                rounds: 1
                history: [ES-11-1, ES-11-5]
                shocks:
                  - event: {actor: USA, targets: [EU, NATO-Europe, CAN, GBR, JPN, KOR, AUS]}
                    round: 1
                """);
        assertFocusDeficitNeverFalls(new double[] {0, 0.1, 0.25, 0.5, 1, 1.5, 2, 3, 4, 5, 6, 7, 8, 9, 10},
                s -> Trajectory.load(file, "shocks[0].salience=" + s));
    }

    @Test
    void raisingTheSalienceOfTheUsVoteAgainstEs11Dash7NeverLowersTheFocusTotalDeficit() {
        assertFocusDeficitNeverFalls(UP_TO_3,
                s -> Trajectory.load("us-vote-2025", "rounds=1", "shocks[0].salience=" + s, "shocks[1].salience=0"));
    }

    @Test
    void raisingTheSalienceOfBothFebruary2025VotesNeverLowersTheFocusTotalDeficit() {
        assertFocusDeficitNeverFalls(UP_TO_3,
                s -> Trajectory.load("us-vote-2025", "rounds=1", "shocks[0].salience=" + s, "shocks[1].salience=" + s));
    }

    private static void assertFocusDeficitNeverFalls(double[] saliences, DoubleFunction<ScenarioReader.Loaded> scenario) {
        double previous = -1;
        double first = Double.NaN;
        for (double s : saliences) {
            ScenarioReader.Loaded loaded = scenario.apply(s);
            Trajectory run = Trajectory.of(loaded);
            Set<String> focus = new LinkedHashSet<>();
            loaded.scenario().focus().forEach(g -> focus.addAll(g.members()));
            double deficit = focus.stream().mapToDouble(iso -> run.round(1).deficit()[run.index(iso)]).sum();
            assertThat(deficit).as("focus deficit at salience %s", s).isGreaterThanOrEqualTo(previous - ROUND_OFF);
            previous = deficit;
            if (Double.isNaN(first)) {
                first = deficit;
            }
        }
        assertThat(previous).as("focus deficit at the highest salience").isGreaterThan(first + 1);
    }
}
