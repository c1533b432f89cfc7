package realign.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import realign.InputException;
import realign.scenario.Scenario.DataFiles;
import realign.model.ModelSpec.AgreementShock;
import realign.model.ModelSpec.EventShock;
import realign.model.ModelSpec.JoinShock;
import realign.model.ModelSpec.LeaveShock;
import realign.scenario.Scenario.FocusGroup;
import realign.model.ModelSpec.HistoryEntry;
import realign.model.ModelSpec.RollCallShock;
import realign.model.ModelSpec.Shock;
import realign.model.ModelSpec.TariffShock;
import realign.scenario.Scenario.TrackedPair;
import realign.scenario.YamlTree.Entry;
import realign.scenario.YamlTree.Node;
import realign.scenario.YamlTree.Scalar;
import realign.scenario.YamlTree.Seq;
import realign.scenario.YamlTree.Where;
import static realign.scenario.YamlNodes.checkKeys;
import static realign.scenario.YamlNodes.fail;
import static realign.scenario.YamlNodes.longValue;
import static realign.scenario.YamlNodes.map;
import static realign.scenario.YamlNodes.number;
import static realign.scenario.YamlNodes.require;
import static realign.scenario.YamlNodes.seq;
import static realign.scenario.YamlNodes.string;
import static realign.scenario.YamlNodes.suggestion;

import realign.unga.RollCallSelection;
import realign.world.CountryAliases;
import realign.world.World;
import realign.world.WorldLoader;
import realign.world.Vote;

/**
 * Reads and validates a scenario file (docs/scenarios.md), applies {@code --set} overrides, loads the world
 * it runs on, and resolves every default. Any mistake is one {@link InputException} naming file, line,
 * field, what was expected and what was found.
 */
public final class ScenarioReader {

    /** The focus groups reported when a scenario names none. */
    public static final List<String> DEFAULT_FOCUS = List.of("EU", "NATO-Europe", "CAN", "GBR", "JPN", "KOR", "AUS");

    static final List<String> TOP_KEYS = List.of("name", "description", "seed", "rounds", "start", "history", "shocks",
            "parameters", "focus", "data", "track", "trust_matrices");
    /** The kinds of shock besides a roll call, each named by its key in the shock's mapping (docs/scenarios.md). */
    private static final List<String> SHOCK_KINDS = List.of("event", "tariff", "leave", "join", "agreement");
    static final List<String> SHOCK_KEYS = List.of("round", "date", "salience", "label", "rollcall", "votes", "event",
            "tariff", "leave", "join", "agreement");
    static final List<String> EVENT_KEYS = List.of("actor", "targets");
    static final List<String> TARIFF_KEYS = List.of("actor", "targets", "rate");
    static final List<String> MEMBERSHIP_KEYS = List.of("country", "group");
    static final List<String> AGREEMENT_KEYS = List.of("a", "b", "layer", "weight");
    /** The layers an agreement can be signed on (docs/model.md §1): alignment ties W and economic ties E. */
    static final List<String> LAYERS = List.of("security", "economic");
    static final List<String> HISTORY_KEYS = List.of("rollcall", "votes");
    static final List<String> SELECTION_KEYS = List.of("session", "from", "to", "exclude");
    static final List<String> FOCUS_KEYS = List.of("name", "members");
    static final List<String> DATA_KEYS = List.of("rollcalls", "votes");
    static final List<String> TRACK_KEYS = List.of("from", "to");

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern SET_SHOCK = Pattern.compile("shocks\\[(\\d+)]\\.([A-Za-z]+)(?:\\.([A-Za-z0-9_-]+))?");

    /** A scenario with the world it runs on and the exact bytes it was read from. */
    public record Loaded(Scenario scenario, World world, byte[] source, Path file) {}

    private final String file;
    private final Path path;
    private World world;
    /** The shipped world to reuse when the scenario has no {@code data:} (null, or a null answer: load it). */
    private Supplier<World> shared;

    private ScenarioReader(Path path) {
        this.path = path;
        this.file = path.toString();
    }

    /**
     * A {@code key=value} override and the command-line words it came from, which messages name
     * ({@code --rounds 0} rather than {@code --set rounds=0}).
     */
    public record Setting(String assignment, String source) {
        /** An override given as {@code --set key=value}. */
        public static Setting set(String assignment) {
            return new Setting(assignment, "--set " + assignment);
        }
    }

    /** Reads {@code path}, applies each {@code key=value} override in order, and resolves everything. */
    public static Loaded read(Path path, List<String> overrides) throws InputException {
        return readWith(path, overrides.stream().map(Setting::set).toList());
    }

    /** As {@link #read}, with overrides that name the option they came from. */
    public static Loaded readWith(Path path, List<Setting> overrides) throws InputException {
        return readWith(path, overrides, null);
    }

    /**
     * As {@link #readWith(Path, List)}, taking the shipped data set ({@code WorldLoader.loadShipped()}) from
     * {@code shipped} when the scenario has no {@code data:} section of its own; {@code shipped} is not asked
     * otherwise (a scenario with its own data does not wait for a preload it does not use), and a null answer
     * means: load it here.
     */
    public static Loaded readWith(Path path, List<Setting> overrides, Supplier<World> shipped) throws InputException {
        return new ScenarioReader(path).load(readBytes(path), overrides, shipped);
    }

