package realign.world;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import realign.InputException;

/**
 * Loads the shipped data set ({@code data/world}, {@code data/unga}) from the classpath, optionally with
 * roll-call files of the user's that add roll calls or replace votes of shipped ones (for instance the exact
 * abstain/absent split of ES-11-5). Errors in shipped files are bugs; errors in the user's files are
 * {@link InputException}s naming file, line and column.
 */
public final class WorldLoader {

    private static final String ROOT = "/realign/data/";

    /**
     * The folders of shipped roll calls, each with a {@code rollcalls.csv} and a {@code votes.csv}, read in this
     * order; an id may be in only one of them. {@code unga/undl-2025} is the output of {@code realign votes import}
     * (see its provenance.md and data/unga/SOURCES.md).
     */
    public static final List<String> ROLLCALL_SETS = List.of("unga", "unga/undl-2025");

    private WorldLoader() {}

    /** The shipped data set alone. */
    public static World loadShipped() {
        try {
            return load(null, null);
        } catch (InputException e) {
            throw new IllegalStateException("shipped data set is invalid: " + e.getMessage(), e);
        }
    }

    /**
     * The shipped data set, then the user's roll-call metadata file and votes file (either may be null).
     * A rollcalls row with a shipped id replaces that row; a votes row replaces that member's vote.
     * A new roll call starts with every member absent ({@code X}).
     */
    public static World load(Path rollCallsFile, Path votesFile) throws InputException {
        List<DataSource> sources = new ArrayList<>();
        Text countries = resource("world/countries.csv", sources);
        Text groups = resource("world/groups.csv", sources);
        Text treaties = resource("world/treaties.csv", sources);
        Text trade = resource("world/trade-agreements.csv", sources);
        List<Text> sets = new ArrayList<>();
        for (String set : ROLLCALL_SETS) {
            sets.add(resource(set + "/rollcalls.csv", sources));
            sets.add(resource(set + "/votes.csv", sources));
        }
        return build(countries, groups, treaties, trade, sets, rollCallsFile, votesFile, sources);
    }

    /**
     * A whole data set from a folder laid out like {@code data/} ({@code world/countries.csv},
     * {@code world/groups.csv}, {@code world/treaties.csv}, {@code world/trade-agreements.csv}, then
     * {@code rollcalls.csv} and {@code votes.csv} in each folder of {@link #ROLLCALL_SETS}), for example an updated
     * or re-ordered copy of the shipped one.
     */
    public static World loadFrom(Path dataDir) throws InputException {
        List<DataSource> sources = new ArrayList<>();
        Text countries = userFile(dataDir.resolve("world/countries.csv"), sources);
        Text groups = userFile(dataDir.resolve("world/groups.csv"), sources);
        Text treaties = userFile(dataDir.resolve("world/treaties.csv"), sources);
        Text trade = userFile(dataDir.resolve("world/trade-agreements.csv"), sources);
        List<Text> sets = new ArrayList<>();
        for (String set : ROLLCALL_SETS) {
            sets.add(userFile(dataDir.resolve(set + "/rollcalls.csv"), sources));
            sets.add(userFile(dataDir.resolve(set + "/votes.csv"), sources));
        }
        return build(countries, groups, treaties, trade, sets, null, null, sources);
    }

    /** The ISO3 codes of the shipped countries ({@code data/world/countries.csv}), in file order. */
    public static List<String> memberCodes() {
        List<String> out = new ArrayList<>();
        try {
            for (Row r : rows(resource("world/countries.csv", new ArrayList<>()), "iso3")) {
                out.add(r.text("iso3"));
            }
        } catch (InputException e) {
            throw new IllegalStateException("shipped data set is invalid: " + e.getMessage(), e);
        }
        return out;
    }

