package realign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input of every kind: {@code realign run} exits with status 2, prints one message on stderr that names
 * the file (and line and column where there is one), the field, what was expected and what was found, and
 * writes nothing: no run folder, no results folder, no {@code .partial-} folder.
 *
 * <p>In the expected fragments, {@code {file}} stands for the scenario path as given on the command line and
 * {@code {tmp}} for the test's temporary folder.
 */
class BadInputTest {

    /** Lines 1-4 of most bad scenarios; what each case adds starts at line 5. */
    private static final String HEAD = """
            name: bad
            seed: 1
            rounds: 3
            history: [ES-11-1]
            """;

    private static final Path FIXTURES = Path.of("src", "test", "resources", "realign", "cli");
    private static final String US_VOTE = Cli.scenario("us-vote-2025").toString();

    private static Arguments bad(String what, String yaml, String... expected) {
        return Arguments.of(what, yaml, List.of(expected));
    }

    static Stream<Arguments> badScenarios() {
        return Stream.of(
                bad("unknown top-level key", HEAD + "shoks: []\n",
                        "{file}:5:1: shoks: unknown key (did you mean 'shocks'?);",
                        "expected one of name, description, seed, rounds, start, history, shocks, parameters, focus,"
                                + " data"),
                bad("unknown parameter", HEAD + "parameters: {trust.reversoin: 0.05}\n",
                        "{file}:5:14: parameters.trust.reversoin: unknown parameter (did you mean 'trust.reversion'?)"),
                bad("unknown parameter written nested", HEAD + "parameters:\n  trust:\n    reversoin: 0.05\n",
                        "{file}:7:5: parameters.trust.reversoin: unknown parameter (did you mean 'trust.reversion'?)"),
                bad("rounds of the wrong type", "name: bad\nrounds: many\n",
                        "{file}:2:9: rounds: expected a whole number in [1, 10000], got 'many'"),
                bad("rounds: 0", "name: bad\nrounds: 0\n",
                        "{file}:2:9: rounds: expected a whole number in [1, 10000], got '0'"),
                bad("rounds as a quoted number", "name: bad\nrounds: \"3\"\n",
                        "{file}:2:9: rounds: expected a whole number in [1, 10000],"
                                + " got the quoted text \"3\" (write numbers without quotes)"),
                bad("seed that is not a whole number", "name: bad\nseed: 1.5\n",
                        "{file}:2:7: seed: expected a whole number >= 0, got '1.5'"),
                bad("parameter out of range", HEAD + "parameters: {trust.reversion: 1.5}\n",
                        "{file}:5:31: parameters.trust.reversion: expected a number in [0, 1], got '1.5'"),
                bad("parameter that is not a number", HEAD + "parameters: {trust.reversion: .nan}\n",
                        "{file}:5:31: parameters.trust.reversion: expected a number in [0, 1], got '.nan'"),
                bad("whole-number parameter with a fraction", HEAD + "parameters: {blocs.max: 2.5}\n",
                        "{file}:5:25: parameters.blocs.max: expected a whole number in [1, 26], got '2.5'"),
                bad("parameter given twice, dotted and nested",
                        HEAD + "parameters:\n  trust.reversion: 0.1\n  trust:\n    reversion: 0.2\n",
                        "{file}:8:5: parameters.trust.reversion: expected each parameter once,"
                                + " got it a second time (first at {file}:6:20)"),
                bad("probabilities that do not sum to 1", HEAD + "parameters: {shock.reliableAgree: 0.5}\n",
                        "{file}:5:35: parameters.shock.reliableAgree/Partial/Oppose: expected probabilities that sum"
                                + " to 1, got a sum of 0.6"),
                bad("reversion and influence above 1 together",
                        HEAD + "parameters: {trust.reversion: 0.6, trust.influence: 0.5}\n",
                        "{file}:5:53: parameters.trust.reversion + trust.influence: expected a sum of at most 1"
                                + " (trust would overshoot), got 1.1"),
                bad("unknown ISO3 code in votes", HEAD + "shocks:\n  - rollcall: ES-11-7\n    votes: {USX: N}\n",
                        "{file}:7:13: shocks[0].votes: expected the ISO3 code of a UN member state"
                                + " (data/world/countries.csv), got 'USX' (did you mean 'USA'?)"),
                bad("bad vote letter", HEAD + "shocks:\n  - rollcall: ES-11-7\n    votes: {USA: Q}\n",
                        "{file}:7:18: shocks[0].votes.USA: expected a vote: Y (yes), N (no), A (abstain) or X"
                                + " (absent), got 'Q'"),
                bad("vote written as a word", HEAD + "shocks:\n  - rollcall: ES-11-7\n    votes: {USA: yes}\n",
                        "{file}:7:18: shocks[0].votes.USA: expected a vote: Y (yes), N (no), A (abstain) or X"
                                + " (absent), got 'yes'"),
                bad("default: in the votes of a shipped roll call",
                        HEAD + "shocks:\n  - rollcall: ES-11-7\n    votes: {default: A, USA: N}\n",
                        "{file}:7:13: shocks[0].votes.default: expected ISO3 codes only (a shipped roll call gives"
                                + " every other vote), got 'default'"),
                bad("unknown roll call", HEAD + "shocks:\n  - rollcall: ES-11-99\n",
                        "{file}:6:15: shocks[0].rollcall: expected a roll call of the data set"
                                + " (194 ids; realign votes list shows them), got 'ES-11-99'"),
                bad("unknown roll call in the history", "name: bad\nhistory: [ES-11-1, ES-12-5]\n",
                        "{file}:2:20: history[1]: expected a roll call of the data set"
                                + " (194 ids; realign votes list shows them), got 'ES-12-5'"),
                bad("shock round beyond rounds", HEAD + "shocks:\n  - rollcall: ES-11-7\n    round: 5\n",
                        "{file}:7:12: shocks[0].round: expected a whole number in [1, 3], got '5'"),
                bad("start that is not a month", HEAD + "start: 2025-2\n",
                        "{file}:5:8: start: expected a month yyyy-MM (the month of round 1, such as 2025-02),"
                                + " got '2025-2'"),
                bad("start given as a day", HEAD + "start: 2025-02-24\n",
                        "{file}:5:8: start: expected a month yyyy-MM (the month of round 1, such as 2025-02),"
                                + " got '2025-02-24'"),
                bad("shock with both round and date",
                        HEAD + "shocks:\n  - rollcall: ES-11-7\n    round: 1\n    date: 2025-02-24\n",
                        "{file}:8:11: shocks[0]: expected either 'round' or 'date', not both, got both (round '1',"
                                + " date '2025-02-24')"),
                bad("shock date in another format", HEAD + "shocks:\n  - rollcall: ES-11-7\n    date: 24/02/2025\n",
                        "{file}:7:11: shocks[0].date: expected a month yyyy-MM or a day yyyy-MM-dd (such as"
                                + " 2025-04-02), got '24/02/2025'"),
                bad("shock date that is not a day", HEAD + "shocks:\n  - rollcall: ES-11-7\n    date: 2025-02-30\n",
                        "{file}:7:11: shocks[0].date: expected a month yyyy-MM or a day yyyy-MM-dd (such as"
                                + " 2025-04-02), got '2025-02-30'"),
                bad("shock date before start", HEAD + "shocks:\n  - rollcall: ES-11-7\n    date: 2025-01-31\n",
                        "{file}:7:11: shocks[0].date: expected a date from 2025-02 (round 1, start) to 2025-04"
                                + " (round 3, the last), got '2025-01-31', before start"),
                bad("shock date after the last round",
                        HEAD + "start: 2025-03\nshocks:\n  - rollcall: ES-11-7\n    date: 2025-06\n",
                        "{file}:8:11: shocks[0].date: expected a date from 2025-03 (round 1, start) to 2025-05"
                                + " (round 3, the last), got '2025-06', after the last round"),
                bad("negative salience", HEAD + "shocks:\n  - rollcall: ES-11-7\n    salience: -0.1\n",
                        "{file}:7:15: shocks[0].salience: expected a number in [0, 10], got '-0.1'"),
                bad("unknown key in a shock", HEAD + "shocks:\n  - rollcall: ES-11-7\n    salince: 0.5\n",
                        "{file}:7:5: shocks[0].salince: unknown key (did you mean 'salience'?);"
                                + " expected one of round, date, salience, label, rollcall, votes, event, tariff,"
                                + " leave, join, agreement"),
                bad("shock that is both an event and a roll call",
                        HEAD + "shocks:\n  - rollcall: ES-11-7\n    event: {actor: USA, targets: [EU]}\n",
                        "{file}:6:5: shocks[0]: expected one kind of shock: a roll call ('rollcall'/'votes'),"
                                + " 'event', 'tariff', 'leave', 'join' or 'agreement', got a roll call and event"),
                bad("shock that is neither an event nor a roll call", HEAD + "shocks:\n  - round: 1\n",
                        "{file}:6:5: shocks[0]: expected one of 'rollcall' (a shipped roll call), 'votes' (an inline"
                                + " one), 'event', 'tariff', 'leave', 'join' or 'agreement', got none of them"),
                bad("event with an unknown target", HEAD + "shocks:\n  - event: {actor: USA, targets: [EU, XYZ]}\n",
                        "{file}:6:39: shocks[0].event.targets[1]: expected an ISO3 code, a group (NATO, EU, G7,",
                        ") or GROUP-Region such as NATO-Europe, got 'XYZ'"),
                bad("event with an unknown actor", HEAD + "shocks:\n  - event: {actor: USB, targets: [EU]}\n",
                        "{file}:6:20: shocks[0].event.actor: expected the ISO3 code of a UN member state"
                                + " (data/world/countries.csv), got 'USB' (did you mean 'USA'?)"),
                bad("event aimed only at its actor", HEAD + "shocks:\n  - event: {actor: USA, targets: [USA]}\n",
                        "{file}:6:34: shocks[0].event.targets: expected at least one country other than the actor,"
                                + " got none"),
                bad("leave of an unknown country", HEAD + "shocks:\n  - leave: {country: USX, group: NATO}\n",
                        "{file}:6:22: shocks[0].leave.country: expected the ISO3 code of a UN member state"
                                + " (data/world/countries.csv), got 'USX' (did you mean 'USA'?)"),
                bad("leave of an unknown group", HEAD + "shocks:\n  - leave: {country: USA, group: NATOO}\n",
                        "{file}:6:34: shocks[0].leave.group: expected a group that gives alignment ties (",
                        "got 'NATOO' (did you mean 'NATO'?)"),
                bad("leave of a group that gives institutional links only",
                        HEAD + "shocks:\n  - leave: {country: EGY, group: AU}\n",
                        "{file}:6:34: shocks[0].leave.group: expected a group that gives alignment ties (",
                        "got 'AU' (AU gives institutional links only, which this version keeps fixed)"),
                bad("leave by a country that is not a member",
                        HEAD + "shocks:\n  - leave: {country: JPN, group: NATO}\n    round: 2\n",
                        "{file}:6:22: shocks[0].leave.country: expected a member of NATO in round 2 (members of"
                                + " February 2025, after the joins and leaves before it), got 'JPN' (not a member)"),
                bad("leave after the country has already left",
                        HEAD + "shocks:\n  - leave: {country: USA, group: NATO}\n    round: 3\n"
                                + "  - leave: {country: USA, group: NATO}\n    round: 2\n",
                        "{file}:6:22: shocks[0].leave.country: expected a member of NATO in round 3",
                        "got 'USA' (not a member)"),
                bad("join by a country that is already a member",
                        HEAD + "shocks:\n  - join: {country: POL, group: EU}\n",
                        "{file}:6:21: shocks[0].join.country: expected a country that is not a member of EU in"
                                + " round 1 (members of February 2025, after the joins and leaves before it), got"
                                + " 'POL' (already a member)"),
                bad("agreement of a country with itself", HEAD + "shocks:\n  - agreement: {a: FRA, b: FRA, weight: 0.6}\n",
                        "{file}:6:28: shocks[0].agreement.b: expected a country other than a ('FRA'), got 'FRA'"),
                bad("agreement weight out of range",
                        HEAD + "shocks:\n  - agreement: {a: FRA, b: POL, weight: 1.5}\n",
                        "{file}:6:41: shocks[0].agreement.weight: expected a tie strength in (0, 1], got '1.5'"),
                bad("agreement of weight zero", HEAD + "shocks:\n  - agreement: {a: FRA, b: POL, weight: 0}\n",
                        "{file}:6:41: shocks[0].agreement.weight: expected a tie strength in (0, 1], got '0'"),
                bad("agreement on an unknown layer",
                        HEAD + "shocks:\n  - agreement: {a: GBR, b: IND, layer: trade, weight: 0.4}\n",
                        "{file}:6:40: shocks[0].agreement.layer: expected 'security' (alignment ties) or 'economic'"
                                + " (trade agreements), got 'trade'"),
                bad("agreement without a weight", HEAD + "shocks:\n  - agreement: {a: FRA, b: POL}\n",
                        "{file}:6:16: shocks[0].agreement.weight: expected a value (the key is required),"
                                + " got no 'weight'"),
                bad("a leave that is also a roll call",
                        HEAD + "shocks:\n  - rollcall: ES-11-7\n    leave: {country: USA, group: NATO}\n",
                        "{file}:6:5: shocks[0]: expected one kind of shock: a roll call ('rollcall'/'votes'),"
                                + " 'event', 'tariff', 'leave', 'join' or 'agreement', got a roll call and leave"),
                bad("unknown focus group", HEAD + "focus: [EU, EUR]\n",
                        "{file}:5:13: focus[1]: expected an ISO3 code, a group (NATO, EU, G7,",
                        ") or GROUP-Region such as NATO-Europe, got 'EUR' (did you mean 'EU'?)"),
                bad("the same focus group twice", HEAD + "focus: [EU, EU]\n",
                        "{file}:5:13: focus[1]: expected focus groups with distinct names, got 'EU' twice"),
                bad("duplicate key", HEAD + "rounds: 4\n",
                        "{file}:5:1: rounds: expected each key once in a mapping, got 'rounds' a second time"),
                bad("name that is not a folder name", "name: ../escape\n",
                        "{file}:1:7: name: expected letters, digits, '.', '_' or '-' (it names the run's folder),"
                                + " got '../escape'"),
                bad("a list instead of a mapping", "- name: bad\n- rounds: 3\n",
                        "{file}:1:1: scenario: expected a mapping of keys (name, seed, rounds, shocks, ...),"
                                + " got a list"),
                bad("a file with only a comment", "# nothing yet\n",
                        "{file}:1:1: scenario: expected a mapping of keys (name, seed, rounds, shocks, ...),"
                                + " got an empty file"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badScenarios")
    void aBadScenarioExitsTwoWithOneMessageNamingWhereWhatAndWhyAndWritesNothing(String what, String yaml,
            List<String> expected, @TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("bad.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);

        assertRejected(what, tmp, file, expected, "run", file.toString(), "--results",
                tmp.resolve("results").toString());
    }

    static Stream<Arguments> badFixtures() {
        return Stream.of(
                Arguments.of("bad-indentation.yaml", List.of("{file}:5:4: malformed YAML: expected <block end>, but"
                        + " found '<block mapping start>' (while parsing a block collection started at line 4,"
                        + " column 3)")),
                Arguments.of("unclosed-bracket.yaml", List.of("{file}:4:7: malformed YAML: expected ',' or ']', but"
                        + " got : (while parsing a flow sequence started at line 3, column 10)")),
                Arguments.of("empty.yaml", List.of("{file}:1:1: scenario: expected a mapping of keys (name, seed,"
                        + " rounds, shocks, ...), got an empty file")),
                Arguments.of("not-utf8.yaml", List.of("{file}: expected a UTF-8 text file, got bytes that are not"
                        + " UTF-8")),
                Arguments.of("missing-data-file.yaml", List.of(FIXTURES.toAbsolutePath().resolve("no-such-votes.csv")
                        + ": file not found")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFixtures")
    void aBadScenarioFileExitsTwoWithOneMessageNamingWhereWhatAndWhyAndWritesNothing(String name,
            List<String> expected, @TempDir Path tmp) throws IOException {
        Path file = FIXTURES.resolve(name);
        assertThat(file).exists();

        assertRejected(name, tmp, file, expected, "run", file.toString(), "--results",
                tmp.resolve("results").toString());
    }

    private static Arguments badArgs(String what, List<String> args, String... expected) {
        return Arguments.of(what, args, List.of(expected));
    }

    static Stream<Arguments> badCommandLines() {
        return Stream.of(
                badArgs("missing scenario file", List.of("run", "{tmp}/missing.yaml", "--out", "{tmp}/out"),
                        "realign: {tmp}/missing.yaml: file not found"),
                badArgs("a folder given as the scenario", List.of("run", "scenarios", "--out", "{tmp}/out"),
                        "realign: scenarios: cannot read"),
                badArgs("--set without =", List.of("run", US_VOTE, "--set", "trust.reversion", "--out", "{tmp}/out"),
                        "realign: --set trust.reversion: expected key=value (for example trust.reversion=0.05),"
                                + " got 'trust.reversion'"),
                badArgs("--set with an unknown key",
                        List.of("run", US_VOTE, "--set", "trust.reversoin=0.05", "--out", "{tmp}/out"),
                        "realign: --set trust.reversoin=0.05: trust.reversoin: unknown key (did you mean"
                                + " 'trust.reversion'?)"),
                badArgs("--set with a value out of range",
                        List.of("run", US_VOTE, "--set", "trust.reversion=1.5", "--out", "{tmp}/out"),
                        "realign: --set trust.reversion=1.5: parameters.trust.reversion: expected a number in"
                                + " [0, 1], got '1.5'"),
                badArgs("--set with malformed YAML",
                        List.of("run", US_VOTE, "--set", "history=[ES-11-1", "--out", "{tmp}/out"),
                        "realign: --set history=[ES-11-1: malformed YAML: expected ',' or ']', but got <stream end>"),
                badArgs("--set of a shock that does not exist",
                        List.of("run", US_VOTE, "--set", "shocks[2].salience=0.5", "--out", "{tmp}/out"),
                        "realign: --set shocks[2].salience=0.5: shocks[2].salience: expected a shock index below 2"
                                + " (the scenario has 2 shocks), got 2"),
                badArgs("--set of an unknown shock field",
                        List.of("run", US_VOTE, "--set", "shocks[0].salince=0.5", "--out", "{tmp}/out"),
                        "realign: --set shocks[0].salince=0.5: shocks[0].salince: unknown key (did you mean"
                                + " 'salience'?)"),
                badArgs("--rounds 0", List.of("run", US_VOTE, "--rounds", "0", "--out", "{tmp}/out"),
                        "realign: --rounds 0: rounds: expected a whole number in [1, 10000], got '0'"),
                badArgs("--seed below 0", List.of("run", US_VOTE, "--seed", "-1", "--out", "{tmp}/out"),
                        "realign: --seed -1: seed: expected a whole number >= 0, got '-1'"),
                badArgs("--seed that is not a whole number", List.of("run", US_VOTE, "--seed", "abc", "--out",
                        "{tmp}/out"),
                        "realign: Invalid value for option '--seed': 'abc' is not a long",
                        "Try 'realign run --help' for usage."),
                badArgs("--rounds too large for a number of rounds",
                        List.of("run", US_VOTE, "--rounds", "99999999999", "--out", "{tmp}/out"),
                        "realign: Invalid value for option '--rounds': '99999999999' is not an int"),
                badArgs("a mistyped option", List.of("run", US_VOTE, "--sed", "3", "--out", "{tmp}/out"),
                        "realign: Unknown options: '--sed', '3'", "Possible solutions: --seed"),
                badArgs("run without a scenario", List.of("run", "--out", "{tmp}/out"),
                        "realign: Missing required parameter: 'SCENARIO'", "Try 'realign run --help' for usage."),
                badArgs("a mistyped command", List.of("runn", US_VOTE, "--out", "{tmp}/out"),
                        "realign: Unmatched arguments from index 0: 'runn'", "Did you mean: realign run?"),
                badArgs("no command", List.of(),
                        "realign: Missing required subcommand", "Try 'realign --help' for usage."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCommandLines")
    void aBadCommandLineExitsTwoWithOneMessageAndWritesNothing(String what, List<String> args, List<String> expected,
            @TempDir Path tmp) {
        String[] argv = args.stream().map(a -> a.replace("{tmp}", tmp.toString())).toArray(String[]::new);

        assertRejected(what, tmp, null, expected, argv);
    }

    @Test
    void anExistingOutFolderIsRefusedAndLeftExactlyAsItWas(@TempDir Path tmp) throws IOException {
        Path out = Files.createDirectory(tmp.resolve("earlier-run"));
        Path kept = Files.writeString(out.resolve("rounds.csv"), "round\n0\n");
        FileTime modified = Files.getLastModifiedTime(kept);

        Cli.Result r = Cli.run("run", US_VOTE, "--rounds", "1", "--out", out.toString());

        assertThat(r.status()).isEqualTo(Main.USER_ERROR);
        assertThat(r.err()).isEqualTo("realign: " + out + ": --out: expected a folder that does not exist yet"
                + " (realign never overwrites a run), got an existing folder" + System.lineSeparator());
        assertThat(list(out)).containsExactly(kept);
        assertThat(kept).hasContent("round\n0\n");
        assertThat(Files.getLastModifiedTime(kept)).isEqualTo(modified);
        assertThat(list(tmp)).containsExactly(out);
    }

    @Test
    void anEmptyExistingOutFolderIsRefusedToo(@TempDir Path tmp) throws IOException {
        Path out = Files.createDirectory(tmp.resolve("out"));

        assertRejected("empty existing --out folder", tmp, null, List.of("realign: {tmp}/out: --out: expected a folder"
                + " that does not exist yet (realign never overwrites a run), got an existing folder"),
                "run", US_VOTE, "--rounds", "1", "--out", out.toString());
        assertThat(list(out)).isEmpty();
    }

    @Test
    void anOutThatIsAnExistingFileIsRefusedAndTheFileKept(@TempDir Path tmp) throws IOException {
        Path out = Files.writeString(tmp.resolve("notes.txt"), "mine");

        assertRejected("existing file as --out", tmp, null, List.of("realign: {tmp}/notes.txt: --out: expected a"
                + " folder that does not exist yet (realign never overwrites a run), got an existing file"),
                "run", US_VOTE, "--rounds", "1", "--out", out.toString());
        assertThat(out).hasContent("mine");
    }

    @Test
    void anOutInsideAFileIsRefusedAndTheFileKept(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("notes.txt"), "mine");

        assertRejected("--out inside a file", tmp, null, List.of("realign: {tmp}/notes.txt: --out: expected a folder"
                + " to write into, got a file in the way"),
                "run", US_VOTE, "--rounds", "1", "--out", file.resolve("run").toString());
        assertThat(file).hasContent("mine");
        assertThat(list(tmp)).containsExactly(file);
    }

    /**
     * Runs {@code args} and checks status 2, nothing on stdout, the expected fragments in one short message
     * without a stack trace on stderr, and that nothing was written under {@code tmp} but the scenario file.
     */
    private static void assertRejected(String what, Path tmp, Path scenario, List<String> expected,
            String... args) {
        List<Path> before = walk(tmp);

        Cli.Result r = Cli.run(args);

        assertThat(r.status()).as("%s: exit status; stderr:%n%s", what, r.err()).isEqualTo(Main.USER_ERROR);
        assertThat(r.out()).as("%s: stdout", what).isEmpty();
        assertThat(r.err()).as("%s: stderr", what).startsWith("realign: ")
                .doesNotContain("Exception", "\tat ", "internal error");
        assertThat(r.err().lines().count()).as("%s: lines of %s", what, r.err()).isBetween(1L, 3L);
        for (String fragment : expected) {
            String f = fragment.replace("{tmp}", tmp.toString());
            if (scenario != null) {
                f = f.replace("{file}", scenario.toString());
            }
            assertThat(r.err()).as("%s: stderr", what).contains(f);
        }
        assertThat(walk(tmp)).as("%s: files under the temporary folder after the run", what).isEqualTo(before);
        assertThat(Cli.partialFolders(tmp)).isEmpty();
        assertThat(tmp.resolve("results")).doesNotExist();
        assertThat(tmp.resolve("out")).satisfiesAnyOf(
                p -> assertThat(p).doesNotExist(),
                p -> assertThat(p).isEmptyDirectory());
    }

    private static List<Path> walk(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return new ArrayList<>(s.sorted().toList());
        }
    }
}
