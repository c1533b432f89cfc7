package realign.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import realign.InputException;
import realign.model.ModelSpec;

/** leave, join and agreement as the scenario reader resolves them (docs/scenarios.md, docs/model.md §2b). */
class StructuralShockReaderTest {

    @TempDir
    Path dir;

    private ScenarioReader.Loaded read(String shocks, String... overrides) throws Exception {
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, "name: s\nrounds: 6\nshocks:\n" + shocks);
        return ScenarioReader.read(file, List.of(overrides));
    }

    @Test
    void aLeaveTakesTheDefaultSalienceAJoinAndAnAgreementNone() throws Exception {
        ScenarioReader.Loaded l = read("""
                  - leave: {country: USA, group: NATO}
                    round: 3
                  - join: {country: UKR, group: EU}
                  - agreement: {a: FRA, b: POL, weight: 0.6}
                    round: 2
                """, "shock.salience=0.4");
        List<ModelSpec.Shock> s = l.scenario().shocks();
        ModelSpec.LeaveShock leave = (ModelSpec.LeaveShock) s.get(0);
        assertThat(leave).isEqualTo(new ModelSpec.LeaveShock(3, 0.4, "USA leaves NATO", "USA", "NATO"));
        assertThat(s.get(1)).isEqualTo(new ModelSpec.JoinShock(1, 0, "UKR joins EU", "UKR", "EU"));
        assertThat(s.get(2)).isEqualTo(new ModelSpec.AgreementShock(2, 0, "agreement FRA-POL", "FRA", "POL", "security",
                0.6));
    }

    @Test
    void aJoinAfterALeaveOfTheSameGroupIsAllowedWhateverTheOrderTheyAreListedIn() throws Exception {
        ScenarioReader.Loaded l = read("""
                  - join: {country: USA, group: NATO}
                    round: 5
                    salience: 0.2
                    label: the U.S. returns
                  - leave: {country: USA, group: NATO}
                    round: 2
                """);
        assertThat(l.scenario().shocks().get(0)).isEqualTo(
                new ModelSpec.JoinShock(5, 0.2, "the U.S. returns", "USA", "NATO"));
    }

    @Test
    void aJoinInTheSameRoundAsTheLeaveButListedFirstIsRefused() {
        assertThatThrownBy(() -> read("""
                  - join: {country: USA, group: NATO}
                    round: 2
                  - leave: {country: USA, group: NATO}
                    round: 2
                """)).isInstanceOf(InputException.class)
                .hasMessageContaining("shocks[0].join.country: expected a country that is not a member of NATO in round 2")
                .hasMessageEndingWith("got 'USA' (already a member)");
    }

    /** The shared timing path: a structural shock can be dated like any other (start: 2025-02, round 1). */
    @Test
    void aStructuralShockCanBeDatedInsteadOfGivenARound() throws Exception {
        ScenarioReader.Loaded l = read("""
                  - leave: {country: USA, group: NATO}
                    date: 2025-07-04
                  - agreement: {a: FRA, b: POL, weight: 0.6}
                    date: 2025-05
                """);
        assertThat(l.scenario().shocks().get(0).round()).isEqualTo(6);
        assertThat(l.scenario().shocks().get(1).round()).isEqualTo(4);
    }

    @Test
    void anAgreementCanBeSignedOnTheEconomicLayer() throws Exception {
        ScenarioReader.Loaded l = read("""
                  - agreement: {a: GBR, b: IND, layer: economic, weight: 0.4}
                    round: 2
                """);
        ModelSpec.AgreementShock a = (ModelSpec.AgreementShock) l.scenario().shocks().get(0);
        assertThat(a.layer()).isEqualTo("economic");
        assertThat(a.weight()).isEqualTo(0.4);
        assertThat(a.round()).isEqualTo(2);
    }

    @Test
    void setCanChangeTheRoundAndSalienceOfAStructuralShock() throws Exception {
        ScenarioReader.Loaded l = read("""
                  - leave: {country: USA, group: NATO}
                    round: 3
                """, "shocks[0].round=4", "shocks[0].salience=0");
        assertThat(l.scenario().shocks().get(0).round()).isEqualTo(4);
        assertThat(l.scenario().shocks().get(0).salience()).isZero();
    }
}
