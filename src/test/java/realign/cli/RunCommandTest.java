package realign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import realign.Version;
import realign.scenario.Params;

/**
 * {@code realign run} end to end, in-process: exit status, the summary, the files of a run and their formats,
 * and where the run folder goes. Three runs of us-vote-2025 are shared by the tests: the shipped scenario as
 * it is ({@code --out}), a short one with every override, and one without {@code --out}.
 */
class RunCommandTest {

    private static final String GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";
    private static final List<String> RUN_FILES = List.of("manifest.json", "scenario.yaml", "rounds.csv",
            "countries.csv", "ties.csv", "blocs.csv", "bloc_events.csv", "network-round-0.graphml", "network-round-24.graphml");
    private static final List<String> FOCUS = List.of("EU", "NATO-Europe", "CAN", "GBR", "JPN", "KOR", "AUS");
    private static final int UN_MEMBERS = 193;

    @TempDir
    static Path tmp;

    private static Path full;
    private static Cli.Result fullRun;
    private static Path shortDir;
    private static Cli.Result shortRun;
    private static Path results;
    private static Cli.Result autoRun;
    private static LocalDateTime autoBefore;
    private static LocalDateTime autoAfter;

    @BeforeAll
    static void runUsVote2025ThreeWays() {
        full = tmp.resolve("full");
        fullRun = Cli.runOk(Cli.scenario("us-vote-2025").toString(), "--out", full.toString());

        shortDir = tmp.resolve("nested").resolve("short");
        shortRun = Cli.runOk(Cli.scenario("us-vote-2025").toString(), "--seed", "7", "--rounds", "3",
                "--set", "trust.reversion=0.05", "--out", shortDir.toString());

        results = tmp.resolve("results");
        autoBefore = LocalDateTime.now();
        autoRun = Cli.runOk(Cli.scenario("us-vote-2025").toString(), "--rounds", "1", "--results", results.toString());
        autoAfter = LocalDateTime.now();
    }

    // ---- exit status and summary ------------------------------------------------------------------------

    @Test
    void aSuccessfulRunExitsZeroAndPrintsNothingOnStderr() {
        assertThat(fullRun.status()).isZero();
        assertThat(fullRun.err()).isEmpty();
        assertThat(shortRun.err()).isEmpty();
        assertThat(autoRun.err()).isEmpty();
    }

    @Test
    void summaryFirstLineNamesScenarioSeedRoundsAndCountries() {
        assertThat(fullRun.out().lines().findFirst()).hasValue(
                "realign · us-vote-2025 · seed 20250224 · 24 rounds · 193 countries");
        assertThat(shortRun.out().lines().findFirst()).hasValue(
                "realign · us-vote-2025 · seed 7 · 3 rounds · 193 countries");
        assertThat(fullRun.out()).contains("Shocks: round 1 ES-11-7 (salience 0.35); round 1 ES-11-8 (salience 0.35)");
    }

    @Test
    void summaryShowsTheBlocsOfRoundZeroAndOfTheLastRoundAsInBlocsCsv() {
        List<Map<String, String>> blocs = RunFolder.rows(full.resolve("blocs.csv"));
        for (int round : new int[] {0, 24}) {
            List<String> section = section(fullRun.out(), "Blocs at round " + round + ":");
            List<Map<String, String>> expected = blocs.stream()
                    .filter(b -> b.get("round").equals(Integer.toString(round)) && !b.get("size").equals("0"))
                    .toList();
            assertThat(expected).as("non-empty blocs at round %d", round).isNotEmpty();
            assertThat(section).as("bloc lines at round %d", round).hasSameSizeAs(expected);
            for (int k = 0; k < expected.size(); k++) {
                Map<String, String> b = expected.get(k);
                String head = b.get("bloc").equals("unaligned") ? "unaligned"
                        : b.get("bloc") + " (" + b.get("name") + ")";
                String firstMember = b.get("members").split(" ")[0];
                assertThat(section.get(k)).startsWith("  " + head)
                        .containsPattern("\\s" + b.get("size") + " countries\\s")
                        .contains("% of capability  " + firstMember);
            }
        }
    }

