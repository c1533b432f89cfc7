package realign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What the printed summary and ties.csv say about ties and trust, checked against the run's own files: a tie
 * formed again by a pair that was tied before is "re-formed", never "new" (docs/outputs.md, {@code new_ties});
 * the focus table shows each series' lowest value and its round. Two shipped scenarios: us-vote-2025 (China–North
 * Korea and Thailand–USA dissolve in round 1 and form again) and repeated-shocks (three shock rounds, a trough
 * after the last shock, not in round 1).
 */
class SummaryTest {

    private static final String GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";
    private static final Pattern TIE_LINE = Pattern.compile(
            "^  round +(\\d+)  ([A-Z]{3})–([A-Z]{3})  (security|economic) +v = (\\d\\.\\d{4})  (.+)$");

    @org.junit.jupiter.api.io.TempDir
    static Path tmp;

    private static final Map<String, Cli.Result> OUT = new java.util.HashMap<>();

    @BeforeAll
    static void runTheShippedScenarios() {
        for (String s : List.of("us-vote-2025", "repeated-shocks")) {
            // the renegotiation rules of v1.1 (no upkeep, deepening or betrayal memory), under which these runs
            // re-form dissolved ties (docs/model.md, changes from v1.1)
            OUT.put(s, Cli.runOk(Cli.scenario(s).toString(), "--figures", "none", "--out", tmp.resolve(s).toString(),
                    "--set", "renegotiation.upkeep=0", "--set", "renegotiation.deepenCap=0",
                    "--set", "renegotiation.betrayalMemory=0"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"us-vote-2025", "repeated-shocks"})
    void tiesCsvMarksEveryFormationOfAPairTiedBeforeAsReformed(String scenario) throws Exception {
        Path dir = tmp.resolve(scenario);
        Set<String> tiedBefore = new HashSet<>(edges(dir.resolve("network-round-0.graphml")).keySet());
        List<Map<String, String>> ties = RunFolder.rows(dir.resolve("ties.csv"));

        assertThat(RunFolder.header(dir.resolve("ties.csv"))).containsExactly("round", "date", "layer", "a", "b",
                "event", "value", "reformed");
        int reformed = 0;
        for (Map<String, String> t : ties) {
            String pair = t.get("a") + "-" + t.get("b");
            if (!t.get("layer").equals("security")) {
                assertThat(t.get("reformed")).isEqualTo("0");
                continue;
            }
            boolean formed = t.get("event").equals("formed");
            String expected = formed && tiedBefore.contains(pair) ? "1" : "0";
            assertThat(t.get("reformed")).as("%s round %s %s", pair, t.get("round"), t.get("event"))
                    .isEqualTo(expected);
            reformed += expected.equals("1") ? 1 : 0;
            tiedBefore.add(pair);
        }
        assertThat(reformed).as("re-formed ties in %s", scenario).isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"us-vote-2025", "repeated-shocks"})
    void summaryListsTheStrongestTiesFormedAndMarksTheReformedOnes(String scenario) {
        Path dir = tmp.resolve(scenario);
        String out = OUT.get(scenario).out();
        Map<String, Map<String, String>> formed = new java.util.HashMap<>();
        Map<String, String> lastDissolved = new java.util.HashMap<>();
        Map<String, String> dissolvedBefore = new java.util.HashMap<>();
        for (Map<String, String> t : RunFolder.rows(dir.resolve("ties.csv"))) {
            String pair = t.get("a") + "-" + t.get("b");
            if (t.get("event").equals("dissolved")) {
                lastDissolved.put(pair, t.get("round"));
            } else {
                formed.put(t.get("round") + " " + pair + " " + t.get("layer"), t);
                if (lastDissolved.containsKey(pair)) {
                    dissolvedBefore.put(t.get("round") + " " + pair + " " + t.get("layer"), lastDissolved.get(pair));
                }
            }
        }

        assertThat(out).doesNotContain("new ties (pair value").contains("strongest security ties formed or deepened (pair value v, security layer):");
        int lines = 0;
        int marked = 0;
        for (String l : out.lines().toList()) {
            Matcher m = TIE_LINE.matcher(l);
            if (!m.matches()) {
                continue;
            }
            lines++;
            String key = m.group(1) + " " + m.group(2) + "-" + m.group(3) + " " + m.group(4);
            assertThat(formed).as(l).containsKey(key);
            if (formed.get(key).get("reformed").equals("1")) {
                marked++;
                assertThat(m.group(6)).as(l).endsWith("re-formed (dissolved in round " + dissolvedBefore.get(key) + ")");
            } else {
                assertThat(m.group(6)).as(l).doesNotContain("re-formed");
            }
        }
        // up to five per layer (these runs' economic layer forms nothing)
        assertThat(lines).isBetween(Summary.STRONGEST_SHOWN, 2 * Summary.STRONGEST_SHOWN);
        assertThat(marked).as("re-formed ties among those listed").isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"us-vote-2025", "repeated-shocks"})
    void summaryCountsTheReformedTiesAndTheTiesNewSinceRoundZeroAsNewTiesDefinesThem(String scenario)
            throws Exception {
        Path dir = tmp.resolve(scenario);
        long reformed = RunFolder.rows(dir.resolve("ties.csv")).stream().filter(t -> t.get("reformed").equals("1"))
                .count();
        Set<String> first = edges(dir.resolve("network-round-0.graphml")).keySet();
        Map<String, Boolean> last = edges(dir.resolve("network-round-24.graphml"));
        long newSinceZero = last.keySet().stream().filter(p -> !first.contains(p)).count();

        // docs/outputs.md: new_ties = ties that exist now and did not exist at round 0, as the GraphML 'new' flag
        assertThat(RunFolder.roundValue(dir.resolve("rounds.csv"), 24, "new_ties")).isEqualTo(newSinceZero);
        last.forEach((pair, isNew) -> assertThat(isNew).as(pair).isEqualTo(!first.contains(pair)));
        assertThat(OUT.get(scenario).out()).contains(String.format(Locale.ROOT,
                " over 24 rounds; %d of the formed re-form a dissolved tie.%nNew since round 0: %d of the ties at"
                + " round 24 did not exist at round 0 (new_ties).", reformed, newSinceZero));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"us-vote-2025", "repeated-shocks"})
    void summaryShowsTheLowestValueOfEachFocusSeriesAndItsRound(String scenario) {
        Path rounds = tmp.resolve(scenario).resolve("rounds.csv");
        List<String> out = OUT.get(scenario).out().lines().toList();
        int head = -1;
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).startsWith("Mean trust in the U.S.")) {
                head = i;
            }
        }
        assertThat(head).isNotNegative();
        assertThat(out.get(head)).endsWith("lowest  in round");
        List<String> columns = RunFolder.header(rounds).stream().filter(c -> c.startsWith("trust_in_usa_")).toList();
        List<Map<String, String>> rows = RunFolder.rows(rounds);
        boolean troughAfterRoundOne = false;
        for (int g = 0; g < columns.size(); g++) {
            double min = Double.POSITIVE_INFINITY;
            String at = "";
            for (Map<String, String> r : rows) {
                double v = Double.parseDouble(r.get(columns.get(g)));
                if (v < min) {
                    min = v;
                    at = r.get("round");
                }
            }
            troughAfterRoundOne |= Integer.parseInt(at) > 1;
            String[] words = out.get(head + 1 + g).trim().split(" +");
            assertThat(words[words.length - 2]).as(out.get(head + 1 + g))
                    .isEqualTo(String.format(Locale.ROOT, "%.3f", min));
            assertThat(words[words.length - 1]).as(out.get(head + 1 + g)).isEqualTo(at);
        }
        if (scenario.equals("repeated-shocks")) {
            assertThat(troughAfterRoundOne).as("a trough the three fixed columns would not show").isTrue();
        }
    }

    @org.junit.jupiter.api.Test
    void aRunWritesTheTrustMatrixOfEveryShockRound() {
        Path dir = tmp.resolve("repeated-shocks");
        for (int round : new int[] {0, 1, 3, 9, 24}) {
            assertThat(dir.resolve("trust-round-" + round + ".csv")).isRegularFile();
        }
        assertThat(dir.resolve("trust-round-2.csv")).doesNotExist();
    }

    /** The edges of a GraphML file as "A-B" → the value of their 'new' flag. */
    @org.junit.jupiter.api.Test
    void summaryListsTheShocksInTheOrderTheyRunAndCountsTheStructuralRowsWithoutCallingThemChanges()
            throws Exception {
        // listed out of round order; Japan and China already share an economic tie stronger than 0.5 (RCEP), so
        // the agreement leaves it as it is: a 'signed' row, not a change
        Path file = tmp.resolve("order.yaml");
        java.nio.file.Files.writeString(file, """
                rounds: 4
                shocks:
                  - agreement: {a: JPN, b: CHN, layer: economic, weight: 0.5}
                    round: 3
                  - rollcall: ES-11-7
                    round: 1
                """);
        Cli.Result r = Cli.runOk(file.toString(), "--figures", "none", "--out", tmp.resolve("order").toString());

        assertThat(r.out()).contains("Shocks: round 1 ES-11-7 (salience 0.35); round 3 agreement JPN-CHN (salience 0)");
        assertThat(r.out()).doesNotContain("changed 1 ties")
                .contains("Leave, join and agreement shocks: 1 row in ties.csv (left, joined, signed: the tie after each)");
    }

    private static Map<String, Boolean> edges(Path graphml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document doc = f.newDocumentBuilder().parse(graphml.toFile());
        String newKey = null;
        NodeList keys = doc.getElementsByTagNameNS(GRAPHML_NS, "key");
        for (int k = 0; k < keys.getLength(); k++) {
            Element key = (Element) keys.item(k);
            if (key.getAttribute("for").equals("edge") && key.getAttribute("attr.name").equals("new")) {
                newKey = key.getAttribute("id");
            }
        }
        Map<String, Boolean> out = new java.util.LinkedHashMap<>();
        NodeList edges = doc.getElementsByTagNameNS(GRAPHML_NS, "edge");
        for (int k = 0; k < edges.getLength(); k++) {
            Element e = (Element) edges.item(k);
            boolean isNew = false;
            NodeList data = e.getElementsByTagNameNS(GRAPHML_NS, "data");
            for (int d = 0; d < data.getLength(); d++) {
                Element x = (Element) data.item(d);
                if (x.getAttribute("key").equals(newKey)) {
                    isNew = Boolean.parseBoolean(x.getTextContent());
                }
            }
            out.put(e.getAttribute("source") + "-" + e.getAttribute("target"), isNew);
        }
        return out;
    }
}
