package realign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import realign.scenario.ScenarioReader;
import realign.validate.ValidationOutcomes;
import realign.validate.Validator;

/** {@code realign validate} end to end: outputs, numbered folders, the same scores in memory, bad input. */
class ValidateCommandTest {

    @TempDir
    static Path tmp;
    static Path run;

    @BeforeAll
    static void runOnce() {
        run = tmp.resolve("run");
        Cli.runOk(Cli.scenario("us-vote-2025").toString(), "--rounds", "8", "--figures", "none", "--out",
                run.toString());
    }

    @Test
    void writesTablesAndFigureIntoNumberedFoldersAndPrintsTheTable() throws IOException {
        Cli.Result r = Cli.run("validate", run.toString(), "--k", "10,40");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("hits@40", "capability", "gravity", "affinity", "random", "Spearman");
        Path v = run.resolve("validation/001");
        for (String f : List.of("validation.csv", "validation-pairs.csv", "validation-kinds.csv", "surveys.csv",
                "manifest.json", "figures/validation.png", "figures/validation.svg", "figures/validation.pdf")) {
            assertThat(v.resolve(f)).isRegularFile();
        }
        List<String> lines = Files.readAllLines(v.resolve("validation.csv"));
        assertThat(lines.get(0)).startsWith("scorer,k,hits,precision,recall,average_precision");
        assertThat(lines).hasSize(1 + 2 * 5);
        assertThat(Files.readAllLines(v.resolve("validation-pairs.csv"))).hasSize(1 + 26);
        assertThat(Cli.run("validate", run.toString()).status()).isZero();
        assertThat(run.resolve("validation/002/validation.csv")).isRegularFile();
    }

    @Test
    void theRunInMemoryScoresLikeItsFolder() throws Exception {
        Cli.Result r = Cli.run("validate", run.toString(), "--k", "40");
        assertThat(r.status()).as(r.err()).isZero();
        Path v = Path.of(r.out().lines().filter(l -> l.startsWith("Output: ")).findFirst().orElseThrow()
                .substring("Output: ".length()));
        String model = Files.readAllLines(v.resolve("validation.csv")).stream().filter(l -> l.startsWith("model,40,"))
                .findFirst().orElseThrow();
        var loaded = ScenarioReader.read(Cli.scenario("us-vote-2025"), List.of("rounds=8"));
        var scores = ValidationOutcomes.score(Validator.runInMemory(loaded.world(), loaded.scenario()),
                loaded.scenario(), loaded.world());
        assertThat(model.split(",")[2]).isEqualTo(Integer.toString((int) scores.value("validation_hits_at_40")));
        assertThat(Double.parseDouble(model.split(",")[5]))
                .isCloseTo(scores.value("validation_average_precision"), org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void aHeldOutEventsFileIsScoredAsAnIndependentRecount() throws IOException {
        // the model pair events (formed or strengthened, any layer, without the U.S.) of the last round that has
        // two or more, read straight from ties.csv by column name and ordered by hand (by pair value)
        List<String> lines = Files.readAllLines(run.resolve("ties.csv"));
        List<String> header = List.of(lines.get(0).split(","));
        int round = header.indexOf("round");
        int date = header.indexOf("date");
        int a = header.indexOf("a");
        int b = header.indexOf("b");
        int event = header.indexOf("event");
        int value = header.indexOf("value");
        java.util.TreeMap<Integer, List<String[]>> byRound = new java.util.TreeMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            if ((f[event].equals("formed") || f[event].equals("strengthened")) && !f[a].equals("USA")
                    && !f[b].equals("USA")) {
                byRound.computeIfAbsent(Integer.parseInt(f[round]), k -> new java.util.ArrayList<>()).add(f);
            }
        }
        List<String[]> events = byRound.descendingMap().values().stream().filter(l -> l.size() >= 2).findFirst()
                .orElseThrow(() -> new AssertionError("no round with two pair events in " + byRound));
        events.sort(java.util.Comparator.comparingDouble((String[] f) -> -Double.parseDouble(f[value]))
                .thenComparing(f -> f[a]).thenComparing(f -> f[b]));
        String month = events.get(0)[date];
        List<String[]> formed = events.stream().map(f -> new String[] {f[round], f[a], f[b]}).toList();
        Path dir = Files.createDirectories(tmp.resolve("heldout"));
        Path file = dir.resolve("partnerships.csv");
        String[] first = formed.get(0);
        String[] last = formed.get(formed.size() - 1);
        Files.writeString(file, "date,party_a,party_b,kind,name,source\n"
                + month + "-03," + first[2] + "," + first[1] + ",other,held out,x\n"
                + month + "-20," + last[1] + "," + last[2] + ",trade_agreement,held out,x\n"
                + month + "-21,ISL,NRU,other,never,x\n");
        Cli.Result r = Cli.run("validate", run.toString(), "--events", file.toString(), "--from", month + "-01",
                "--to", month + "-28", "--k", "1," + formed.size());
        assertThat(r.status()).as(r.err()).isZero();
        Path v = Path.of(r.out().lines().filter(l -> l.startsWith("Output: ")).findFirst().orElseThrow()
                .substring("Output: ".length()));
        List<String> rows = Files.readAllLines(v.resolve("validation.csv"));
        assertThat(rows).anyMatch(l -> l.startsWith("model,1,1,1,0.3333333,"));
        double ap = (1.0 + 2.0 / formed.size()) / 3;
        assertThat(rows.stream().filter(l -> l.startsWith("model," + formed.size() + ",2,")).findFirst())
                .as(String.join("\n", rows)).isPresent();
        assertThat(Double.parseDouble(rows.stream().filter(l -> l.startsWith("model,1,")).findFirst().orElseThrow()
                .split(",")[5])).isCloseTo(ap, org.assertj.core.api.Assertions.within(1e-6));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "date,party_a,party_b,kind\\n2025-03-01,FRA,XXX,other\\n|:2: party_b: expected the ISO3 code|'XXX'",
        "date,party_a,party_b,kind\\n2025-13-01,FRA,DEU,other\\n|:2: date: expected an ISO 8601 date|'2025-13-01'",
        "date,party_a,kind\\n2025-03-01,FRA,other\\n|:1: party_b: expected a header with the columns|date,party_a,kind",
        "date,party_a,party_b,kind\\n2025-03-01,FRA,DEU,alliance\\n|:2: kind: expected one of|'alliance'",
    })
    void badEventsFilesExitTwoAndWriteNothing(String csv, String where, String got) throws IOException {
        Path dir = Files.createTempDirectory(tmp, "bad");
        Path file = dir.resolve("events.csv");
        Files.writeString(file, csv.replace("\\n", "\n"));
        long before = countValidations();
        Cli.Result r = Cli.run("validate", run.toString(), "--events", file.toString());
        assertThat(r.status()).isEqualTo(Main.USER_ERROR);
        assertThat(r.err()).contains(file + where).contains(got);
        assertThat(countValidations()).isEqualTo(before);
    }

