package realign.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import realign.scenario.Scenario;
import realign.scenario.ScenarioReader;
import realign.world.Country;
import realign.world.RollCall;
import realign.world.World;

/** Shocks (docs/model.md §2): inline roll calls, roll-call files of the user's, and events. */
class ShocksTest {

    @TempDir
    Path dir;

    @Test
    void anInlineRollCallBehavesLikeTheShippedOneWithTheSameVotes() throws IOException {
        World world = Trajectory.load("us-vote-2025").world();
        Path file = dir.resolve("inline-votes.yaml");
        Files.writeString(file, """
                name: inline-votes
                seed: 20250224
                rounds: 6
                history: [ES-11-1, ES-11-5]
                shocks:
                  - round: 1
                    votes: %s
                  - round: 1
                    votes: %s
                """.formatted(inline(world, "ES-11-7"), inline(world, "ES-11-8")));

        Trajectory inline = Trajectory.of(Trajectory.load(file));
        Trajectory shipped = Trajectory.run("us-vote-2025", "rounds=6");

        assertThat(inline.round(1).events()).isNotEmpty();
        DeterminismTest.assertIdentical(inline, shipped);
    }

    /** {@code votes: {default: Y, USA: N}} is the roll call a votes file would give with those 193 votes. */
    @Test
    void anInlineRollCallWithADefaultVoteBehavesLikeARollCallFileWithTheSameVotes() throws IOException {
        World world = Trajectory.load("us-vote-2025").world();
        List<String> votes = new ArrayList<>(List.of("rollcall,iso3,vote"));
        for (Country c : world.countries()) {
            votes.add("US-ALONE," + c.iso3() + "," + (c.iso3().equals("USA") ? "N" : "Y"));
        }
        Files.write(dir.resolve("votes.csv"), votes);
        Files.writeString(dir.resolve("rollcalls.csv"), """
                id,date,symbol,subject,yes,no,abstain,absent,split_resolved
                US-ALONE,2025-02-24,none,The U.S. alone against everyone,192,1,0,0,yes
                """);
        String common = """
                seed: 7
                rounds: 4
                history: [ES-11-1, ES-11-5]
                """;
        Path fromFile = dir.resolve("from-file.yaml");
        Files.writeString(fromFile, common + """
                data: {rollcalls: rollcalls.csv, votes: votes.csv}
                shocks:
                  - {round: 1, rollcall: US-ALONE, salience: 0.5}
                """);
        Path inline = dir.resolve("inline.yaml");
        Files.writeString(inline, common + """
                shocks:
                  - {round: 1, votes: {default: Y, USA: N}, salience: 0.5}
                """);

        Trajectory a = Trajectory.of(Trajectory.load(fromFile));
        Trajectory b = Trajectory.of(Trajectory.load(inline));

        assertThat(a.round(1).trust(a.index("DEU"), a.index("USA"))).isLessThan(a.round(0).trust(a.index("DEU"), a.index("USA")));
        DeterminismTest.assertIdentical(a, b);
    }

    @Test
    void anEventShockOnlyChangesTrustAndAffinityBetweenTheActorAndItsTargets() {
        ScenarioReader.Loaded loaded = Trajectory.load("repeated-shocks");
        ModelInput input = ModelInput.of(loaded.world(), loaded.scenario().modelSpec());
        int first = 0;
        while (!(loaded.scenario().shocks().get(first) instanceof ModelSpec.EventShock)) {
            first++;
        }
        Set<String> targets = Set.copyOf(((ModelSpec.EventShock) loaded.scenario().shocks().get(first)).targets());
        ModelInput.CompiledShock event = input.shocks().get(first);
        AllianceModel m = new AllianceModel(input, RoundObserver.NONE);
        m.start();
        double[] trust = m.trust.clone();
        double[] affinity = m.affinity.clone();

        Shocks.apply(m, event);

        int n = input.n;
        int actor = event.actor();
        assertThat(input.iso3[actor]).isEqualTo("USA");
        assertThat(targets).hasSizeGreaterThan(20);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int ij = i * n + j;
                boolean actorAndTarget = (i == actor && targets.contains(input.iso3[j]))
                        || (j == actor && targets.contains(input.iso3[i]));
                String pair = input.iso3[i] + "->" + input.iso3[j];
                if (actorAndTarget) {
                    assertThat(m.trust[ij]).as(pair).isLessThan(trust[ij]);
                    assertThat(m.affinity[ij]).as(pair).isLessThan(affinity[ij]);
                } else {
                    assertThat(m.trust[ij]).as(pair).isEqualTo(trust[ij]);
                    assertThat(m.affinity[ij]).as(pair).isEqualTo(affinity[ij]);
                }
            }
        }
    }

    /** {default: X, AFG: Y, ...}: every member's recorded vote, written inline. */
    private static String inline(World world, String id) {
        RollCall rc = world.rollCall(id).orElseThrow();
        StringBuilder sb = new StringBuilder("{default: X");
        for (int i = 0; i < world.size(); i++) {
            sb.append(", ").append(world.country(i).iso3()).append(": ").append(rc.vote(i));
        }
        return sb.append('}').toString();
    }
}
