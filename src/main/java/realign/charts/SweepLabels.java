package realign.charts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * What a sweep's figures call its factors and outcomes, from the sweep.yaml (and scenario.yaml) saved in its
 * folder: the {@code label:} given in the sweep file, else a readable default — {@code shocks[3].salience}
 * becomes "salience of shock 4 (ES-11-8)", {@code shocks[0].votes.USA} "USA's vote in shock 1 (ES-11-7)";
 * other names stay as written (parameter names are those of docs/scenarios.md). Also each outcome's metric
 * and summary, the categories of categorical factors in the order given, and {@code series_by}. The files
 * were validated when the sweep ran; a missing or unreadable file only means names instead of labels.
 */
final class SweepLabels {

    private static final Pattern SHOCK_FIELD = Pattern.compile("shocks\\[(\\d+)]\\.([A-Za-z]+)(?:\\.(\\S+))?");

    private final Map<String, String> factorLabels = new HashMap<>();
    private final Map<String, List<String>> categories = new HashMap<>();
    private final Map<String, String> outcomeLabels = new HashMap<>();
    /** outcome → metric, in the sweep file's order */
    private final Map<String, String> metrics = new java.util.LinkedHashMap<>();
    private final Map<String, String> summaries = new HashMap<>();
    private final List<String> shockNames = new java.util.ArrayList<>();
    private String seriesBy;

    private SweepLabels() {}

    static SweepLabels read(Path dir) {
        SweepLabels l = new SweepLabels();
        Object scenario = load(dir.resolve("scenario.yaml"));
        if (scenario instanceof Map<?, ?> m && m.get("shocks") instanceof List<?> shocks) {
            for (Object s : shocks) {
                String name = null;
                if (s instanceof Map<?, ?> shock) {
                    Object label = shock.get("label");
                    Object rollcall = shock.get("rollcall");
                    name = label != null ? label.toString() : rollcall != null ? rollcall.toString()
                            : shock.get("event") != null ? "event" : shock.get("tariff") != null ? "tariff" : null;
                }
                l.shockNames.add(name);
            }
        }
        Object root = load(dir.resolve("sweep.yaml"));
        if (!(root instanceof Map<?, ?> m)) {
            return l;
        }
        if (m.get("factors") instanceof Map<?, ?> factors) {
            for (Map.Entry<?, ?> e : factors.entrySet()) {
                if (e.getValue() instanceof Map<?, ?> spec) {
                    if (spec.get("label") != null) {
                        l.factorLabels.put(e.getKey().toString(), spec.get("label").toString());
                    }
                    if (spec.get("values") instanceof List<?> values) {
                        l.categories.put(e.getKey().toString(), values.stream().map(SweepLabels::text).toList());
                    }
                }
            }
        }
        if (m.get("outcomes") instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> outcome && outcome.get("metric") != null) {
                    String metric = outcome.get("metric").toString();
                    String summary = outcome.get("summary") == null ? "final" : outcome.get("summary").toString();
                    String name = outcome.get("name") == null ? metric + "_" + summary : outcome.get("name").toString();
                    l.metrics.put(name, metric);
                    l.summaries.put(name, summary);
                    if (outcome.get("label") != null) {
                        l.outcomeLabels.put(name, outcome.get("label").toString());
                    }
                }
            }
        }
        l.seriesBy = m.get("series_by") == null ? null : m.get("series_by").toString();
        return l;
    }

    private static String text(Object v) {
        return String.valueOf(v);
    }

    private static Object load(Path file) {
        try {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The label of a factor, or a readable default. */
    String factor(String key) {
        String given = factorLabels.get(key);
        if (given != null) {
            return given;
        }
        Matcher sm = SHOCK_FIELD.matcher(key);
        if (sm.matches()) {
            int i = Integer.parseInt(sm.group(1));
            String shock = "shock " + (i + 1) + (i < shockNames.size() && shockNames.get(i) != null
                    ? " (" + shockNames.get(i) + ")" : "");
            return sm.group(3) != null && sm.group(2).equals("votes") ? sm.group(3) + "'s vote in " + shock
                    : sm.group(2) + " of " + shock;
        }
        return key;
    }

    /** The label of an outcome, or its name. */
    String outcome(String name) {
        return outcomeLabels.getOrDefault(name, name);
    }

    /** The rounds.csv metric an outcome summarises; null when unknown. */
    String metric(String outcome) {
        return metrics.get(outcome);
    }

    /** Whether an outcome is a time to an event ({@code summary: first}), censored where never reached. */
    boolean censorable(String outcome) {
        return "first".equals(summaries.get(outcome));
    }

    /** The values of a list factor as written in the sweep file (empty when unknown). */
    List<String> values(String factor) {
        return categories.getOrDefault(factor, List.of());
    }

    /** The outcomes of the sweep file, in its order (empty when unknown). */
    List<String> outcomes() {
        return List.copyOf(metrics.keySet());
    }

    /** The factor the sweep file names for the series-bands lines; null if none. */
    String seriesBy() {
        return seriesBy;
    }
}
