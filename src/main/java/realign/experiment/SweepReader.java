package realign.experiment;

import static realign.scenario.YamlNodes.checkKeys;
import static realign.scenario.YamlNodes.fail;
import static realign.scenario.YamlNodes.longValue;
import static realign.scenario.YamlNodes.map;
import static realign.scenario.YamlNodes.number;
import static realign.scenario.YamlNodes.require;
import static realign.scenario.YamlNodes.seq;
import static realign.scenario.YamlNodes.string;
import static realign.scenario.YamlNodes.suggestion;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import realign.InputException;
import realign.observe.Metric;
import realign.observe.RunMetrics;
import realign.scenario.Param;
import realign.scenario.Params;
import realign.scenario.Scenario;
import realign.scenario.ScenarioReader;
import realign.scenario.YamlNodes;
import realign.scenario.YamlTree;
import realign.scenario.YamlTree.Node;
import realign.scenario.YamlTree.Scalar;

/**
 * Reads and validates a sweep file (docs/experiments.md) and the base scenario it names, with the same
 * {@code file:line:col: field: expected ..., got ...} messages as scenario files.
 */
public final class SweepReader {

    static final List<String> TOP_KEYS = List.of("name", "description", "scenario", "seed", "replicates", "seeds",
            "fixed", "design", "factors", "outcomes", "keep_runs", "series_every", "series_by");
    static final List<String> DESIGN_KEYS = List.of("type", "n", "levels", "trajectories", "bootstrap");
    static final List<String> FACTOR_KEYS = List.of("values", "min", "max", "dist", "label");
    static final List<String> OUTCOME_KEYS = List.of("name", "metric", "summary", "window", "above", "below", "label");
    private static final Pattern SHOCK_FIELD = Pattern.compile("shocks\\[(\\d+)]\\.(salience|round)");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private SweepReader() {}

    /**
     * What a sweep file and a calibration file both begin with: its name (default: the file name), description,
     * and the base scenario it names, read and checked.
     */
    public record Header(String name, String description, String baseGiven, Path basePath, byte[] baseBytes,
                         ScenarioReader.Loaded base) {}

    /**
     * Reads {@code name}, {@code description} and {@code scenario} of a {@code kind} file ("sweep", "calibration");
     * the base scenario is read from {@code baseOverride} when given (the copy saved with a resumed run), else from
     * the path the file names, relative to it.
     */
    public static Header header(YamlTree.Map m, Path file, Path baseOverride, String kind, String nameUse)
            throws InputException {
        String name = m.get("name") == null ? file.getFileName().toString().replaceFirst("\\.ya?ml$", "")
                : string(m.get("name"), "name");
        if (!NAME.matcher(name).matches()) {
            throw fail(m.get("name").where(), "name", "letters, digits, '.', '_' or '-' (" + nameUse + ")",
                    YamlTree.quote(name));
        }
        String description = m.get("description") == null ? "" : string(m.get("description"), "description");
        Node baseNode = require(m, "scenario", kind);
        String baseGiven = string(baseNode, "scenario");
        Path basePath = baseOverride != null ? baseOverride
                : file.toAbsolutePath().getParent().resolve(baseGiven).normalize();
        byte[] baseBytes;
        try {
            baseBytes = ScenarioReader.readBytes(basePath);
        } catch (InputException e) {
            throw fail(baseNode.where(), "scenario", "a scenario file (relative to the " + kind + " file)",
                    YamlTree.quote(baseGiven) + ", which cannot be read: " + e.getMessage());
        }
        return new Header(name, description, baseGiven, basePath, baseBytes,
                ScenarioReader.read(basePath, baseBytes, List.of(), null));
    }