    @Test
    void summaryListsTheStrongestFormationsOfEachLayerApartStrongestFirstAsInTiesCsv() {
        Pattern line = Pattern.compile("^  round +(\\d+)  ([A-Z]{3})–([A-Z]{3})  (security|economic) +v = (\\d\\.\\d{4})"
                + "  .+ – .+$");
        Map<String, String> titles = Map.of(
                "security", "The 5 strongest security ties formed or deepened (pair value v, security layer):",
                "economic", "The 5 strongest trade agreements (pair value v, economic layer, not comparable with the"
                        + " security layer's v):");
        int layers = 0;
        for (String layer : List.of("security", "economic")) {
            List<Map<String, String>> formed = new ArrayList<>(RunFolder.rows(full.resolve("ties.csv")).stream()
                    .filter(t -> !t.get("event").equals("dissolved") && t.get("layer").equals(layer)).toList());
            formed.sort(Comparator.comparingDouble((Map<String, String> t) -> -Double.parseDouble(t.get("value")))
                    .thenComparingInt(t -> Integer.parseInt(t.get("round"))));
            if (formed.size() < 5) {
                assertThat(fullRun.out()).doesNotContain(titles.get(layer));
                continue;
            }
            layers++;
            List<String> shown = new ArrayList<>();
            for (String l : section(fullRun.out(), titles.get(layer))) {
                Matcher m = line.matcher(l);
                if (m.matches() && m.group(4).equals(layer)) {
                    shown.add(m.group(1) + " " + m.group(2) + " " + m.group(3) + " " + m.group(5));
                } else {
                    break;
                }
            }
            List<String> expected = formed.subList(0, 5).stream()
                    .map(t -> t.get("round") + " " + t.get("a") + " " + t.get("b") + " "
                            + String.format(Locale.ROOT, "%.4f", Double.parseDouble(t.get("value"))))
                    .toList();
            assertThat(shown).as(layer).containsExactlyElementsOf(expected);
        }
        assertThat(layers).as("layers with five formations or more").isPositive();
        assertThat(fullRun.out()).doesNotContain("strongest agreements");
    }

    @Test
    void summaryCountsTheTiesFormedAndDissolvedInTiesCsv() {
        List<Map<String, String>> ties = RunFolder.rows(full.resolve("ties.csv"));
        long formed = ties.stream().filter(t -> t.get("event").equals("formed")).count();
        long dissolved = ties.stream().filter(t -> t.get("event").equals("dissolved")).count();

        assertThat(fullRun.out()).contains("Ties: " + formed + " formed, " + dissolved + " dissolved over 24 rounds");
    }

    @Test
    void summaryShowsMeanTrustInTheUsPerFocusGroupAtRoundsZeroOneAndLastAsInRoundsCsv() {
        Path rounds = full.resolve("rounds.csv");
        List<String> table = section(fullRun.out(),
                "Mean trust in the U.S.      round 0   round 1  round 24   lowest  in round");

        assertThat(table).hasSize(FOCUS.size());
        for (int g = 0; g < FOCUS.size(); g++) {
            String column = "trust_in_usa_" + FOCUS.get(g).toLowerCase(Locale.ROOT).replace('-', '_');
            String[] words = table.get(g).trim().split(" +");
            assertThat(words).as(table.get(g)).startsWith(FOCUS.get(g),
                    String.format(Locale.ROOT, "%.3f", RunFolder.roundValue(rounds, 0, column)),
                    String.format(Locale.ROOT, "%.3f", RunFolder.roundValue(rounds, 1, column)),
                    String.format(Locale.ROOT, "%.3f", RunFolder.roundValue(rounds, 24, column)));
        }
    }

    @Test
    void summaryEndsWithTheOutputFolder() {
        assertThat(lastLine(fullRun.out())).isEqualTo("Output: " + full.toAbsolutePath());
        assertThat(lastLine(shortRun.out())).isEqualTo("Output: " + shortDir.toAbsolutePath());
    }

    // ---- the files of a run -----------------------------------------------------------------------------

