package realign.charts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import realign.InputException;
import realign.model.TieEvent;

/**
 * The per-round files of a run folder that the map-like figures draw from: trust matrices
 * ({@code trust-round-<t>.csv}), networks ({@code network-round-<t>.graphml}), blocs per round
 * ({@code blocs.csv}), bloc per country ({@code countries.csv}) and the shock rounds ({@code manifest.json}).
 */
final class RunRoundFiles {

    static final String BLOCS_CSV = "blocs.csv";
    static final String COUNTRIES_CSV = "countries.csv";
    static final String MANIFEST_JSON = "manifest.json";
    static final String TIES_CSV = "ties.csv";

    /** A bloc at the end of a round; members in the order blocs.csv lists them (by capability, largest first). */
    record Bloc(String label, String name, int size, List<String> members) {
        Bloc {
            members = List.copyOf(members);
        }
    }

    /** A square trust matrix: {@code value(i, j)} is how much country i trusts country j (NaN on the diagonal). */
    record TrustMatrix(int round, List<String> iso3, double[] values) {
        TrustMatrix {
            iso3 = List.copyOf(iso3);
        }

        double value(int i, int j) {
            return values[i * iso3.size() + j];
        }
    }

    record Node(String iso3, String name, String bloc, double capability) {}

    record Tie(String a, String b, boolean multilateral, boolean isNew) {}

    record Network(int round, List<Node> nodes, List<Tie> ties) {
        Network {
            nodes = List.copyOf(nodes);
            ties = List.copyOf(ties);
        }
    }

    /** The layers of ties.csv's {@code layer} column; a run written before model v2 has security ties only. */
    static final String SECURITY = "security";
    static final String ECONOMIC = "economic";

    /** A row of ties.csv. */
    record TieRow(int round, String layer, String a, String b, TieEvent event, double value) {
        /** {@code "A-B"}, a before b as ties.csv writes them. */
        String pair() {
            return a + "-" + b;
        }

        boolean security() {
            return layer.equals(SECURITY);
        }

        /**
         * A trade agreement made or deepened: an economic {@code formed}, {@code strengthened} or {@code signed}
         * (economic ties never end), as the network and the world map draw them.
         */
        boolean tradeMade() {
            return !security() && event.raised();
        }
    }

    /** The rows of ties.csv and whether it has a {@code layer} column (runs of model v2 and later). */
    record TieRows(List<TieRow> rows, boolean layered) {
        TieRows {
            rows = List.copyOf(rows);
        }
    }

    private RunRoundFiles() {}

    /** Every row of {@code ties.csv}, in file order; rows without a {@code layer} column are security ties. */
    static TieRows ties(Path dir) throws InputException {
        CsvTable csv = CsvTable.read(require(dir, TIES_CSV), "round", "a", "b", "event", "value");
        boolean layered = csv.columns().contains("layer");
        List<TieRow> rows = new ArrayList<>(csv.size());
        for (int r = 0; r < csv.size(); r++) {
            String layer = layered ? csv.text(r, "layer").strip() : SECURITY;
            if (!layer.equals(SECURITY) && !layer.equals(ECONOMIC)) {
                throw new InputException(csv.where(r) + ": column 'layer': expected security or economic, got '"
                        + layer + "'");
            }
            String name = csv.text(r, "event").strip();
            TieEvent event = TieEvent.ofCsv(name);
            if (event == null) {
                throw new InputException(csv.where(r) + ": column 'event': expected " + TieEvent.expected() + ", got '"
                        + name + "'");
            }
            rows.add(new TieRow(csv.integer(r, "round"), layer, csv.text(r, "a").strip(), csv.text(r, "b").strip(),
                    event, csv.number(r, "value")));
        }
        return new TieRows(rows, layered);
    }

    static Path require(Path dir, String file) throws InputException {
        Path p = dir.resolve(file);
        if (!Files.isRegularFile(p)) {
            throw new InputException(p + ": file is missing");
        }
        return p;
    }

