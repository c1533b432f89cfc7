package realign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code realign compare}: runs and sweeps side by side, differences from the first with intervals, the figure,
 * a new folder every time, and clear errors for folders that cannot be compared.
 */
class CompareCommandTest {

    @TempDir
    static Path tmp;

    private static Path vote;
    private static Path abstain;
    private static Path sweep;
    /** A run that reaches round 24, as the fixture sweep's outcomes do. */
    private static Path vote24;

    @BeforeAll
    static void runs() throws IOException, URISyntaxException {
        vote = tmp.resolve("vote");
        abstain = tmp.resolve("abstain");
        Cli.runOk(Cli.scenario("us-vote-2025").toString(), "--rounds", "6", "--out", vote.toString(), "--figures", "none");
        Cli.runOk(Cli.scenario("us-abstains").toString(), "--rounds", "6", "--out", abstain.toString(), "--figures", "none");
        sweep = copy("fixture-sweep-grid", tmp.resolve("grid"));
        vote24 = tmp.resolve("vote24");
        Cli.runOk(Cli.scenario("us-vote-2025").toString(), "--out", vote24.toString(), "--figures", "none");
    }

    @Test
    void twoRunsGiveEachOutcomeAndItsDifferenceFromTheFirst() throws IOException {
        Path out = tmp.resolve("cmp-runs");
        Cli.Result r = Cli.run("compare", vote.toString(), abstain.toString(), "--out", out.toString());

        assertThat(r.status()).as(r.err()).isEqualTo(Main.OK);
        List<Map<String, String>> rows = csv(out.resolve("compare.csv"));
        Map<String, String> eu = find(rows, "trust_in_usa_eu_final", "abstain");
        Map<String, String> euRef = find(rows, "trust_in_usa_eu_final", "vote");
        double last = Double.parseDouble(csv(abstain.resolve("rounds.csv")).get(6).get("trust_in_usa_eu"));
        double lastRef = Double.parseDouble(csv(vote.resolve("rounds.csv")).get(6).get("trust_in_usa_eu"));
        assertThat(Double.parseDouble(eu.get("mean"))).isEqualTo(last);
        assertThat(Double.parseDouble(eu.get("difference"))).isCloseTo(last - lastRef, org.assertj.core.data.Offset.offset(1e-6));
        // an abstention betrays fewer allies than a no: trust in the U.S. ends higher
        assertThat(Double.parseDouble(eu.get("difference"))).isPositive();
        assertThat(euRef.get("difference")).isEqualTo("NA");
        // one run per side: no interval
        assertThat(eu.get("welch_low")).isEqualTo("NA");
        assertThat(r.out()).contains("trust_in_usa_eu_final", "abstain", "vote");
        assertThat(out.resolve("figures/compare.png")).isRegularFile();
        assertThat(out.resolve("figures/compare.svg")).content(StandardCharsets.UTF_8).contains("vote", "abstain",
                "NATO-Europe", "Bloc sizes");
        assertThat(out.resolve("figures/compare.pdf")).isRegularFile();
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertThat(manifest.path("outputs").toString()).contains("compare.csv", "series.csv", "figures/compare.png");
    }

    @Test
    void aSweepAgainstItselfDiffersByZeroWithIntervalsAroundZeroPerDesignPoint() throws Exception {
        Path copy = copy("fixture-sweep-grid", tmp.resolve("grid-copy"));
        Path out = tmp.resolve("cmp-sweeps");
        Cli.Result r = Cli.run("compare", sweep.toString(), copy.toString(), "--out", out.toString());

        assertThat(r.status()).as(r.err()).isEqualTo(Main.OK);
        List<Map<String, String>> rows = csv(out.resolve("compare.csv"));
        assertThat(rows).extracting(m -> m.get("point")).containsAll(List.of("0", "1", "2", "3", "4", "5"));
        for (Map<String, String> row : rows) {
            if (row.get("input").equals("grid-copy")) {
                assertThat(Double.parseDouble(row.get("difference"))).isZero();
                assertThat(Double.parseDouble(row.get("welch_low"))).isNegative();
                assertThat(Double.parseDouble(row.get("welch_high"))).isPositive();
                assertThat(Double.parseDouble(row.get("bootstrap_low"))).isNotPositive();
                assertThat(Double.parseDouble(row.get("bootstrap_high"))).isNotNegative();
                assertThat(row.get("n")).isEqualTo("4");
            }
        }
    }

    @Test
    void aRunAgainstASweepIsSummarisedAsTheSweepsOutcomesAndTheIntervalCoversTheSweepsSpread() throws IOException {
        Path out = tmp.resolve("cmp-mixed");
        Cli.Result r = Cli.run("compare", sweep.toString(), vote24.toString(), "--out", out.toString());

        assertThat(r.status()).as(r.err()).isEqualTo(Main.OK);
        List<Map<String, String>> rows = csv(out.resolve("compare.csv"));
        Map<String, String> run = rows.stream().filter(m -> m.get("input").equals("vote24")
                && m.get("outcome").equals("eu_trust_in_usa_end") && m.get("point").equals("0")).findFirst().orElseThrow();
        assertThat(run.get("n")).isEqualTo("1");
        assertThat(Double.parseDouble(run.get("welch_low"))).isLessThan(Double.parseDouble(run.get("welch_high")));
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAFolderIsNeverOverwritten() throws IOException {
        Path a = tmp.resolve("seed-a");
        Path b = tmp.resolve("seed-b");
        assertThat(Cli.run("compare", sweep.toString(), vote24.toString(), "--out", a.toString(), "--seed", "7").status())
                .isEqualTo(Main.OK);
        assertThat(Cli.run("compare", sweep.toString(), vote24.toString(), "--out", b.toString(), "--seed", "7").status())
                .isEqualTo(Main.OK);

        assertThat(Files.readAllBytes(a.resolve("compare.csv"))).isEqualTo(Files.readAllBytes(b.resolve("compare.csv")));
        assertThat(Files.readAllBytes(a.resolve("figures/compare.png")))
                .isEqualTo(Files.readAllBytes(b.resolve("figures/compare.png")));
        Cli.Result again = Cli.run("compare", sweep.toString(), vote24.toString(), "--out", a.toString());
        assertThat(again.status()).isEqualTo(Main.USER_ERROR);
        assertThat(again.err()).contains("realign never overwrites");
    }

    @Test
    void aFolderThatIsNeitherARunNorASweepIsRefusedAndNothingWritten() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Path out = tmp.resolve("cmp-bad");

        Cli.Result r = Cli.run("compare", vote.toString(), empty.toString(), "--out", out.toString());

        assertThat(r.status()).isEqualTo(Main.USER_ERROR);
        assertThat(r.err()).contains(empty + ": expected a run folder (with rounds.csv) or a sweep folder");
        assertThat(out).doesNotExist();
    }

