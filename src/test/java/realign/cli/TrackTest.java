package realign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import realign.world.World;
import realign.world.WorldLoader;

/**
 * Trust beyond the U.S.: {@code track: [EU->CHN, ...]} records the mean trust of one group in another every
 * round, as the trust matrices of the same run say; {@code trust_matrices: [...]} writes the matrix at the rounds
 * asked for; bad entries are refused with file:line messages and nothing written.
 */
class TrackTest {

    @TempDir
    static Path tmp;

    private static Path run;

    @BeforeAll
    static void runTracked() throws IOException {
        Path file = tmp.resolve("tracked.yaml");
        Files.writeString(file, """
                name: tracked
                rounds: 6
                history: [ES-11-1, ES-11-5]
                shocks:
                  - rollcall: ES-11-7
                    round: 2
                track: [EU->CHN, JPN->KOR, "CAN -> EU", {from: NATO, to: NATO}]
                trust_matrices: [0, 1, 3, 6]
                """, StandardCharsets.UTF_8);
        run = tmp.resolve("run");
        Cli.runOk(file.toString(), "--out", run.toString(), "--figures", "none");
        Cli.Result plot = Cli.run("plot", run.toString(), "--only", "tracked-trust", "--format", "png,svg");
        assertThat(plot.status()).as(plot.err()).isEqualTo(Main.OK);
    }

    @Test
    void everyTrackedPairHasARoundsColumnNamedAfterIt() throws IOException {
        List<String> header = csv(run.resolve("rounds.csv")).get(0).keySet().stream().toList();

        assertThat(header).containsSubsequence("trust_EU_CHN", "trust_JPN_KOR", "trust_CAN_EU", "trust_NATO_NATO");
    }

    @Test
    void aTrackedColumnIsTheMeanOfTheTrustMatrixOverItsPairsWithoutSelfPairs() throws IOException {
        World world = WorldLoader.loadShipped();
        List<String> eu = world.group("EU").orElseThrow().members();
        List<String> nato = world.group("NATO").orElseThrow().members();
        List<Map<String, String>> rounds = csv(run.resolve("rounds.csv"));
        for (int round : new int[] {0, 1, 3, 6}) {
            List<Map<String, String>> matrix = csv(run.resolve("trust-round-" + round + ".csv"));
            Map<String, Map<String, String>> byTruster = new TreeMap<>();
            matrix.forEach(r -> byTruster.put(r.get("iso3"), r));
            Map<String, String> row = rounds.get(round);
            assertThat(row.get("round")).isEqualTo(Integer.toString(round));

            assertThat(Double.parseDouble(row.get("trust_EU_CHN")))
                    .isCloseTo(mean(byTruster, eu, List.of("CHN")), org.assertj.core.data.Offset.offset(1e-6));
            assertThat(Double.parseDouble(row.get("trust_JPN_KOR")))
                    .isCloseTo(mean(byTruster, List.of("JPN"), List.of("KOR")), org.assertj.core.data.Offset.offset(1e-6));
            assertThat(Double.parseDouble(row.get("trust_CAN_EU")))
                    .isCloseTo(mean(byTruster, List.of("CAN"), eu), org.assertj.core.data.Offset.offset(1e-6));
            assertThat(Double.parseDouble(row.get("trust_NATO_NATO")))
                    .isCloseTo(mean(byTruster, nato, nato), org.assertj.core.data.Offset.offset(1e-6));
        }
    }

    @Test
    void theShockMovesTrustInTheShockerOnlyFromItsRound() throws IOException {
        // ES-11-7 at round 2: USA voted against most of NATO, so NATO-NATO trust is flat before and drops then
        List<Map<String, String>> rounds = csv(run.resolve("rounds.csv"));
        double r0 = Double.parseDouble(rounds.get(0).get("trust_NATO_NATO"));
        double r1 = Double.parseDouble(rounds.get(1).get("trust_NATO_NATO"));
        double r2 = Double.parseDouble(rounds.get(2).get("trust_NATO_NATO"));
        assertThat(r1).isCloseTo(r0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r2).isLessThan(r1);
    }

    @Test
    void trustMatricesAreWrittenAtTheRoundsAskedForAndTheDefaultOnes() throws IOException {
        List<String> matrices;
        try (Stream<Path> files = Files.list(run)) {
            matrices = files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("trust-round-")).sorted().toList();
        }