    /** The rounds {@code t} for which {@code <prefix><t>.<extension>} exists, ascending. */
    static TreeSet<Integer> rounds(Path dir, String prefix, String extension) throws InputException {
        Pattern name = Pattern.compile(Pattern.quote(prefix) + "(\\d+)\\." + Pattern.quote(extension));
        TreeSet<Integer> rounds = new TreeSet<>();
        if (!Files.isDirectory(dir)) {
            return rounds;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Matcher m = name.matcher(f.getFileName().toString());
                if (m.matches()) {
                    rounds.add(Integer.parseInt(m.group(1)));
                }
            }
        } catch (IOException e) {
            throw new InputException(dir + ": cannot be listed: " + e.getMessage(), e);
        }
        return rounds;
    }

    /** The earliest round of {@code scenario.shocks[]} in manifest.json, or -1 if the run has no shock. */
    static int firstShockRound(Path dir) throws InputException {
        Path manifest = require(dir, MANIFEST_JSON);
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(manifest.toFile());
        } catch (JsonProcessingException e) {
            throw new InputException(manifest + ": not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InputException(manifest + ": cannot be read: " + e.getMessage(), e);
        }
        int first = -1;
        for (JsonNode shock : root.path("scenario").path("shocks")) {
            JsonNode r = shock.get("round");
            if (r == null || !r.canConvertToInt()) {
                throw new InputException(manifest + ": scenario.shocks[].round: expected a whole number, got " + r);
            }
            first = first < 0 ? r.asInt() : Math.min(first, r.asInt());
        }
        return first;
    }

    /** The blocs at the end of {@code round}, in label order as blocs.csv lists them; empty blocs left out. */
    static List<Bloc> blocs(Path dir, int round) throws InputException {
        CsvTable t = CsvTable.read(dir.resolve(BLOCS_CSV), "round", "bloc", "name", "size", "members");
        List<Bloc> blocs = new ArrayList<>();
        boolean seen = false;
        for (int r = 0; r < t.size(); r++) {
            if (t.integer(r, "round") != round) {
                continue;
            }
            seen = true;
            String members = t.text(r, "members").strip();
            if (!members.isEmpty()) {
                blocs.add(new Bloc(t.text(r, "bloc"), t.text(r, "name"), t.integer(r, "size"),
                        Arrays.asList(members.split("\\s+"))));
            }
        }
        if (!seen) {
            throw new InputException(t.file() + ": no rows for round " + round);
        }
        return blocs;
    }

    /** The last round in countries.csv. */
    static int lastRound(Path dir) throws InputException {
        CsvTable t = CsvTable.read(dir.resolve(COUNTRIES_CSV), "round", "iso3", "bloc");
        if (t.size() == 0) {
            throw new InputException(t.file() + ": no rows");
        }
        int last = Integer.MIN_VALUE;
        for (int r = 0; r < t.size(); r++) {
            last = Math.max(last, t.integer(r, "round"));
        }
        return last;
    }

    /** Bloc label per country at the end of {@code round}, from countries.csv, in file order. */
    static Map<String, String> blocOf(Path dir, int round) throws InputException {
        CsvTable t = CsvTable.read(dir.resolve(COUNTRIES_CSV), "round", "iso3", "bloc");
        Map<String, String> bloc = new java.util.LinkedHashMap<>();
        for (int r = 0; r < t.size(); r++) {
            if (t.integer(r, "round") == round) {
                bloc.put(t.text(r, "iso3"), t.text(r, "bloc"));
            }
        }
        if (bloc.isEmpty()) {
            throw new InputException(t.file() + ": no rows for round " + round);
        }
        return bloc;
    }

    /** {@code trust-round-<round>.csv}: header {@code iso3,<ISO3...>}, one row per truster in the same order. */
    static TrustMatrix trust(Path dir, int round) throws InputException {
        Path file = dir.resolve("trust-round-" + round + ".csv");
        CsvTable t = CsvTable.read(file, "iso3");
        List<String> iso3 = t.columns().subList(1, t.columns().size());
        int n = iso3.size();
        if (t.size() != n) {
            throw new InputException(file + ": expected " + n + " rows (one per column), got " + t.size());
        }
        double[] values = new double[n * n];
        for (int i = 0; i < n; i++) {
            if (!t.text(i, "iso3").equals(iso3.get(i))) {
                throw new InputException(t.where(i) + ": column 'iso3': expected " + iso3.get(i) + ", got '"
                        + t.text(i, "iso3") + "'");
            }
            for (int j = 0; j < n; j++) {
                values[i * n + j] = t.number(i, iso3.get(j));
            }
        }
        return new TrustMatrix(round, iso3, values);
    }

    /** {@code network-round-<round>.graphml}: nodes with iso3, name, bloc, capability; ties with multilateral, new. */
    static Network network(Path dir, int round) throws InputException {
        Path file = require(dir, "network-round-" + round + ".graphml");
        Document doc;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setNamespaceAware(false);
            doc = f.newDocumentBuilder().parse(file.toFile());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        } catch (SAXException | IOException e) {
            throw new InputException(file + ": not readable GraphML: " + e.getMessage(), e);
        }
        Map<String, String> keys = new HashMap<>(); // attr.name of a node or edge key → its id
        NodeList keyList = doc.getElementsByTagName("key");
        for (int i = 0; i < keyList.getLength(); i++) {
            Element k = (Element) keyList.item(i);
            keys.put(k.getAttribute("for") + ":" + k.getAttribute("attr.name"), k.getAttribute("id"));
        }
        List<Node> nodes = new ArrayList<>();
        NodeList nodeList = doc.getElementsByTagName("node");
        for (int i = 0; i < nodeList.getLength(); i++) {
            Element e = (Element) nodeList.item(i);
            String id = e.getAttribute("id");
            String cap = data(file, e, keys, "node", "capability");
            double capability;
            try {
                capability = Double.parseDouble(cap);
            } catch (NumberFormatException ex) {
                throw new InputException(file + ": node " + id + ": capability: expected a number, got '" + cap + "'");
            }
            nodes.add(new Node(id, data(file, e, keys, "node", "name"), data(file, e, keys, "node", "bloc"), capability));
        }
        List<Tie> ties = new ArrayList<>();
        NodeList edgeList = doc.getElementsByTagName("edge");
        for (int i = 0; i < edgeList.getLength(); i++) {
            Element e = (Element) edgeList.item(i);
            ties.add(new Tie(e.getAttribute("source"), e.getAttribute("target"),
                    Boolean.parseBoolean(data(file, e, keys, "edge", "multilateral")),
                    Boolean.parseBoolean(data(file, e, keys, "edge", "new"))));
        }
        return new Network(round, nodes, ties);
    }

    /**
     * The pairs ({@code "A-B"}, as in ties.csv) whose security tie ended in some round up to {@code round}
     * (dissolved, or left with value 0: a leave that removed the tie): a tie of round 0 that is present again at
     * that round has re-formed.
     */
    static java.util.Set<String> dissolvedBy(Path dir, int round) throws InputException {
        java.util.Set<String> pairs = new java.util.HashSet<>();
        for (TieRow t : ties(dir).rows()) {
            if (t.security() && t.round() <= round && ended(t)) {
                pairs.add(t.pair());
            }
        }
        return pairs;
    }

    /**
     * The security ties deepened ({@code strengthened}) in rounds {@code (from, to]} and not ended since, as
     * {@code "A-B"}: what the network and the world map draw as deepened.
     */
    static java.util.TreeSet<String> deepened(TieRows rows, int from, int to) {
        java.util.TreeSet<String> deepened = new java.util.TreeSet<>();
        for (TieRow t : rows.rows()) {
            if (t.round() <= from || t.round() > to || !t.security()) {
                continue;
            }
            if (t.event() == TieEvent.STRENGTHENED) {
                deepened.add(t.pair());
            } else if (ended(t)) {
                deepened.remove(t.pair()); // the depth went with the tie
            }
        }
        return deepened;
    }

    /**
     * The pairs that made or deepened a trade agreement in rounds {@code (from, to]} ({@link TieRow#tradeMade};
     * economic ties never end), as {@code "A-B"}.
     */
    static java.util.TreeSet<String> tradeMade(TieRows rows, int from, int to) {
        java.util.TreeSet<String> trade = new java.util.TreeSet<>();
        for (TieRow t : rows.rows()) {
            if (t.round() > from && t.round() <= to && t.tradeMade()) {
                trade.add(t.pair());
            }
        }
        return trade;
    }

    /** A security row that ended its tie: {@code dissolved}, or {@code left} with no source left (value 0). */
    static boolean ended(TieRow t) {
        return t.event().ends(t.value());
    }

    private static String data(Path file, Element e, Map<String, String> keys, String kind, String attr)
            throws InputException {
        String id = keys.get(kind + ":" + attr);
        if (id == null) {
            throw new InputException(file + ": no " + kind + " key '" + attr + "'");
        }
        NodeList data = e.getElementsByTagName("data");
        for (int i = 0; i < data.getLength(); i++) {
            Element d = (Element) data.item(i);
            if (d.getAttribute("key").equals(id)) {
                return d.getTextContent().strip();
            }
        }
        throw new InputException(file + ": " + kind + " " + (kind.equals("node") ? e.getAttribute("id")
                : e.getAttribute("source") + "-" + e.getAttribute("target")) + ": no data for '" + attr + "'");
    }
}
