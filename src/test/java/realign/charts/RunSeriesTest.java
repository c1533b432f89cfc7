package realign.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import realign.InputException;

class RunSeriesTest {

    @TempDir
    Path tmp;

    @Test
    void readsRoundsShocksAndOneTrustSeriesPerFocusColumnInColumnOrder() throws Exception {
        RunSeries run = RunSeries.read(FixtureRun.copy(tmp, "run"));

        assertThat(run.rounds()).containsExactly(0, 1, 2, 3, 4, 5, 6);
        assertThat(run.shockRounds()).containsExactly(1);
        assertThat(run.focus()).extracting(RunSeries.Focus::column).containsExactly("trust_in_usa_eu",
                "trust_in_usa_nato_europe", "trust_in_usa_can", "trust_in_usa_gbr", "trust_in_usa_jpn",
                "trust_in_usa_kor", "trust_in_usa_aus");
        assertThat(run.focus().get(0).trust()[0]).isEqualTo(0.9582685);
    }

    @Test
    void focusGroupsAreNamedAsInTheManifest() throws Exception {
        RunSeries run = RunSeries.read(FixtureRun.copy(tmp, "run"));

        assertThat(run.focus()).extracting(RunSeries.Focus::name)
                .containsExactly("EU", "NATO-Europe", "CAN", "GBR", "JPN", "KOR", "AUS");
    }

    @Test
    void withoutManifestFocusGroupsAreNamedAfterTheColumnSuffix() throws Exception {
        Path run = FixtureRun.copy(tmp, "run");
        Files.delete(run.resolve("manifest.json"));

        assertThat(RunSeries.read(run).focus()).extracting(RunSeries.Focus::name)
                .containsExactly("EU", "NATO-EUROPE", "CAN", "GBR", "JPN", "KOR", "AUS");
    }

    @Test
    void manifestWithoutFocusGroupsFallsBackToTheColumnSuffix() throws Exception {
        Path run = FixtureRun.copy(tmp, "run");
        Files.writeString(run.resolve("manifest.json"), "{\"scenario\": {\"name\": \"x\"}}");

        assertThat(RunSeries.read(run).focus().get(1).name()).isEqualTo("NATO-EUROPE");
    }

    @Test
    void blocsWithMembersAreStackedInLabelOrderWithUnalignedLastAndEmptyLabelsLeftOut() throws Exception {
        RunSeries run = RunSeries.read(FixtureRun.copy(tmp, "run"));

        assertThat(run.blocs()).extracting(RunSeries.Bloc::label).containsExactly("A", "B", "C", "unaligned");
        assertThat(run.blocs().get(0).sizes()).containsExactly(176, 152, 151, 151, 151, 157, 161);
        assertThat(run.blocs().get(3).sizes()).containsExactly(0, 9, 3, 1, 1, 0, 0);
    }

    @Test
    void blocLegendNamesTheLeaderAtTheLastRoundTheBlocHadMembers() throws Exception {
        // bloc C has members in rounds 2..5 only; its name is empty at round 6
        RunSeries run = RunSeries.read(FixtureRun.copy(tmp, "run"));

        assertThat(run.blocs()).extracting(RunSeries.Bloc::legend)
                .containsExactly("Bloc A (USA)", "Bloc B (CHN)", "Bloc C (IND)", "Unaligned");
    }

    @Test
    void missingBlocsCsvIsReportedByFileName() throws Exception {
        Path run = FixtureRun.copy(tmp, "run");
        Files.delete(run.resolve("blocs.csv"));

        assertThatThrownBy(() -> RunSeries.read(run)).isInstanceOf(InputException.class)
                .hasMessage(run.resolve("blocs.csv") + ": file is missing");
    }

    @Test
    void blocsCsvWithoutSizeIsReportedByFileAndColumn() throws Exception {
        Path run = FixtureRun.copy(tmp, "run");
        FixtureRun.replace(run.resolve("blocs.csv"), "round,bloc,name,size,", "round,bloc,name,count,");

        assertThatThrownBy(() -> RunSeries.read(run)).isInstanceOf(InputException.class)
                .hasMessage(run.resolve("blocs.csv") + ": column 'size' is missing");
    }

    @Test
    void roundsCsvWithoutTrustColumnsIsReported() throws Exception {
        Path run = FixtureRun.copy(tmp, "run");
        Files.writeString(run.resolve("rounds.csv"), "round,shocks\n0,0\n1,1\n");

        assertThatThrownBy(() -> RunSeries.read(run)).isInstanceOf(InputException.class)
                .hasMessage(run.resolve("rounds.csv") + ": column 'trust_in_usa_*' is missing (one per focus group)");
    }

    @Test
    void roundsCsvWithHeaderOnlyIsReported() throws Exception {
        Path run = FixtureRun.copy(tmp, "run");
        Files.writeString(run.resolve("rounds.csv"), "round,shocks,trust_in_usa_eu\n");

        assertThatThrownBy(() -> RunSeries.read(run)).isInstanceOf(InputException.class)
                .hasMessage(run.resolve("rounds.csv") + ": no rounds (the file has a header but no rows)");
    }

    @Test
    void malformedNumberIsReportedWithFileLineAndColumn() throws Exception {
        Path run = FixtureRun.copy(tmp, "run");
        // the second data row is line 3 of the file
        FixtureRun.replace(run.resolve("rounds.csv"), "\n1,2,", "\n1,two,");

        assertThatThrownBy(() -> RunSeries.read(run)).isInstanceOf(InputException.class)
                .hasMessage(run.resolve("rounds.csv") + ":3: column 'shocks': expected a whole number, got 'two'");
    }

    @Test
    void notApplicableTrustIsAGapNotAnError() throws Exception {
        Path run = FixtureRun.copy(tmp, "run");
        FixtureRun.replace(run.resolve("rounds.csv"), ",0.5159617\n", ",NA\n");

        double[] aus = RunSeries.read(run).focus().get(6).trust();
        assertThat(aus[6]).isNaN();
        assertThat(aus[5]).isEqualTo(0.4937952);
    }

    @Test
    void blocRoundMissingFromRoundsCsvIsReported() throws Exception {
        Path run = FixtureRun.copy(tmp, "run");
        Files.writeString(run.resolve("blocs.csv"), "7,A,USA,193,1,USA\n", java.nio.file.StandardOpenOption.APPEND);

        assertThatThrownBy(() -> RunSeries.read(run)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(run.resolve("blocs.csv") + ":")
                .hasMessageEndingWith(": round 7 is not in rounds.csv");
    }

    @Test
    void invalidManifestIsReportedByFileName() throws IOException {
        Path run = FixtureRun.copy(tmp, "run");
        Files.writeString(run.resolve("manifest.json"), "{ not json");

        assertThatThrownBy(() -> RunSeries.read(run)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(run.resolve("manifest.json") + ": not valid JSON");
    }
}
