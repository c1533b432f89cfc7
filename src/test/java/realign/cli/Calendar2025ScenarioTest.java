package realign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Pattern;
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
 * after 31 August 2025, data/events/README.md); every shock is dated, and every tariff is marked for the
 * conversion to a {@code tariff:} shock.
 */
class Calendar2025ScenarioTest {

    private static final Path FILE = Cli.scenario("calendar-2025");
    private static final LocalDate WINDOW_END = LocalDate.of(2025, 8, 31);
    private static final Pattern TARIFF = Pattern.compile("  # tariff: rate=\\d+(; .+)?");

    @TempDir
    Path tmp;

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
    void everyTariffCommentGivesARateAndSitsRightAboveAnEventOrADeal() throws IOException {
        List<String> lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
        int tariffs = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).stripLeading().startsWith("# tariff:")) {
                tariffs++;
                assertThat(lines.get(i)).as("line %d", i + 1).matches(TARIFF);
                assertThat(lines.get(i + 1)).as("line %d", i + 2).matches("  - (event|votes): .*");
            }
        }
        assertThat(tariffs).isGreaterThanOrEqualTo(20);
    }

    @Test
    void itRunsAndEuTrustInTheUsIsBelowItsRoundZeroLevelThroughAugust2025() throws IOException {
        Path out = tmp.resolve("run");

        Cli.runOk(FILE.toString(), "--figures", "none", "--out", out.toString());

        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        List<CSVRecord> rounds;
        try (CSVParser p = CSVParser.parse(out.resolve("rounds.csv"), StandardCharsets.UTF_8, format)) {
            rounds = p.getRecords();
        }
        assertThat(rounds).hasSize(25);
        assertThat(rounds.get(7).get("date")).isEqualTo("2025-08");
        double before = Double.parseDouble(rounds.get(0).get("trust_in_usa_eu"));
        for (int t = 1; t <= 7; t++) {
            assertThat(Double.parseDouble(rounds.get(t).get("trust_in_usa_eu"))).as("round %d", t).isLessThan(before);
            assertThat(Integer.parseInt(rounds.get(t).get("shocks"))).as("round %d", t).isPositive();
        }
        assertThat(rounds.subList(8, 25)).allSatisfy(r -> assertThat(r.get("shocks")).isEqualTo("0"));
    }
}
