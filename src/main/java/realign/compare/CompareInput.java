package realign.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import realign.InputException;

/**
 * One folder to compare, a run or a sweep, read from its files.
 *
 * @param name     the folder's name (its label in tables and figures)
 * @param dir      the folder
 * @param kind     run or sweep
 * @param focus    its focus columns ({@code trust_in_usa_*}) with their display names, in scenario order
 * @param outcomes per outcome, the values of the runs (one for a run; the sweep's runs with status ok and a
 *                 value, in run order), by design point ("all" for a run)
 * @param design   the sweep's design points as text ({@code factor=value, ...}) by point id; empty for a run
 * @param series   per named series ({@code trust_in_usa_eu}, {@code bloc_A_size}), its value per round
 *                 (for a sweep: the mean over its runs of the outcome series that record that metric)
 * @param outcomeDefinitions for a sweep, its outcomes as in its manifest, so that a run can be summarised alike
 */
public record CompareInput(String name, Path dir, Kind kind, Map<String, String> focus,
                           Map<String, Map<String, double[]>> outcomes, Map<String, String> design,
                           Map<String, TreeMap<Integer, Double>> series, List<OutcomeDefinition> outcomeDefinitions) {

    /** What a folder is. */
    public enum Kind { RUN, SWEEP }

    /** A sweep outcome: name, rounds.csv metric, summary (final, mean, max, min, sum, first) and window. */
    public record OutcomeDefinition(String name, String metric, String summary, int from, int to) {}

    static final String ALL = "all";
    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    /** Whether {@code dir} is a run (rounds.csv) or a sweep (runs.csv and design.csv); an error naming it if neither. */
    static Kind kindOf(Path dir) throws InputException {
        if (Files.isRegularFile(dir.resolve("runs.csv")) && Files.isRegularFile(dir.resolve("design.csv"))) {
            return Kind.SWEEP;
        }
        if (Files.isRegularFile(dir.resolve("rounds.csv"))) {
            return Kind.RUN;
        }
        throw new InputException(dir + ": expected a run folder (with rounds.csv) or a sweep folder (with runs.csv and"
                + " design.csv), got " + (Files.isDirectory(dir) ? "a folder with neither" : "no folder"));
    }

    /** Reads a run folder; its outcomes are those of {@code definitions} or, when null, {@link #runOutcomes}. */
    static CompareInput readRun(Path dir, List<OutcomeDefinition> definitions) throws InputException {
        Table rounds = Table.read(dir.resolve("rounds.csv"), "round");
        Map<String, String> focus = focusNames(dir.resolve("manifest.json"), rounds);
        Map<String, TreeMap<Integer, Double>> series = new LinkedHashMap<>();
        for (String column : focus.keySet()) {
            series.put(column, rounds.series(column));
        }
        Path blocsFile = dir.resolve("blocs.csv");
        if (Files.isRegularFile(blocsFile)) {
            Table blocs = Table.read(blocsFile, "round", "bloc", "size");
            Map<String, TreeMap<Integer, Double>> sizes = new TreeMap<>();
            for (int r = 0; r < blocs.rows.size(); r++) {
                String label = blocs.text(r, "bloc");
                sizes.computeIfAbsent("bloc_" + label + "_size", k -> new TreeMap<>())
                        .put((int) blocs.number(r, "round"), blocs.number(r, "size"));
            }
            series.putAll(sizes);
        }
        List<OutcomeDefinition> defs = definitions != null ? definitions : runOutcomes(rounds);
        int last = rounds.series("round").lastKey();
        Map<String, Map<String, double[]>> outcomes = new LinkedHashMap<>();
        for (OutcomeDefinition d : defs) {
            if (!rounds.columns.contains(d.metric())) {
                throw new InputException(rounds.file + ": column '" + d.metric() + "' is missing (outcome " + d.name()
                        + " of the sweep it is compared with)");
            }
            if (d.to() > last) {
                // a shorter run would be summarised over fewer rounds and compared as if it had run the whole window
                throw new InputException(rounds.file + ": expected a run that reaches round " + d.to() + " (outcome "
                        + d.name() + " of the sweep it is compared with covers rounds " + d.from() + "-" + d.to()
                        + "), got a run of " + last + " rounds (run it with --rounds " + d.to() + ")");
            }
            double v = summarise(rounds.series(d.metric()), d);
            outcomes.put(d.name(), Map.of(ALL, Double.isNaN(v) ? new double[0] : new double[] {v}));
        }
        return new CompareInput(dir.getFileName().toString(), dir, Kind.RUN, focus, outcomes, Map.of(), series,
                definitions == null ? List.of() : definitions);
    }

    /** The outcomes of a run compared with other runs: each trust column at the end and at its lowest, and counts. */
    static List<OutcomeDefinition> runOutcomes(Table rounds) {
        int last = rounds.series("round").lastKey();
        List<OutcomeDefinition> out = new ArrayList<>();
        for (String c : rounds.columns) {
            if (c.startsWith("trust_") || c.equals("mean_trust")) {
                out.add(new OutcomeDefinition(c + "_final", c, "final", 0, last));
                out.add(new OutcomeDefinition(c + "_min", c, "min", 0, last));
            }
        }
        for (String c : List.of("ties", "new_ties", "us_ties_lost", "us_degree", "bloc_count", "total_deficit")) {
            if (rounds.columns.contains(c)) {
                out.add(new OutcomeDefinition(c + "_final", c, "final", 0, last));
            }
        }
        return out;
    }

    /** Reads a sweep folder: runs.csv (status ok), design.csv, series.csv if kept, and the outcomes of its manifest. */
    static CompareInput readSweep(Path dir) throws InputException {
        JsonNode manifest = json(dir.resolve("manifest.json"));
        List<OutcomeDefinition> defs = new ArrayList<>();
        // a manifest without an outcome window (older sweeps) means the whole run: its rounds, fixed or the base
        // scenario's, so that a shorter run is refused all the same; -1 (the series' end) only if neither is known
        int rounds = manifest.path("sweep").path("fixed").path("rounds")
                .asInt(manifest.path("base_scenario").path("rounds").asInt(-1));
        for (JsonNode o : manifest.path("sweep").path("outcomes")) {
            JsonNode window = o.path("window");
            defs.add(new OutcomeDefinition(o.path("name").asText(), o.path("metric").asText(),
                    o.path("summary").asText("final").toLowerCase(java.util.Locale.ROOT),
                    window.path(0).asInt(0), window.path(1).asInt(rounds)));
        }
        if (defs.isEmpty()) {
            throw new InputException(dir.resolve("manifest.json") + ": field 'sweep.outcomes' is missing or empty");
        }
        Table design = Table.read(dir.resolve("design.csv"), "point");
        Map<String, String> points = new LinkedHashMap<>();
        for (int r = 0; r < design.rows.size(); r++) {
            List<String> parts = new ArrayList<>();
            for (String c : design.columns) {
                if (!c.equals("point")) {
                    parts.add(c + "=" + design.text(r, c));
                }
            }
            points.put(design.text(r, "point"), String.join(", ", parts));
        }
        String[] names = defs.stream().map(OutcomeDefinition::name).toArray(String[]::new);
        Table runs = Table.read(dir.resolve("runs.csv"), concat(new String[] {"run", "point", "status"}, names));
        Map<String, Map<String, List<Double>>> values = new LinkedHashMap<>();
        List<String> okRuns = new ArrayList<>();
        for (int r = 0; r < runs.rows.size(); r++) {
            if (!runs.text(r, "status").equals("ok")) {
                continue;
            }
            okRuns.add(runs.text(r, "run"));
            for (String name : names) {
                String text = runs.text(r, name);
                if (text.isEmpty() || text.equals("NA")) {
                    continue;
                }
                values.computeIfAbsent(name, k -> new LinkedHashMap<>())
                        .computeIfAbsent(runs.text(r, "point"), k -> new ArrayList<>()).add(runs.number(r, name));
            }
        }
        Map<String, Map<String, double[]>> outcomes = new LinkedHashMap<>();
        for (String name : names) {
            Map<String, double[]> byPoint = new LinkedHashMap<>();
            for (String point : points.keySet()) {
                List<Double> v = values.getOrDefault(name, Map.of()).getOrDefault(point, List.of());
                byPoint.put(point, v.stream().mapToDouble(Double::doubleValue).toArray());
            }
            outcomes.put(name, byPoint);
        }
        // the focus series of a sweep: the mean per round over its runs of each outcome that records a trust column
        Map<String, TreeMap<Integer, Double>> series = new LinkedHashMap<>();
        Map<String, String> focus = new LinkedHashMap<>();
        Path seriesFile = dir.resolve("series.csv");
        if (Files.isRegularFile(seriesFile)) {
            Table s = Table.read(seriesFile, "run", "round", "outcome", "value");
            Map<String, String> metricOf = new LinkedHashMap<>();
            for (OutcomeDefinition d : defs) {
                if (d.metric().startsWith("trust_")) {
                    metricOf.putIfAbsent(d.name(), d.metric());
                }
            }
            java.util.Set<String> ok = new java.util.HashSet<>(okRuns);
            Map<String, TreeMap<Integer, double[]>> sums = new LinkedHashMap<>();
            java.util.Set<String> metricsSeen = new java.util.HashSet<>();
            for (int r = 0; r < s.rows.size(); r++) {
                String metric = metricOf.get(s.text(r, "outcome"));
                String value = s.text(r, "value");
                if (metric == null || !ok.contains(s.text(r, "run")) || value.isEmpty() || value.equals("NA")) {
                    continue;
                }
                // several outcomes may record one metric: the first one's series stands for it
                String key = metric + "\u0000" + s.text(r, "outcome");
                if (!metricsSeen.contains(key) && metricsSeen.stream().anyMatch(k -> k.startsWith(metric + "\u0000"))) {
                    continue;
                }
                metricsSeen.add(key);
                double[] acc = sums.computeIfAbsent(metric, k -> new TreeMap<>())
                        .computeIfAbsent((int) s.number(r, "round"), k -> new double[2]);
                acc[0] += s.number(r, "value");
                acc[1]++;
            }
            for (var e : sums.entrySet()) {
                TreeMap<Integer, Double> mean = new TreeMap<>();
                e.getValue().forEach((round, acc) -> mean.put(round, acc[0] / acc[1]));
                series.put(e.getKey(), mean);
                focus.put(e.getKey(), e.getKey());
            }
        }
        return new CompareInput(dir.getFileName().toString(), dir, Kind.SWEEP, focus, outcomes, points, series, defs);
    }

    /** A metric summarised over a run as a sweep outcome would be (docs/experiments.md); NaN if undefined. */
    static double summarise(TreeMap<Integer, Double> series, OutcomeDefinition d) {
        int to = d.to() < 0 ? series.lastKey() : Math.min(d.to(), series.lastKey());
        var window = series.subMap(d.from(), true, to, true).values().stream().mapToDouble(Double::doubleValue)
                .filter(v -> !Double.isNaN(v)).toArray();
        if (window.length == 0) {
            return Double.NaN;
        }
        return switch (d.summary()) {
            case "final" -> series.get(to) == null ? Double.NaN : series.get(to);
            case "mean" -> java.util.Arrays.stream(window).average().orElse(Double.NaN);
            case "max" -> java.util.Arrays.stream(window).max().orElse(Double.NaN);
            case "min" -> java.util.Arrays.stream(window).min().orElse(Double.NaN);
            case "sum" -> java.util.Arrays.stream(window).sum();
            default -> Double.NaN; // 'first' needs the sweep's threshold rule; a single run does not report it
        };
    }

    private static Map<String, String> focusNames(Path manifest, Table rounds) throws InputException {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> fromManifest = new LinkedHashMap<>();
        if (Files.isRegularFile(manifest)) {
            for (JsonNode g : json(manifest).path("scenario").path("focus")) {
                fromManifest.put(g.path("column").asText(), g.path("name").asText());
            }
        }
        for (String c : rounds.columns) {
            if (c.startsWith("trust_in_usa_")) {
                names.put(c, fromManifest.getOrDefault(c, c.substring("trust_in_usa_".length())));
            }
        }
        return names;
    }

    private static JsonNode json(Path file) throws InputException {
        try {
            return new ObjectMapper().readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": file is missing");
        } catch (IOException e) {
            throw new InputException(file + ": not readable JSON: " + e.getMessage(), e);
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** A CSV file read whole, with located number parsing. */
    static final class Table {
        final Path file;
        final List<String> columns;
        final List<CSVRecord> rows;

        private Table(Path file, List<String> columns, List<CSVRecord> rows) {
            this.file = file;
            this.columns = columns;
            this.rows = rows;
        }

        static Table read(Path file, String... required) throws InputException {
            Table t;
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser p = CSVParser.parse(in, CSV)) {
                t = new Table(file, List.copyOf(p.getHeaderNames()), p.getRecords());
            } catch (NoSuchFileException e) {
                throw new InputException(file + ": file is missing");
            } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
                throw new InputException(file + ": not a readable CSV file: " + e.getMessage(), e);
            }
            for (String c : required) {
                if (!t.columns.contains(c)) {
                    throw new InputException(file + ": column '" + c + "' is missing");
                }
            }
            return t;
        }

        String text(int row, String column) {
            return rows.get(row).get(column).trim();
        }

        double number(int row, String column) throws InputException {
            String s = text(row, column);
            if (s.equals("NA")) {
                return Double.NaN;
            }
            try {
                return Double.parseDouble(s);
            } catch (NumberFormatException e) {
                throw new InputException(file + ":" + (rows.get(row).getRecordNumber() + 1) + ": " + column
                        + ": expected a number, got '" + s + "'");
            }
        }

        TreeMap<Integer, Double> series(String column) {
            TreeMap<Integer, Double> out = new TreeMap<>();
            for (int r = 0; r < rows.size(); r++) {
                String v = text(r, column);
                double x;
                try {
                    x = v.equals("NA") ? Double.NaN : Double.parseDouble(v);
                } catch (NumberFormatException e) {
                    x = Double.NaN;
                }
                out.put(Integer.parseInt(text(r, "round")), x);
            }
            return out;
        }
    }
}