    /**
     * Reads a sweep file's bytes; the base scenario is read from {@code baseOverride} when given (a resumed or
     * merged sweep uses the copy saved with it), else from the path the sweep file names.
     */
    public static Sweep read(Path file, byte[] bytes, Path baseOverride) throws InputException {
        String src = file.toString();
        Node root = YamlNodes.parse(new String(bytes, StandardCharsets.UTF_8), src);
        if (root == null) {
            throw new InputException(src + ":1:1: sweep: expected a mapping with 'scenario', 'factors' and 'outcomes',"
                    + " got an empty file");
        }
        YamlTree.Map m = map(root, "sweep", "a mapping of keys (scenario, factors, design, outcomes, ...)");
        checkKeys(m, TOP_KEYS, "");
        Header h = header(m, file, baseOverride, "sweep", "it names the sweep's folder");
        String name = h.name();
        String description = h.description();
        String baseGiven = h.baseGiven();
        Path basePath = h.basePath();
        byte[] baseBytes = h.baseBytes();
        ScenarioReader.Loaded base = h.base();
        long seed = m.get("seed") == null ? 1 : longValue(m.get("seed"), "seed", 0, Long.MAX_VALUE);
        int replicates = m.get("replicates") == null ? 1
                : (int) longValue(m.get("replicates"), "replicates", 1, 1_000_000);
        Seeds.Rule rule = Seeds.Rule.INDEPENDENT;
        if (m.get("seeds") != null) {
            String r = string(m.get("seeds"), "seeds");
            rule = switch (r) {
                case "independent" -> Seeds.Rule.INDEPENDENT;
                case "common" -> Seeds.Rule.COMMON;
                default -> throw fail(m.get("seeds").where(), "seeds", "independent or common", "'" + r + "'");
            };
        }
        java.util.Map<String, Double> fixed = new java.util.LinkedHashMap<>();
        if (m.get("fixed") != null) {
            YamlTree.Map fm = map(m.get("fixed"), "fixed", "a mapping of parameter names to values set in every run");
            for (YamlTree.Entry e : fm.entries()) {
                Range range = range(e.key(), base.scenario(), e.keyWhere(), "fixed.");
                double v = number(e.value(), "fixed." + e.key(), range.expected());
                range.check(v, e.value(), "fixed." + e.key());
                fixed.put(e.key(), v);
            }
        }
        List<ScenarioLevel> levels = new ArrayList<>();
        List<Factor> factors = factors(require(m, "factors", "sweep"), base, basePath, baseBytes, file, baseOverride,
                levels);
        for (Factor f : factors) {
            if (fixed.containsKey(f.name())) {
                throw fail(m.get("fixed").where(), "fixed." + f.name(), "a parameter that is not also a factor",
                        "'" + f.name() + "' in both");
            }
        }
        DesignChoice design = design(m.get("design"), factors, m.where());
        List<Outcome> outcomes = outcomes(require(m, "outcomes", "sweep"),
                RunMetrics.of(base.world(), base.scenario()), base.scenario().rounds(), base.scenario(), base.world());
        boolean keepRuns = false;
        if (m.get("keep_runs") != null) {
            String v = string(m.get("keep_runs"), "keep_runs");
            if (!v.equals("true") && !v.equals("false")) {
                throw fail(m.get("keep_runs").where(), "keep_runs", "true or false", "'" + v + "'");
            }
            keepRuns = v.equals("true");
        }
        int seriesEvery = m.get("series_every") == null ? 0
                : (int) longValue(m.get("series_every"), "series_every", 0, 1_000_000);
        String seriesBy = null;
        if (m.get("series_by") != null) {
            seriesBy = string(m.get("series_by"), "series_by");
            List<String> names = factors.stream().map(Factor::name).toList();
            if (!names.contains(seriesBy)) {
                throw fail(m.get("series_by").where(), "series_by", "one of the factors (" + String.join(", ", names)
                        + ")", "'" + seriesBy + "'" + suggestion(seriesBy, names));
            }
        }
        checkColumns(factors, outcomes, m.where());
        SweepSpec spec = new SweepSpec(name, description, baseGiven, basePath, seed, replicates, design.design(),
                factors, outcomes, keepRuns, seriesEvery, rule, design.bootstrap(), fixed, seriesBy);
        long runs = design.points() * replicates;
        if (runs > 10_000_000) {
            throw fail(m.where(), "design × replicates", "at most 10,000,000 runs", runs + " runs");
        }
        for (ScenarioLevel level : levels) {
            RunMetrics lm = RunMetrics.of(base.world(), level.scenario());
            for (int i = 0; i < outcomes.size(); i++) {
                String metric = outcomes.get(i).metric();
                // a validation score is computed from the whole run, whatever the scenario records
                if (lm.round(metric) == null && !realign.validate.ValidationOutcomes.isMetric(metric)) {
                    throw new InputException(level.path() + ": outcomes[" + i + "].metric: expected a metric every"
                            + " scenario of the 'scenario' factor has, got '" + outcomes.get(i).metric() + "', which this"
                            + " one (a level of factors.scenario) does not record");
                }
            }
        }
        return new Sweep(spec, bytes, basePath, baseBytes, base.world(), base.scenario(), levels);
    }

