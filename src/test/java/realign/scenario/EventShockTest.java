package realign.scenario;

import realign.model.ModelSpec;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import realign.world.World;

/** Event shocks as the scenario reader resolves them (docs/model.md §2): targets named by group or code. */
class EventShockTest {

    @TempDir
    Path dir;

    @Test
    void eventTargetsExpandGroupsAndRegionsToTheirMembersWithoutTheActor() throws Exception {
        Path file = dir.resolve("event.yaml");
        Files.writeString(file, """
                name: event
                shocks:
                  - event: {actor: USA, targets: [NATO-Europe, NATO, JPN]}
                    round: 2
                    salience: 0.5
                """);

        ScenarioReader.Loaded loaded = ScenarioReader.read(file, List.of());

        World world = loaded.world();
        ModelSpec.EventShock e = (ModelSpec.EventShock) loaded.scenario().shocks().get(0);
        List<String> nato = world.group("NATO").orElseThrow().members();
        assertThat(e.actor()).isEqualTo("USA");
        assertThat(e.round()).isEqualTo(2);
        assertThat(e.salience()).isEqualTo(0.5);
        assertThat(e.targetNames()).containsExactly("NATO-Europe", "NATO", "JPN");
        // NATO without the U.S., plus Japan; NATO-Europe adds nobody new
        assertThat(e.targets()).doesNotHaveDuplicates().doesNotContain("USA").contains("JPN", "CAN", "DEU", "TUR")
                .hasSize(nato.size());
    }

    @Test
    void aRegionOfAGroupHoldsOnlyTheMembersInThatRegion() throws Exception {
        Path file = dir.resolve("europe.yaml");
        Files.writeString(file, """
                name: europe
                shocks:
                  - event: {actor: USA, targets: [NATO-Europe]}
                """);

        ScenarioReader.Loaded loaded = ScenarioReader.read(file, List.of());

        World world = loaded.world();
        ModelSpec.EventShock e = (ModelSpec.EventShock) loaded.scenario().shocks().get(0);
        List<String> european = world.group("NATO").orElseThrow().members().stream()
                .filter(iso -> world.country(world.indexOf(iso)).region().equals("Europe")).toList();
        assertThat(e.targets()).containsExactlyInAnyOrderElementsOf(european).doesNotContain("CAN", "USA");
        // the UN regions (M49) place Turkey in Western Asia, so it is not in NATO-Europe
        assertThat(e.targets()).hasSize(29).doesNotContain("TUR");
    }
}
