package realign.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static realign.experiment.SweepFixture.realign;

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
import realign.output.PartialFolders;

/**
 * Bad sweep files and options are user errors, as for scenarios: exit status 2, one message
 * {@code file:line:col: field: expected ..., got ...} (or {@code ...: unknown key/parameter (did you mean ...)}),
 * and nothing written: no DIR, no .DIR.partial.
 */
class SweepValidationTest {

    /** A valid sweep (after the scenario line), one line per setting so that cases can replace one. */
    private static final String VALID = """
            name: checks
            seed: 1
            replicates: 1
            fixed: {rounds: 2}
            design: {type: grid}
            factors:
              shock.salience: {values: [0.1, 0.2]}
            outcomes:
              - {name: eu_trust_end, metric: trust_in_usa_eu, summary: final}
            """;

    /**
     * @param replace a line of {@link #VALID} and what replaces it
     * @param at the text where the error is (its line and column are expected in the message)
     * @param message what follows {@code file:line:col: }
     */
    record Bad(String name, String replace, String with, String at, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                new Bad("unknown top key", "replicates: 1", "replicate: 1", "replicate",
                        "replicate: unknown key (did you mean 'replicates'?); expected one of name, description"),
                new Bad("unknown factor", "  shock.salience: {values: [0.1, 0.2]}", "  shock.salence: {values: [0.1]}",
                        "shock.salence", "factors.shock.salence: unknown parameter (did you mean 'shock.salience'?)"),
                new Bad("unknown fixed parameter", "fixed: {rounds: 2}", "fixed: {rounds: 2, trust.nosie: 0.1}",
                        "trust.nosie", "fixed.trust.nosie: unknown parameter (did you mean 'trust.noise'?)"),
                new Bad("factor range outside the parameter's range", "  shock.salience: {values: [0.1, 0.2]}",
                        "  trust.reversion: {min: 0.005, max: 1.5}", "1.5",
                        "factors.trust.reversion.max: expected a number in [0, 1], got '1.5'"),
                new Bad("factor value outside the parameter's range", "  shock.salience: {values: [0.1, 0.2]}",
                        "  shock.salience: {values: [0.1, -0.2]}", "-0.2",
                        "factors.shock.salience.values[1]: expected a number in [0, 10], got '-0.2'"),
                new Bad("fixed value outside its range", "fixed: {rounds: 2}", "fixed: {rounds: 0}", "0}",
                        "fixed.rounds: expected a whole number in [1, 10000], got '0'"),
                new Bad("shock the base scenario does not have", "  shock.salience: {values: [0.1, 0.2]}",
                        "  shocks[5].salience: {values: [0.1]}", "shocks[5]",
                        "factors.shocks[5].salience: expected a shock of the base scenario (it has 2), got index 5"),
                new Bad("parameter both fixed and a factor", "fixed: {rounds: 2}", "fixed: {shock.salience: 0.3}",
                        "{shock", "fixed.shock.salience: expected a parameter that is not also a factor"),
                new Bad("unknown metric", "  - {name: eu_trust_end, metric: trust_in_usa_eu, summary: final}",
                        "  - {name: eu_trust_end, metric: trust_in_usa_ue, summary: final}", "trust_in_usa_ue",
                        "outcomes[0].metric: expected a metric of rounds.csv (docs/outputs.md), got 'trust_in_usa_ue'"
                                + " (did you mean 'trust_in_usa_eu'?)"),
                new Bad("unknown summary", "  - {name: eu_trust_end, metric: trust_in_usa_eu, summary: final}",
                        "  - {name: eu_trust_end, metric: trust_in_usa_eu, summary: last}", "last",
                        "outcomes[0].summary: expected one of final, mean, max, min, sum, first, got 'last'"),
                new Bad("first summary without above or below",
                        "  - {name: eu_trust_end, metric: trust_in_usa_eu, summary: final}",
                        "  - {name: eu_trust_end, metric: trust_in_usa_eu, summary: first}", "{",
                        "outcomes[0]: expected exactly one of 'above' or 'below' for summary: first, got neither or both"),
                new Bad("bad design type", "design: {type: grid}", "design: {type: sobel}", "sobel",
                        "design.type: expected one of grid, random, lhs, sobol, morris, got 'sobel'"
                                + " (did you mean 'sobol'?)"),
                new Bad("odd number of Morris levels", "design: {type: grid}", "design: {type: morris, levels: 5}", "5}",
                        "design.levels: expected an even number of levels for Morris, got 5"),
                new Bad("sample design without n", "design: {type: grid}", "design: {type: lhs}", "{",
                        "design.n: expected a value (the key is required), got no 'n'"),
                new Bad("empty factor label", "  shock.salience: {values: [0.1, 0.2]}",
                        "  shock.salience: {values: [0.1, 0.2], label: ''}", "''",
                        "factors.shock.salience.label: expected a text value, got nothing"),
                new Bad("series_by that is not a factor", "design: {type: grid}",
                        "series_by: shock.salienc", "shock.salienc",
                        "series_by: expected one of the factors (shock.salience), got 'shock.salienc' (did you mean"
                                + " 'shock.salience'?)"),
                new Bad("unreadable scenario level", "  shock.salience: {values: [0.1, 0.2]}",
                        "  scenario: {values: [no-such.yaml]}", "no-such.yaml",
                        "factors.scenario.values[0]: expected a scenario file (relative to the sweep file), got"
                                + " 'no-such.yaml', which cannot be read"),
                new Bad("log-uniform range from zero", "  shock.salience: {values: [0.1, 0.2]}",
                        "  trust.noise: {min: 0, max: 0.1, dist: loguniform}", "0,",
                        "factors.trust.noise.min: expected a value > 0 for a log-uniform range, got '0'"))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void badSweepFileIsRejectedWithItsLineAndColumnAndNothingIsWritten(Bad bad, @TempDir Path tmp) throws Exception {
        assertThat(VALID).contains(bad.replace());
        String yaml = VALID.replace(bad.replace(), bad.with());
        Path file = SweepFixture.sweepFile(tmp, "sweep.yaml", yaml);
        List<String> lines = Files.readAllLines(file);
        int line = 0;
        while (!lines.get(line).equals(bad.with())) {
            line++;
        }
        int column = lines.get(line).indexOf(bad.at()) + 1;

        assertRejected(tmp, "realign: " + file + ":" + (line + 1) + ":" + column + ": " + bad.message(),
                "sweep", file, "--out", tmp.resolve("out"));
    }