    @Test
    void withOutTheRunGoesExactlyIntoThatFolderWithTheDocumentedFiles() throws IOException {
        assertThat(topLevelFiles(full)).containsAll(RUN_FILES);
        assertThat(topLevelFiles(shortDir)).contains("network-round-0.graphml", "network-round-3.graphml")
                .doesNotContain("network-round-24.graphml");
        assertThat(Cli.partialFolders(tmp)).isEmpty();
    }

    @Test
    void manifestListsEveryFileOfTheRunFolder() throws IOException {
        JsonNode manifest = manifest(full);
        List<String> outputs = new ArrayList<>();
        manifest.get("outputs").forEach(o -> outputs.add(o.asText()));

        assertThat(outputs).containsAll(RUN_FILES);
        // figures/ (another branch) is listed too; only the top level is compared here
        assertThat(outputs.stream().filter(o -> !o.contains("/")).toList())
                .containsExactlyInAnyOrderElementsOf(topLevelFiles(full));
    }

    @Test
    void scenarioYamlHoldsTheInputFileByteForByte() throws IOException {
        byte[] input = Files.readAllBytes(Cli.scenario("us-vote-2025"));

        assertThat(Files.readAllBytes(full.resolve("scenario.yaml"))).isEqualTo(input);
        assertThat(Files.readAllBytes(shortDir.resolve("scenario.yaml"))).isEqualTo(input);
        assertThat(manifest(full).get("scenario_sha256").asText()).isEqualTo(sha256(input));
        assertThat(manifest(full).get("scenario_file").asText()).isEqualTo(Cli.scenario("us-vote-2025").toString());
    }

    @Test
    void csvFilesHaveTheDocumentedHeaders() {
        assertThat(RunFolder.header(full.resolve("countries.csv"))).containsExactly("round", "date", "iso3",
                "bloc", "trust_in_usa", "support", "need", "deficit", "seeking", "capability", "balancing", "degree",
                "economic_support", "economic_need", "economic_deficit", "economic_seeking", "mean_trust_received");
        assertThat(RunFolder.header(full.resolve("ties.csv"))).containsExactly("round", "date", "layer", "a", "b",
                "event", "value", "reformed");
        assertThat(RunFolder.header(full.resolve("blocs.csv"))).containsExactly("round", "date", "bloc", "name",
                "size", "capability_share", "members");
        assertThat(RunFolder.header(full.resolve("bloc_events.csv"))).containsExactly("round", "date", "bloc",
                "event", "name", "size", "members");
        List<String> focusColumns = FOCUS.stream()
                .map(f -> "trust_in_usa_" + f.toLowerCase(Locale.ROOT).replace('-', '_')).toList();
        assertThat(RunFolder.header(full.resolve("rounds.csv"))).startsWith("round", "date")
                .contains("shocks", "ties", "ties_formed", "ties_dissolved", "ties_restructured", "balancing",
                        "build_up", "bloc_count", "mean_trust", "us_degree")
                .containsAll(focusColumns);
    }

