package realign.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import realign.InputException;
import realign.scenario.YamlNodes;
import realign.scenario.YamlTree;
import realign.world.Group;
import realign.world.World;
import realign.world.WorldLoader;

/**
 * Reads the observed window: the shipped {@code data/events/} from the classpath, or a user's partnerships file
 * in the same format (with a {@code parties.csv} beside it, if there is one). Every row is checked: dates are ISO
 * 8601, parties are countries of the world or group ids, kinds are the documented ones.
 */
public final class EventsReader {

    /** The kinds of the partnerships file (data/events/README.md). */
    public static final List<String> KINDS = List.of("security_defence_partnership", "defence_treaty",
            "access_agreement", "strategic_partnership", "trade_agreement", "nuclear_cooperation", "other");

    static final String ROOT = "/realign/data/events/";
    static final String PARTNERSHIPS = "partnerships-2025.csv";
    static final String PARTIES = "parties.csv";
    static final String SURVEYS = "trust-surveys-2025.csv";

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setTrim(true).get();

    private EventsReader() {}

    /** A file's name for messages, its bytes as text and its hash. */
    private record Text(String name, String text, String sha256) {}

    /** The shipped observed window (data/events/). */
    public static Events shipped(World world) {
        try {
            Text parties = resource(PARTIES);
            return build(resource(PARTNERSHIPS), parties(parties, world), resource(SURVEYS), world);
        } catch (InputException e) {
            throw new IllegalStateException("shipped events data are invalid: " + e.getMessage(), e);
        }
    }

    /**
     * A user's partnerships file; group ids from {@code parties.csv} beside it when there is one (else the shipped
     * one) and data/world/groups.csv; the shipped surveys unless {@code surveys} is given.
     */
    public static Events read(Path partnerships, Path surveys, World world) throws InputException {
        Path beside = partnerships.toAbsolutePath().getParent().resolve(PARTIES);
        Text parties = Files.isRegularFile(beside) ? file(beside, partnerships.getParent() == null
                ? Path.of(PARTIES) : partnerships.getParent().resolve(PARTIES)) : resource(PARTIES);
        Text surveyText = surveys == null ? resource(SURVEYS) : file(surveys, surveys);
        return build(file(partnerships, partnerships), parties(parties, world), surveyText, world);
    }

    private static Events build(Text partnerships, Map<String, Set<String>> parties, Text surveys, World world)
            throws InputException {
        List<Events.Observed> events = new ArrayList<>();
        for (Row r : rows(partnerships, "date", "party_a", "party_b", "kind")) {
            LocalDate date = date(r, "date");
            String a = party(r, "party_a", parties, world);
            String b = party(r, "party_b", parties, world);
            if (a.equals(b)) {
                throw new InputException(r.where() + ": party_b: expected a party other than party_a, got "
                        + YamlTree.quote(b) + " twice");
            }
            String kind = r.get("kind");
            if (!KINDS.contains(kind)) {
                throw new InputException(r.where() + ": kind: expected one of " + String.join(", ", KINDS) + ", got "
                        + quoteOrNothing(kind) + YamlNodes.suggestion(kind, KINDS));
            }
            events.add(new Events.Observed(r.line(), date, a, b, kind, r.has("name") ? r.get("name") : ""));
        }
        if (events.isEmpty()) {
            throw new InputException(partnerships.name() + ":2: date: expected at least one event, got none");
        }
        return new Events(partnerships.name(), partnerships.sha256(), events, parties, surveys(surveys, world));
    }

    private static Map<String, Set<String>> parties(Text text, World world) throws InputException {
        Map<String, Set<String>> out = new TreeMap<>();
        for (Group g : world.groups().values()) {
            out.put(g.id(), Set.copyOf(g.members()));
        }
        Map<String, Set<String>> given = new LinkedHashMap<>();
        for (Row r : rows(text, "party", "iso3")) {
            String party = r.get("party");
            if (party.isEmpty()) {
                throw new InputException(r.where() + ": party: expected a group id (e.g. EU), got nothing");
            }
            if (world.indexOf(party) >= 0) {
                throw new InputException(r.where() + ": party: expected a group id, got the country "
                        + YamlTree.quote(party));
            }
            String iso = r.get("iso3");
            if (world.indexOf(iso) < 0) {
                throw new InputException(r.where() + ": iso3: expected the ISO3 code of a country in"
                        + " data/world/countries.csv, got " + quoteOrNothing(iso));
            }
            given.computeIfAbsent(party, p -> new LinkedHashSet<>()).add(iso);
        }
        given.forEach((k, v) -> out.put(k, Set.copyOf(v)));
        return out;
    }

