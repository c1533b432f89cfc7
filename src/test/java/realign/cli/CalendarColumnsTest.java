package realign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every table of a run with a round column has the round's month right after it, consistent with the
 * scenario's {@code start} (docs/outputs.md), read back from the files {@code realign run} writes.
 */
class CalendarColumnsTest {

    private static final List<String> TABLES = List.of("rounds.csv", "countries.csv", "ties.csv", "blocs.csv");

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "start {0}")
    @CsvSource({"'', 2025-02", "start=2024-11, 2024-11"})
    void everyTableWithARoundHasItsMonthRightAfterIt(String set, String start) throws IOException {
        Path out = tmp.resolve("run");
        List<String> args = new ArrayList<>(List.of(Cli.scenario("repeated-shocks").toString(), "--rounds", "10",
                "--figures", "none", "--out", out.toString()));
        if (!set.isEmpty()) {
            args.addAll(List.of("--set", set));
        }
        Cli.runOk(args.toArray(String[]::new));
        YearMonth round1 = YearMonth.parse(start);

        for (String table : TABLES) {
            List<CSVRecord> rows = rows(out.resolve(table));
            assertThat(rows).as(table).isNotEmpty();
            assertThat(Files.readAllLines(out.resolve(table)).get(0)).as(table).startsWith("round,date,");
            for (CSVRecord r : rows) {
                int round = Integer.parseInt(r.get("round"));
                assertThat(YearMonth.parse(r.get("date"))).as("%s line %d", table, r.getRecordNumber() + 1)
                        .isEqualTo(round1.plusMonths(round - 1L));
            }
        }
        assertThat(rows(out.resolve("rounds.csv")).get(0).get("date"))
                .isEqualTo(round1.minusMonths(1).toString());
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertThat(manifest.get("start").asText()).isEqualTo(start);
        assertThat(manifest.get("scenario").has("start")).isEqualTo(!start.equals("2025-02"));
        for (JsonNode r : new ObjectMapper().readTree(out.resolve("blocs.json").toFile()).get("rounds")) {
            assertThat(YearMonth.parse(r.get("date").asText()))
                    .isEqualTo(round1.plusMonths(r.get("round").asInt() - 1L));
        }
    }

    @Test
    void aDatedShockRunsInTheRoundOfItsMonth() throws IOException {
        Path file = Files.writeString(tmp.resolve("dated.yaml"), """
                name: dated
                rounds: 4
                history: [ES-11-1]
                start: 2025-02
                shocks:
                  - event: {actor: USA, targets: [EU]}
                    date: 2025-04-02
                """, StandardCharsets.UTF_8);
        Path out = tmp.resolve("run");

        Cli.runOk(file.toString(), "--figures", "none", "--out", out.toString());

        List<CSVRecord> rounds = rows(out.resolve("rounds.csv"));
        assertThat(rounds).filteredOn(r -> !r.get("shocks").equals("0"))
                .extracting(r -> r.get("round") + " " + r.get("date")).containsExactly("3 2025-04");
    }

    private static List<CSVRecord> rows(Path file) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser p = CSVParser.parse(file, StandardCharsets.UTF_8, format)) {
            return p.getRecords();
        }
    }
}
