package realign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import realign.model.ModelSpec;
import realign.scenario.ScenarioReader;
import realign.scenario.YamlNodes;
import realign.scenario.YamlTree;

/**
 * scenarios/calendar-2025.yaml: the dated 2025 events read, run, and stay inside the events window (nothing
 * after 31 August 2025, data/events/README.md); every shock is dated; the tariffs are tariff shocks with the announced
 * rates; EU trust in the U.S. stays at or below its post-vote level through August 2025 (issue 11).
 */
class Calendar2025ScenarioTest {

    private static final Path FILE = Cli.scenario("calendar-2025");
    private static final LocalDate WINDOW_END = LocalDate.of(2025, 8, 31);
    
    @TempDir
    Path tmp;

    /** The header says what the file runs with: the defaults, the calibrated values being in the best file. */
    @Test
    void theHeaderSaysTheFileRunsWithDefaultsAndPointsToTheCalibratedValues() throws Exception {
        String text = Files.readString(FILE, StandardCharsets.UTF_8);
        String header = String.join("\n", text.lines().takeWhile(l -> l.startsWith("#")).toList());
        assertThat(text.lines()).as("a parameters: section").noneMatch(l -> l.startsWith("parameters:"));
        assertThat(header).doesNotContain("parameters are calibrated on this window")
                .contains("default parameters").contains("scenarios/calibrations/calendar-2025-best.yaml");
        Path best = FILE.resolveSibling("calibrations/calendar-2025-best.yaml");
        assertThat(Files.readAllLines(best, StandardCharsets.UTF_8)).anyMatch(l -> l.startsWith("parameters:"));
    }

    @Test
    void everyShockIsDatedInsideTheEventsWindowAndNoneAfterAugust2025() throws Exception {
        YamlTree.Node root = YamlNodes.parse(Files.readString(FILE), FILE.toString());
        YamlTree.Seq shocks = (YamlTree.Seq) ((YamlTree.Map) root).get("shocks");

        assertThat(shocks.items()).hasSizeGreaterThan(20);
        for (YamlTree.Node n : shocks.items()) {
            YamlTree.Map shock = (YamlTree.Map) n;
            assertThat(shock.get("round")).as("shock at %s", shock.where()).isNull();
            String date = ((YamlTree.Scalar) shock.get("date")).value();
            LocalDate day = LocalDate.parse(date);
            assertThat(day).as("shock at %s", shock.where()).isBetween(LocalDate.of(2025, 2, 1), WINDOW_END);
        }
        ScenarioReader.Loaded loaded = ScenarioReader.read(FILE, List.of());
        assertThat(loaded.scenario().calendar().start()).isEqualTo(YearMonth.of(2025, 2));
        assertThat(loaded.scenario().shocks()).extracting(ModelSpec.Shock::round)
                .allSatisfy(r -> assertThat(r).isBetween(1, loaded.scenario().calendar().round(WINDOW_END)));
        assertThat(loaded.scenario().calendar().round(WINDOW_END)).isEqualTo(7);
    }

    @Test
    void theTariffsAreTariffShocksWithTheAnnouncedRatesAndDealsLowerThem() throws Exception {
        ScenarioReader.Loaded loaded = ScenarioReader.read(FILE, List.of());
        List<ModelSpec.TariffShock> tariffs = loaded.scenario().shocks().stream()
                .filter(ModelSpec.TariffShock.class::isInstance).map(ModelSpec.TariffShock.class::cast).toList();

        assertThat(tariffs).hasSizeGreaterThanOrEqualTo(20).allSatisfy(t -> {
            assertThat(t.actor()).isEqualTo("USA");
            assertThat(t.rate()).isBetween(0.0, 1.5);
        });
        assertThat(Files.readString(FILE)).doesNotContain("# tariff: rate=");
        // India: 26 % announced on 2 April, 10 % from the pause of 9 April, 25 % from 7 August, 50 % from 27 August
        assertThat(tariffs.stream().filter(t -> t.targets().contains("IND")).map(ModelSpec.TariffShock::rate))
                .containsExactly(0.26, 0.1, 0.25, 0.5);
        // the Turnberry framework sets 15 % on the EU members after the 20 % of April and the 10 % of the pause
        assertThat(tariffs.stream().filter(t -> t.targets().contains("DEU")).map(ModelSpec.TariffShock::rate))
                .containsExactly(0.2, 0.1, 0.15);
    }

    /** The shipped scenario (24 rounds) and its calibrated version (7 rounds, scenarios/calibrations). */
    static java.util.stream.Stream<Path> runs() {
        return java.util.stream.Stream.of(FILE, Cli.SCENARIOS.resolve("calibrations/calendar-2025-best.yaml"));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("runs")
    void itRunsAndEuTrustInTheUsDoesNotRecoverAboveItsPostVoteLevelBeforeSeptember2025(Path file) throws IOException {
        Path out = tmp.resolve("run");

        Cli.runOk(file.toString(), "--figures", "none", "--out", out.toString());

        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        List<CSVRecord> rounds;
        try (CSVParser p = CSVParser.parse(out.resolve("rounds.csv"), StandardCharsets.UTF_8, format)) {
            rounds = p.getRecords();
        }
        int last = file.equals(FILE) ? 24 : 7;
        assertThat(rounds).hasSize(last + 1);
        assertThat(rounds.get(7).get("date")).isEqualTo("2025-08");
        double before = Double.parseDouble(rounds.get(0).get("trust_in_usa_eu"));
        double postVote = Double.parseDouble(rounds.get(1).get("trust_in_usa_eu"));
        assertThat(postVote).isLessThan(before);
        for (int t = 1; t <= 7; t++) {
            assertThat(Double.parseDouble(rounds.get(t).get("trust_in_usa_eu"))).as("round %d", t)
                    .isLessThanOrEqualTo(postVote);
            assertThat(Integer.parseInt(rounds.get(t).get("shocks"))).as("round %d", t).isPositive();
        }
        assertThat(rounds.subList(8, last + 1)).allSatisfy(r -> assertThat(r.get("shocks")).isEqualTo("0"));
    }
}