    private static List<Events.SurveyChange> surveys(Text text, World world) throws InputException {
        Map<String, double[]> levels = new LinkedHashMap<>();
        Map<String, Double> changes = new LinkedHashMap<>();
        for (Row r : rows(text, "indicator", "iso3", "year", "value")) {
            String iso = r.get("iso3");
            if (world.indexOf(iso) < 0) {
                throw new InputException(r.where() + ": iso3: expected the ISO3 code of a country in"
                        + " data/world/countries.csv, got " + quoteOrNothing(iso));
            }
            double value = number(r, "value");
            String indicator = r.get("indicator");
            switch (indicator) {
                case "pew_favourable_view_of_US" -> {
                    String year = r.get("year");
                    int slot = switch (year) {
                        case "2024" -> 0;
                        case "2025" -> 1;
                        default -> throw new InputException(r.where() + ": year: expected 2024 or 2025, got "
                                + quoteOrNothing(year));
                    };
                    levels.computeIfAbsent(iso, k -> new double[] {Double.NaN, Double.NaN})[slot] = value;
                }
                case "pew_favourable_view_of_US_change" -> changes.put(iso, value);
                default -> throw new InputException(r.where() + ": indicator: expected pew_favourable_view_of_US or"
                        + " pew_favourable_view_of_US_change, got " + quoteOrNothing(indicator));
            }
        }
        List<Events.SurveyChange> out = new ArrayList<>();
        // a country with only a 2025 level has no change to compare with; it is left out (docs/validation.md)
        levels.forEach((iso, v) -> {
            if (!Double.isNaN(v[0]) && !Double.isNaN(v[1]) && !changes.containsKey(iso)) {
                out.add(new Events.SurveyChange(iso, v[1] - v[0]));
            }
        });
        changes.forEach((iso, c) -> out.add(new Events.SurveyChange(iso, c)));
        return out;
    }

    private static LocalDate date(Row r, String column) throws InputException {
        String v = r.get(column);
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new InputException(r.where() + ": " + column + ": expected an ISO 8601 date (YYYY-MM-DD), got "
                    + quoteOrNothing(v));
        }
    }

    private static double number(Row r, String column) throws InputException {
        String v = r.get(column);
        try {
            double d = Double.parseDouble(v);
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InputException(r.where() + ": " + column + ": expected a number, got " + quoteOrNothing(v));
    }

    private static String party(Row r, String column, Map<String, Set<String>> parties, World world)
            throws InputException {
        String v = r.get(column);
        if (world.indexOf(v) >= 0 || parties.containsKey(v)) {
            return v;
        }
        List<String> known = new ArrayList<>(parties.keySet());
        world.countries().forEach(c -> known.add(c.iso3()));
        throw new InputException(r.where() + ": " + column + ": expected the ISO3 code of a country in"
                + " data/world/countries.csv or a group id (" + String.join(", ", parties.keySet()) + "), got "
                + quoteOrNothing(v) + YamlNodes.suggestion(v, known));
    }

    static String quoteOrNothing(String v) {
        return v.isEmpty() ? "nothing" : YamlTree.quote(v);
    }

    /** One CSV row with the line it starts on. */
    private record Row(String file, int line, CSVRecord record) {
        String get(String column) {
            return record.isSet(column) ? record.get(column) : "";
        }

        boolean has(String column) {
            return record.isSet(column);
        }

        String where() {
            return file + ":" + line;
        }
    }

    private static List<Row> rows(Text t, String... required) throws InputException {
        try (CSVParser p = CSVParser.parse(new StringReader(t.text()), FORMAT)) {
            List<String> header = p.getHeaderNames();
            for (String c : required) {
                if (!header.contains(c)) {
                    throw new InputException(t.name() + ":1: " + c + ": expected a header with the columns "
                            + String.join(",", required) + ", got " + quoteOrNothing(String.join(",", header)));
                }
            }
            List<Row> rows = new ArrayList<>();
            long line = 2;
            for (CSVRecord r : p) {
                int at = (int) line;
                if (r.size() != header.size()) {
                    throw new InputException(t.name() + ":" + at + ": row: expected " + header.size() + " fields ("
                            + String.join(",", header) + "), got " + r.size());
                }
                rows.add(new Row(t.name(), at, r));
                line = p.getCurrentLineNumber() + 1;
            }
            return rows;
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new InputException(t.name() + ": expected a CSV file, got text that cannot be parsed: "
                    + YamlTree.quote(String.valueOf(e.getMessage())));
        }
    }

    private static Text resource(String name) {
        try (InputStream in = EventsReader.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("shipped file missing from the classpath: data/events/" + name);
            }
            byte[] bytes = in.readAllBytes();
            return new Text("data/events/" + name, new String(bytes, StandardCharsets.UTF_8), WorldLoader.sha256(bytes));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Text file(Path path, Path shown) throws InputException {
        try {
            byte[] bytes = Files.readAllBytes(path);
            String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return new Text(shown.toString(), text, WorldLoader.sha256(bytes));
        } catch (NoSuchFileException e) {
            throw new InputException(shown + ": --events: expected a CSV file, got no file there");
        } catch (CharacterCodingException e) {
            throw new InputException(shown + ": expected a UTF-8 CSV file, got bytes that are not UTF-8");
        } catch (IOException e) {
            throw new InputException(shown + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** The shipped group ids and members, for tests and docs. */
    static Set<String> shippedParties(World world) {
        return shipped(world).parties().keySet();
    }
}
