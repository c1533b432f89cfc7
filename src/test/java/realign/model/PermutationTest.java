package realign.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import realign.TestWorlds;
import realign.scenario.ScenarioReader;
import realign.world.World;
import realign.world.WorldLoader;

/**
 * Permuting the rows of the input files changes nothing but the order of countries: trust, ties formed and
 * dissolved, and the bloc partition (up to the names of the labels) are the same country by country.
 */
class PermutationTest {

    private static void copyShuffled(Path from, Path to, long seed) throws Exception {
        List<String> lines = Files.readAllLines(from, StandardCharsets.UTF_8);
        List<String> rows = new ArrayList<>(lines.subList(1, lines.size()));
        Collections.shuffle(rows, new Random(seed));
        List<String> out = new ArrayList<>();
        out.add(lines.get(0));
        out.addAll(rows);
        Files.createDirectories(to.getParent());
        Files.write(to, out, StandardCharsets.UTF_8);
    }

    private record Outcome(Map<String, Double> trust, TreeSet<String> events, List<TreeSet<String>> blocs) {}

    private static Outcome run(ScenarioReader.Loaded loaded) {
        Map<String, Double> trust = new HashMap<>();
        TreeSet<String> events = new TreeSet<>();
        List<TreeSet<String>> blocs = new ArrayList<>();
        TestWorlds.run(loaded, m -> {
            TieLog log = m.tieEvents();
            for (int e = 0; e < log.size(); e++) {
                String a = m.iso3(log.a(e));
                String b = m.iso3(log.b(e));
                events.add(m.round() + " " + (a.compareTo(b) < 0 ? a + "-" + b : b + "-" + a) + " " + log.kind(e));
            }
            if (m.round() == m.input().rounds()) {
                for (int i = 0; i < m.size(); i++) {
                    for (int j = 0; j < m.size(); j++) {
                        trust.put(m.iso3(i) + ">" + m.iso3(j), m.trust(i, j));
                    }
                }
                Map<Integer, TreeSet<String>> byLabel = new HashMap<>();
                for (int i = 0; i < m.size(); i++) {
                    byLabel.computeIfAbsent(m.bloc(i), k -> new TreeSet<>()).add(m.iso3(i));
                }
                byLabel.values().stream().map(TreeSet::toString).sorted().forEach(x -> blocs.add(new TreeSet<>(List.of(x))));
            }
        });
        return new Outcome(trust, events, blocs);
    }

    @ParameterizedTest(name = "shuffle {0}")
    @ValueSource(longs = {1, 2})
    void permutingTheInputRowsChangesNothingButTheOrderOfCountries(long shuffle, @TempDir Path dir) throws Exception {
        Path data = Path.of("data");
        for (String f : new String[] {"world/countries.csv", "world/groups.csv", "world/treaties.csv",
            "unga/rollcalls.csv", "unga/votes.csv"}) {
            copyShuffled(data.resolve(f), dir.resolve(f), shuffle);
        }
        World permuted = WorldLoader.loadFrom(dir);
        assertThat(permuted.country(0).iso3()).as("the shuffle moved the first country").isNotEqualTo("AFG");
        Path scenario = TestWorlds.scenario("us-vote-2025");
        ScenarioReader.Loaded original = ScenarioReader.read(scenario, List.of());
        ScenarioReader.Loaded shuffled = ScenarioReader.read(scenario, Files.readAllBytes(scenario), List.of(), permuted);

        Outcome a = run(original);
        Outcome b = run(shuffled);
        assertThat(b.events()).isEqualTo(a.events());
        assertThat(b.blocs()).isEqualTo(a.blocs());
        assertThat(b.trust().keySet()).isEqualTo(a.trust().keySet());
        for (Map.Entry<String, Double> e : a.trust().entrySet()) {
            assertThat(b.trust().get(e.getKey())).as(e.getKey()).isCloseTo(e.getValue(),
                    org.assertj.core.api.Assertions.within(1e-9));
        }
    }
}