    private record DesignChoice(Design design, int bootstrap, long points) {}

    private static DesignChoice design(Node n, List<Factor> factors, YamlTree.Where where) throws InputException {
        if (n == null) {
            n = new YamlTree.Map(new ArrayList<>(List.of(new YamlTree.Entry("type", where,
                    new Scalar("grid", false, where)))), where);
        }
        YamlTree.Map d = map(n, "design", "a mapping with 'type' (grid, random, lhs, sobol, morris) and its settings");
        checkKeys(d, DESIGN_KEYS, "design.");
        String type = d.get("type") == null ? "grid" : string(d.get("type"), "design.type");
        int k = factors.size();
        int bootstrap = d.get("bootstrap") == null ? 1000
                : (int) longValue(d.get("bootstrap"), "design.bootstrap", 10, 100_000);
        switch (type) {
            case "grid" -> {
                int levels = d.get("levels") == null ? 5 : (int) longValue(d.get("levels"), "design.levels", 1, 1000);
                long points = 1;
                for (Factor f : factors) {
                    points *= f.isList() ? f.values().size() : levels;
                }
                return new DesignChoice(new Design.Grid(levels), bootstrap, points);
            }
            case "random", "lhs" -> {
                int size = (int) longValue(require(d, "n", "design"), "design.n", 1, 10_000_000);
                return new DesignChoice(type.equals("lhs") ? new Design.LatinHypercube(size) : new Design.RandomSample(size),
                        bootstrap, size);
            }
            default -> {
                // sobol, morris and unknown types below, after the categorical check
            }
        }
        if (type.equals("sobol") || type.equals("morris")) {
            for (Factor f : factors) {
                if (f.isCategorical()) {
                    throw fail(d.get("type").where(), "design.type", "grid, random or lhs for a sweep with the"
                            + " categorical factor '" + f.name() + "' (Sobol indices and Morris elementary effects"
                            + " need numeric factors; sweep the categories with a grid, or run one " + type
                            + " sweep per category)", "'" + type + "'");
                }
            }
        }
        switch (type) {
            case "sobol" -> {
                int size = (int) longValue(require(d, "n", "design"), "design.n", 2, 1_000_000);
                return new DesignChoice(new Design.Saltelli(size), bootstrap, (long) size * (k + 2));
            }
            case "morris" -> {
                int r = d.get("trajectories") == null ? 10
                        : (int) longValue(d.get("trajectories"), "design.trajectories", 2, 1_000_000);
                int levels = d.get("levels") == null ? 4 : (int) longValue(d.get("levels"), "design.levels", 2, 1000);
                if (levels % 2 != 0) {
                    throw fail(d.get("levels").where(), "design.levels", "an even number of levels for Morris", "" + levels);
                }
                return new DesignChoice(new Design.Morris(r, levels), bootstrap, (long) r * (k + 1));
            }
            default -> throw fail(d.get("type").where(), "design.type", "one of grid, random, lhs, sobol, morris",
                    "'" + type + "'" + suggestion(type, List.of("grid", "random", "lhs", "sobol", "morris")));
        }
    }

