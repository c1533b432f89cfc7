package realign.scenario;

import java.util.ArrayList;
import java.util.List;

/** A YAML document as a small tree whose every node knows where it came from (file:line:column or --set). */
public final class YamlTree {

    private YamlTree() {}

    /** Where a node was written, for messages. */
    public record Where(String source, int line, int column) {
        @Override
        public String toString() {
            return line > 0 ? source + ":" + line + ":" + column : source;
        }
    }

    /** Longest part of a user's value quoted in a message; the rest is cut and its length said. */
    public static final int QUOTE_LIMIT = 80;

    /**
     * A value quoted for a message, at most {@link #QUOTE_LIMIT} characters of it on one line (a file that is not
     * the expected kind would otherwise be printed whole).
     */
    public static String quote(String value) {
        String one = value.replaceAll("\\s+", " ");
        if (one.length() <= QUOTE_LIMIT) {
            return "'" + one + "'";
        }
        return "'" + one.substring(0, QUOTE_LIMIT) + "...' (" + value.length() + " characters)";
    }

    public sealed interface Node permits Scalar, Seq, Map {
        Where where();

        /** A few words for "got ..." in messages. */
        String describe();
    }

    public record Scalar(String value, boolean quoted, Where where) implements Node {
        @Override
        public String describe() {
            return value.isEmpty() ? "nothing" : quote(value);
        }
    }

    public record Seq(List<Node> items, Where where) implements Node {
        @Override
        public String describe() {
            return "a list";
        }
    }

    public record Entry(String key, Where keyWhere, Node value) {}

    public record Map(List<Entry> entries, Where where) implements Node {
        @Override
        public String describe() {
            return "a mapping";
        }

        public Entry entry(String key) {
            for (Entry e : entries) {
                if (e.key().equals(key)) {
                    return e;
                }
            }
            return null;
        }

        public Node get(String key) {
            Entry e = entry(key);
            return e == null ? null : e.value();
        }

        /** Replaces or appends an entry. */
        public void put(String key, Where where, Node value) {
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i).key().equals(key)) {
                    entries.set(i, new Entry(key, where, value));
                    return;
                }
            }
            entries.add(new Entry(key, where, value));
        }

        public static Map empty(Where where) {
            return new Map(new ArrayList<>(), where);
        }
    }
}