    /** snake_case names, one header row, '.' decimals, UTF-8, no index column, \n line ends. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"rounds.csv", "countries.csv", "ties.csv", "blocs.csv"})
    void csvFilesFollowTheFormatRules(String name) throws IOException {
        byte[] bytes = Files.readAllBytes(full.resolve(name));
        String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        List<String> lines = List.of(text.split("\n", -1));

        assertThat(text).doesNotContain("\r").endsWith("\n").doesNotStartWith("\uFEFF");
        assertThat(lines.get(lines.size() - 1)).as("nothing after the last \\n").isEmpty();
        List<String> header = RunFolder.header(full.resolve(name));
        assertThat(header).allSatisfy(c -> assertThat(c).matches("[a-z][a-z0-9]*(_[a-z0-9]+)*"));
        assertThat(header.get(0)).as("first column (no index column)").isEqualTo("round");
        assertThat(header).doesNotHaveDuplicates();

        List<String> textColumns = List.of("date", "iso3", "bloc", "layer", "a", "b", "event", "name", "members");
        List<Map<String, String>> rows = RunFolder.rows(full.resolve(name));
        assertThat(rows).isNotEmpty();
        assertThat(rows).as("one header row: data rows start with a round number")
                .allSatisfy(r -> assertThat(r.get("round")).matches("\\d+"));
        boolean sawDecimal = false;
        for (Map<String, String> row : rows) {
            assertThat(row).hasSize(header.size());
            for (String column : header) {
                String v = row.get(column);
                if (!textColumns.contains(column)) {
                    assertThat(v).as("%s in %s", column, name).matches("-?\\d+(\\.\\d+)?([eE]-?\\d+)?|NA");
                    sawDecimal |= v.contains(".");
                } else if (column.equals("date")) {
                    assertThat(v).as("ISO month in %s", name).matches("\\d{4}-(0[1-9]|1[0-2])");
                }
            }
        }
        assertThat(sawDecimal).as("some decimal numbers, written with '.'").isTrue();
    }

    @Test
    void roundsCsvHasOneRowPerRoundFromZeroToTheLastAndCountriesCsvOnePerCountryAndRound() {
        assertThat(RunFolder.rows(shortDir.resolve("rounds.csv"))).extracting(r -> r.get("round"))
                .containsExactly("0", "1", "2", "3");
        assertThat(RunFolder.rows(full.resolve("rounds.csv"))).hasSize(25);

        List<Map<String, String>> countries = RunFolder.rows(shortDir.resolve("countries.csv"));
        assertThat(countries).hasSize(4 * UN_MEMBERS);
        for (int round = 0; round <= 3; round++) {
            String r = Integer.toString(round);
            assertThat(countries.stream().filter(c -> c.get("round").equals(r)).map(c -> c.get("iso3")).distinct())
                    .hasSize(UN_MEMBERS);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {0, 24})
    void graphMlIsValidXmlWithOneNodePerMemberTypedKeysAndOneEdgePerTie(int round) throws Exception {
        Document doc = parseXml(full.resolve("network-round-" + round + ".graphml"));
        Element root = doc.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("graphml");
        assertThat(root.getNamespaceURI()).isEqualTo(GRAPHML_NS);

        Map<String, String> typeOf = new HashMap<>();
        Map<String, String> nameOf = new HashMap<>();
        NodeList keys = doc.getElementsByTagNameNS(GRAPHML_NS, "key");
        for (int k = 0; k < keys.getLength(); k++) {
            Element key = (Element) keys.item(k);
            typeOf.put(key.getAttribute("id"), key.getAttribute("attr.type"));
            nameOf.put(key.getAttribute("id"), key.getAttribute("for") + ":" + key.getAttribute("attr.name")
                    + ":" + key.getAttribute("attr.type"));
        }
        assertThat(nameOf.values()).containsExactlyInAnyOrder("node:iso3:string", "node:name:string",
                "node:region:string", "node:bloc:string", "node:capability:double", "node:trust_in_usa:double",
                "edge:weight:double", "edge:multilateral:boolean", "edge:new:boolean");

        Element graph = (Element) doc.getElementsByTagNameNS(GRAPHML_NS, "graph").item(0);
        assertThat(graph.getAttribute("id")).isEqualTo("round-" + round);
        assertThat(graph.getAttribute("edgedefault")).isEqualTo("undirected");

        NodeList nodes = doc.getElementsByTagNameNS(GRAPHML_NS, "node");
        List<String> ids = new ArrayList<>();
        for (int k = 0; k < nodes.getLength(); k++) {
            ids.add(((Element) nodes.item(k)).getAttribute("id"));
        }
        assertThat(ids).hasSize(UN_MEMBERS).doesNotHaveDuplicates().contains("USA", "DEU", "CHN", "UKR");

        NodeList edges = doc.getElementsByTagNameNS(GRAPHML_NS, "edge");
        for (int k = 0; k < edges.getLength(); k++) {
            Element e = (Element) edges.item(k);
            assertThat(ids).contains(e.getAttribute("source"), e.getAttribute("target"));
        }
        int ties = (int) RunFolder.roundValue(full.resolve("rounds.csv"), round, "ties");
        assertThat(edges.getLength()).as("edges = ties in rounds.csv").isEqualTo(ties);

        NodeList data = doc.getElementsByTagNameNS(GRAPHML_NS, "data");
        assertThat(data.getLength()).isPositive();
        for (int k = 0; k < data.getLength(); k++) {
            Element d = (Element) data.item(k);
            String type = typeOf.get(d.getAttribute("key"));
            String v = d.getTextContent();
            assertThat(type).as("data key %s is declared", d.getAttribute("key")).isNotNull();
            switch (type) {
                case "double" -> assertThat(Double.parseDouble(v)).as(v).isFinite();
                case "boolean" -> assertThat(v).isIn("true", "false");
                default -> assertThat(v).isNotNull();
            }
        }
    }

    // ---- manifest ---------------------------------------------------------------------------------------

    @Test
    void seedRoundsAndSetAreRecordedInTheManifest() throws IOException {
        JsonNode m = manifest(shortDir);

        assertThat(m.get("seed").asLong()).isEqualTo(7);
        assertThat(m.get("rounds").asInt()).isEqualTo(3);
        assertThat(m.get("scenario").get("seed").asLong()).isEqualTo(7);
        assertThat(m.get("scenario").get("rounds").asInt()).isEqualTo(3);
        assertThat(m.get("scenario").get("parameters").get("trust.reversion").asDouble()).isEqualTo(0.05);
        List<String> overrides = new ArrayList<>();
        m.get("overrides").forEach(o -> overrides.add(o.asText()));
        assertThat(overrides).containsExactly("trust.reversion=0.05", "seed=7", "rounds=3");
    }

    @Test
    void manifestOfTheShippedScenarioHasItsSeedNoOverridesAndEveryParameterWithItsDefault() throws IOException {
        JsonNode m = manifest(full);

        assertThat(m.get("seed").asLong()).isEqualTo(20250224L);
        assertThat(m.get("rounds").asInt()).isEqualTo(24);
        assertThat(m.get("overrides")).isEmpty();
        JsonNode params = m.get("scenario").get("parameters");
        assertThat(params).hasSize(Params.ALL.size());
        Params.ALL.forEach(p -> assertThat(params.get(p.name()).asDouble()).as(p.name()).isEqualTo(p.defaultValue()));
        assertThat(m.get("realign_version").asText()).isEqualTo(Version.realign());
        assertThat(m.get("timing").get("wall_time_ms").asLong()).isNotNegative();
    }

    // ---- without --out ----------------------------------------------------------------------------------

    @Test
    void withoutOutTheRunGoesToResultsScenarioTimeStampSeed() throws IOException {
        List<Path> made;
        try (Stream<Path> s = Files.list(results)) {
            made = s.toList();
        }
        assertThat(made).hasSize(1);
        String name = made.get(0).getFileName().toString();
        Matcher m = Pattern.compile("us-vote-2025-(\\d{8}-\\d{6})-20250224").matcher(name);
        assertThat(m.matches()).as(name).isTrue();
        LocalDateTime stamp = LocalDateTime.parse(m.group(1), DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        assertThat(stamp).isBetween(autoBefore.truncatedTo(ChronoUnit.SECONDS), autoAfter);

        assertThat(topLevelFiles(made.get(0))).contains("manifest.json", "rounds.csv", "network-round-1.graphml");
        assertThat(autoRun.out()).contains("Output: " + made.get(0).toAbsolutePath());
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    /** The indented lines after {@code title} up to the next blank line. */
    private static List<String> section(String out, String title) {
        List<String> lines = out.lines().toList();
        int start = lines.indexOf(title);
        assertThat(start).as("line '%s' in the summary", title).isNotNegative();
        List<String> body = new ArrayList<>();
        for (int i = start + 1; i < lines.size() && !lines.get(i).isBlank(); i++) {
            body.add(lines.get(i));
        }
        return body;
    }

    private static String lastLine(String out) {
        List<String> lines = out.lines().toList();
        return lines.get(lines.size() - 1);
    }

    private static List<String> topLevelFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static JsonNode manifest(Path dir) throws IOException {
        return new ObjectMapper().readTree(dir.resolve("manifest.json").toFile());
    }

    private static Document parseXml(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