    private static World build(Text countriesCsv, Text groupsCsv, Text treatiesCsv, Text tradeCsv,
                               List<Text> rollCallSets, Path rollCallsFile, Path votesFile, List<DataSource> sources)
            throws InputException {

        List<Country> countries = new ArrayList<>();
        for (Row r : rows(countriesCsv, "iso3", "name", "region", "subregion", "lat", "lon",
                "population_m", "gdp_usd_bn", "milex_usd_bn", "democracy", "regime")) {
            countries.add(new Country(r.text("iso3"), r.text("name"), r.text("region"), r.text("subregion"),
                    r.number("lat"), r.number("lon"), r.number("population_m"), r.number("gdp_usd_bn"),
                    r.optionalNumber("milex_usd_bn"), r.number("democracy"), r.text("regime")));
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < countries.size(); i++) {
            index.put(countries.get(i).iso3(), i);
        }

        Map<String, String> groupKind = new LinkedHashMap<>();
        Map<String, List<String>> groupMembers = new LinkedHashMap<>();
        for (Row r : rows(groupsCsv, "group", "iso3", "since", "kind")) {
            String g = r.text("group");
            r.country("iso3", index);
            groupKind.putIfAbsent(g, r.text("kind"));
            groupMembers.computeIfAbsent(g, k -> new ArrayList<>()).add(r.text("iso3"));
        }
        Map<String, Group> groups = new LinkedHashMap<>();
        groupMembers.forEach((g, m) -> groups.put(g, new Group(g, groupKind.get(g), m)));

        List<Treaty> treaties = new ArrayList<>();
        for (Row r : rows(treatiesCsv, "a", "b", "kind", "since", "name")) {
            r.country("a", index);
            r.country("b", index);
            treaties.add(new Treaty(r.text("a"), r.text("b"), r.text("kind"), (int) r.number("since"), r.text("name")));
        }

        List<TradeAgreement> trade = readTradeAgreements(tradeCsv, index, groups);

        Map<String, RollCallMeta> metas = new LinkedHashMap<>();
        Map<String, Vote[]> votes = new LinkedHashMap<>();
        for (int k = 0; k < rollCallSets.size(); k += 2) {
            Map<String, RollCallMeta> set = new LinkedHashMap<>();
            readRollCallMeta(rollCallSets.get(k), set);
            for (String id : set.keySet()) {
                if (metas.containsKey(id)) {
                    throw new InputException(rollCallSets.get(k).name() + ": id: expected each roll call in one data"
                            + " folder only, got " + id + " a second time");
                }
            }
            metas.putAll(set);
            readVotes(rollCallSets.get(k + 1), index, set, votes);
        }
        if (rollCallsFile != null) {
            readRollCallMeta(userFile(rollCallsFile, sources), metas);
        }
        if (votesFile != null) {
            readVotes(userFile(votesFile, sources), index, metas, votes);
        }
        Map<String, RollCall> rollCalls = new LinkedHashMap<>();
        for (RollCallMeta m : metas.values()) {
            Vote[] v = votes.computeIfAbsent(m.id, k -> filled(countries.size()));
            rollCalls.put(m.id, new RollCall(m.id, m.date, m.symbol, m.subject, m.yes, m.no, m.abstain, m.absent,
                    m.splitResolved, Arrays.asList(v)));
        }
        return new World(countries, groups, treaties, trade, rollCalls, sources);
    }

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Pattern AGREEMENT_ID = Pattern.compile("[A-Z0-9]+(?:-[A-Z0-9]+)*");