    /**
     * The numeric factors of a calibration file (or its fixed values), each checked against its parameter's range:
     * categorical factors and scenario files are refused, a calibration searches numbers.
     */
    public static List<Factor> numericFactors(Node n, ScenarioReader.Loaded base) throws InputException {
        List<Factor> factors = factors(n, base, base.file(), base.source(), base.file(), null, new ArrayList<>());
        YamlTree.Map fm = (YamlTree.Map) n;
        for (int i = 0; i < factors.size(); i++) {
            if (factors.get(i).isCategorical()) {
                throw fail(fm.entries().get(i).keyWhere(), "factors." + factors.get(i).name(),
                        "a numeric parameter (a calibration searches numbers)", "categorical values");
            }
        }
        return factors;
    }

    /** A level of the {@code scenario} factor: the file as given, where it was read from, its bytes and content. */
    record ScenarioLevel(String given, Path path, byte[] bytes, Scenario scenario) {}

    /** The name of the factor whose levels are scenario files. */
    static final String SCENARIO_FACTOR = "scenario";

    /**
     * Where a resumed or merged sweep keeps level i of its {@code scenario} factor: beside the saved base
     * scenario, in {@code scenarios/}.
     */
    static Path savedLevel(Path savedBase, int i) {
        return savedBase.resolveSibling("scenarios").resolve(i + ".yaml");
    }