    /**
     * Resolves a scenario from bytes already read from {@code path}, with overrides, reusing {@code world} when
     * the scenario has no {@code data:} section of its own (sweeps resolve thousands of variants this way).
     */
    public static Loaded read(Path path, byte[] bytes, List<String> overrides, World world) throws InputException {
        return new ScenarioReader(path).load(bytes, overrides.stream().map(Setting::set).toList(), () -> world);
    }

    /** The bytes of a scenario file, or an InputException saying why they cannot be read. */
    public static byte[] readBytes(Path path) throws InputException {
        try {
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new InputException(path + ": file not found");
        } catch (IOException e) {
            throw new InputException(path + ": cannot read: " + e.getMessage(), e);
        }
    }

    private Loaded load(byte[] bytes, List<Setting> overrides, Supplier<World> shared) throws InputException {
        this.shared = shared;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(file + ": expected a UTF-8 text file, got bytes that are not UTF-8");
        }
        Node root = YamlNodes.parse(text, file);
        if (root == null) {
            throw new InputException(file + ":1:1: scenario: expected a mapping of keys (name, seed, rounds, shocks, ...),"
                    + " got an empty file");
        }
        if (!(root instanceof YamlTree.Map map)) {
            throw fail(root.where(), "scenario", "a mapping of keys (name, seed, rounds, shocks, ...)", root.describe());
        }
        for (Setting o : overrides) {
            applyOverride(map, o.assignment(), o.source());
        }
        return new Loaded(bind(map), world, bytes, path);
    }

    // ---- --set overrides ---------------------------------------------------------------------------------

    private void applyOverride(YamlTree.Map root, String override, String src) throws InputException {
        int eq = override.indexOf('=');
        if (eq <= 0) {
            throw new InputException(src + ": expected key=value (for example trust.reversion=0.05), got '" + override + "'");
        }
        String key = override.substring(0, eq).trim();
        String value = override.substring(eq + 1).trim();
        Where where = new Where(src, 0, 0);
        Node node = relocate(YamlNodes.parse(value.isEmpty() ? "''" : value, src, false), where);
        Matcher sm = SET_SHOCK.matcher(key);
        if (sm.matches()) {
            Node shocks = root.get("shocks");
            int idx = Integer.parseInt(sm.group(1));
            if (!(shocks instanceof Seq seq) || idx >= seq.items().size()) {
                int count = shocks instanceof Seq seq2 ? seq2.items().size() : 0;
                throw new InputException(src + ": " + key + ": expected a shock index below " + count
                        + " (the scenario has " + count + " shocks), got " + idx);
            }
            if (!(seq.items().get(idx) instanceof YamlTree.Map shock)) {
                throw new InputException(src + ": " + key + ": shock " + idx + " is not a mapping");
            }
            if (sm.group(3) == null) {
                // a shock has a round or a date: setting one replaces the other
                if (sm.group(2).equals("round") || sm.group(2).equals("date")) {
                    String other = sm.group(2).equals("round") ? "date" : "round";
                    shock.entries().removeIf(e -> e.key().equals(other));
                }
                shock.put(sm.group(2), where, node);
                return;
            }
            // shocks[i].votes.USA=N: one entry of a mapping field, the rest of the mapping kept
            Node field = shock.get(sm.group(2));
            YamlTree.Map inner;
            if (field instanceof YamlTree.Map fm) {
                inner = fm;
            } else if (field == null) {
                inner = YamlTree.Map.empty(where);
                shock.put(sm.group(2), where, inner);
            } else {
                throw new InputException(src + ": " + key + ": expected shock " + idx + "'s '" + sm.group(2)
                        + "' to be a mapping, got " + field.describe());
            }
            inner.put(sm.group(3), where, node);
            return;
        }
        String param = key.startsWith("parameters.") ? key.substring("parameters.".length()) : key;
        if (Params.get(param) != null) {
            Node p = root.get("parameters");
            YamlTree.Map params;
            if (p instanceof YamlTree.Map pm) {
                params = pm;
            } else {
                params = YamlTree.Map.empty(where);
                root.put("parameters", where, params);
            }
            removeParam(params, param);
            params.put(param, where, node);
            return;
        }
        if (TOP_KEYS.contains(key)) {
            root.put(key, where, node);
            return;
        }
        List<String> known = new ArrayList<>(TOP_KEYS);
        for (Param p : Params.ALL) {
            known.add(p.name());
        }
        known.add("shocks[0].salience");
        throw new InputException(src + ": " + key + ": unknown key" + suggestion(key, known)
                + "; expected a parameter name (docs/scenarios.md), a top-level key or shocks[i].field");
    }

    /** Drops a parameter given either nested or dotted, so an override replaces it wherever it was written. */
    private static void removeParam(YamlTree.Map params, String name) {
        params.entries().removeIf(e -> e.key().equals(name));
        int dot = name.indexOf('.');
        YamlTree.Entry group = params.entry(name.substring(0, dot));
        if (group != null && group.value() instanceof YamlTree.Map g) {
            g.entries().removeIf(e -> e.key().equals(name.substring(dot + 1)));
        }
    }

    private static Node relocate(Node n, Where w) {
        if (n instanceof Scalar s) {
            return new Scalar(s.value(), s.quoted(), w);
        }
        if (n instanceof Seq s) {
            List<Node> items = new ArrayList<>();
            for (Node c : s.items()) {
                items.add(relocate(c, w));
            }
            return new Seq(items, w);
        }
        YamlTree.Map m = (YamlTree.Map) n;
        YamlTree.Map out = YamlTree.Map.empty(w);
        for (Entry e : m.entries()) {
            out.entries().add(new Entry(e.key(), w, relocate(e.value(), w)));
        }
        return out;
    }

    // ---- binding -----------------------------------------------------------------------------------------

    private Scenario bind(YamlTree.Map root) throws InputException {
        checkKeys(root, TOP_KEYS, "");
        DataFiles data = bindData(root.get("data"));
        Path dir = path.toAbsolutePath().getParent();
        world = data == null && shared != null ? shared.get() : null;
        if (world == null) {
            world = WorldLoader.load(
                    data == null || data.rollcalls() == null ? null : dir.resolve(data.rollcalls()),
                    data == null || data.votes() == null ? null : dir.resolve(data.votes()));
        }

        String defaultName = path.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        String name = root.get("name") == null ? defaultName : string(root.get("name"), "name");
        if (!NAME.matcher(name).matches()) {
            throw fail(root.get("name").where(), "name",
                    "letters, digits, '.', '_' or '-' (it names the run's folder)", "'" + name + "'");
        }
        String description = root.get("description") == null ? "" : string(root.get("description"), "description");
        long seed = root.get("seed") == null ? 1L : longValue(root.get("seed"), "seed", 0, Long.MAX_VALUE);
        int rounds = root.get("rounds") == null ? 24 : (int) longValue(root.get("rounds"), "rounds", 1, 10_000);
        realign.Calendar calendar = bindStart(root.get("start"));

        java.util.Map<String, Double> params = bindParameters(root.get("parameters"));
        RollCallSelection selection = root.get("history") instanceof YamlTree.Map hm ? bindSelection(hm) : null;
        List<HistoryEntry> history = selection != null ? selected(selection, root.get("history"))
                : bindHistory(root.get("history"));
        List<Shock> shocks = bindShocks(root.get("shocks"), rounds, calendar, params.get("shock.salience"));
        List<FocusGroup> focus = bindFocus(root.get("focus"));
        List<TrackedPair> track = bindTrack(root.get("track"));
        List<Integer> matrices = bindTrustMatrices(root.get("trust_matrices"), rounds);
        return new Scenario(name, description, seed, rounds, history, shocks, params, focus, data, selection, track,
                matrices, calendar);
    }

    /** {@code start: yyyy-MM}, the month of round 1 (docs/scenarios.md); February 2025 when not given. */
    private static realign.Calendar bindStart(Node n) throws InputException {
        if (n == null) {
            return realign.Calendar.DEFAULT;
        }
        java.time.YearMonth start = n instanceof Scalar sc ? realign.Calendar.parseMonth(sc.value()) : null;
        if (start == null) {
            throw fail(n.where(), "start", "a month yyyy-MM (the month of round 1, such as 2025-02)", n.describe());
        }
        return new realign.Calendar(start);
    }

    /**
     * The round of a shock: {@code round: t}, or the round of the month of {@code date: yyyy-MM(-dd)}, never both;
     * round 1 when neither is given.
     */
    private static int shockRound(YamlTree.Map m, String field, int rounds, realign.Calendar calendar)
            throws InputException {
        Node date = m.get("date");
        if (date == null) {
            return m.get("round") == null ? 1 : (int) longValue(m.get("round"), field + ".round", 1, rounds);
        }
        if (m.get("round") != null) {
            throw fail(date.where(), field, "either 'round' or 'date', not both", "both (round "
                    + m.get("round").describe() + ", date " + date.describe() + ")");
        }
        java.time.YearMonth month = date instanceof Scalar sc ? realign.Calendar.parseMonthOrDay(sc.value()) : null;
        if (month == null) {
            throw fail(date.where(), field + ".date", "a month yyyy-MM or a day yyyy-MM-dd (such as 2025-04-02)",
                    date.describe());
        }
        int round = calendar.round(month);
        if (round < 1 || round > rounds) {
            throw fail(date.where(), field + ".date", "a date from " + calendar.date(1) + " (round 1, start) to "
                    + calendar.date(rounds) + " (round " + rounds + ", the last)", date.describe()
                    + (round < 1 ? ", before start" : ", after the last round"));
        }
        return round;
    }

    private DataFiles bindData(Node n) throws InputException {
        if (n == null) {
            return null;
        }
        YamlTree.Map m = map(n, "data", "a mapping with 'rollcalls' and/or 'votes' (CSV files)");
        checkKeys(m, DATA_KEYS, "data.");
        String rc = m.get("rollcalls") == null ? null : string(m.get("rollcalls"), "data.rollcalls");
        String v = m.get("votes") == null ? null : string(m.get("votes"), "data.votes");
        return new DataFiles(rc, v);
    }

    private java.util.Map<String, Double> bindParameters(Node n) throws InputException {
        java.util.Map<String, Double> values = Params.defaults();
        java.util.Map<String, Where> whereOf = new LinkedHashMap<>();
        if (n != null) {
            YamlTree.Map m = map(n, "parameters", "a mapping of parameter names to numbers");
            flattenParams(m, "", values, whereOf);
        }
        checkDistribution(values, whereOf, "shock.reliable");
        checkDistribution(values, whereOf, "shock.unreliable");
        double rho = values.get("trust.reversion");
        double mu = values.get("trust.influence");
        if (rho + mu > 1) {
            Where w = whereOf.getOrDefault("trust.influence", whereOf.get("trust.reversion"));
            throw fail(w, "parameters.trust.reversion + trust.influence",
                    "a sum of at most 1 (trust would overshoot)", Param.fmt(rho + mu));
        }
        return values;
    }

    private void flattenParams(YamlTree.Map m, String prefix, java.util.Map<String, Double> values,
                               java.util.Map<String, Where> whereOf) throws InputException {
        for (Entry e : m.entries()) {
            String name = prefix + e.key();
            Param p = Params.get(name);
            if (p != null) {
                if (whereOf.containsKey(name)) {
                    throw fail(e.keyWhere(), "parameters." + name, "each parameter once",
                            "it a second time (first at " + whereOf.get(name) + ")");
                }
                double v = number(e.value(), "parameters." + name, p.expected());
                if (!p.accepts(v)) {
                    throw fail(e.value().where(), "parameters." + name, p.expected(), e.value().describe());
                }
                values.put(name, v);
                whereOf.put(name, e.value().where());
            } else if (prefix.isEmpty() && e.value() instanceof YamlTree.Map sub && isGroup(e.key())) {
                flattenParams(sub, e.key() + ".", values, whereOf);
            } else {
                List<String> names = new ArrayList<>();
                for (Param q : Params.ALL) {
                    names.add(q.name());
                }
                throw new InputException(e.keyWhere() + ": parameters." + name + ": unknown parameter"
                        + suggestion(name, names) + "; expected one of the names in docs/scenarios.md");
            }
        }
    }

    private static boolean isGroup(String key) {
        for (Param p : Params.ALL) {
            if (p.name().startsWith(key + ".")) {
                return true;
            }
        }
        return false;
    }

    private static void checkDistribution(java.util.Map<String, Double> v, java.util.Map<String, Where> whereOf,
                                          String prefix) throws InputException {
        double sum = v.get(prefix + "Agree") + v.get(prefix + "Partial") + v.get(prefix + "Oppose");
        if (Math.abs(sum - 1) > 1e-9) {
            Where w = whereOf.getOrDefault(prefix + "Agree", whereOf.getOrDefault(prefix + "Partial",
                    whereOf.get(prefix + "Oppose")));
            throw fail(w, "parameters." + prefix + "Agree/Partial/Oppose", "probabilities that sum to 1",
                    "a sum of " + Param.fmt(sum));
        }
    }

    /** {@code history: {session: 79, from: ..., to: ..., exclude: [...]}} (docs/scenarios.md). */
    private RollCallSelection bindSelection(YamlTree.Map m) throws InputException {
        checkKeys(m, SELECTION_KEYS, "history.");
        if (m.get("session") == null && m.get("from") == null && m.get("to") == null) {
            throw fail(m.where(), "history", "a list of roll-call ids, or a selection with 'session', 'from' and/or"
                    + " 'to' (and optionally 'exclude')", "a mapping with none of 'session', 'from', 'to'");
        }
        List<String> sessions = new ArrayList<>();
        Node sn = m.get("session");
        if (sn != null) {
            List<Node> items = sn instanceof Seq sq ? sq.items() : List.of(sn);
            for (int i = 0; i < items.size(); i++) {
                String field = sn instanceof Seq ? "history.session[" + i + "]" : "history.session";
                String v = string(items.get(i), field);
                try {
                    sessions.add(RollCallSelection.session(v, field));
                } catch (InputException e) {
                    throw fail(items.get(i).where(), field, "a session number such as 79, or an emergency special"
                            + " session such as ES-11", "'" + v + "'");
                }
            }
        }
        String from = date(m.get("from"), "history.from");
        String to = date(m.get("to"), "history.to");
        if (from != null && to != null && from.compareTo(to) > 0) {
            throw fail(m.get("to").where(), "history.to", "a date on or after history.from (" + from + ")",
                    "'" + to + "'");
        }
        List<String> exclude = new ArrayList<>();
        if (m.get("exclude") != null) {
            Seq ex = seq(m.get("exclude"), "history.exclude", "a list of roll-call ids (e.g. [ES-11-7])");
            for (int i = 0; i < ex.items().size(); i++) {
                exclude.add(rollCallId(ex.items().get(i), "history.exclude[" + i + "]"));
            }
        }
        RollCallSelection sel = RollCallSelection.of(sessions, from, to, exclude);
        for (int i = 0; i < exclude.size(); i++) {
            if (!sel.matches(world.rollCall(exclude.get(i)).orElseThrow())) {
                Seq ex = (Seq) m.get("exclude");
                throw fail(ex.items().get(i).where(), "history.exclude[" + i + "]",
                        "a roll call the selection contains (its session and dates)", "'" + exclude.get(i) + "'");
            }
        }
        return sel;
    }

    private List<HistoryEntry> selected(RollCallSelection sel, Node n) throws InputException {
        List<HistoryEntry> out = new ArrayList<>();
        for (String id : sel.select(world)) {
            out.add(new HistoryEntry(id, java.util.Map.of()));
        }
        if (out.isEmpty()) {
            throw fail(n.where(), "history", "a selection that contains at least one roll call of the data set"
                    + " (realign votes list shows them)", "none");
        }
        return out;
    }

    private static String date(Node n, String field) throws InputException {
        if (n == null) {
            return null;
        }
        String v = string(n, field);
        try {
            return RollCallSelection.isoDate(v, field);
        } catch (InputException e) {
            throw fail(n.where(), field, "an ISO date such as 2025-02-24", "'" + v + "'");
        }
    }

    private List<HistoryEntry> bindHistory(Node n) throws InputException {
        List<HistoryEntry> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        Seq s = seq(n, "history", "a list of roll-call ids (e.g. [ES-11-1, ES-11-5]) or a selection such as"
                + " {session: 79}");
        for (int i = 0; i < s.items().size(); i++) {
            Node item = s.items().get(i);
            String field = "history[" + i + "]";
            if (item instanceof Scalar) {
                out.add(new HistoryEntry(rollCallId(item, field), java.util.Map.of()));
            } else {
                YamlTree.Map m = map(item, field, "a roll-call id or a mapping with 'rollcall' and 'votes'");
                checkKeys(m, HISTORY_KEYS, field + ".");
                Node rc = require(m, "rollcall", field);
                String id = rollCallId(rc, field + ".rollcall");
                java.util.Map<String, Vote> votes = new LinkedHashMap<>();
                Vote dflt = bindVotes(m.get("votes"), field + ".votes", votes, false);
                assert dflt == null;
                out.add(new HistoryEntry(id, votes));
            }
        }
        return out;
    }

    private List<Shock> bindShocks(Node n, int rounds, realign.Calendar calendar, double defaultSalience)
            throws InputException {
        List<Shock> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        Seq s = seq(n, "shocks", "a list of shocks");
        for (int i = 0; i < s.items().size(); i++) {
            String field = "shocks[" + i + "]";
            YamlTree.Map m = map(s.items().get(i), field,
                    "a mapping with 'round' (or 'date') and one of 'rollcall', 'votes', 'event', 'tariff', 'leave',"
                            + " 'join' or 'agreement'");
            checkKeys(m, SHOCK_KEYS, field + ".");
            int round = shockRound(m, field, rounds, calendar);
            double salience = defaultSalience;
            if (m.get("salience") != null) {
                salience = number(m.get("salience"), field + ".salience", "a number in [0, 10]");
                if (salience < 0 || salience > 10) {
                    throw fail(m.get("salience").where(), field + ".salience", "a number in [0, 10]",
                            m.get("salience").describe());
                }
            }
            String kind = shockKind(m, field);
            // a join or an agreement sends no trust signal unless the scenario gives it a salience; the other kinds
            // (a leave included) take shock.salience
            if (m.get("salience") == null && (kind.equals("join") || kind.equals("agreement"))) {
                salience = 0;
            }
            out.add(switch (kind) {
                case "event" -> bindEvent(m, field, round, salience);
                case "tariff" -> bindTariff(m, field, round, salience);
                case "leave", "join" -> bindMembership(m, field, kind, round, salience);
                case "agreement" -> bindAgreement(m, field, round, salience);
                default -> bindRollCall(m, field, round, salience);
            });
        }
        checkMemberships(s, out);
        return out;
    }

    /**
     * Which kind of shock {@code m} is: {@code rollcall} (given by 'rollcall' and/or 'votes') or one of
     * {@link #SHOCK_KINDS}; exactly one must be given.
     */
    private static String shockKind(YamlTree.Map m, String field) throws InputException {
        List<String> given = new ArrayList<>();
        String kind = null;
        if (m.get("rollcall") != null || m.get("votes") != null) {
            given.add("a roll call");
            kind = "rollcall";
        }
        for (String k : SHOCK_KINDS) {
            if (m.get(k) != null) {
                given.add(k);
                kind = k;
            }
        }
        if (given.size() > 1) {
            throw fail(m.where(), field, "one kind of shock: a roll call ('rollcall'/'votes'), 'event', 'tariff',"
                    + " 'leave', 'join' or 'agreement'", String.join(" and ", given));
        }
        if (kind == null) {
            throw fail(m.where(), field, "one of 'rollcall' (a shipped roll call), 'votes' (an inline one),"
                    + " 'event', 'tariff', 'leave', 'join' or 'agreement'", "none of them");
        }
        return kind;
    }

    /** A shock's {@code label}, or {@code otherwise} (what the shock is, in a few words) when none is given. */
    private static String label(YamlTree.Map m, String field, String otherwise) throws InputException {
        return m.get("label") == null ? otherwise : string(m.get("label"), field + ".label");
    }

    /** {@code event: {actor, targets}} (docs/scenarios.md). */
    private Shock bindEvent(YamlTree.Map m, String field, int round, double salience) throws InputException {
        Acting a = acting(m.get("event"), field + ".event", EVENT_KEYS, "a mapping with 'actor' and 'targets'");
        return new EventShock(round, salience, label(m, field, "event " + a.actor()), a.actor(), a.names(),
                a.members());
    }

    /** The actor and targets of an event or a tariff: its mapping, the actor's ISO3, the targets as written and resolved. */
    private record Acting(YamlTree.Map map, String actor, List<String> names, List<String> members) {}

    private Acting acting(Node node, String f, List<String> keys, String expected) throws InputException {
        YamlTree.Map am = map(node, f, expected);
        checkKeys(am, keys, f + ".");
        String actor = iso3(require(am, "actor", f), f + ".actor");
        List<String> names = new ArrayList<>();
        List<String> members = targets(am, actor, f, names);
        return new Acting(am, actor, names, members);
    }

    /** {@code tariff: {actor, targets, rate}} (docs/scenarios.md). */
    private Shock bindTariff(YamlTree.Map m, String field, int round, double salience) throws InputException {
        String f = field + ".tariff";
        Acting a = acting(m.get("tariff"), f, TARIFF_KEYS, "a mapping with 'actor', 'targets' and 'rate'");
        Node rn = require(a.map(), "rate", f);
        String expected = "a tariff rate in [0, 10] (0.25 = 25 %)";
        double rate = number(rn, f + ".rate", expected);
        if (rate < 0 || rate > 10) {
            throw fail(rn.where(), f + ".rate", expected, rn.describe());
        }
        return new TariffShock(round, salience, label(m, field, "tariff " + a.actor()), a.actor(), a.names(),
                a.members(), rate);
    }

    /** A roll call: {@code rollcall: ID} (a shipped one, votes optionally overridden) or inline {@code votes}. */
    private Shock bindRollCall(YamlTree.Map m, String field, int round, double salience) throws InputException {
        Node rollcall = m.get("rollcall");
        String id = rollcall == null ? null : rollCallId(rollcall, field + ".rollcall");
        java.util.Map<String, Vote> vmap = new LinkedHashMap<>();
        Vote dflt = bindVotes(m.get("votes"), field + ".votes", vmap, id == null);
        if (id == null && dflt == null) {
            dflt = Vote.X;
        }
        return new RollCallShock(round, salience, label(m, field, id == null ? "inline roll call" : id), id, dflt,
                vmap);
    }

    /**
     * {@code leave: {country, group}} or {@code join: {country, group}} (docs/scenarios.md): the group must give
     * alignment ties; whether the country is a member when the shock runs is checked by {@link #checkMemberships}.
     */
    private Shock bindMembership(YamlTree.Map m, String field, String kind, int round, double salience)
            throws InputException {
        String f = field + "." + kind;
        YamlTree.Map lm = map(m.get(kind), f, "a mapping with 'country' and 'group' (e.g. {country: USA, group: NATO})");
        checkKeys(lm, MEMBERSHIP_KEYS, f + ".");
        String country = iso3(require(lm, "country", f), f + ".country");
        String group = tieGroup(require(lm, "group", f), f + ".group");
        return kind.equals("leave")
                ? new LeaveShock(round, salience, label(m, field, country + " leaves " + group), country, group)
                : new JoinShock(round, salience, label(m, field, country + " joins " + group), country, group);
    }

    /** {@code agreement: {a, b, layer, weight}} (docs/scenarios.md); the signing moves trust only with a salience. */
    private Shock bindAgreement(YamlTree.Map m, String field, int round, double salience) throws InputException {
        String f = field + ".agreement";
        YamlTree.Map am = map(m.get("agreement"), f,
                "a mapping with 'a', 'b', 'weight' and optionally 'layer' (e.g. {a: FRA, b: POL, weight: 0.6})");
        checkKeys(am, AGREEMENT_KEYS, f + ".");
        String a = iso3(require(am, "a", f), f + ".a");
        Node bn = require(am, "b", f);
        String b = iso3(bn, f + ".b");
        if (a.equals(b)) {
            throw fail(bn.where(), f + ".b", "a country other than a ('" + a + "')", "'" + b + "'");
        }
        String layer = "security";
        if (am.get("layer") != null) {
            layer = string(am.get("layer"), f + ".layer");
            if (!LAYERS.contains(layer)) {
                throw fail(am.get("layer").where(), f + ".layer", "'security' (alignment ties) or 'economic'"
                        + " (trade agreements)", "'" + layer + "'");
            }
        }
        Node wn = require(am, "weight", f);
        String expected = "a tie strength in (0, 1]";
        double weight = number(wn, f + ".weight", expected);
        if (!(weight > 0 && weight <= 1)) {
            throw fail(wn.where(), f + ".weight", expected, wn.describe());
        }
        return new AgreementShock(round, salience, label(m, field, "agreement " + a + "-" + b), a, b, layer, weight);
    }

    /** A group that gives alignment ties (defense alliances, the EU, consultative groups; model.md §1). */
    private String tieGroup(Node n, String field) throws InputException {
        String id = string(n, field);
        List<String> tieGroups = new ArrayList<>();
        for (var g : world.groups().values()) {
            if (realign.model.ModelInput.givesTies(g)) {
                tieGroups.add(g.id());
            }
        }
        if (tieGroups.contains(id)) {
            return id;
        }
        String why = world.group(id).isPresent()
                ? " (" + id + " gives institutional links only, which this version keeps fixed)"
                : suggestion(id, tieGroups);
        throw fail(n.where(), field, "a group that gives alignment ties (" + String.join(", ", tieGroups) + ")",
                "'" + id + "'" + why);
    }

    /**
     * Replays the leaves and joins in the order they run (by round, then as listed) against the memberships of
     * February 2025: a country can leave only a group it belongs to then, and join only one it does not.
     */
    private void checkMemberships(Seq items, List<Shock> shocks) throws InputException {
        java.util.Map<String, Set<String>> members = new java.util.HashMap<>();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < shocks.size(); i++) {
            if (shocks.get(i) instanceof LeaveShock || shocks.get(i) instanceof JoinShock) {
                order.add(i);
            }
        }
        order.sort(java.util.Comparator.comparingInt(i -> shocks.get(i).round()));
        for (int i : order) {
            Shock sh = shocks.get(i);
            boolean leave = sh instanceof LeaveShock;
            String country = leave ? ((LeaveShock) sh).country() : ((JoinShock) sh).country();
            String group = leave ? ((LeaveShock) sh).group() : ((JoinShock) sh).group();
            Set<String> in = members.computeIfAbsent(group,
                    g -> new java.util.HashSet<>(world.group(g).orElseThrow().members()));
            String kind = leave ? "leave" : "join";
            YamlTree.Map m = (YamlTree.Map) ((YamlTree.Map) items.items().get(i)).get(kind);
            Node where = m.get("country");
            String field = "shocks[" + i + "]." + kind + ".country";
            String when = " in round " + sh.round();
            if (leave && !in.remove(country)) {
                throw fail(where.where(), field, "a member of " + group + when + " (members of February 2025, after"
                        + " the joins and leaves before it)", "'" + country + "' (not a member)");
            }
            if (!leave && !in.add(country)) {
                throw fail(where.where(), field, "a country that is not a member of " + group + when
                        + " (members of February 2025, after the joins and leaves before it)",
                        "'" + country + "' (already a member)");
            }
        }
    }

    /**
     * The {@code targets} of an event or a tariff: ISO3 codes, groups or GROUP-Region, resolved to distinct member
     * countries without the actor; the names as written go into {@code names}.
     */
    private List<String> targets(YamlTree.Map m, String actor, String field, List<String> names) throws InputException {
        Seq ts = seq(require(m, "targets", field), field + ".targets", "a list of ISO3 codes or groups");
        Set<String> members = new LinkedHashSet<>();
        for (int t = 0; t < ts.items().size(); t++) {
            Node tn = ts.items().get(t);
            String tname = string(tn, field + ".targets[" + t + "]");
            names.add(tname);
            members.addAll(members(tn, tname, field + ".targets[" + t + "]"));
        }
        members.remove(actor);
        if (members.isEmpty()) {
            throw fail(ts.where(), field + ".targets", "at least one country other than the actor", "none");
        }
        return List.copyOf(members);
    }

    /** Reads {ISO3: vote} (and, when allowed, {default: vote}); returns the default or null. */
    private Vote bindVotes(Node n, String field, java.util.Map<String, Vote> into, boolean allowDefault)
            throws InputException {
        if (n == null) {
            return null;
        }
        YamlTree.Map m = map(n, field, "a mapping of ISO3 codes to votes (Y, N, A, X)");
        Vote dflt = null;
        for (Entry e : m.entries()) {
            Vote v = vote(e.value(), field + "." + e.key());
            if (e.key().equals("default")) {
                if (!allowDefault) {
                    throw new InputException(e.keyWhere() + ": " + field + ".default: expected ISO3 codes only"
                            + " (a shipped roll call gives every other vote), got 'default'");
                }
                dflt = v;
            } else {
                into.put(iso3(new Scalar(e.key(), false, e.keyWhere()), field), v);
            }
        }
        return dflt;
    }

    private List<FocusGroup> bindFocus(Node n) throws InputException {
        List<FocusGroup> out = new ArrayList<>();
        Set<String> columns = new LinkedHashSet<>();
        if (n == null) {
            for (String name : DEFAULT_FOCUS) {
                out.add(new FocusGroup(name, column(name), members(null, name, "focus")));
            }
            return out;
        }
        Seq s = seq(n, "focus", "a list of groups or ISO3 codes (e.g. [EU, NATO-Europe, JPN])");
        for (int i = 0; i < s.items().size(); i++) {
            Node item = s.items().get(i);
            String field = "focus[" + i + "]";
            FocusGroup g;
            if (item instanceof Scalar) {
                String name = string(item, field);
                g = new FocusGroup(name, column(name), members(item, name, field));
            } else {
                YamlTree.Map m = map(item, field, "a group name or a mapping with 'name' and 'members'");
                checkKeys(m, FOCUS_KEYS, field + ".");
                String name = string(require(m, "name", field), field + ".name");
                Seq ms = seq(require(m, "members", field), field + ".members", "a list of ISO3 codes or groups");
                Set<String> members = new LinkedHashSet<>();
                for (int t = 0; t < ms.items().size(); t++) {
                    Node tn = ms.items().get(t);
                    members.addAll(members(tn, string(tn, field + ".members[" + t + "]"), field + ".members[" + t + "]"));
                }
                g = new FocusGroup(name, column(name), List.copyOf(members));
            }
            if (!columns.add(g.column())) {
                throw fail(item.where(), field, "focus groups with distinct names", "'" + g.name() + "' twice");
            }
            out.add(g);
        }
        return out;
    }

    private List<TrackedPair> bindTrack(Node n) throws InputException {
        List<TrackedPair> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        String expected = "a pair FROM->TO of ISO3 codes or groups (e.g. EU->CHN) or a mapping {from, to}";
        Seq s = seq(n, "track", "a list of pairs FROM->TO (e.g. [EU->CHN, JPN->KOR])");
        Set<String> columns = new LinkedHashSet<>();
        for (int i = 0; i < s.items().size(); i++) {
            Node item = s.items().get(i);
            String field = "track[" + i + "]";
            Node fromNode;
            Node toNode;
            String from;
            String to;
            if (item instanceof Scalar sc) {
                String text = string(item, field);
                int arrow = text.indexOf("->");
                if (arrow < 0 || text.indexOf("->", arrow + 2) >= 0) {
                    throw fail(item.where(), field, expected, "'" + text + "'");
                }
                from = text.substring(0, arrow).trim();
                to = text.substring(arrow + 2).trim();
                if (from.isEmpty() || to.isEmpty()) {
                    throw fail(item.where(), field, expected, "'" + text + "'");
                }
                fromNode = new Scalar(from, sc.quoted(), sc.where());
                toNode = new Scalar(to, sc.quoted(), sc.where());
            } else {
                YamlTree.Map m = map(item, field, expected);
                checkKeys(m, TRACK_KEYS, field + ".");
                fromNode = require(m, "from", field);
                toNode = require(m, "to", field);
                from = string(fromNode, field + ".from");
                to = string(toNode, field + ".to");
            }
            List<String> fromMembers = members(fromNode, from, field + ".from");
            List<String> toMembers = members(toNode, to, field + ".to");
            boolean otherPair = false;
            for (String a : fromMembers) {
                for (String b : toMembers) {
                    otherPair |= !a.equals(b);
                }
            }
            if (!otherPair) {
                throw fail(item.where(), field, "a pair of different countries (trust in oneself is not modelled)",
                        "'" + from + "->" + to + "'");
            }
            TrackedPair p = new TrackedPair(from, to, trackColumn(from, to), fromMembers, toMembers);
            if (!columns.add(p.column())) {
                throw fail(item.where(), field, "each pair once (one rounds.csv column each)",
                        "'" + from + "->" + to + "' a second time (column " + p.column() + ")");
            }
            out.add(p);
        }
        return out;
    }

    /** trust_EU_CHN from EU->CHN, trust_NATO_Europe_CHN from NATO-Europe->CHN. */
    static String trackColumn(String from, String to) {
        return "trust_" + slug(from) + "_" + slug(to);
    }

    private static String slug(String name) {
        return name.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_|_$", "");
    }

    private static List<Integer> bindTrustMatrices(Node n, int rounds) throws InputException {
        List<Integer> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        String expected = "a list of rounds in [0, " + rounds + "] (e.g. [0, 1, 3, 12, 24]) or 'all'";
        if (n instanceof Scalar sc && !sc.quoted() && sc.value().equals("all")) {
            for (int r = 0; r <= rounds; r++) {
                out.add(r);
            }
            return out;
        }
        Seq s = seq(n, "trust_matrices", expected);
        java.util.Map<Integer, Where> seen = new java.util.TreeMap<>();
        for (int i = 0; i < s.items().size(); i++) {
            Node item = s.items().get(i);
            int r = (int) longValue(item, "trust_matrices[" + i + "]", 0, rounds);
            if (seen.containsKey(r)) {
                throw fail(item.where(), "trust_matrices[" + i + "]", "each round once",
                        r + " a second time (first at " + seen.get(r) + ")");
            }
            seen.put(r, item.where());
        }
        out.addAll(seen.keySet());
        return out;
    }

    /** trust_in_usa_nato_europe from NATO-Europe. */
    static String column(String name) {
        return "trust_in_usa_" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }

    /** Members of an ISO3 code, a group (NATO), or a group restricted to a UN region (NATO-Europe). */
    private List<String> members(Node where, String name, String field) throws InputException {
        if (world.indexOf(name) >= 0) {
            return List.of(name);
        }
        if (world.group(name).isPresent()) {
            return world.group(name).get().members();
        }
        int dash = name.lastIndexOf('-');
        if (dash > 0 && world.group(name.substring(0, dash)).isPresent()) {
            String region = name.substring(dash + 1);
            List<String> out = new ArrayList<>();
            for (String iso : world.group(name.substring(0, dash)).get().members()) {
                if (world.country(world.indexOf(iso)).region().equalsIgnoreCase(region)) {
                    out.add(iso);
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        List<String> known = new ArrayList<>(world.groups().keySet());
        for (var c : world.countries()) {
            known.add(c.iso3());
        }
        Where w = where == null ? new Where(file, 0, 0) : where.where();
        throw fail(w, field, "an ISO3 code, a group (" + String.join(", ", world.groups().keySet())
                + ") or GROUP-Region such as NATO-Europe", "'" + name + "'" + countryHint(name, known));
    }

    // ---- typed accessors ---------------------------------------------------------------------------------

    private String iso3(Node n, String field) throws InputException {
        String s = string(n, field);
        if (world.indexOf(s) < 0) {
            List<String> codes = new ArrayList<>();
            for (var c : world.countries()) {
                codes.add(c.iso3());
            }
            throw fail(n.where(), field, "the ISO3 code of a UN member state (data/world/countries.csv)",
                    "'" + s + "'" + countryHint(s, codes));
        }
        return s;
    }

    /**
     * Why an unknown code is not a country: an alias (UK, South Korea, ISO2 GB) names the ISO3 code it stands
     * for, and only a text that is no alias gets a spelling suggestion (UK must never become UKR).
     */
    private String countryHint(String text, List<String> known) {
        return CountryAliases.hint(text, iso -> world.indexOf(iso) < 0 ? null : world.country(world.indexOf(iso)).name())
                .orElseGet(() -> suggestion(text, known));
    }

    private String rollCallId(Node n, String field) throws InputException {
        String s = string(n, field);
        if (world.rollCall(s).isEmpty()) {
            throw fail(n.where(), field, "a roll call of the data set " + (world.rollCalls().size() <= 12
                    ? world.rollCalls().keySet() : "(" + world.rollCalls().size() + " ids; realign votes list shows them)"),
                    "'" + s + "'" + suggestion(s, world.rollCalls().keySet()));
        }
        return s;
    }

    private static Vote vote(Node n, String field) throws InputException {
        if (n instanceof Scalar s) {
            // YAML 1.1 reads a bare Y or N as a boolean; the scalar's text is what the user wrote.
            Vote v = Vote.parse(s.value().toUpperCase(Locale.ROOT).equals(s.value()) ? s.value() : "?");
            if (v != null) {
                return v;
            }
        }
        throw fail(n.where(), field, "a vote: Y (yes), N (no), A (abstain) or X (absent)", n.describe());
    }

}
