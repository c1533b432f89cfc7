package realign.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import realign.cli.Main;

/** Same scenario and seed give the same bytes in every file; only the manifest's timing differs. */
class ReproducibilityTest {

    private static Path run(Path dir, String... args) {
        StringWriter err = new StringWriter();
        String[] all = Stream.concat(Stream.of(args), Stream.of("--out", dir.toString())).toArray(String[]::new);
        int status = Main.execute(all, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(status).as(err.toString()).isZero();
        return dir;
    }

    private static List<String> files(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    private static byte[] manifestWithoutTiming(Path dir) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode m = (ObjectNode) json.readTree(dir.resolve("manifest.json").toFile());
        m.remove("timing");
        return json.writeValueAsBytes(m);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"us-vote-2025", "repeated-shocks"})
    void twoRunsWithOneSeedAreByteIdenticalExceptTheManifestsTiming(String scenario, @TempDir Path tmp)
            throws Exception {
        Path a = run(tmp.resolve("a"), "run", "scenarios/" + scenario + ".yaml", "--set", "trust.noise=0.01");
        Path b = run(tmp.resolve("b"), "run", "scenarios/" + scenario + ".yaml", "--set", "trust.noise=0.01");
        assertThat(files(b)).isEqualTo(files(a)).contains("figures/run-overview.png", "figures/run-overview.svg",
                "figures/run-overview.pdf");
        for (String f : files(a)) {
            if (f.equals("manifest.json")) {
                assertThat(manifestWithoutTiming(b)).isEqualTo(manifestWithoutTiming(a));
            } else {
                assertThat(Files.readAllBytes(b.resolve(f))).as(f).isEqualTo(Files.readAllBytes(a.resolve(f)));
            }
        }
    }

    @Test
    void differentSeedsGiveDifferentRuns(@TempDir Path tmp) throws Exception {
        // with the default σ = 0 the model is deterministic except for exact ties in pair values, so noise is on
        Path a = run(tmp.resolve("a"), "run", "scenarios/us-vote-2025.yaml", "--set", "trust.noise=0.01", "--seed", "1");
        Path b = run(tmp.resolve("b"), "run", "scenarios/us-vote-2025.yaml", "--set", "trust.noise=0.01", "--seed", "2");
        assertThat(Files.readAllBytes(b.resolve("countries.csv"))).isNotEqualTo(Files.readAllBytes(a.resolve("countries.csv")));
        assertThat(Files.readAllBytes(b.resolve("rounds.csv"))).isNotEqualTo(Files.readAllBytes(a.resolve("rounds.csv")));
    }

    @Test
    void seedsThatDifferOnlyInTheirHigh32BitsGiveDifferentRuns(@TempDir Path tmp) throws Exception {
        // MASON's MersenneTwisterFast(long) keeps only the low 32 bits; realign seeds it with all 64
        long high = 1L << 32;
        Path a = run(tmp.resolve("a"), "run", "scenarios/us-vote-2025.yaml", "--set", "trust.noise=0.01", "--seed", "5",
                "--rounds", "2");
        Path b = run(tmp.resolve("b"), "run", "scenarios/us-vote-2025.yaml", "--set", "trust.noise=0.01", "--seed",
                Long.toString(high + 5), "--rounds", "2");
        assertThat(Files.readAllBytes(b.resolve("countries.csv"))).isNotEqualTo(Files.readAllBytes(a.resolve("countries.csv")));
    }
}