    private static List<Factor> factors(Node n, ScenarioReader.Loaded loaded, Path basePath, byte[] baseBytes,
                                        Path sweepFile, Path baseOverride, List<ScenarioLevel> levels)
            throws InputException {
        Scenario base = loaded.scenario();
        YamlTree.Map fm = map(n, "factors", "a mapping of parameter names to {values: [...]} or {min, max, dist}");
        if (fm.entries().isEmpty()) {
            throw fail(fm.where(), "factors", "at least one factor", "none");
        }
        List<Factor> out = new ArrayList<>();
        for (YamlTree.Entry e : fm.entries()) {
            String name = e.key();
            String field = "factors." + name;
            YamlTree.Map spec = map(e.value(), field, "{values: [...]} or {min: .., max: .., dist: uniform|loguniform|int}");
            checkKeys(spec, FACTOR_KEYS, field + ".");
            String label = spec.get("label") == null ? null : string(spec.get("label"), field + ".label");
            if (label != null && label.isBlank()) {
                throw fail(spec.get("label").where(), field + ".label", "a non-empty label", "an empty one");
            }
            if (name.equals(SCENARIO_FACTOR)) {
                if (spec.get("values") == null || spec.get("min") != null || spec.get("max") != null
                        || spec.get("dist") != null) {
                    throw fail(spec.where(), field, "{values: [scenario files]} (relative to the sweep file)",
                            "a range");
                }
                YamlTree.Seq vs = seq(spec.get("values"), field + ".values", "a list of scenario files");
                if (vs.items().isEmpty()) {
                    throw fail(vs.where(), field + ".values", "at least one scenario file", "an empty list");
                }
                List<String> given = new ArrayList<>();
                for (int i = 0; i < vs.items().size(); i++) {
                    Node v = vs.items().get(i);
                    String f = field + ".values[" + i + "]";
                    String g = string(v, f);
                    if (given.contains(g)) {
                        throw fail(v.where(), f, "files that differ from each other", "'" + g + "' twice");
                    }
                    Path path = baseOverride != null ? savedLevel(baseOverride, i)
                            : sweepFile.toAbsolutePath().getParent().resolve(g).normalize();
                    byte[] b;
                    try {
                        b = ScenarioReader.readBytes(path);
                    } catch (InputException x) {
                        throw fail(v.where(), f, "a scenario file (relative to the sweep file)", "'" + g
                                + "', which cannot be read: " + x.getMessage());
                    }
                    Scenario sc = ScenarioReader.read(path, b, List.of(), loaded.world()).scenario();
                    levels.add(new ScenarioLevel(g, path, b, sc));
                    given.add(g);
                }
                out.add(Factor.ofCategories(name, given).withLabel(label));
                continue;
            }
            Range range = spec.get("values") != null && categorical(name, spec.get("values")) ? null
                    : range(name, base, e.keyWhere(), "factors.");
            if (spec.get("values") != null) {
                if (spec.get("min") != null || spec.get("max") != null || spec.get("dist") != null) {
                    throw fail(spec.where(), field, "either 'values' or a range (min, max, dist), not both", "both");
                }
                YamlTree.Seq vs = seq(spec.get("values"), field + ".values", "a list of values");
                if (vs.items().isEmpty()) {
                    throw fail(vs.where(), field + ".values", "at least one value", "an empty list");
                }
                if (range == null) {
                    out.add(Factor.ofCategories(name, categories(name, field, vs, basePath, baseBytes, loaded))
                            .withLabel(label));
                    continue;
                }
                List<Double> values = new ArrayList<>();
                for (int i = 0; i < vs.items().size(); i++) {
                    Node v = vs.items().get(i);
                    double x = number(v, field + ".values[" + i + "]", range.expected());
                    range.check(x, v, field + ".values[" + i + "]");
                    values.add(x);
                }
                out.add(Factor.ofValues(name, values).withLabel(label));
            } else {
                Node minN = require(spec, "min", field);
                Node maxN = require(spec, "max", field);
                double min = number(minN, field + ".min", range.expected());
                double max = number(maxN, field + ".max", range.expected());
                range.check(min, minN, field + ".min");
                range.check(max, maxN, field + ".max");
                if (max < min) {
                    throw fail(maxN.where(), field + ".max", "a value >= min (" + min + ")", maxN.describe());
                }
                Factor.Dist dist = Factor.Dist.UNIFORM;
                if (spec.get("dist") != null) {
                    String d = string(spec.get("dist"), field + ".dist");
                    dist = switch (d) {
                        case "uniform" -> Factor.Dist.UNIFORM;
                        case "loguniform" -> Factor.Dist.LOGUNIFORM;
                        case "int" -> Factor.Dist.INT;
                        default -> throw fail(spec.get("dist").where(), field + ".dist", "uniform, loguniform or int",
                                "'" + d + "'");
                    };
                }
                if (dist == Factor.Dist.LOGUNIFORM && min <= 0) {
                    throw fail(minN.where(), field + ".min", "a value > 0 for a log-uniform range", minN.describe());
                }
                if ((dist == Factor.Dist.INT || range.integer) && (min != Math.rint(min) || max != Math.rint(max))) {
                    throw fail(minN.where(), field, "whole-number bounds", min + " .. " + max);
                }
                out.add(Factor.ofRange(name, min, max, range.integer ? Factor.Dist.INT : dist).withLabel(label));
            }
        }
        return out;
    }

