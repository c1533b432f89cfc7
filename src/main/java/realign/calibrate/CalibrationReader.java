package realign.calibrate;

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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import realign.InputException;
import realign.experiment.Factor;
import realign.experiment.Seeds;
import realign.experiment.SweepReader;
import realign.scenario.ScenarioReader;
import realign.scenario.YamlNodes;
import realign.scenario.YamlTree;
import realign.scenario.YamlTree.Node;
import realign.validate.ValidationOutcomes;

/** Reads and checks a calibration file and the base scenario it names. */
public final class CalibrationReader {

    static final List<String> KEYS = List.of("name", "description", "scenario", "seed", "replicates", "seeds",
            "budget", "population", "sigma", "fixed", "factors", "objective", "window");

    private CalibrationReader() {}

    /** A checked calibration with its base scenario. */
    public record Read(CalibrationSpec spec, ScenarioReader.Loaded base, byte[] baseBytes) {}

    public static Read read(Path file, byte[] bytes, Path baseOverride) throws InputException {
        String src = file.toString();
        Node root = YamlNodes.parse(new String(bytes, StandardCharsets.UTF_8), src);
        if (root == null) {
            throw new InputException(src + ":1:1: calibration: expected a mapping with 'scenario', 'factors' and"
                    + " 'objective', got an empty file");
        }
        YamlTree.Map m = map(root, "calibration", "a mapping of keys (scenario, factors, objective, ...)");
        checkKeys(m, KEYS, "");
        SweepReader.Header h = SweepReader.header(m, file, baseOverride, "calibration", "it names the output folder");
        String name = h.name();
        String description = h.description();
        String baseGiven = h.baseGiven();
        Path basePath = h.basePath();
        byte[] baseBytes = h.baseBytes();
        ScenarioReader.Loaded base = h.base();
        long seed = m.get("seed") == null ? 1 : longValue(m.get("seed"), "seed", 0, Long.MAX_VALUE);
        int replicates = m.get("replicates") == null ? 1 : (int) longValue(m.get("replicates"), "replicates", 1, 10_000);
        Seeds.Rule rule = Seeds.Rule.COMMON;
        if (m.get("seeds") != null) {
            String r = string(m.get("seeds"), "seeds");
            rule = switch (r) {
                case "independent" -> Seeds.Rule.INDEPENDENT;
                case "common" -> Seeds.Rule.COMMON;
                default -> throw fail(m.get("seeds").where(), "seeds", "independent or common", YamlTree.quote(r));
            };
        }
        int budget = m.get("budget") == null ? 100 : (int) longValue(m.get("budget"), "budget", 1, 10_000_000);
        int population = m.get("population") == null ? 0
                : (int) longValue(m.get("population"), "population", 2, 100_000);
        double sigma = 0.3;
        if (m.get("sigma") != null) {
            sigma = number(m.get("sigma"), "sigma", "a number in (0, 1]");
            if (!(sigma > 0 && sigma <= 1)) {
                throw fail(m.get("sigma").where(), "sigma", "a number in (0, 1] (step size in the unit cube)",
                        m.get("sigma").describe());
            }
        }
        Map<String, Double> fixed = new LinkedHashMap<>();
        if (m.get("fixed") != null) {
            YamlTree.Map fm = map(m.get("fixed"), "fixed", "a mapping of parameter names to values set in every run");
            for (YamlTree.Entry e : fm.entries()) {
                // a one-value factor gets the same range checks as the sweep's fixed values
                YamlTree.Map one = new YamlTree.Map(new java.util.ArrayList<>(List.of(new YamlTree.Entry(e.key(),
                        e.keyWhere(), new YamlTree.Map(new java.util.ArrayList<>(List.of(new YamlTree.Entry("values",
                        e.value().where(), new YamlTree.Seq(List.of(e.value()), e.value().where())))),
                        e.value().where())))), fm.where());
                Factor f = SweepReader.numericFactors(one, base).get(0);
                fixed.put(e.key(), f.values().get(0));
            }
        }
        List<Factor> factors = SweepReader.numericFactors(require(m, "factors", "calibration"), base);
        YamlTree.Map fm = (YamlTree.Map) m.get("factors");
        for (int i = 0; i < factors.size(); i++) {
            Factor f = factors.get(i);
            if (f.isList()) {
                throw fail(fm.entries().get(i).keyWhere(), "factors." + f.name(),
                        "a range {min: .., max: ..} (CMA-ES searches between bounds)", "a list of values");
            }
            if (fixed.containsKey(f.name())) {
                throw fail(fm.entries().get(i).keyWhere(), "factors." + f.name(), "a parameter that is not also fixed",
                        "'" + f.name() + "' in both");
            }
        }
        Node on = require(m, "objective", "calibration");
        YamlTree.Map om = map(on, "objective", "a mapping of validation scores to weights, e.g."
                + " {validation_average_precision: 1, survey_spearman: 0.5}");
        if (om.entries().isEmpty()) {
            throw fail(om.where(), "objective", "at least one validation score with a weight", "none");
        }
        Map<String, Double> objective = new LinkedHashMap<>();
        for (YamlTree.Entry e : om.entries()) {
            if (!ValidationOutcomes.isMetric(e.key())) {
                throw fail(e.keyWhere(), "objective." + e.key(), "a validation score (" + String.join(", ",
                        ValidationOutcomes.EXAMPLES) + ")", YamlTree.quote(e.key())
                        + suggestion(e.key(), ValidationOutcomes.EXAMPLES));
            }
            double w = number(e.value(), "objective." + e.key(), "a weight (a number, not 0)");
            if (w == 0 || !Double.isFinite(w)) {
                throw fail(e.value().where(), "objective." + e.key(), "a weight (a number, not 0)", e.value().describe());
            }
            objective.put(e.key(), w);
        }
        LocalDate from = null;
        LocalDate to = null;
        if (m.get("window") != null) {
            YamlTree.Seq w = seq(m.get("window"), "window", "[first date, last date] (YYYY-MM-DD)");
            if (w.items().size() != 2) {
                throw fail(w.where(), "window", "two dates [first, last]", w.items().size() + " values");
            }
            from = date(w.items().get(0), "window[0]");
            to = date(w.items().get(1), "window[1]");
            if (to.isBefore(from)) {
                throw fail(w.items().get(1).where(), "window[1]", "a date on or after window[0] (" + from + ")",
                        w.items().get(1).describe());
            }
        }
        CalibrationSpec spec = new CalibrationSpec(name, description, baseGiven, basePath, seed, replicates, rule, budget,
                population, sigma, fixed, factors, objective, from, to);
        return new Read(spec, base, baseBytes);
    }

    private static LocalDate date(Node n, String field) throws InputException {
        String v = string(n, field);
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw fail(n.where(), field, "an ISO 8601 date (YYYY-MM-DD)", n.describe());
        }
    }
}
