package realign.unga;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import realign.InputException;
import realign.world.Vote;
import realign.world.WorldLoader;

/**
 * Reads recorded votes from the UN Digital Library voting data (docs/scenarios.md, "Importing roll calls"), detecting
 * the layout from the header:
 * <ul>
 * <li><b>long</b>: one row per member and vote, the Library's export ({@code undl_id, ms_code, ms_name, ms_vote,
 * date, session, resolution, ..., total_yes, total_no, total_abstentions, total_non_voting, total_ms,
 * undl_link}); {@code ms_vote} is Y, N, A, or X / NV / empty for a member that did not vote;</li>
 * <li><b>wide</b>: one row per vote, as in public data sets derived from it ({@code Link, Title, Council,
 * Resolution, Date, YES COUNT, NO COUNT, ABSTAIN COUNT, NO-VOTE COUNT, TOTAL VOTES}, then one column per member
 * ISO3 code holding YES, NO, ABSTAIN or empty; Y/N/A/X are accepted too).</li>
 * </ul>
 * Members not in the data for a vote are absent ({@code X}). Every vote is checked against its recorded tallies;
 * a mismatch is a warning, never corrected. Unknown member codes, duplicated rows, conflicting votes, bad symbols,
 * dates or vote codes are {@link InputException}s naming file and line.
 */
public final class VotesImport {

    /** The layout of an input file, detected from its header. */
    public enum Layout {
        LONG, WIDE
    }

    /**
     * What to keep.
     *
     * @param bodies GA and/or SC; empty keeps every body
     * @param from first date kept (ISO, inclusive) or null
     * @param to last date kept (ISO, inclusive) or null
     */
    public record Options(Set<String> bodies, String from, String to) {
        public Options {
            bodies = Set.copyOf(bodies);
        }

        /** General Assembly votes of any date: the default. */
        public static Options generalAssembly() {
            return new Options(Set.of("GA"), null, null);
        }
    }

    /** One input file as read. */
    public record Input(String file, String sha256, long bytes, Layout layout, int rows, int rollCalls) {}

    /**
     * One imported roll call. Tallies are the recorded ones: {@code absent} is the recorded non-voting count plus
     * the members of the world that the source's total does not include (for a Security Council vote, all but 15).
     *
     * @param votes one {@link Vote} per member, in the order of the member list
     * @param where file:line of the row (wide) or first row (long) it came from
     */
    public record RollCall(String id, String date, String symbol, String title, String body, String link,
                           int yes, int no, int abstain, int absent, Vote[] votes, String where) {

        public int count(Vote v) {
            int k = 0;
            for (Vote x : votes) {
                if (x == v) {
                    k++;
                }
            }
            return k;
        }
    }

    /**
     * What was imported.
     *
     * @param rollCalls ordered by date, then session and number
     * @param warnings tally mismatches and tallies computed for want of recorded ones, one line each
     * @param notes members that a file has no column or row for at all (absent in every vote)
     */
    public record Result(List<String> members, List<RollCall> rollCalls, List<Input> inputs, List<String> warnings,
                         List<String> notes) {}

    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** Header names (lower case) of the wide layout, first match wins. */
    private static final List<String> W_SYMBOL = List.of("resolution", "symbol", "resolution symbol");
    private static final List<String> W_DATE = List.of("date", "vote date");
    private static final List<String> W_TITLE = List.of("title");
    private static final List<String> W_BODY = List.of("council", "body");
    private static final List<String> W_LINK = List.of("link", "undl_link", "undl link", "un digital library link");
    private static final List<String> W_YES = List.of("yes count", "total_yes", "yes");
    private static final List<String> W_NO = List.of("no count", "total_no", "no");
    private static final List<String> W_ABSTAIN = List.of("abstain count", "total_abstentions", "abstain");
    private static final List<String> W_NONVOTING = List.of("no-vote count", "total_non_voting", "no vote",
            "non_voting");
    private static final List<String> W_TOTAL = List.of("total votes", "total_ms");

