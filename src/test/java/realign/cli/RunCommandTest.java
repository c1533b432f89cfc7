package realign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import realign.Version;

/** {@code realign run} end to end, in-process: exit status, summary, files and their formats. */
class RunCommandTest {

    @TempDir
    static Path tmp;

    static Cli usVote;
    static Path usVoteDir;

    @BeforeAll
    static void runTheShippedScenarioOnce() {
        usVoteDir = tmp.resolve("us-vote");
        usVote = Cli.run("run", "scenarios/us-vote-2025.yaml", "--out", usVoteDir.toString());
    }

    @Test
    void theUsVoteRunSucceedsAndPrintsAOneScreenSummary() {
        assertThat(usVote.status()).as(usVote.err()).isZero();
        assertThat(usVote.out())
                .contains("us-vote-2025", "seed 20250224", "24 rounds", "193 countries")
                .contains("Blocs at round 0:", "Blocs at round 24:", "A (USA)")
                .contains("the 10 strongest new ties")
                .contains("Mean trust in the U.S.", "EU", "NATO-Europe", "JPN", "KOR")
                .contains("Output: " + usVoteDir);
        assertThat(usVote.out().lines().filter(l -> l.matches("\\s+round\\s+\\d+\\s+[A-Z]{3}–[A-Z]{3}.*"))).hasSize(10);
        assertThat(usVote.out().lines().count()).as("fits one screen").isLessThanOrEqualTo(50);
    }

    @Test
    void theRunFolderHasEveryFileWithItsHeader() throws Exception {
        assertThat(Files.readAllBytes(usVoteDir.resolve("scenario.yaml")))
                .isEqualTo(Files.readAllBytes(Path.of("scenarios/us-vote-2025.yaml")));
        assertThat(header("rounds.csv")).startsWith("round,shocks,ties,ties_multilateral,ties_formed,ties_dissolved,"
                + "seekers,total_deficit,bloc_count,energy,modularity,mean_trust,us_degree,")
                .contains("trust_in_usa_eu", "trust_in_usa_nato_europe", "trust_in_usa_aus");
        assertThat(header("countries.csv")).isEqualTo("round,iso3,bloc,trust_in_usa,support,need,deficit,seeking,"
                + "degree,mean_trust_received");
        assertThat(header("ties.csv")).isEqualTo("round,a,b,event,value");
        assertThat(header("blocs.csv")).isEqualTo("round,bloc,name,size,capability_share,members");
        assertThat(lines("rounds.csv")).hasSize(1 + 25);
        assertThat(lines("countries.csv")).hasSize(1 + 25 * 193);
        assertThat(lines("ties.csv")).allSatisfy(l -> assertThat(l).doesNotContain("\r"));
        for (String f : List.of("rounds.csv", "countries.csv", "ties.csv", "blocs.csv")) {
            String text = Files.readString(usVoteDir.resolve(f), StandardCharsets.UTF_8);
            assertThat(text).as(f).endsWith("\n").doesNotContain("\r").doesNotContainPattern("\\d,\\d{3}\\.\\d")
                    .doesNotContainPattern("\\dE-?\\d");
            assertThat(text.lines().findFirst().orElseThrow()).as(f + " snake_case header").matches("[a-z0-9_,]+");
        }
        assertThat(usVoteDir.resolve("figures/run-overview.png")).exists();
    }

    @Test
    void networksAreGraphMlWithTypedAttributesForTheFirstAndLastRound() throws Exception {
        for (String f : List.of("network-round-0.graphml", "network-round-24.graphml")) {
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            dbf.setNamespaceAware(true);
            Document doc = dbf.newDocumentBuilder().parse(usVoteDir.resolve(f).toFile());
            assertThat(doc.getElementsByTagName("node").getLength()).as(f).isEqualTo(193);
            assertThat(doc.getElementsByTagName("edge").getLength()).as(f).isGreaterThan(800);
            // every value of a double-typed key parses as a double (networkx and Gephi read the types)
            org.w3c.dom.NodeList data = doc.getElementsByTagName("data");
            java.util.Set<String> doubles = java.util.Set.of("d4", "d5", "e0");
            for (int k = 0; k < data.getLength(); k++) {
                org.w3c.dom.Element d = (org.w3c.dom.Element) data.item(k);
                if (doubles.contains(d.getAttribute("key"))) {
                    assertThat(Double.parseDouble(d.getTextContent())).as(f + " " + d.getAttribute("key")).isFinite();
                }
            }
            String keys = Files.readString(usVoteDir.resolve(f));
            assertThat(keys).contains("attr.name=\"capability\" attr.type=\"double\"",
                    "attr.name=\"bloc\" attr.type=\"string\"", "attr.name=\"weight\" attr.type=\"double\"");
        }
    }