    /**
     * Whether a factor with a list of values is categorical: its key is not a numeric parameter (a vote such as
     * {@code shocks[0].votes.USA}, a roll call, any scalar the scenario accepts), or one of its values is not a
     * number.
     */
    private static boolean categorical(String name, Node values) {
        boolean numericKey = Params.get(name.startsWith("parameters.") ? name.substring("parameters.".length()) : name)
                != null || name.equals("rounds") || SHOCK_FIELD.matcher(name).matches();
        if (numericKey) {
            return false;
        }
        if (name.startsWith("shocks[")) {
            return true; // shocks[0].votes.USA, shocks[1].rollcall: whatever the values look like
        }
        // a misspelt parameter with numbers stays numeric, so that it is reported as an unknown parameter
        if (values instanceof YamlTree.Seq seq) {
            for (Node v : seq.items()) {
                if (!(v instanceof Scalar sc) || !NUMBER.matcher(sc.value().trim()).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The categories of a categorical factor, each checked by reading the base scenario with it set (so every
     * value is one the scenario accepts, with the scenario reader's own message when it is not).
     */
    private static List<String> categories(String name, String field, YamlTree.Seq vs, Path basePath, byte[] baseBytes,
                                           ScenarioReader.Loaded loaded) throws InputException {
        List<String> categories = new ArrayList<>();
        for (int i = 0; i < vs.items().size(); i++) {
            Node v = vs.items().get(i);
            String f = field + ".values[" + i + "]";
            if (!(v instanceof Scalar sc) || sc.value().isBlank()) {
                throw fail(v.where(), f, "a scalar value (a number, a vote Y/N/A/X, a name)", v.describe());
            }
            String text = sc.value().trim();
            if (categories.contains(text)) {
                throw fail(v.where(), f, "values that differ from each other", "'" + text + "' twice");
            }
            try {
                ScenarioReader.read(basePath, baseBytes, List.of(name + "=" + text), loaded.world());
            } catch (InputException e) {
                throw fail(v.where(), f, "a value the base scenario accepts for " + name, "'" + text + "' ("
                        + e.getMessage() + ")");
            }
            categories.add(text);
        }
        return categories;
    }

    /** Factor and outcome columns of runs.csv must not collide (outcome x adds x_censored for summary: first). */
    private static void checkColumns(List<Factor> factors, List<Outcome> outcomes, YamlTree.Where where)
            throws InputException {
        java.util.Set<String> seen = new java.util.HashSet<>(List.of("run", "point", "replicate", "seed", "status",
                "error"));
        List<String> columns = new ArrayList<>();
        factors.forEach(f -> columns.add(f.name()));
        for (Outcome o : outcomes) {
            columns.add(o.name());
            if (o.censorable()) {
                columns.add(o.censoredColumn());
            }
        }
        for (String c : columns) {
            if (!seen.add(c)) {
                throw new InputException(where + ": outcomes: expected names that differ from the factors, from"
                        + " run, point, replicate, seed, status, error and from the <name>_censored columns of"
                        + " 'first' outcomes, got '" + c + "' twice in runs.csv");
            }
        }
    }

    /** What values a factor may take. */
    private record Range(double min, double max, boolean integer, String expected) {
        void check(double v, Node where, String field) throws InputException {
            boolean ok = v >= min && v <= max && (!integer || v == Math.rint(v));
            if (!ok) {
                throw fail(where.where(), field, expected, where.describe());
            }
        }
    }

    private static Range range(String name, Scenario base, YamlTree.Where where, String prefix) throws InputException {
        Param p = Params.get(name.startsWith("parameters.") ? name.substring("parameters.".length()) : name);
        if (p != null) {
            double lo = p.minOpen() ? Math.nextUp(p.min()) : p.min();
            return new Range(lo, p.max(), p.integer(), p.expected());
        }
        if (name.equals("rounds")) {
            return new Range(1, 10_000, true, "a whole number in [1, 10000]");
        }
        Matcher sm = SHOCK_FIELD.matcher(name);
        if (sm.matches()) {
            int i = Integer.parseInt(sm.group(1));
            if (i >= base.shocks().size()) {
                throw new InputException(where + ": " + prefix + name + ": expected a shock of the base scenario (it has "
                        + base.shocks().size() + "), got index " + i);
            }
            return sm.group(2).equals("round")
                    ? new Range(1, base.rounds(), true, "a whole number in [1, " + base.rounds() + "]")
                    : new Range(0, 10, false, "a number in [0, 10]");
        }
        List<String> known = new ArrayList<>();
        Params.ALL.forEach(q -> known.add(q.name()));
        known.add("rounds");
        known.add("shocks[0].salience");
        known.add("shocks[0].round");
        throw new InputException(where + ": " + prefix + name + ": unknown parameter" + suggestion(name, known)
                + "; expected a parameter name (docs/scenarios.md), rounds, or shocks[i].salience / shocks[i].round");
    }

    private static List<Outcome> outcomes(Node n, RunMetrics metrics, int rounds, Scenario base,
                                          realign.world.World world) throws InputException {
        YamlTree.Seq s = seq(n, "outcomes", "a list of outcomes ({name, metric, summary, ...})");
        if (s.items().isEmpty()) {
            throw fail(s.where(), "outcomes", "at least one outcome", "none");
        }
        List<String> names = new ArrayList<>();
        metrics.rounds().forEach(x -> names.add(x.name()));
        List<Outcome> out = new ArrayList<>();
        List<String> used = new ArrayList<>();
        for (int i = 0; i < s.items().size(); i++) {
            String field = "outcomes[" + i + "]";
            YamlTree.Map o = map(s.items().get(i), field, "a mapping with 'metric' and 'summary'");
            checkKeys(o, OUTCOME_KEYS, field + ".");
            Node metricN = require(o, "metric", field);
            String metric = string(metricN, field + ".metric");
            Metric found = metrics.round(metric);
            boolean validation = found == null && realign.validate.ValidationOutcomes.isMetric(metric);
            if (found == null && !validation) {
                List<String> known = new ArrayList<>(names);
                known.addAll(realign.validate.ValidationOutcomes.EXAMPLES);
                throw fail(metricN.where(), field + ".metric", "a metric of rounds.csv (docs/outputs.md)",
                        YamlTree.quote(metric) + suggestion(metric, known));
            }
            if (validation && o.get("summary") != null && !string(o.get("summary"), field + ".summary").equals("final")) {
                throw fail(o.get("summary").where(), field + ".summary", "final (a validation score is one number per"
                        + " run)", o.get("summary").describe());
            }
            String summaryText = o.get("summary") == null ? "final" : string(o.get("summary"), field + ".summary");
            Outcome.Summary summary;
            try {
                summary = Outcome.Summary.valueOf(summaryText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw fail(o.get("summary").where(), field + ".summary", "one of final, mean, max, min, sum, first",
                        "'" + summaryText + "'");
            }
            int from = 0;
            int to = -1;
            if (o.get("window") != null) {
                YamlTree.Seq w = seq(o.get("window"), field + ".window", "[first round, last round]");
                if (w.items().size() != 2) {
                    throw fail(w.where(), field + ".window", "two rounds [first, last]", w.items().size() + " values");
                }
                from = (int) longValue(w.items().get(0), field + ".window[0]", 0, rounds);
                to = (int) longValue(w.items().get(1), field + ".window[1]", from, rounds);
            }
            double threshold = Double.NaN;
            boolean below = false;
            if (summary == Outcome.Summary.FIRST) {
                if ((o.get("above") == null) == (o.get("below") == null)) {
                    throw fail(o.where(), field, "exactly one of 'above' or 'below' for summary: first", "neither or both");
                }
                below = o.get("below") != null;
                Node t = below ? o.get("below") : o.get("above");
                threshold = number(t, field + (below ? ".below" : ".above"), "a number");
            } else if (o.get("above") != null || o.get("below") != null) {
                Node t = o.get("above") != null ? o.get("above") : o.get("below");
                throw fail(t.where(), field, "'above'/'below' only with summary: first", "summary: " + summaryText);
            }
            String name = o.get("name") == null ? (validation ? metric : metric + "_" + summaryText) : string(o.get("name"), field + ".name");
            if (used.contains(name)) {
                throw fail(s.items().get(i).where(), field + ".name", "a name no other outcome has", "'" + name + "' twice");
            }
            used.add(name);
            String label = o.get("label") == null ? null : string(o.get("label"), field + ".label");
            if (label != null && label.isBlank()) {
                throw fail(o.get("label").where(), field + ".label", "a non-empty label", "an empty one");
            }
            out.add(new Outcome(name, metric, summary, from, to, threshold, below, label));
        }
        return out;
    }

    /** Convenience for messages: a scalar's text or the kind of node. */
    static String text(Node n) {
        return n instanceof Scalar s ? s.value() : n.describe();
    }
}