        assertThat(matrices).containsExactly("trust-round-0.csv", "trust-round-1.csv", "trust-round-2.csv",
                "trust-round-3.csv", "trust-round-6.csv");
        JsonNode manifest = new ObjectMapper().readTree(run.resolve("manifest.json").toFile());
        List<String> outputs = new ArrayList<>();
        manifest.path("outputs").forEach(n -> outputs.add(n.asText()));
        assertThat(outputs).containsAll(matrices);
        assertThat(manifest.path("scenario").path("trust_matrices").toString()).isEqualTo("[0,1,3,6]");
        assertThat(manifest.path("scenario").path("track").get(0).path("column").asText()).isEqualTo("trust_EU_CHN");
        assertThat(manifest.path("scenario").path("track").get(0).path("from_members")).hasSize(27);
    }

    @Test
    void theTrackedPairsAreDrawn() {
        assertThat(run.resolve("figures/tracked-trust.png")).isRegularFile();
        assertThat(run.resolve("figures/tracked-trust.svg")).content(StandardCharsets.UTF_8)
                .contains("EU → CHN", "JPN → KOR", "CAN → EU");
    }

    @Test
    void aScenarioWithoutTrackHasNoTrackedColumnsNorFigure() throws IOException {
        Path plain = tmp.resolve("plain");
        Cli.runOk(Cli.scenario("us-vote-2025").toString(), "--rounds", "2", "--out", plain.toString(), "--figures", "none");
        assertThat(Cli.run("plot", plain.toString(), "--only", "tracked-trust").err())
                .contains("the scenario tracks no pair");
        assertThat(Cli.run("plot", plain.toString(), "--only", "trust-in-us", "--format", "svg").status()).isEqualTo(Main.OK);

        assertThat(csv(plain.resolve("rounds.csv")).get(0).keySet()).noneMatch(c -> c.startsWith("trust_")
                && !c.startsWith("trust_in_usa_"));
        assertThat(plain.resolve("figures/tracked-trust.png")).doesNotExist();
        assertThat(new ObjectMapper().readTree(plain.resolve("manifest.json").toFile()).path("scenario").has("track"))
                .isFalse();
    }

    static Stream<Arguments> badEntries() {
        return Stream.of(
                Arguments.of("track: [EU-CHN]", "2:9: track[0]: expected a pair FROM->TO of ISO3 codes or groups"
                        + " (e.g. EU->CHN) or a mapping {from, to}, got 'EU-CHN'"),
                Arguments.of("track: [EU->]", "2:9: track[0]: expected a pair FROM->TO"),
                Arguments.of("track: [EU->CHX]", "2:9: track[0].to: expected an ISO3 code, a group"),
                Arguments.of("track: [UK->CHN]", "2:9: track[0].from: expected an ISO3 code, a group"),
                Arguments.of("track: [USA->USA]", "2:9: track[0]: expected a pair of different countries"
                        + " (trust in oneself is not modelled), got 'USA->USA'"),
                Arguments.of("track: [EU->CHN, EU->CHN]", "2:18: track[1]: expected each pair once"),
                Arguments.of("track:\n  - {from: EU, too: CHN}", "3:16: track[0].too: unknown key (did you mean 'to'?)"),
                Arguments.of("track: EU->CHN", "2:8: track: expected a list of pairs FROM->TO"),
                Arguments.of("trust_matrices: [0, 30]", "2:21: trust_matrices[1]: expected a whole number in [0, 24],"
                        + " got '30'"),
                Arguments.of("trust_matrices: [3, 3]", "2:21: trust_matrices[1]: expected each round once, got 3 a"
                        + " second time"),
                Arguments.of("trust_matrices: [-1]", "2:18: trust_matrices[0]: expected a whole number in [0, 24]"),
                Arguments.of("trust_matrices: some", "2:17: trust_matrices: expected a list of rounds in [0, 24]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badEntries")
    void aBadEntryIsRefusedWithFileLineAndNothingIsWritten(String yaml, String message) throws IOException {
        Path file = tmp.resolve("bad.yaml");
        Files.writeString(file, "name: bad\n" + yaml + "\n", StandardCharsets.UTF_8);
        Path out = tmp.resolve("bad-out");

        Cli.Result r = Cli.run("run", file.toString(), "--out", out.toString());

        assertThat(r.status()).isEqualTo(Main.USER_ERROR);
        assertThat(r.err()).contains(file + ":" + message);
        assertThat(out).doesNotExist();
    }

    @Test
    void trustMatricesAllWritesEveryRound() throws IOException {
        Path file = tmp.resolve("all.yaml");
        Files.writeString(file, "name: all\nrounds: 3\ntrust_matrices: all\n", StandardCharsets.UTF_8);
        Path out = tmp.resolve("all-out");
        Cli.runOk(file.toString(), "--out", out.toString(), "--figures", "none");

        for (int r = 0; r <= 3; r++) {
            assertThat(out.resolve("trust-round-" + r + ".csv")).isRegularFile();
        }
    }

    private static double mean(Map<String, Map<String, String>> matrix, List<String> from, List<String> to) {
        double s = 0;
        int k = 0;
        for (String a : from) {
            for (String b : to) {
                if (!a.equals(b)) {
                    s += Double.parseDouble(matrix.get(a).get(b));
                    k++;
                }
            }
        }
        return s / k;
    }

    private static List<Map<String, String>> csv(Path file) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        List<Map<String, String>> rows = new ArrayList<>();
        try (CSVParser p = CSVParser.parse(file, StandardCharsets.UTF_8, format)) {
            for (CSVRecord r : p) {
                rows.add(r.toMap().entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                        Map.Entry::getValue, (a, b) -> a, java.util.LinkedHashMap::new)));
            }
        }
        return rows;
    }
}
