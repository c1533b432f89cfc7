package realign.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import realign.InputException;

/** The tables of one plot call: every figure of a run prepared, each file parsed once. */
class CsvTableReadsTest {

    @TempDir
    Path tmp;

    @Test
    void everyRunFigurePreparedInOneScopeParsesEachTableOnce() throws Exception {
        Path run = MapFixtureRun.copy(tmp, "run");
        int prepared = 0;
        try (CsvTable.Reads reads = CsvTable.Reads.open()) {
            for (Figure f : Figures.ALL) {
                if (f.source() == Figure.Source.RUN && f.appliesTo(run)) {
                    f.prepare(run, FigureWidth.SINGLE);
                    prepared++;
                }
            }
            assertThat(prepared).isGreaterThanOrEqualTo(6);
            assertThat(reads.parses(run.resolve("rounds.csv"))).isEqualTo(1);
            assertThat(reads.parses(run.resolve("countries.csv"))).isEqualTo(1);
            assertThat(reads.parses(run.resolve("ties.csv"))).isEqualTo(1);
        }
    }

    @Test
    void aColumnMissingIsReportedEvenWhenTheTableWasReadBefore() throws Exception {
        Path run = MapFixtureRun.copy(tmp, "run");
        try (CsvTable.Reads reads = CsvTable.Reads.open()) {
            CsvTable.read(run.resolve("rounds.csv"), "round");

            assertThatThrownBy(() -> CsvTable.read(run.resolve("rounds.csv"), "round", "no_such_column"))
                    .isInstanceOf(InputException.class).hasMessageContaining("column 'no_such_column' is missing");
            assertThat(reads.parses(run.resolve("rounds.csv"))).isEqualTo(1);
        }
    }

    @Test
    void aFileChangedAfterTheScopeIsReadAgain() throws Exception {
        Path run = MapFixtureRun.copy(tmp, "run");
        Path rounds = run.resolve("rounds.csv");
        try (CsvTable.Reads reads = CsvTable.Reads.open()) {
            assertThat(CsvTable.read(rounds).columns()).doesNotContain("extra");
            assertThat(reads.parses(rounds)).isEqualTo(1);
        }
        Files.writeString(rounds, "extra," + Files.readString(rounds).replace("\n", "\nx,").replaceAll("x,$", ""));

        assertThat(CsvTable.read(rounds).columns()).contains("extra");
    }
}