    private final List<String> members;
    private final Map<String, Integer> index = new HashMap<>();
    private final Options options;
    private final Map<String, Builder> calls = new LinkedHashMap<>();
    private final List<Input> inputs = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private VotesImport(List<String> members, Options options) {
        this.members = List.copyOf(members);
        for (int i = 0; i < members.size(); i++) {
            index.put(members.get(i), i);
        }
        this.options = options;
    }

    /** Reads every file in order; {@code members} are the ISO3 codes of the world, in its order. */
    public static Result read(List<Path> files, List<String> members, Options options) throws InputException {
        VotesImport im = new VotesImport(members, options);
        for (Path f : files) {
            im.readFile(f);
        }
        return im.result();
    }

    // ---- one roll call being assembled -----------------------------------------------------------------------

    private final class Builder {
        final String id;
        final String symbol;
        final String date;
        final String title;
        final String body;
        final String link;
        final Integer yes;
        final Integer no;
        final Integer abstain;
        final Integer nonVoting;
        final Integer total;
        final String where;
        final Vote[] votes;
        /** line of the row each member's vote came from (long layout), 0 if none */
        final long[] lineOf;

        Builder(String id, String symbol, String date, String title, String body, String link, Integer yes, Integer no,
                Integer abstain, Integer nonVoting, Integer total, String where) {
            this.id = id;
            this.symbol = symbol;
            this.date = date;
            this.title = title;
            this.body = body;
            this.link = link;
            this.yes = yes;
            this.no = no;
            this.abstain = abstain;
            this.nonVoting = nonVoting;
            this.total = total;
            this.where = where;
            this.votes = new Vote[members.size()];
            Arrays.fill(votes, Vote.X);
            this.lineOf = new long[members.size()];
        }
    }

    // ---- reading ---------------------------------------------------------------------------------------------

