package realign.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import realign.TestWorlds;
import realign.scenario.ScenarioReader;
import realign.world.World;

/** The 2025 shock does what the record says it did, and inline roll calls and events behave as documented. */
class ShockSanityTest {

    private static double euTrustInUsaAtRound1(ScenarioReader.Loaded loaded) {
        World w = loaded.world();
        List<String> eu = w.group("EU").orElseThrow().members();
        double[] out = {Double.NaN};
        TestWorlds.run(loaded, m -> {
            if (m.round() == 1) {
                out[0] = eu.stream().mapToDouble(iso -> m.trust(w.indexOf(iso), w.indexOf("USA"))).average().orElseThrow();
            }
        });
        return out[0];
    }

    @Test
    void theUsVoteLowersEuTrustInTheUsBelowBaselineAfterRoundOne() {
        double shocked = euTrustInUsaAtRound1(TestWorlds.load("us-vote-2025"));
        double baseline = euTrustInUsaAtRound1(TestWorlds.load("baseline"));
        assertThat(shocked).isLessThan(baseline - 0.2);
        // had the U.S. abstained, the fall would have been smaller
        assertThat(euTrustInUsaAtRound1(TestWorlds.load("us-abstains"))).isBetween(shocked, baseline);
    }

    @Test
    void theShockItselfCreatesNoTieBetweenTheUsAndAEuropeanCountry() {
        ScenarioReader.Loaded loaded = TestWorlds.load("us-vote-2025");
        World w = loaded.world();
        List<String> formedWithUs = new ArrayList<>();
        TestWorlds.run(loaded, m -> {
            TieLog log = m.tieEvents();
            for (int e = 0; m.round() == 1 && e < log.size(); e++) {
                String a = m.iso3(log.a(e));
                String b = m.iso3(log.b(e));
                if (log.kind(e) == TieEvent.FORMED && (a.equals("USA") || b.equals("USA"))) {
                    formedWithUs.add(a.equals("USA") ? b : a);
                }
            }
        });
        assertThat(formedWithUs).noneMatch(iso -> w.country(w.indexOf(iso)).region().equals("Europe"));
    }

    @Test
    void anInlineRollCallBehavesLikeTheShippedOneWithTheSameVotes(@TempDir Path dir) throws Exception {
        // ES-11-7 written inline: the shipped votes of every member, then compared trust trajectories
        World w = TestWorlds.load("us-vote-2025").world();
        var es117 = w.rollCall("ES-11-7").orElseThrow();
        StringBuilder votes = new StringBuilder("{default: X");
        for (int i = 0; i < w.size(); i++) {
            if (es117.vote(i) != realign.world.Vote.X) {
                votes.append(", ").append(w.country(i).iso3()).append(": ").append(es117.vote(i));
            }
        }
        votes.append('}');
        String head = "name: x\nrounds: 3\nhistory: [ES-11-1, ES-11-5]\nshocks:\n";
        Path shipped = dir.resolve("shipped.yaml");
        Path inline = dir.resolve("inline.yaml");
        Files.writeString(shipped, head + "  - rollcall: ES-11-7\n");
        Files.writeString(inline, head + "  - votes: " + votes + "\n");
        List<double[]> a = TestWorlds.trustTrajectory(ScenarioReader.read(shipped, List.of()));
        List<double[]> b = TestWorlds.trustTrajectory(ScenarioReader.read(inline, List.of()));
        assertThat(b).hasSameSizeAs(a);
        for (int t = 0; t < a.size(); t++) {
            assertThat(b.get(t)).as("round %d", t).isEqualTo(a.get(t));
        }
    }

    @Test
    void anEventChangesTrustOnlyBetweenTheActorAndItsTargets(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("event.yaml");
        Files.writeString(file, """
                name: tariffs
                rounds: 1
                history: [ES-11-1, ES-11-5]
                parameters:
                  trust: {reversion: 0, influence: 0}
                shocks:
                  - event: {actor: USA, targets: [CAN, JPN]}
                """);
        List<double[]> t = TestWorlds.trustTrajectory(ScenarioReader.read(file, List.of()));
        World w = TestWorlds.load("baseline").world();
        int n = w.size();
        List<Integer> involved = List.of(w.indexOf("USA"), w.indexOf("CAN"), w.indexOf("JPN"));
        int usa = w.indexOf("USA");
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                boolean pair = i != j && (i == usa || j == usa) && involved.contains(i) && involved.contains(j);
                double before = t.get(0)[i * n + j];
                double after = t.get(1)[i * n + j];
                if (pair) {
                    assertThat(after).as("%s→%s", w.country(i).iso3(), w.country(j).iso3()).isLessThan(before);
                } else {
                    assertThat(after).as("%s→%s", w.country(i).iso3(), w.country(j).iso3()).isEqualTo(before);
                }
            }
        }
    }
}
