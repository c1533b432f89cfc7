package realign.calibrate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.Constructor;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The base scenario with values written in: parameters as dotted keys of {@code parameters} (replacing the value
 * wherever the file wrote it, nested or dotted), {@code rounds}, and {@code shocks[i].salience|round}. Comments of
 * the base file are not kept; a header says where the values came from. Dates ({@code start: 2025-02},
 * {@code date: 2025-04-02}) stay the text they were: SnakeYAML would read a day as a timestamp and write it back
 * with a time of day that the scenario reader refuses.
 */
final class BestScenario {

    private static final Pattern SHOCK = Pattern.compile("shocks\\[(\\d+)]\\.(salience|round)");

    private BestScenario() {}

    /** YAML 1.1's implicit types except timestamps, which stay strings. */
    private static final class NoTimestamps extends Resolver {
        @Override
        public Tag resolve(NodeId kind, String value, boolean implicit) {
            Tag tag = super.resolve(kind, value, implicit);
            return Tag.TIMESTAMP.equals(tag) ? Tag.STR : tag;
        }
    }

    private static Yaml yaml(DumperOptions dump) {
        LoaderOptions load = new LoaderOptions();
        return new Yaml(new Constructor(load), new Representer(dump), dump, load, new NoTimestamps());
    }

    @SuppressWarnings("unchecked")
    static String write(byte[] base, Map<String, Double> values, String header) {
        Object doc = yaml(new DumperOptions()).load(new String(base, StandardCharsets.UTF_8));
        Map<String, Object> m = new LinkedHashMap<>((Map<String, Object>) doc);
        for (Map.Entry<String, Double> e : values.entrySet()) {
            String key = e.getKey().startsWith("parameters.") ? e.getKey().substring("parameters.".length()) : e.getKey();
            Object v = number(e.getValue());
            Matcher sm = SHOCK.matcher(key);
            if (key.equals("rounds")) {
                m.put("rounds", v);
            } else if (sm.matches()) {
                List<Object> shocks = new ArrayList<>((List<Object>) m.get("shocks"));
                int i = Integer.parseInt(sm.group(1));
                Map<String, Object> shock = new LinkedHashMap<>((Map<String, Object>) shocks.get(i));
                if (sm.group(2).equals("round")) {
                    shock.remove("date"); // a shock has a round or a date, never both
                }
                shock.put(sm.group(2), v);
                shocks.set(i, shock);
                m.put("shocks", shocks);
            } else {
                Map<String, Object> params = m.get("parameters") instanceof Map<?, ?> p
                        ? new LinkedHashMap<>((Map<String, Object>) p) : new LinkedHashMap<>();
                params.remove(key);
                int dot = key.indexOf('.');
                if (dot > 0 && params.get(key.substring(0, dot)) instanceof Map<?, ?> group) {
                    Map<String, Object> g = new LinkedHashMap<>((Map<String, Object>) group);
                    g.remove(key.substring(dot + 1));
                    if (g.isEmpty()) {
                        params.remove(key.substring(0, dot));
                    } else {
                        params.put(key.substring(0, dot), g);
                    }
                }
                params.put(key, v);
                m.put("parameters", params);
            }
        }
        DumperOptions o = new DumperOptions();
        o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        o.setWidth(120);
        StringBuilder out = new StringBuilder();
        for (String line : header.split("\n", -1)) {
            out.append("# ").append(line).append('\n');
        }
        out.append(yaml(o).dump(m));
        return out.toString();
    }

    private static Object number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? (Object) (long) v : (Object) v;
    }
}
