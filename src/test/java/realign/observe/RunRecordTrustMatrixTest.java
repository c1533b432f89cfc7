package realign.observe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import realign.model.AllianceModel;
import realign.model.ModelInput;
import realign.scenario.ScenarioReader;

class RunRecordTrustMatrixTest {

    @Test
    void trustMatrixIsTheTrustOfItsRoundFormattedWhenAskedFor() throws Exception {
        ScenarioReader.Loaded loaded = ScenarioReader.read(Path.of("scenarios/us-vote-2025.yaml"), List.of("rounds=3"));
        RunRecord record = new RunRecord(loaded.world(), loaded.scenario());
        Map<Integer, String[]> usaRowByRound = new HashMap<>();
        new AllianceModel(ModelInput.of(loaded.world(), loaded.scenario().modelSpec()), m -> {
            record.record(m);
            int usa = loaded.world().indexOf("USA");
            String[] row = new String[m.size()];
            for (int j = 0; j < m.size(); j++) {
                row[j] = j == usa ? "NA" : Fmt.num(m.trust(usa, j));
            }
            usaRowByRound.put(m.round(), row);
        }).run();

        assertThat(record.trustMatrixRounds()).containsExactly(0, 1, 3);
        for (int round : record.trustMatrixRounds()) {
            Table t = record.trustMatrix(round);
            assertThat(t.columns()).hasSize(loaded.world().size() + 1).startsWith("iso3", "AFG");
            String[] usa = t.rows().get(loaded.world().indexOf("USA"));
            assertThat(usa[0]).isEqualTo("USA");
            assertThat(List.of(usa).subList(1, usa.length)).as("round %d", round)
                    .containsExactly(usaRowByRound.get(round));
        }
        assertThat(record.trustMatrix(0).rows().get(1)).isNotEqualTo(record.trustMatrix(1).rows().get(1));
    }

    @Test
    void aRoundWithoutMatrixIsRefusedByName() throws Exception {
        ScenarioReader.Loaded loaded = ScenarioReader.read(Path.of("scenarios/us-vote-2025.yaml"), List.of("rounds=3"));
        RunRecord record = new RunRecord(loaded.world(), loaded.scenario());
        new AllianceModel(ModelInput.of(loaded.world(), loaded.scenario().modelSpec()), record).run();

        assertThatThrownBy(() -> record.trustMatrix(2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("round 2").hasMessageContaining("[0, 1, 3]");
    }
}