    @Test
    void theManifestSaysExactlyWhatWasRun() throws Exception {
        JsonNode m = new ObjectMapper().readTree(usVoteDir.resolve("manifest.json").toFile());
        assertThat(m.get("realign_version").asText()).isEqualTo(Version.realign());
        assertThat(m.get("seed").asLong()).isEqualTo(20250224L);
        assertThat(m.get("scenario_sha256").asText()).matches("[0-9a-f]{64}");
        assertThat(m.get("scenario_resolved_sha256").asText()).matches("[0-9a-f]{64}");
        assertThat(m.at("/scenario/parameters").size()).isEqualTo(realign.scenario.Params.ALL.size());
        assertThat(m.at("/scenario/parameters/trust.reversion").asDouble()).isEqualTo(0.02);
        assertThat(m.get("data_sources").size()).isEqualTo(5);
        assertThat(m.get("imputations").size()).isEqualTo(42);
        assertThat(m.get("data_notes").get(0).asText()).startsWith("ES-11-5");
        assertThat(m.at("/timing/wall_time_ms").asLong()).isNotNegative();
        try (Stream<Path> files = Files.walk(usVoteDir)) {
            List<String> present = files.filter(Files::isRegularFile)
                    .map(p -> usVoteDir.relativize(p).toString()).sorted().toList();
            List<String> listed = Stream.of(new ObjectMapper().convertValue(m.get("outputs"), String[].class)).sorted()
                    .toList();
            assertThat(listed).isEqualTo(present);
        }
    }

    @Test
    void seedRoundsAndSetAreAppliedAndRecorded() throws Exception {
        Path dir = tmp.resolve("short");
        Cli c = Cli.run("run", "scenarios/us-vote-2025.yaml", "--seed", "7", "--rounds", "3",
                "--set", "trust.reversion=0.05", "--set", "shocks[0].salience=0.5", "--out", dir.toString());
        assertThat(c.status()).as(c.err()).isZero();
        JsonNode m = new ObjectMapper().readTree(dir.resolve("manifest.json").toFile());
        assertThat(m.get("seed").asLong()).isEqualTo(7);
        assertThat(m.get("rounds").asInt()).isEqualTo(3);
        assertThat(m.at("/scenario/parameters/trust.reversion").asDouble()).isEqualTo(0.05);
        assertThat(m.at("/scenario/shocks/0/salience").asDouble()).isEqualTo(0.5);
        assertThat(m.at("/scenario/shocks/1/salience").asDouble()).isEqualTo(0.35);
        assertThat(m.get("overrides").toString()).contains("trust.reversion=0.05", "seed=7", "rounds=3");
        assertThat(Files.readAllLines(dir.resolve("rounds.csv"))).hasSize(1 + 4);
        assertThat(dir.resolve("network-round-3.graphml")).exists();
    }

    @Test
    void withoutOutTheRunGoesToANamedFolderUnderResults() throws Exception {
        Path results = tmp.resolve("results");
        Cli c = Cli.run("run", "scenarios/baseline.yaml", "--rounds", "2", "--results", results.toString());
        assertThat(c.status()).as(c.err()).isZero();
        try (Stream<Path> runs = Files.list(results)) {
            List<String> names = runs.map(p -> p.getFileName().toString()).toList();
            assertThat(names).hasSize(1);
            assertThat(names.get(0)).matches("baseline-\\d{8}-\\d{6}-20250224");
        }
    }

    @Test
    void helpAndVersionExitZero() {
        Cli help = Cli.run("--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("run", "sweep", "merge");
        Cli runHelp = Cli.run("run", "--help");
        assertThat(runHelp.status()).isZero();
        assertThat(runHelp.out()).contains("--seed", "--rounds", "--out", "--set", "Exit status");
        Cli version = Cli.run("--version");
        assertThat(version.status()).isZero();
        assertThat(version.out()).contains("realign " + Version.realign(), "model v1");
    }

    private static String header(String file) throws Exception {
        return Files.readAllLines(usVoteDir.resolve(file), StandardCharsets.UTF_8).get(0);
    }

    private static List<String> lines(String file) throws Exception {
        return Files.readAllLines(usVoteDir.resolve(file), StandardCharsets.UTF_8);
    }
}