    /** trade-agreements.csv; the format is in data/world/SOURCES.md. */
    private static List<TradeAgreement> readTradeAgreements(Text csv, Map<String, Integer> index,
                                                            Map<String, Group> groups) throws InputException {
        List<TradeAgreement> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Row r : rows(csv, "id", "name", "kind", "parties", "in_force", "provisional", "depth", "source",
                "note")) {
            String id = r.text("id");
            if (!AGREEMENT_ID.matcher(id).matches()) {
                throw r.error("id", "an id of capital letters and digits joined by hyphens (EU-JPN)", id);
            }
            if (!ids.add(id)) {
                throw r.error("id", "each agreement once", id + " a second time");
            }
            if (r.text("name").isEmpty()) {
                throw r.error("name", "the agreement's name", "nothing");
            }
            TradeAgreement.Kind kind = TradeAgreement.Kind.parse(r.text("kind"));
            if (kind == null) {
                throw r.error("kind", "one of partial_scope, fta, customs_union, single_market", r.text("kind"));
            }
            if (!r.text("depth").equals(Integer.toString(kind.depth()))) {
                throw r.error("depth", kind.depth() + " for kind " + kind.label(), r.text("depth"));
            }
            String provisional = r.text("provisional");
            if (!provisional.equals("yes") && !provisional.equals("no")) {
                throw r.error("provisional", "yes or no", provisional);
            }
            inForce(r);
            List<List<String>> sides = parties(r, index, groups);
            List<String> sources = List.of(r.text("source").split(";", -1));
            if (sources.stream().anyMatch(String::isBlank)) {
                throw r.error("source", "source keys of data/world/SOURCES.md separated by ';'", r.text("source"));
            }
            out.add(new TradeAgreement(id, r.text("name"), kind, sides.get(0),
                    sides.size() == 2 ? sides.get(1) : List.of(), r.text("in_force"), provisional.equals("yes"),
                    sources, r.text("note")));
        }
        return out;
    }

    /** Checks in_force: an ISO date, of reduced precision if need be, whose whole period ends by the reference date. */
    private static void inForce(Row r) throws InputException {
        String s = r.text("in_force");
        String expected = "a date yyyy-mm-dd (or yyyy-mm, yyyy where the day is not known) on or before "
                + TradeAgreement.REFERENCE_DATE;
        Matcher m = ISO_DATE.matcher(s);
        if (!m.matches()) {
            throw r.error("in_force", expected, s.isEmpty() ? "nothing" : s);
        }
        LocalDate last;
        try {
            int year = Integer.parseInt(m.group(1));
            YearMonth month = YearMonth.of(year, m.group(2) == null ? 12 : Integer.parseInt(m.group(2)));
            last = m.group(3) == null ? month.atEndOfMonth() : month.atDay(Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw r.error("in_force", expected, s);
        }
        if (last.isAfter(TradeAgreement.REFERENCE_DATE)) {
            throw r.error("in_force", expected, s);
        }
    }

    /**
     * The parties field: one side ({@code A;B;C}: all pairs) or two ({@code A;B|C}: pairs across), each member an
     * ISO3 code or {@code @GROUP} of groups.csv, expanded here; a country may appear once in all.
     */
    private static List<List<String>> parties(Row r, Map<String, Integer> index, Map<String, Group> groups)
            throws InputException {
        String field = r.text("parties");
        String[] sideTexts = field.split("\\|", -1);
        if (sideTexts.length > 2) {
            throw r.error("parties", "one side, or two sides separated by a single '|'", field);
        }
        List<List<String>> sides = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String sideText : sideTexts) {
            List<String> side = new ArrayList<>();
            for (String token : sideText.split(";", -1)) {
                String t = token.trim();
                List<String> members;
                if (t.startsWith("@")) {
                    Group g = groups.get(t.substring(1));
                    if (g == null) {
                        throw r.error("parties", "a group of groups.csv after '@' ("
                                + String.join(", ", groups.keySet()) + ")", t);
                    }
                    members = g.members();
                } else if (index.containsKey(t)) {
                    members = List.of(t);
                } else {
                    String hint = CountryAliases.hint(t, iso -> index.containsKey(iso) ? iso : null).orElse("");
                    throw new InputException(r.error("parties", "ISO3 codes of UN member states or @GROUP separated by"
                            + " ';'", t.isEmpty() ? "nothing" : t).getMessage() + hint);
                }
                for (String iso : members) {
                    if (!seen.add(iso)) {
                        throw r.error("parties", "each country once in all sides", iso + " twice in " + field);
                    }
                    side.add(iso);
                }
            }
            sides.add(side);
        }
        if (seen.size() < 2) {
            throw r.error("parties", "at least two countries", field);
        }
        return sides;
    }

    private record RollCallMeta(String id, String date, String symbol, String subject,
                                int yes, int no, int abstain, int absent, boolean splitResolved) {}

    private static void readRollCallMeta(Text csv, Map<String, RollCallMeta> metas) throws InputException {
        for (Row r : rows(csv, "id", "date", "symbol", "subject", "yes", "no", "abstain", "absent", "split_resolved")) {
            String split = r.text("split_resolved");
            if (!split.equals("yes") && !split.equals("no")) {
                throw r.error("split_resolved", "yes or no", split);
            }
            metas.put(r.text("id"), new RollCallMeta(r.text("id"), r.text("date"), r.text("symbol"), r.text("subject"),
                    r.count("yes"), r.count("no"), r.count("abstain"), r.count("absent"), split.equals("yes")));
        }
    }

    private static void readVotes(Text csv, Map<String, Integer> index, Map<String, RollCallMeta> metas,
                                  Map<String, Vote[]> votes) throws InputException {
        for (Row r : rows(csv, "rollcall", "iso3", "vote")) {
            String id = r.text("rollcall");
            if (!metas.containsKey(id)) {
                throw r.error("rollcall", "a roll call listed in rollcalls.csv " + (metas.size() <= 12 ? metas.keySet()
                        : "(" + metas.size() + " ids; realign votes list shows the shipped ones)"), id);
            }
            int i = r.country("iso3", index);
            Vote v = Vote.parse(r.text("vote"));
            if (v == null) {
                throw r.error("vote", "one of Y (yes), N (no), A (abstain), X (absent)", r.text("vote"));
            }
            votes.computeIfAbsent(id, k -> filled(index.size()))[i] = v;
        }
    }

    private static Vote[] filled(int n) {
        Vote[] v = new Vote[n];
        Arrays.fill(v, Vote.X);
        return v;
    }

    /** A file's text with the name used in messages. */
    private record Text(String name, String content) {}

    private static Text resource(String relative, List<DataSource> sources) {
        String path = ROOT + relative;
        try (InputStream in = WorldLoader.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("data file missing from the classpath: " + path);
            }
            byte[] bytes = in.readAllBytes();
            sources.add(new DataSource("data/" + relative, "classpath:" + path, sha256(bytes), bytes.length));
            return new Text("data/" + relative, new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Text userFile(Path file, List<DataSource> sources) throws InputException {
        try {
            byte[] bytes = Files.readAllBytes(file);
            sources.add(new DataSource(file.getFileName().toString(), file.toString(), sha256(bytes), bytes.length));
            return new Text(file.toString(), new String(bytes, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": file not found");
        } catch (IOException e) {
            throw new InputException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A CSV record with typed, located accessors. */
    private record Row(String file, long line, CSVRecord record) {

        String text(String column) {
            return record.get(column).trim();
        }

        double number(String column) throws InputException {
            String s = text(column);
            try {
                return Double.parseDouble(s);
            } catch (NumberFormatException e) {
                throw error(column, "a number", s.isEmpty() ? "nothing" : s);
            }
        }

        double optionalNumber(String column) throws InputException {
            return text(column).isEmpty() ? Double.NaN : number(column);
        }

        int count(String column) throws InputException {
            String s = text(column);
            try {
                int v = Integer.parseInt(s);
                if (v >= 0) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw error(column, "a whole number >= 0", s.isEmpty() ? "nothing" : s);
        }

        int country(String column, Map<String, Integer> index) throws InputException {
            Integer i = index.get(text(column));
            if (i == null) {
                String hint = CountryAliases.hint(text(column), iso -> index.containsKey(iso) ? iso : null).orElse("");
                throw new InputException(error(column, "the ISO3 code of a UN member state", text(column)).getMessage()
                        + hint);
            }
            return i;
        }

        InputException error(String column, String expected, String found) {
            return new InputException(String.format("%s:%d: %s: expected %s, got '%s'",
                    file, line, column, expected, found));
        }
    }

    private static List<Row> rows(Text text, String... columns) throws InputException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text.content()), format)) {
            List<String> header = parser.getHeaderNames();
            for (String c : columns) {
                if (!header.contains(c)) {
                    throw new InputException(String.format("%s:1: header: expected a column '%s' (columns %s), got %s",
                            text.name(), c, String.join(",", columns), header));
                }
            }
            List<Row> out = new ArrayList<>();
            for (CSVRecord r : parser) {
                long line = r.getRecordNumber() + 1;
                if (r.size() != header.size()) {
                    throw new InputException(String.format("%s:%d: expected %d fields, got %d",
                            text.name(), line, header.size(), r.size()));
                }
                out.add(new Row(text.name(), line, r));
            }
            return out;
        } catch (IOException | IllegalArgumentException | UncheckedIOException e) {
            throw new InputException(text.name() + ": not a valid CSV file: " + e.getMessage(), e);
        }
    }
}