    @Test
    void missingBaseScenarioIsRejectedAtTheScenarioKey(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("sweep.yaml");
        Files.writeString(file, "scenario: missing.yaml\n" + VALID);

        assertRejected(tmp, "realign: " + file + ":1:11: scenario: expected a scenario file (relative to the sweep"
                + " file), got 'missing.yaml', which cannot be read", "sweep", file, "--out", tmp.resolve("out"));
    }

    @Test
    void outFolderThatExistsIsRejectedAndLeftAlone(@TempDir Path tmp) throws Exception {
        Path file = SweepFixture.sweepFile(tmp, "sweep.yaml", VALID);
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("keep.txt"), "mine");

        assertRejected(tmp, "realign: " + out + ": --out: expected a folder that does not exist yet", "sweep", file,
                "--out", out);
        assertThat(SweepFixture.listing(out)).containsExactly("keep.txt");
    }

    @Test
    void shardOutsideOneToNIsRejected(@TempDir Path tmp) throws Exception {
        Path file = SweepFixture.sweepFile(tmp, "sweep.yaml", VALID);

        assertRejected(tmp, "realign: --shard: expected a shard i/n with 1 <= i <= n (e.g. 1/2), got '3/2'", "sweep",
                file, "--shard", "3/2", "--out", tmp.resolve("out"));
        assertRejected(tmp, "got '0/2'", "sweep", file, "--shard", "0/2", "--out", tmp.resolve("out"));
        assertRejected(tmp, "got 'half'", "sweep", file, "--shard", "half", "--out", tmp.resolve("out"));
    }

    @Test
    void threadsBelowOneAreRejected(@TempDir Path tmp) throws Exception {
        Path file = SweepFixture.sweepFile(tmp, "sweep.yaml", VALID);

        assertRejected(tmp, "realign: --threads: expected a whole number in [1, 1024], got 0", "sweep", file,
                "--threads", 0, "--out", tmp.resolve("out"));
    }

    @Test
    void resumeOfAFolderThatIsNotAnInterruptedSweepIsRejected(@TempDir Path tmp) throws Exception {
        Path file = SweepFixture.sweepFile(tmp, "sweep.yaml", VALID);
        Path finished = tmp.resolve("finished");
        assertThat(realign("sweep", file, "--out", finished).status()).isZero();
        Path stray = Files.createDirectories(tmp.resolve("stray.partial"));
        Files.writeString(stray.resolve("notes.txt"), "not a sweep");

        assertRejected(tmp, "got nothing there", "sweep", file, "--resume", tmp.resolve("nothing"));
        assertRejected(tmp, "realign: " + finished + ": --resume: expected the folder of an interrupted sweep ("
                + PartialFolders.workFolder(finished) + " with runs.csv), got a finished sweep", "sweep", file, "--resume",
                finished);
        assertRejected(tmp, "--resume: expected the folder of an interrupted sweep (" + stray
                + " with runs.csv), got a folder without sweep.yaml", "sweep", file, "--resume", stray);
        assertThat(SweepFixture.listing(stray)).containsExactly("notes.txt");
    }

    @Test
    void resumeWithADifferentSweepFileIsRejected(@TempDir Path tmp) throws Exception {
        Path file = SweepFixture.sweepFile(tmp, "sweep.yaml", VALID);
        Path dir = tmp.resolve("out");
        Sweep sweep = SweepFixture.read(file);
        Path work = Files.createDirectories(PartialFolders.workFolder(dir));
        Files.write(work.resolve("sweep.yaml"), sweep.sweepBytes());
        Files.write(work.resolve("scenario.yaml"), sweep.baseBytes());
        Files.writeString(work.resolve(SweepJob.SHARD_FILE), "1/1\n");
        SweepExecutor.start(sweep, work);
        Path edited = SweepFixture.sweepFile(tmp, "edited.yaml", VALID.replace("seed: 1", "seed: 2"));

        assertRejected(tmp, "realign: " + edited + ": --resume: expected the same sweep file as the interrupted sweep",
                "sweep", edited, "--resume", dir);
        assertRejected(tmp, "realign: --shard 2/2: expected the shard of the interrupted sweep (1/1), got 2/2",
                "sweep", file, "--resume", dir, "--shard", "2/2");
    }

    @Test
    void mergeOfAnIncompleteOrMixedSetOfShardsIsRejected(@TempDir Path tmp) throws Exception {
        Path file = SweepFixture.sweepFile(tmp, "sweep.yaml", VALID);
        Path other = SweepFixture.sweepFile(tmp, "other.yaml", VALID.replace("seed: 1", "seed: 2"));
        Path shard1 = tmp.resolve("shard1");
        Path shard2 = tmp.resolve("shard2");
        Path otherShard2 = tmp.resolve("other2");
        assertThat(realign("sweep", file, "--shard", "1/2", "--out", shard1).status()).isZero();
        assertThat(realign("sweep", file, "--shard", "2/2", "--out", shard2).status()).isZero();
        assertThat(realign("sweep", other, "--shard", "2/2", "--out", otherShard2).status()).isZero();

        assertRejected(tmp, "realign: merge: expected all 2 shards, got none for shard 2/2", "merge", shard1, "--out",
                tmp.resolve("merged"));
        assertRejected(tmp, "realign: " + shard1 + ": expected shards 1..2 once each, got shard 1/2 twice", "merge",
                shard1, shard1, "--out", tmp.resolve("merged"));
        assertRejected(tmp, "realign: " + otherShard2 + ": expected a shard of the same sweep as " + shard1
                + ", got a different sweep.yaml or scenario.yaml", "merge", shard1, otherShard2, "--out",
                tmp.resolve("merged"));
        assertRejected(tmp, "realign: " + tmp.resolve("nothing") + ": expected a finished sweep shard", "merge",
                shard1, tmp.resolve("nothing"), "--out", tmp.resolve("merged"));
        assertRejected(tmp, "realign: " + shard2 + ": --out: expected a folder that does not exist yet", "merge",
                shard1, shard2, "--out", shard2);
    }

    @Test
    void shippedSweepFilesAreValid() throws Exception {
        Sweep grid = SweepReader.read(Path.of("scenarios/sweeps/salience-betrayal.yaml"),
                Files.readAllBytes(Path.of("scenarios/sweeps/salience-betrayal.yaml")), null);
        Sweep sobol = SweepReader.read(Path.of("scenarios/sweeps/sensitivity.yaml"),
                Files.readAllBytes(Path.of("scenarios/sweeps/sensitivity.yaml")), null);

        assertThat(grid.points()).hasSize(5 * 4);
        assertThat(grid.runs()).isEqualTo(600);
        assertThat(sobol.spec().factors()).hasSize(10);
        assertThat(sobol.runs()).isEqualTo(128 * 12);
    }

    /** Runs the command, expects exit 2 with {@code message} on stderr, and the folder unchanged. */
    private static void assertRejected(Path tmp, String message, Object... args) throws Exception {
        List<String> before = deepListing(tmp);

        SweepFixture.Cli cli = realign(args);

        assertThat(cli.status()).as(cli.transcript()).isEqualTo(2);
        assertThat(cli.err()).as(cli.transcript()).contains(message).doesNotContain("Exception").hasLineCount(1);
        assertThat(cli.out()).isEmpty();
        assertThat(deepListing(tmp)).as("nothing written").isEqualTo(before);
    }

    private static List<String> deepListing(Path dir) throws Exception {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            s.forEach(p -> out.add(dir.relativize(p) + (Files.isDirectory(p) ? "/" : " " + p.toFile().length())));
        }
        out.sort(null);
        return out;
    }
}
