package realign.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import realign.InputException;

/** Reading a run folder's tie events for validation: older folders, and bad rows named by line. */
class RunFolderTest {

    @TempDir
    Path dir;

    private void countries() throws IOException {
        Files.writeString(dir.resolve("countries.csv"), "round,iso3,trust_in_usa\n0,DEU,0.9\n1,DEU,0.6\n");
    }

    @Test
    void aFolderOfRealign01WithoutALayerColumnReadsItsTiesAsSecurityTies() throws Exception {
        countries();
        Files.writeString(dir.resolve("ties.csv"), "round,date,a,b,event,value,reformed\n"
                + "1,2025-02,CHN,PRK,dissolved,0.2,0\n1,2025-02,DEU,FRA,formed,0.05,0\n");

        ModelRun run = RunFolder.read(dir, 1);

        assertThat(run.events()).containsExactly(new ModelRun.PairEvent(1, "security", "DEU", "FRA", 0.05));
    }

    @Test
    void anEventItDoesNotKnowIsAnErrorNamingTheLine() throws Exception {
        countries();
        Path ties = dir.resolve("ties.csv");
        Files.writeString(ties, "round,date,layer,a,b,event,value,reformed\n"
                + "1,2025-02,security,DEU,FRA,formed,0.05,0\n1,2025-02,security,DEU,GBR,broken,0.04,0\n");

        assertThatThrownBy(() -> RunFolder.read(dir, 1)).isInstanceOf(InputException.class)
                .hasMessageContaining(ties + ":3: event:").hasMessageContaining("got 'broken'");
    }
}