    private void readFile(Path file) throws InputException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": file not found");
        } catch (IOException e) {
            throw new InputException(file + ": cannot read: " + e.getMessage(), e);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(file + ": expected a UTF-8 text file, got bytes that are not UTF-8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String name = file.toString();
        CSVFormat format = CSVFormat.DEFAULT.builder().setAllowMissingColumnNames(true).get();
        int before = calls.size();
        int rows = 0;
        Layout layout;
        try (Reader reader = new java.io.StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
            java.util.Iterator<CSVRecord> it = parser.iterator();
            if (!it.hasNext()) {
                throw new InputException(name + ":1: header: expected a header row, got an empty file");
            }
            CSVRecord header = it.next();
            List<String> cols = new ArrayList<>();
            for (String c : header) {
                cols.add(c.strip());
            }
            Map<String, Integer> lower = new HashMap<>();
            for (int c = 0; c < cols.size(); c++) {
                String key = cols.get(c).toLowerCase(Locale.ROOT);
                if (lower.putIfAbsent(key, c) != null && ISO3.matcher(cols.get(c)).matches()) {
                    throw new InputException(name + ":1: header: expected each member column once, got '" + cols.get(c)
                            + "' twice");
                }
            }
            long previousEnd = parser.getCurrentLineNumber();
            if (lower.containsKey("ms_code") && lower.containsKey("ms_vote")) {
                layout = Layout.LONG;
                LongColumns lc = new LongColumns(name, lower);
                while (it.hasNext()) {
                    CSVRecord r = it.next();
                    long line = previousEnd + 1;
                    previousEnd = parser.getCurrentLineNumber();
                    rows++;
                    readLongRow(name, line, r, lc, cols.size());
                }
            } else if (first(lower, W_SYMBOL) >= 0 && cols.stream().anyMatch(c -> ISO3.matcher(c).matches())) {
                layout = Layout.WIDE;
                WideColumns wc = wideColumns(name, cols, lower);
                while (it.hasNext()) {
                    CSVRecord r = it.next();
                    long line = previousEnd + 1;
                    previousEnd = parser.getCurrentLineNumber();
                    rows++;
                    if (rows == 1 && namesRow(r, wc)) {
                        notes.add(name + ":" + line + ": a row of member names under the header, not a vote: skipped");
                        continue;
                    }
                    readWideRow(name, line, r, wc, cols.size());
                }
            } else {
                throw new InputException(name + ":1: header: expected the UN Digital Library voting data (long:"
                        + " undl_id, ms_code, ms_vote, date, resolution, title, total_yes, total_no, total_abstentions,"
                        + " total_non_voting, ...) or the wide layout (Link, Title, Council, Resolution, Date,"
                        + " YES COUNT, NO COUNT, ABSTAIN COUNT, NO-VOTE COUNT, then one column per member ISO3 code),"
                        + " got " + abbreviate(cols));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new InputException(name + ": not a valid CSV file: " + e.getMessage(), e);
        }
        inputs.add(new Input(name, WorldLoader.sha256(bytes), bytes.length, layout, rows, calls.size() - before));
    }

    private static String abbreviate(List<String> cols) {
        return cols.size() <= 12 ? cols.toString() : cols.subList(0, 12) + " and " + (cols.size() - 12) + " more";
    }

    private static int first(Map<String, Integer> lower, List<String> names) {
        for (String n : names) {
            Integer c = lower.get(n);
            if (c != null) {
                return c;
            }
        }
        return -1;
    }

    private static int required(String file, Map<String, Integer> lower, List<String> names, String what)
            throws InputException {
        int c = first(lower, names);
        if (c < 0) {
            throw new InputException(file + ":1: header: expected a column " + names.stream()
                    .map(n -> "'" + n + "'").reduce((a, b) -> a + " or " + b).orElseThrow() + " (" + what + ")");
        }
        return c;
    }

    /** Column positions of the long layout. */
    private record LongColumns(int code, int vote, int date, int symbol, int title, int link, int yes, int no,
                               int abstain, int nonVoting, int total, int body) {
        LongColumns(String file, Map<String, Integer> lower) throws InputException {
            this(required(file, lower, List.of("ms_code"), "member code"),
                    required(file, lower, List.of("ms_vote"), "member vote"),
                    required(file, lower, List.of("date"), "date of the vote"),
                    required(file, lower, List.of("resolution", "resolutions"), "resolution symbol"),
                    required(file, lower, List.of("title"), "title"),
                    first(lower, List.of("undl_link", "link")),
                    required(file, lower, List.of("total_yes", "yes"), "recorded yes votes"),
                    required(file, lower, List.of("total_no", "no"), "recorded no votes"),
                    required(file, lower, List.of("total_abstentions", "abstentions", "abstain"), "recorded abstentions"),
                    first(lower, List.of("total_non_voting", "non_voting", "no_votes")),
                    first(lower, List.of("total_ms")),
                    first(lower, List.of("body", "council")));
        }
    }

    /** Column positions of the wide layout; {@code memberColumns[k]} is the column of member {@code memberOf[k]}. */
    private record WideColumns(int symbol, int date, int title, int body, int link, int yes, int no, int abstain,
                               int nonVoting, int total, int[] memberColumns, int[] memberOf) {}

    private WideColumns wideColumns(String file, List<String> cols, Map<String, Integer> lower) throws InputException {
        List<Integer> mc = new ArrayList<>();
        List<Integer> mo = new ArrayList<>();
        Set<String> unknown = new TreeSet<>();
        for (int c = 0; c < cols.size(); c++) {
            String h = cols.get(c);
            if (!ISO3.matcher(h).matches()) {
                continue;
            }
            Integer m = index.get(h);
            if (m == null) {
                unknown.add(h);
            } else {
                mc.add(c);
                mo.add(m);
            }
        }
        if (!unknown.isEmpty()) {
            throw new InputException(file + ":1: header: expected ISO3 codes of UN member states (data/world/countries.csv)"
                    + " as member columns, got unknown member code" + (unknown.size() > 1 ? "s " : " ") + unknown);
        }
        Set<String> missing = new TreeSet<>(members);
        for (int m : mo) {
            missing.remove(members.get(m));
        }
        if (!missing.isEmpty()) {
            notes.add(file + ": no column for " + String.join(", ", missing)
                    + ": absent (X) in every vote of this file");
        }
        return new WideColumns(required(file, lower, W_SYMBOL, "resolution symbol"),
                required(file, lower, W_DATE, "date of the vote"), required(file, lower, W_TITLE, "title"),
                first(lower, W_BODY), first(lower, W_LINK),
                required(file, lower, W_YES, "recorded yes votes"), required(file, lower, W_NO, "recorded no votes"),
                required(file, lower, W_ABSTAIN, "recorded abstentions"), first(lower, W_NONVOTING),
                first(lower, W_TOTAL), mc.stream().mapToInt(Integer::intValue).toArray(),
                mo.stream().mapToInt(Integer::intValue).toArray());
    }

    private void readWideRow(String file, long line, CSVRecord r, WideColumns wc, int width) throws InputException {
        checkWidth(file, line, r, width);
        String symbol = r.get(wc.symbol()).strip();
        String body = body(wc.body() < 0 ? "" : r.get(wc.body()), symbol);
        if (!keep(body)) {
            return;
        }
        String date = date(file, line, r.get(wc.date()), "date");
        if (!inRange(date)) {
            return;
        }
        String id = id(file, line, symbol);
        Builder b = new Builder(id, symbol, date, title(r.get(wc.title())), body,
                wc.link() < 0 ? "" : r.get(wc.link()).strip(),
                tally(file, line, r, wc.yes()), tally(file, line, r, wc.no()), tally(file, line, r, wc.abstain()),
                wc.nonVoting() < 0 ? null : tally(file, line, r, wc.nonVoting()),
                wc.total() < 0 ? null : tally(file, line, r, wc.total()), file + ":" + line);
        for (int k = 0; k < wc.memberColumns().length; k++) {
            String cell = r.get(wc.memberColumns()[k]).strip();
            Vote v = wideVote(cell);
            if (v == null) {
                throw new InputException(String.format("%s:%d: %s: expected YES, NO, ABSTAIN or empty (Y, N, A, X),"
                        + " got '%s'", file, line, members.get(wc.memberOf()[k]), cell));
            }
            b.votes[wc.memberOf()[k]] = v;
        }
        Builder earlier = calls.get(id);
        if (earlier != null) {
            boolean same = Arrays.equals(earlier.votes, b.votes);
            throw new InputException(String.format("%s:%d: %s: %s, first at %s", file, line, symbol,
                    same ? "duplicated row: the votes of " + id + " are given twice"
                            : "conflicting votes: a second row for " + id + " differs (" + diff(earlier.votes, b.votes) + ")",
                    earlier.where));
        }
        calls.put(id, b);
    }

    /** Some wide files repeat the header as member names ("Angola", ...) on their second line. */
    private static boolean namesRow(CSVRecord r, WideColumns wc) {
        if (r.size() <= wc.symbol() || !r.get(wc.symbol()).isBlank() || wc.memberColumns().length == 0) {
            return false;
        }
        for (int c : wc.memberColumns()) {
            if (c >= r.size() || r.get(c).isBlank() || wideVote(r.get(c).strip()) != null) {
                return false;
            }
        }
        return true;
    }

    private String diff(Vote[] a, Vote[] b) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < a.length && out.size() < 5; i++) {
            if (a[i] != b[i]) {
                out.add(members.get(i) + " " + a[i] + " then " + b[i]);
            }
        }
        return String.join(", ", out);
    }

    private void readLongRow(String file, long line, CSVRecord r, LongColumns lc, int width) throws InputException {
        checkWidth(file, line, r, width);
        String symbol = r.get(lc.symbol()).strip();
        String body = body(lc.body() < 0 ? "" : r.get(lc.body()), symbol);
        if (!keep(body)) {
            return;
        }
        String date = date(file, line, r.get(lc.date()), "date");
        if (!inRange(date)) {
            return;
        }
        String id = id(file, line, symbol);
        Builder b = calls.get(id);
        if (b == null) {
            b = new Builder(id, symbol, date, title(r.get(lc.title())), body,
                    lc.link() < 0 ? "" : r.get(lc.link()).strip(),
                    tally(file, line, r, lc.yes()), tally(file, line, r, lc.no()), tally(file, line, r, lc.abstain()),
                    lc.nonVoting() < 0 ? null : tally(file, line, r, lc.nonVoting()),
                    lc.total() < 0 ? null : tally(file, line, r, lc.total()), file + ":" + line);
            calls.put(id, b);
        } else if (!b.where.startsWith(file + ":")) {
            throw new InputException(String.format("%s:%d: %s: duplicated roll call: %s is also in %s", file, line,
                    symbol, id, b.where));
        }
        String code = r.get(lc.code()).strip();
        Integer m = index.get(code);
        if (m == null) {
            throw new InputException(String.format("%s:%d: ms_code: expected the ISO3 code of a UN member state"
                    + " (data/world/countries.csv), got unknown member code '%s'", file, line, code));
        }
        String cell = r.get(lc.vote()).strip();
        Vote v = longVote(cell);
        if (v == null) {
            throw new InputException(String.format("%s:%d: ms_vote: expected Y, N, A, X, NV or empty, got '%s'",
                    file, line, cell));
        }
        if (b.lineOf[m] != 0) {
            boolean same = b.votes[m] == v;
            throw new InputException(String.format("%s:%d: %s: %s for %s on %s (%s), first at line %d", file, line,
                    code, same ? "duplicated row" : "conflicting votes", code, symbol,
                    same ? "vote " + v + " twice" : b.votes[m] + " then " + v, b.lineOf[m]));
        }
        b.votes[m] = v;
        b.lineOf[m] = line;
    }

    private static void checkWidth(String file, long line, CSVRecord r, int width) throws InputException {
        if (r.size() != width) {
            throw new InputException(String.format("%s:%d: expected %d fields like the header, got %d",
                    file, line, width, r.size()));
        }
    }

    private static String body(String column, String symbol) {
        String c = column.strip().toLowerCase(Locale.ROOT);
        if (c.equals("general assembly") || c.equals("ga")) {
            return "GA";
        }
        if (c.equals("security council") || c.equals("sc")) {
            return "SC";
        }
        return c.isEmpty() ? Symbols.bodyOfSymbol(symbol) : column.strip();
    }

    private boolean keep(String body) {
        return options.bodies().isEmpty() || options.bodies().contains(body);
    }

    private boolean inRange(String date) {
        return (options.from() == null || date.compareTo(options.from()) >= 0)
                && (options.to() == null || date.compareTo(options.to()) <= 0);
    }

    private static String date(String file, long line, String cell, String column) throws InputException {
        String s = cell.strip();
        if (s.length() >= 10 && DATE.matcher(s.substring(0, 10)).matches()
                && (s.length() == 10 || s.charAt(10) == 'T' || s.charAt(10) == ' ')) {
            String d = s.substring(0, 10);
            try {
                java.time.LocalDate.parse(d);
                return d;
            } catch (java.time.format.DateTimeParseException e) {
                // reported below
            }
        }
        throw new InputException(String.format("%s:%d: %s: expected an ISO date (2025-02-24), got '%s'",
                file, line, column, s));
    }

    private static String id(String file, long line, String symbol) throws InputException {
        return Symbols.id(symbol).orElseThrow(() -> new InputException(String.format(
                "%s:%d: resolution: expected a symbol such as A/RES/79/269, A/RES/ES-11/7, A/DEC/80/506 or"
                        + " S/RES/2768(2025), got '%s'", file, line, symbol)));
    }

    /** The Library's titles end in " : resolution / adopted by the General Assembly"; that part says nothing. */
    static String title(String cell) {
        String t = cell.strip().replaceAll("\\s+", " ");
        int cut = t.indexOf(" : resolution / adopted by");
        if (cut < 0) {
            cut = t.indexOf(" : decision / adopted by");
        }
        return cut > 0 ? t.substring(0, cut).strip() : t;
    }

    private static Integer tally(String file, long line, CSVRecord r, int column) throws InputException {
        String s = r.get(column).strip();
        if (s.isEmpty()) {
            return null;
        }
        try {
            double d = Double.parseDouble(s); // some exports write 93.0
            if (d >= 0 && d == Math.rint(d) && d < 10_000) {
                return (int) d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InputException(String.format("%s:%d: column %d: expected a vote count (a whole number >= 0), got '%s'",
                file, line, column + 1, s));
    }

    static Vote wideVote(String cell) {
        return switch (cell.toUpperCase(Locale.ROOT)) {
            case "YES", "Y" -> Vote.Y;
            case "NO", "N" -> Vote.N;
            case "ABSTAIN", "A" -> Vote.A;
            case "", "X", "NV", "NON-VOTING" -> Vote.X;
            default -> null;
        };
    }

    static Vote longVote(String cell) {
        return switch (cell.toUpperCase(Locale.ROOT)) {
            case "Y" -> Vote.Y;
            case "N" -> Vote.N;
            case "A" -> Vote.A;
            case "", "X", "NV" -> Vote.X;
            default -> null;
        };
    }

    // ---- result ----------------------------------------------------------------------------------------------

    private Result result() {
        List<String> warnings = new ArrayList<>();
        List<RollCall> out = new ArrayList<>();
        int n = members.size();
        int absentOnly = 0;
        for (Builder b : calls.values()) {
            int y = 0;
            int no = 0;
            int a = 0;
            int x = 0;
            for (Vote v : b.votes) {
                switch (v) {
                    case Y -> y++;
                    case N -> no++;
                    case A -> a++;
                    case X -> x++;
                }
            }
            int outside = b.total == null ? 0 : n - b.total;
            Integer recordedAbsent = b.nonVoting == null ? null : b.nonVoting + outside;
            if (b.yes == null || b.no == null || b.abstain == null || recordedAbsent == null) {
                warnings.add(String.format("%s: %s: no recorded %s; taken from the member votes", b.where, b.id,
                        missingTallies(b, recordedAbsent)));
            }
            int ry = b.yes == null ? y : b.yes;
            int rn = b.no == null ? no : b.no;
            int ra = b.abstain == null ? a : b.abstain;
            int rx = recordedAbsent == null ? x : recordedAbsent;
            if (ry == y && rn == no && ra == a && rx != x) {
                absentOnly++;
            }
            if (ry != y || rn != no || ra != a || rx != x) {
                warnings.add(String.format("%s: %s (%s): recorded tally %d-%d-%d, %d absent; the member votes give"
                        + " %d-%d-%d, %d absent", b.where, b.id, b.symbol, ry, rn, ra, rx, y, no, a, x));
            }
            out.add(new RollCall(b.id, b.date, b.symbol, b.title, b.body, b.link, ry, rn, ra, rx, b.votes, b.where));
        }
        out.sort(ORDER);
        List<String> notes = new ArrayList<>(this.notes);
        if (absentOnly > 0) {
            notes.add(absentOnly + " of the " + warnings.size() + " tally warnings differ in the absent count only"
                    + " (yes, no and abstain match): a source's non-voting count that leaves out members it has no"
                    + " column or row for gives this");
        }
        return new Result(members, List.copyOf(out), List.copyOf(inputs), List.copyOf(warnings), List.copyOf(notes));
    }

    private static String missingTallies(Builder b, Integer absent) {
        List<String> m = new ArrayList<>();
        if (b.yes == null) {
            m.add("yes");
        }
        if (b.no == null) {
            m.add("no");
        }
        if (b.abstain == null) {
            m.add("abstain");
        }
        if (absent == null) {
            m.add("non-voting");
        }
        return String.join(", ", m) + " count" + (m.size() > 1 ? "s" : "");
    }

    /** Date, then id with its numbers compared as numbers (79-9 before 79-10). */
    static final Comparator<RollCall> ORDER = Comparator.comparing(RollCall::date)
            .thenComparing(RollCall::id, VotesImport::compareIds);

    static int compareIds(String p, String q) {
        String[] a = p.split("-");
        String[] b = q.split("-");
        for (int k = 0; k < Math.min(a.length, b.length); k++) {
            boolean na = a[k].chars().allMatch(Character::isDigit);
            boolean nb = b[k].chars().allMatch(Character::isDigit);
            int c = na && nb ? Long.compare(Long.parseLong(a[k]), Long.parseLong(b[k])) : a[k].compareTo(b[k]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.length, b.length);
    }
}
