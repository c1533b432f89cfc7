package realign.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void plainProgressLinesCountRunsDoneIncludingThoseDoneBeforeAResumeAndFailures() {
        StringWriter err = new StringWriter();
        try (Progress p = new Progress(new PrintWriter(err), 4, 1, false, 0)) {
            p.step(true);
            p.step(false);
            p.step(true);
        }

        List<String> lines = err.toString().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("realign sweep: 2/4 runs (50%), ").contains(" runs/s, ETA ")
                .doesNotContain("failed");
        assertThat(lines.get(1)).startsWith("realign sweep: 3/4 runs (75%), ").endsWith(", 1 failed");
        assertThat(lines.get(2)).startsWith("realign sweep: 4/4 runs (100%), ").endsWith(", 1 failed");
        assertThat(lines.get(3)).startsWith("realign sweep: 4/4 runs done, 3 executed now in ").endsWith(", 1 failed");
    }

    @Test
    void plainLinesAreSpacedOutSoAShortSweepPrintsOnlyItsSummaryLine() {
        StringWriter err = new StringWriter();
        try (Progress p = new Progress(new PrintWriter(err), 50, 0, false)) {
            for (int i = 0; i < 50; i++) {
                p.step(true);
            }
        }

        assertThat(err.toString().lines()).singleElement().asString()
                .startsWith("realign sweep: 50/50 runs done, 50 executed now in ").endsWith(", 0 failed");
    }
}
