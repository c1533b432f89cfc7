package realign.scenario;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import realign.InputException;
import realign.scenario.YamlTree.Entry;
import realign.scenario.YamlTree.Node;
import realign.scenario.YamlTree.Scalar;
import realign.scenario.YamlTree.Seq;
import realign.scenario.YamlTree.Where;

/**
 * YAML config files read into a {@link YamlTree} whose nodes know their file, line and column, and typed
 * accessors that fail with one {@link InputException} of the form
 * {@code file:line:col: field: expected ..., got ...}. Shared by scenario and sweep files.
 */
public final class YamlNodes {

    private YamlNodes() {}

    /** Parses a whole document; null for an empty one. */
    public static Node parse(String text, String source) throws InputException {
        return parse(text, source, true);
    }

    /**
     * As {@link #parse(String, String)}; {@code lines}: whether messages name line and column (not for a --set
     * value, where ":1:3" would read as part of the value).
     */
    public static Node parse(String text, String source, boolean lines) throws InputException {
        org.yaml.snakeyaml.nodes.Node doc = compose(text, source, lines);
        return doc == null ? null : convert(doc, source);
    }

    private static org.yaml.snakeyaml.nodes.Node compose(String text, String source, boolean lines)
            throws InputException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(50);
        try {
            return new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String where = m == null || !lines ? source : source + ":" + (m.getLine() + 1) + ":" + (m.getColumn() + 1);
            String problem = e.getProblem() == null ? "malformed" : e.getProblem();
            // The problem is often found a line after the mistake (an unclosed bracket), so name where the
            // enclosing construct starts too.
            Mark c = e.getContextMark();
            String started = lines && c != null && c != m
                    ? " started at line " + (c.getLine() + 1) + ", column " + (c.getColumn() + 1) : "";
            throw new InputException(where + ": malformed YAML: " + problem
                    + (e.getContext() != null ? " (" + e.getContext() + started + ")" : ""));
        } catch (YAMLException e) {
            throw new InputException(source + ": malformed YAML: " + e.getMessage());
        }
    }

    private static Node convert(org.yaml.snakeyaml.nodes.Node n, String source) throws InputException {
        Mark m = n.getStartMark();
        Where where = m == null ? new Where(source, 0, 0) : new Where(source, m.getLine() + 1, m.getColumn() + 1);
        if (n instanceof ScalarNode s) {
            boolean quoted = s.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN;
            String v = s.getValue();
            if (!quoted && (v.equals("~") || v.equals("null"))) {
                v = "";
            }
            return new Scalar(v, quoted, where);
        }
        if (n instanceof SequenceNode s) {
            List<Node> items = new ArrayList<>();
            for (org.yaml.snakeyaml.nodes.Node c : s.getValue()) {
                items.add(convert(c, source));
            }
            return new Seq(items, where);
        }
        MappingNode mn = (MappingNode) n;
        YamlTree.Map out = YamlTree.Map.empty(where);
        Set<String> seen = new LinkedHashSet<>();
        for (NodeTuple t : mn.getValue()) {
            Node k = convert(t.getKeyNode(), source);
            if (!(k instanceof Scalar ks)) {
                throw fail(k.where(), "key", "a plain word", k.describe());
            }
            if (!seen.add(ks.value())) {
                throw fail(k.where(), ks.value(), "each key once in a mapping", "'" + ks.value() + "' a second time");
            }
            out.entries().add(new Entry(ks.value(), k.where(), convert(t.getValueNode(), source)));
        }
        return out;
    }


    public static String string(Node n, String field) throws InputException {
        if (n instanceof Scalar s && !s.value().isEmpty()) {
            return s.value();
        }
        throw fail(n.where(), field, "a text value", n.describe());
    }

    public static double number(Node n, String field, String expected) throws InputException {
        if (n instanceof Scalar s && !s.quoted()) {
            try {
                double v = Double.parseDouble(s.value());
                if (!Double.isNaN(v) && !Double.isInfinite(v)) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw fail(n.where(), field, expected, describeNumber(n));
    }

    /** "got" for a number field: a quoted number is text in YAML, which the plain '3' of describe() would hide. */
    private static String describeNumber(Node n) {
        return n instanceof Scalar s && s.quoted() && !s.value().isEmpty()
                ? "the quoted text \"" + s.value() + "\" (write numbers without quotes)" : n.describe();
    }

    public static long longValue(Node n, String field, long min, long max) throws InputException {
        String expected = max == Long.MAX_VALUE ? "a whole number >= " + min
                : "a whole number in [" + min + ", " + max + "]";
        if (n instanceof Scalar s && !s.quoted()) {
            try {
                long v = Long.parseLong(s.value().replace("_", ""));
                if (v >= min && v <= max) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw fail(n.where(), field, expected, describeNumber(n));
    }

    public static YamlTree.Map map(Node n, String field, String expected) throws InputException {
        if (n instanceof YamlTree.Map m) {
            return m;
        }
        throw fail(n.where(), field, expected, n.describe());
    }

    public static Seq seq(Node n, String field, String expected) throws InputException {
        if (n instanceof Seq s) {
            return s;
        }
        if (n instanceof Scalar s && s.value().isEmpty()) {
            return new Seq(List.of(), s.where());
        }
        throw fail(n.where(), field, expected, n.describe());
    }

    public static Node require(YamlTree.Map m, String key, String field) throws InputException {
        Node n = m.get(key);
        if (n == null) {
            throw fail(m.where(), field + "." + key, "a value (the key is required)", "no '" + key + "'");
        }
        return n;
    }

    public static void checkKeys(YamlTree.Map m, List<String> allowed, String prefix) throws InputException {
        for (Entry e : m.entries()) {
            if (!allowed.contains(e.key())) {
                throw new InputException(e.keyWhere() + ": " + prefix + e.key() + ": unknown key"
                        + suggestion(e.key(), allowed) + "; expected one of " + String.join(", ", allowed));
            }
        }
    }

    public static String suggestion(String got, Collection<String> known) {
        LevenshteinDistance d = LevenshteinDistance.getDefaultInstance();
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (String k : known) {
            int dk = d.apply(got.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT));
            if (dk < bestD) {
                bestD = dk;
                best = k;
            }
        }
        int limit = Math.max(2, got.length() / 3);
        return best != null && bestD <= limit ? " (did you mean '" + best + "'?)" : "";
    }

    public static InputException fail(Where where, String field, String expected, String got) {
        return new InputException(where + ": " + field + ": expected " + expected + ", got " + got);
    }
}