    @Test
    void runsWithOtherFocusGroupsAreRefused() throws IOException {
        Path other = tmp.resolve("other-focus");
        Cli.runOk(Cli.scenario("us-vote-2025").toString(), "--rounds", "2", "--set", "focus=[JPN, KOR]", "--out",
                other.toString(), "--figures", "none");
        Path out = tmp.resolve("cmp-focus");

        Cli.Result r = Cli.run("compare", vote.toString(), other.toString(), "--out", out.toString());

        assertThat(r.status()).isEqualTo(Main.USER_ERROR);
        assertThat(r.err()).contains(other + ": expected the focus groups of " + vote
                + " (EU, NATO-Europe, CAN, GBR, JPN, KOR, AUS), got JPN, KOR");
        assertThat(out).doesNotExist();
    }

    @Test
    void runsOfDifferentLengthsAreRefusedRatherThanComparedAtDifferentMonths() throws IOException {
        Path longer = tmp.resolve("longer");
        Cli.runOk(Cli.scenario("us-abstains").toString(), "--rounds", "9", "--out", longer.toString(), "--figures",
                "none");
        Path out = tmp.resolve("cmp-rounds");

        Cli.Result r = Cli.run("compare", vote.toString(), longer.toString(), "--out", out.toString());

        assertThat(r.status()).isEqualTo(Main.USER_ERROR);
        assertThat(r.err()).contains(longer + ": expected a run of as many rounds as " + vote + " (6), got 9 rounds");
        assertThat(out).doesNotExist();
    }

    @Test
    void aRunShorterThanTheSweepsOutcomeWindowIsRefusedRatherThanComparedAtAnEarlierRound() throws IOException {
        Path out = tmp.resolve("cmp-short");

        Cli.Result r = Cli.run("compare", sweep.toString(), vote.toString(), "--out", out.toString());

        assertThat(r.status()).isEqualTo(Main.USER_ERROR);
        assertThat(r.err()).contains(vote.resolve("rounds.csv") + ": expected a run that reaches round 24 (outcome"
                + " eu_trust_in_usa_end of the sweep it is compared with covers rounds 0-24), got a run of 6 rounds");
        assertThat(out).doesNotExist();
    }

    @Test
    void aSweepManifestWithoutOutcomeWindowsStillRefusesAShorterRun() throws IOException, URISyntaxException {
        // sweeps written before outcome windows were recorded: the window is the whole run (the base scenario's 24)
        Path old = copy("fixture-sweep-grid", tmp.resolve("grid-no-window"));
        Path manifest = old.resolve("manifest.json");
        com.fasterxml.jackson.databind.node.ObjectNode m =
                (com.fasterxml.jackson.databind.node.ObjectNode) new ObjectMapper().readTree(manifest.toFile());
        for (JsonNode o : m.path("sweep").path("outcomes")) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) o).remove("window");
        }
        new ObjectMapper().writeValue(manifest.toFile(), m);
        Path out = tmp.resolve("cmp-short-old");

        Cli.Result r = Cli.run("compare", old.toString(), vote.toString(), "--out", out.toString());

        assertThat(r.status()).isEqualTo(Main.USER_ERROR);
        assertThat(r.err()).contains(vote.resolve("rounds.csv") + ": expected a run that reaches round 24");
        assertThat(out).doesNotExist();
    }

    @Test
    void oneFolderIsNotAComparison() {
        Cli.Result r = Cli.run("compare", vote.toString());

        assertThat(r.status()).isEqualTo(Main.USER_ERROR);
    }

    private static Map<String, String> find(List<Map<String, String>> rows, String outcome, String input) {
        return rows.stream().filter(m -> m.get("outcome").equals(outcome) && m.get("input").equals(input)).findFirst()
                .orElseThrow(() -> new AssertionError(outcome + " of " + input + " missing"));
    }

    private static Path copy(String fixture, Path target) throws IOException, URISyntaxException {
        Path source = Path.of(CompareCommandTest.class.getResource("/realign/charts/" + fixture).toURI());
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(source)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, target.resolve(f.getFileName()));
            }
        }
        return target;
    }

    private static List<Map<String, String>> csv(Path file) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        List<Map<String, String>> rows = new ArrayList<>();
        try (CSVParser p = CSVParser.parse(file, StandardCharsets.UTF_8, format)) {
            for (CSVRecord r : p) {
                rows.add(r.toMap());
            }
        }
        return rows;
    }
}
