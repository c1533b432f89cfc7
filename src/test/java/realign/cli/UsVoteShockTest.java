package realign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shock as a user sees it in the output files: us-vote-2025 against baseline, same seed, read back from
 * rounds.csv and ties.csv.
 */
class UsVoteShockTest {

    @TempDir
    static Path tmp;

    private static Path shock;
    private static Path baseline;

    @BeforeAll
    static void runBothScenarios() {
        shock = tmp.resolve("us-vote-2025");
        baseline = tmp.resolve("baseline");
        Cli.runOk(Cli.scenario("us-vote-2025").toString(), "--out", shock.toString());
        Cli.runOk(Cli.scenario("baseline").toString(), "--out", baseline.toString());
    }

    @Test
    void euTrustInTheUsAfterRoundOneIsLowerWithTheShockThanInBaseline() {
        double withShock = RunFolder.roundValue(shock.resolve("rounds.csv"), 1, "trust_in_usa_eu");
        double without = RunFolder.roundValue(baseline.resolve("rounds.csv"), 1, "trust_in_usa_eu");

        assertThat(RunFolder.roundValue(shock.resolve("rounds.csv"), 0, "trust_in_usa_eu"))
                .as("same start").isEqualTo(RunFolder.roundValue(baseline.resolve("rounds.csv"), 0, "trust_in_usa_eu"));
        assertThat(withShock).isLessThan(without);
    }

    @Test
    void noTieBetweenTheUsAndAEuropeanCountryFormsOrDeepensInTheRoundOfTheShock() {
        Set<String> europe = RunFolder.rows(Path.of("data", "world", "countries.csv")).stream()
                .filter(c -> c.get("region").equals("Europe")).map(c -> c.get("iso3")).collect(Collectors.toSet());
        assertThat(europe).contains("DEU", "FRA", "GBR", "POL", "UKR").doesNotContain("USA", "CAN", "TUR");

        List<Map<String, String>> formedInRoundOne = RunFolder.rows(shock.resolve("ties.csv")).stream()
                .filter(t -> t.get("round").equals("1") && !t.get("event").equals("dissolved")).toList();
        assertThat(formedInRoundOne).as("ties formed or deepened in round 1").isNotEmpty();

        assertThat(formedInRoundOne).noneSatisfy(t -> assertThat(
                (t.get("a").equals("USA") && europe.contains(t.get("b")))
                        || (t.get("b").equals("USA") && europe.contains(t.get("a")))).isTrue());
    }
}
