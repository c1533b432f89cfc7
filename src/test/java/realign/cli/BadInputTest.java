package realign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input never half-works: each mistake gives one message naming the file, line, field, what was expected
 * and what was found, exit status 2, and nothing written.
 */
class BadInputTest {

    private static final String HEAD = "name: bad\nhistory: [ES-11-1, ES-11-5]\n";

    static Stream<Arguments> badScenarios() {
        return Stream.of(
                Arguments.of("unknown top-level key", HEAD + "shoks: []\n",
                        List.of("bad.yaml:3:1: shoks: unknown key", "did you mean 'shocks'?")),
                Arguments.of("unknown parameter", HEAD + "parameters:\n  trust:\n    reversoin: 0.1\n",
                        List.of("bad.yaml:5:5:", "parameters.trust.reversoin", "did you mean 'trust.reversion'?")),
                Arguments.of("wrong type", HEAD + "rounds: many\n",
                        List.of("bad.yaml:3:9: rounds: expected a whole number in [1, 10000], got 'many'")),
                Arguments.of("value out of range", HEAD + "parameters: {trust.reversion: 1.5}\n",
                        List.of("bad.yaml:3:31: parameters.trust.reversion: expected a number in [0, 1], got '1.5'")),
                Arguments.of("no rounds", HEAD + "rounds: 0\n",
                        List.of("bad.yaml:3:9: rounds: expected a whole number in [1, 10000], got '0'")),
                Arguments.of("unknown ISO3 code", HEAD + "shocks:\n  - rollcall: ES-11-7\n    votes: {USX: N}\n",
                        List.of("bad.yaml:5:13: shocks[0].votes", "ISO3 code", "got 'USX'", "did you mean 'USA'?")),
                Arguments.of("unknown roll call", HEAD + "shocks:\n  - rollcall: ES-11-9\n",
                        List.of("bad.yaml:4:15: shocks[0].rollcall", "a roll call of the data set", "got 'ES-11-9'")),
                Arguments.of("malformed YAML", HEAD + "shocks: [\n  - a\n",
                        List.of("bad.yaml:4:3: malformed YAML")),
                Arguments.of("bad vote letter", HEAD + "shocks:\n  - rollcall: ES-11-7\n    votes: {USA: Q}\n",
                        List.of("bad.yaml:5:18: shocks[0].votes.USA", "Y (yes), N (no), A (abstain) or X (absent)",
                                "got 'Q'")),
                Arguments.of("shock after the last round", HEAD + "rounds: 3\nshocks:\n  - rollcall: ES-11-7\n    round: 5\n",
                        List.of("bad.yaml:6:12: shocks[0].round: expected a whole number in [1, 3], got '5'")),
                Arguments.of("unknown focus group", HEAD + "focus: [EUU]\n",
                        List.of("bad.yaml:3:9: focus[0]", "a group", "got 'EUU'", "did you mean 'EU'?")),
                Arguments.of("duplicate key", HEAD + "seed: 1\nseed: 2\n",
                        List.of("bad.yaml:4:1: seed: expected each key once in a mapping, got 'seed' a second time")),
                Arguments.of("negative salience", HEAD + "shocks:\n  - rollcall: ES-11-7\n    salience: -0.2\n",
                        List.of("bad.yaml:5:15: shocks[0].salience: expected a number in [0, 10], got '-0.2'")),
                Arguments.of("probabilities that do not sum to 1", HEAD + "parameters:\n  shock:\n    reliableAgree: 0.5\n",
                        List.of("bad.yaml:5:20:", "shock.reliableAgree/Partial/Oppose", "sum to 1", "0.6")),
                Arguments.of("event with an unknown target",
                        HEAD + "shocks:\n  - event: {actor: USA, targets: [CAN, ATLANTIS]}\n",
                        List.of("bad.yaml:4:40: shocks[0].event.targets[1]", "got 'ATLANTIS'")),
                Arguments.of("empty file", "", List.of("bad.yaml:1:1: scenario:", "got an empty file")),
                Arguments.of("default vote in a shipped roll call",
                        HEAD + "shocks:\n  - rollcall: ES-11-7\n    votes: {default: Y}\n",
                        List.of("bad.yaml:5:13: shocks[0].votes.default", "ISO3 codes only")),
                Arguments.of("memory and influence that overshoot",
                        HEAD + "parameters:\n  trust: {reversion: 0.5, influence: 0.6}\n",
                        List.of("bad.yaml:4:38:", "trust.reversion + trust.influence", "at most 1", "got 1.1")),
                Arguments.of("a shock that is neither roll call nor event", HEAD + "shocks:\n  - round: 1\n",
                        List.of("bad.yaml:4:5: shocks[0]: expected one of 'rollcall'", "got none of them")),
                Arguments.of("seed in quotes", HEAD + "seed: \"12\"\n",
                        List.of("bad.yaml:3:7: seed: expected a whole number >= 0, got '12'")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badScenarios")
    void aBadScenarioIsReportedWithItsLocationAndNothingIsWritten(String what, String yaml, List<String> expected,
                                                                   @TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        Cli c = Cli.run("run", file.toString(), "--out", dir.resolve("out").toString(),
                "--results", dir.resolve("results").toString());
        assertThat(c.status()).as(c.err()).isEqualTo(2);
        assertThat(c.err()).startsWith("realign: " + dir).contains(expected);
        assertThat(c.err().lines().count()).as("one message").isEqualTo(1);
        assertThat(c.out()).isEmpty();
        assertNothingWritten(dir, "bad.yaml");
    }

    static Stream<Arguments> badCommandLines() {
        return Stream.of(
                Arguments.of("missing scenario file", List.of("run", "nowhere.yaml"), List.of("nowhere.yaml: file not found")),
                Arguments.of("--set without =", List.of("run", "scenarios/baseline.yaml", "--set", "trust.reversion"),
                        List.of("--set trust.reversion: expected key=value")),
                Arguments.of("--set of an unknown key", List.of("run", "scenarios/baseline.yaml", "--set", "trust.reverson=0.1"),
                        List.of("--set trust.reverson=0.1: trust.reverson: unknown key", "did you mean 'trust.reversion'?")),
                Arguments.of("--set out of range", List.of("run", "scenarios/baseline.yaml", "--set", "blocs.max=0"),
                        List.of("--set blocs.max=0: parameters.blocs.max: expected a whole number in [1, 26], got '0'")),
                Arguments.of("--set of a shock that does not exist",
                        List.of("run", "scenarios/baseline.yaml", "--set", "shocks[0].salience=0.5"),
                        List.of("shocks[0].salience: expected a shock index below 0")),
                Arguments.of("--seed that is not a number", List.of("run", "scenarios/baseline.yaml", "--seed", "abc"),
                        List.of("Invalid value for option '--seed'", "Try 'realign run --help'")),
                Arguments.of("--rounds out of range", List.of("run", "scenarios/baseline.yaml", "--rounds", "-1"),
                        List.of("--set rounds=-1: rounds: expected a whole number in [1, 10000], got '-1'")),
                Arguments.of("unknown command", List.of("rum", "scenarios/baseline.yaml"),
                        List.of("Unmatched argument", "Try 'realign --help'")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCommandLines")
    void aBadCommandLineIsReportedAndNothingIsWritten(String what, List<String> args, List<String> expected,
                                                      @TempDir Path dir) throws Exception {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of("--results", dir.resolve("results").toString()));
        Cli c = Cli.run(all.toArray(String[]::new));
        assertThat(c.status()).as(c.err()).isEqualTo(2);
        assertThat(c.err()).contains(expected);
        assertNothingWritten(dir);
    }

    @Test
    void anExistingOutputFolderIsNeverOverwritten(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("run");
        Files.createDirectories(out);
        Files.writeString(out.resolve("keep.txt"), "earlier results");
        Cli c = Cli.run("run", "scenarios/baseline.yaml", "--rounds", "1", "--out", out.toString());
        assertThat(c.status()).isEqualTo(2);
        assertThat(c.err()).contains(out + ": --out: expected a folder that does not exist yet", "got an existing folder");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("keep.txt");
        }
        assertThat(Files.readString(out.resolve("keep.txt"))).isEqualTo("earlier results");
        assertNothingWritten(dir, "run");
    }

    /** The folder holds only what the test put there: no run folder, no results folder, no partial folder. */
    private static void assertNothingWritten(Path dir, String... expected) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(expected);
        }
        assertThat(Path.of("results")).satisfiesAnyOf(
                p -> assertThat(p).doesNotExist(),
                p -> {
                    try (Stream<Path> f = Files.list(p)) {
                        assertThat(f.map(x -> x.getFileName().toString()))
                                .noneMatch(n -> n.contains(".partial") || n.startsWith("bad-"));
                    }
                });
    }
}
