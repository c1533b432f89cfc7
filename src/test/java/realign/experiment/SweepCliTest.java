package realign.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import realign.cli.Main;

/** {@code realign sweep} and {@code realign merge} end to end, in-process. */
class SweepCliTest {

    static final String BASE = Path.of("scenarios/us-vote-2025.yaml").toAbsolutePath().toString();

    record Cli(int status, String out, String err) {}

    static Cli cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Cli(status, out.toString(), err.toString());
    }

    static Path sweepFile(Path dir, String body) throws Exception {
        Path f = dir.resolve("sweep.yaml");
        Files.writeString(f, "scenario: " + BASE + "\n" + body, StandardCharsets.UTF_8);
        return f;
    }

    static final String MORRIS = """
            name: small
            seed: 11
            replicates: 2
            fixed: {rounds: 4, trust.noise: 0.01}
            design: {type: morris, trajectories: 4, levels: 4}
            factors:
              shock.salience: {min: 0.1, max: 0.8}
              shock.betrayalAmplification: {min: 0, max: 2}
              renegotiation.formThreshold: {values: [0.2, 0.3, 0.4, 0.5]}
            outcomes:
              - {name: eu_trust, metric: trust_in_usa_eu, summary: final}
              - {name: new_ties, metric: new_ties, summary: final}
              - {name: blocs_max, metric: bloc_count, summary: max}
            series_every: 2
            """;

    private static byte[] manifestWithoutExecution(Path dir) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode m = (ObjectNode) json.readTree(dir.resolve("manifest.json").toFile());
        m.remove("execution");
        return json.writeValueAsBytes(m);
    }

    @Test
    void oneThreadTwoThreadsAndTwoMergedShardsGiveTheSameBytes(@TempDir Path tmp) throws Exception {
        Path file = sweepFile(tmp, MORRIS);
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        assertThat(cli("sweep", file.toString(), "--threads", "1", "--out", one.toString()).status()).isZero();
        assertThat(cli("sweep", file.toString(), "--threads", "2", "--out", two.toString()).status()).isZero();
        Cli s1 = cli("sweep", file.toString(), "--threads", "2", "--shard", "1/2", "--out", tmp.resolve("s1").toString());
        Cli s2 = cli("sweep", file.toString(), "--threads", "1", "--shard", "2/2", "--out", tmp.resolve("s2").toString());
        assertThat(s1.status()).as(s1.err()).isZero();
        assertThat(s2.status()).as(s2.err()).isZero();
        Path merged = tmp.resolve("merged");
        Cli m = cli("merge", tmp.resolve("s2").toString(), tmp.resolve("s1").toString(), "--out", merged.toString());
        assertThat(m.status()).as(m.err()).isZero();
        for (String f : List.of("runs.csv", "summary.csv", "design.csv", "sensitivity.csv", "series.csv", "sweep.yaml",
                "scenario.yaml")) {
            byte[] expected = Files.readAllBytes(one.resolve(f));
            assertThat(Files.readAllBytes(two.resolve(f))).as("2 threads: " + f).isEqualTo(expected);
            assertThat(Files.readAllBytes(merged.resolve(f))).as("merged shards: " + f).isEqualTo(expected);
        }
        assertThat(manifestWithoutExecution(two)).isEqualTo(manifestWithoutExecution(one));
        assertThat(manifestWithoutExecution(merged)).isEqualTo(manifestWithoutExecution(one));
        List<String> runs = Files.readAllLines(one.resolve("runs.csv"));
        assertThat(runs).hasSize(1 + 4 * 4 * 2);
        assertThat(runs.get(0)).isEqualTo("run,point,replicate,seed,status,shock.salience,shock.betrayalAmplification,"
                + "renegotiation.formThreshold,eu_trust,new_ties,blocs_max,error");
        assertThat(Files.readAllLines(one.resolve("sensitivity.csv")).get(0))
                .isEqualTo("outcome,factor,mu,mu_star,sigma,trajectories");
        // replicates of a point differ (noise), so the seeds really differ
        assertThat(runs.get(1).split(",")[8]).isNotEqualTo(runs.get(2).split(",")[8]);
        assertThat(Files.readAllLines(one.resolve("series.csv")).get(0)).isEqualTo("run,round,outcome,value");
        assertThat(tmp.resolve("s1/summary.csv")).doesNotExist();
    }

    @Test
    void aFailingRunIsRecordedAndTheOthersGoOn(@TempDir Path tmp) throws Exception {
        Path file = sweepFile(tmp, """
                replicates: 2
                fixed: {rounds: 2, trust.reversion: 0.5}
                factors:
                  trust.influence: {values: [0.1, 0.6, 0.3]}
                outcomes:
                  - {metric: trust_in_usa_eu}
                """);
        Path out = tmp.resolve("out");
        Cli c = cli("sweep", file.toString(), "--threads", "2", "--out", out.toString());
        assertThat(c.status()).isEqualTo(1);
        assertThat(c.err()).contains("realign: 2 of 6 runs failed", "runs.csv");
        List<String> rows = Files.readAllLines(out.resolve("runs.csv"));
        assertThat(rows).hasSize(7);
        assertThat(rows.subList(1, 3)).allSatisfy(r -> assertThat(r).contains(",ok,"));
        assertThat(rows.subList(3, 5)).allSatisfy(r -> assertThat(r).contains(",failed,", "NA",
                "trust.reversion + trust.influence"));
        assertThat(rows.subList(5, 7)).allSatisfy(r -> assertThat(r).contains(",ok,"));
        assertThat(Files.readString(out.resolve("summary.csv"))).contains("1,0.6,trust_in_usa_eu_final,0,2,NA");
        assertThat(new ObjectMapper().readTree(out.resolve("manifest.json").toFile()).get("failed").asInt()).isEqualTo(2);
    }

    @Test
    void theReorderBufferStaysSmallWhateverTheNumberOfRuns(@TempDir Path tmp) throws Exception {
        Path file = sweepFile(tmp, """
                replicates: 1
                fixed: {rounds: 1}
                design: {type: random, n: 1500}
                factors:
                  shock.salience: {min: 0, max: 1}
                outcomes:
                  - {metric: trust_in_usa_eu}
                """);
        Cli c = cli("sweep", file.toString(), "--threads", "2", "--out", tmp.resolve("out").toString());
        assertThat(c.status()).as(c.err()).isZero();
        assertThat(Files.readAllLines(tmp.resolve("out/runs.csv"))).hasSize(1501);
        assertThat(SweepExecutor.lastMaxPending).isBetween(1, 8);
        assertThat(c.err()).contains("realign sweep: 1500/1500 runs done");
    }

    @Test
    void keptRunsHaveTheirOwnTables(@TempDir Path tmp) throws Exception {
        Path file = sweepFile(tmp, """
                fixed: {rounds: 2}
                factors:
                  shock.salience: {values: [0.2, 0.4]}
                outcomes:
                  - {metric: ties, summary: max}
                keep_runs: true
                """);
        Path out = tmp.resolve("out");
        assertThat(cli("sweep", file.toString(), "--out", out.toString()).status()).isZero();
        assertThat(out.resolve("runs/run-000000/rounds.csv")).exists();
        assertThat(out.resolve("runs/run-000001/network-round-2.graphml")).exists();
    }

    static Stream<Arguments> badSweeps() {
        return Stream.of(
                Arguments.of("unknown key", "replicats: 3\nfactors: {trust.noise: {values: [0]}}\noutcomes: [{metric: ties}]\n",
                        List.of("sweep.yaml:2:1: replicats: unknown key", "did you mean 'replicates'?")),
                Arguments.of("unknown factor", "factors: {trust.reversoin: {values: [0.1]}}\noutcomes: [{metric: ties}]\n",
                        List.of("sweep.yaml:2:11: factors.trust.reversoin: unknown parameter",
                                "did you mean 'trust.reversion'?")),
                Arguments.of("factor outside the parameter's range",
                        "factors: {trust.reversion: {min: 0, max: 2}}\noutcomes: [{metric: ties}]\n",
                        List.of("sweep.yaml:2:42: factors.trust.reversion.max: expected a number in [0, 1], got '2'")),
                Arguments.of("unknown metric", "factors: {trust.noise: {values: [0]}}\noutcomes: [{metric: tie}]\n",
                        List.of("sweep.yaml:3:21: outcomes[0].metric", "got 'tie'", "did you mean 'ties'?")),
                Arguments.of("bad design", "design: {type: sobel, n: 8}\nfactors: {trust.noise: {values: [0]}}\n"
                        + "outcomes: [{metric: ties}]\n", List.of("design.type", "did you mean 'sobol'?")),
                Arguments.of("odd Morris levels", "design: {type: morris, levels: 5}\n"
                        + "factors: {trust.noise: {min: 0, max: 0.1}}\noutcomes: [{metric: ties}]\n",
                        List.of("design.levels: expected an even number of levels for Morris, got 5")),
                Arguments.of("first without a threshold", "factors: {trust.noise: {values: [0]}}\n"
                        + "outcomes: [{metric: ties, summary: first}]\n",
                        List.of("outcomes[0]: expected exactly one of 'above' or 'below'")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSweeps")
    void aBadSweepFileIsReportedWithItsLocationAndNothingIsWritten(String what, String body, List<String> expected,
                                                                  @TempDir Path tmp) throws Exception {
        Path file = sweepFile(tmp, body);
        Path out = tmp.resolve("out");
        Cli c = cli("sweep", file.toString(), "--out", out.toString());
        assertThat(c.status()).as(c.err()).isEqualTo(2);
        assertThat(c.err()).contains(expected);
        assertThat(out).doesNotExist();
        assertThat(tmp.resolve("out.partial")).doesNotExist();
    }

    @Test
    void aMissingBaseScenarioIsReportedWhereTheSweepNamesIt(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("sweep.yaml");
        Files.writeString(file, "scenario: no-such-scenario.yaml\nfactors: {trust.noise: {values: [0]}}\n"
                + "outcomes: [{metric: ties}]\n");
        Cli c = cli("sweep", file.toString(), "--out", tmp.resolve("out").toString());
        assertThat(c.status()).isEqualTo(2);
        assertThat(c.err()).contains("sweep.yaml:1:11: scenario: expected a scenario file", "file not found");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void badOptionsAreReportedAndNothingIsWritten(@TempDir Path tmp) throws Exception {
        Path file = sweepFile(tmp, "factors: {trust.noise: {values: [0]}}\noutcomes: [{metric: ties}]\n");
        Files.createDirectories(tmp.resolve("taken"));
        Cli shard = cli("sweep", file.toString(), "--shard", "3/2", "--out", tmp.resolve("a").toString());
        assertThat(shard.status()).isEqualTo(2);
        assertThat(shard.err()).contains("--shard: expected a shard i/n with 1 <= i <= n", "got '3/2'");
        Cli taken = cli("sweep", file.toString(), "--out", tmp.resolve("taken").toString());
        assertThat(taken.status()).isEqualTo(2);
        assertThat(taken.err()).contains("expected a folder that does not exist yet");
        Cli resume = cli("sweep", file.toString(), "--resume", tmp.resolve("nothing").toString());
        assertThat(resume.status()).isEqualTo(2);
        assertThat(resume.err()).contains("--resume: expected the folder of an interrupted sweep");
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("sweep.yaml", "taken");
        }
    }
}
