package realign.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/**
 * The few lines a finished sweep prints about its outcomes, from its summary.csv and manifest.json: each
 * outcome by its label, the range of its point estimates, and for a time to an event how many runs never
 * reached the threshold (right-censored, not dropped).
 */
public final class SweepSummary {

    private SweepSummary() {}

    /** The lines for a finished (unsharded or merged) sweep folder; none when it has no summary.csv. */
    public static List<String> lines(Path dir) throws IOException {
        if (!Files.isRegularFile(dir.resolve("summary.csv")) || !Files.isRegularFile(dir.resolve("manifest.json"))) {
            return List.of();
        }
        JsonNode sweep = SweepJob.readManifest(dir).path("sweep");
        Map<String, JsonNode> outcomes = new LinkedHashMap<>();
        for (JsonNode o : sweep.path("outcomes")) {
            outcomes.put(o.path("name").asText(), o);
        }
        Map<String, double[]> range = new LinkedHashMap<>();
        Map<String, long[]> censored = new LinkedHashMap<>();
        Map<String, Integer> points = new LinkedHashMap<>();
        for (CSVRecord r : RunsFile.read(dir.resolve("summary.csv"))) {
            String name = r.get("outcome");
            double mean = SweepReport.parse(r.get("mean"));
            double[] mm = range.computeIfAbsent(name, k -> new double[] {Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY});
            if (!Double.isNaN(mean)) {
                mm[0] = Math.min(mm[0], mean);
                mm[1] = Math.max(mm[1], mean);
            }
            long[] c = censored.computeIfAbsent(name, k -> new long[2]);
            c[0] += Long.parseLong(r.get("n_censored"));
            c[1] += Long.parseLong(r.get("n"));
            points.merge(name, 1, Integer::sum);
        }
        List<String> out = new ArrayList<>();
        out.add("Outcomes (summary.csv has each point's estimate with a 95% bootstrap interval):");
        for (Map.Entry<String, double[]> e : range.entrySet()) {
            String name = e.getKey();
            JsonNode o = outcomes.get(name);
            String label = o == null ? name : o.path("label").asText(name);
            boolean first = o != null && o.path("summary").asText().equals("first");
            double[] mm = e.getValue();
            String values = mm[0] > mm[1] ? "no values (NA in every run)"
                    : (first ? "restricted mean " : "mean ") + (mm[0] == mm[1] ? num(mm[0])
                            : num(mm[0]) + " to " + num(mm[1])) + " across " + points.get(name) + " point"
                            + (points.get(name) == 1 ? "" : "s");
            out.add("  " + label + (label.equals(name) ? "" : " (" + name + ")") + ": " + values);
            if (first) {
                long[] c = censored.get(name);
                JsonNode w = o.path("window");
                out.add("  " + name + ": " + c[0] + " of " + c[1] + " runs never reached the threshold within rounds "
                        + w.path(0).asInt() + "-" + w.path(1).asInt() + " (right-censored there, counted at round "
                        + w.path(1).asInt() + " in the restricted mean)");
            }
        }
        List<String> names = List.copyOf(range.keySet());
        if (names.size() > FIGURE_PANELS) {
            List<String> left = names.subList(FIGURE_PANELS, names.size());
            List<String> next = left.subList(0, Math.min(FIGURE_PANELS, left.size()));
            out.add("Figures draw " + FIGURE_PANELS + " outcome panels each (at double width; each figure names at its foot"
                    + " what it leaves out): not drawn: " + String.join(", ", left) + "; draw "
                    + (next.size() == left.size() ? "them" : "the next") + " with: realign plot "
                    + dir + " --outcomes " + String.join(",", next));
        }
        return out;
    }

    /** The outcome panels a sweep figure draws at double width (realign.charts.PanelGrid). */
    static final int FIGURE_PANELS = 4;

    private static String num(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString()
                .toLowerCase(Locale.ROOT);
    }
}
