package realign.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every registered parameter has a row in the parameter tables of docs/model.md and docs/scenarios.md. */
class ParamsDocsTest {

    @Test
    void everyParameterHasARowInTheModelAndScenarioReferences() throws IOException {
        String model = Files.readString(Path.of("docs/model.md"));
        String scenarios = Files.readString(Path.of("docs/scenarios.md"));
        for (Param p : Params.ALL) {
            // model.md writes σ_T for trust.noise (σ is the logistic function there), so only the name is checked
            assertThat(model).as("docs/model.md row of %s", p.name()).contains("| `" + p.name() + "` | ");
            assertThat(scenarios).as("docs/scenarios.md row of %s", p.name())
                    .contains("| `" + p.name() + "` | " + p.symbol() + " |");
        }
        assertThat(model).contains("all " + Params.ALL.size() + " values as run");
        assertThat(scenarios).contains("the manifest lists all " + Params.ALL.size() + " as run");
    }
}
