package realign.cluster;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/** SLURM's array index syntax ({@code --array=1-3,5,7-9}): written compactly, read back. */
public final class ArrayRanges {

    private ArrayRanges() {}

    /** The task ids (≥ 0, any order, duplicates ignored) as ascending ranges: {1,2,3,5} → "1-3,5". */
    public static String format(Collection<Integer> ids) {
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("no array task ids");
        }
        StringBuilder b = new StringBuilder();
        Integer from = null;
        Integer to = null;
        for (int id : new TreeSet<>(ids)) {
            if (id < 0) {
                throw new IllegalArgumentException("negative array task id " + id);
            }
            if (to != null && id == to + 1) {
                to = id;
                continue;
            }
            append(b, from, to);
            from = id;
            to = id;
        }
        append(b, from, to);
        return b.toString();
    }

    private static void append(StringBuilder b, Integer from, Integer to) {
        if (from == null) {
            return;
        }
        if (b.length() > 0) {
            b.append(',');
        }
        b.append(from);
        if (!from.equals(to)) {
            b.append('-').append(to);
        }
    }

    /** "1-3,5" → [1, 2, 3, 5] (ascending); accepts what {@link #format} writes. */
    public static List<Integer> parse(String text) {
        TreeSet<Integer> ids = new TreeSet<>();
        for (String part : text.split(",")) {
            String[] ends = part.trim().split("-");
            if (ends.length < 1 || ends.length > 2 || ends[0].isEmpty()) {
                throw new IllegalArgumentException("not an array range: '" + text + "'");
            }
            int from = Integer.parseInt(ends[0]);
            int to = ends.length == 2 ? Integer.parseInt(ends[1]) : from;
            if (to < from) {
                throw new IllegalArgumentException("not an array range: '" + text + "'");
            }
            for (int i = from; i <= to; i++) {
                ids.add(i);
            }
        }
        return new ArrayList<>(ids);
    }
}