    @Test
    void anEmptyWindowOrAFolderThatIsNeitherRunNorSweepExitsTwo() throws IOException {
        long before = countValidations();
        Cli.Result r = Cli.run("validate", run.toString(), "--from", "2024-01-01", "--to", "2024-06-30");
        assertThat(r.status()).isEqualTo(Main.USER_ERROR);
        assertThat(r.err()).contains("expected at least one observed event", "got none");
        Cli.Result bad = Cli.run("validate", run.toString(), "--from", "2025-02-30");
        assertThat(bad.status()).isEqualTo(Main.USER_ERROR);
        assertThat(bad.err()).contains("--from: expected an ISO 8601 date");
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Cli.Result neither = Cli.run("validate", empty.toString());
        assertThat(neither.status()).isEqualTo(Main.USER_ERROR);
        assertThat(neither.err()).contains("expected a run folder", "got a folder with neither");
        assertThat(countValidations()).isEqualTo(before);
        assertThat(empty.resolve("validation")).doesNotExist();
    }

    @Test
    void aSweepWhoseScenarioIsAnotherTextFileQuotesAtMostEightyCharacters() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("quote"));
        Files.writeString(dir.resolve("notes.txt"), "a long note ".repeat(200));
        Files.writeString(dir.resolve("s.yaml"), "scenario: notes.txt\nfactors:\n  trust.reversion: {min: 0, max: 0.1}\n"
                + "outcomes:\n  - metric: ties\n");
        Cli.Result r = Cli.run("sweep", dir.resolve("s.yaml").toString(), "--out", dir.resolve("out").toString());
        assertThat(r.status()).isEqualTo(Main.USER_ERROR);
        assertThat(r.err()).containsPattern("\\.\\.\\.' \\(\\d+ characters\\)");
        assertThat(r.err().length()).isLessThan(400);
    }

    private static long countValidations() throws IOException {
        Path v = run.resolve("validation");
        if (!Files.isDirectory(v)) {
            return 0;
        }
        try (var s = Files.list(v)) {
            return s.count();
        }
    }
}
