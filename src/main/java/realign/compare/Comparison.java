package realign.compare;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import realign.InputException;
import realign.Version;
import realign.observe.Fmt;

/**
 * Two or more runs or sweeps side by side: per outcome (and design point, when the sweeps share their design),
 * each input's n, mean and standard deviation and its difference from the first input with 95% Welch and
 * bootstrap intervals ({@code compare.csv}); the focus trust and bloc-size series of each input
 * ({@code series.csv}); and what was compared ({@code manifest.json}).
 */
public final class Comparison {

    /** One row of compare.csv. */
    public record Row(String outcome, String point, String design, String input, CompareInput.Kind kind,
                      Differences.Stats stats, Differences.Difference difference) {}

    public static final List<String> COLUMNS = List.of("outcome", "point", "design", "input", "kind", "n", "mean", "sd",
            "difference", "welch_low", "welch_high", "bootstrap_low", "bootstrap_high");
    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

    private final List<CompareInput> inputs;
    private final List<Row> rows;
    private final boolean perPoint;
    private final long seed;
    private final int resamples;

    private Comparison(List<CompareInput> inputs, List<Row> rows, boolean perPoint, long seed, int resamples) {
        this.inputs = List.copyOf(inputs);
        this.rows = List.copyOf(rows);
        this.perPoint = perPoint;
        this.seed = seed;
        this.resamples = resamples;
    }

    public List<Row> rows() {
        return rows;
    }

    public List<CompareInput> inputs() {
        return inputs;
    }

    /** Whether sweeps were compared design point by design point (they share their design). */
    public boolean perPoint() {
        return perPoint;
    }

    /**
     * Reads the folders and compares them with the first.
     *
     * @throws InputException if a folder is neither a run nor a sweep, or the inputs cannot be compared (different
     *     focus groups or numbers of rounds of runs, or sweeps with different outcomes)
     */
    public static Comparison of(List<Path> dirs, long seed, int resamples) throws InputException {
        if (dirs.size() < 2) {
            throw new InputException("compare: expected two or more runs or sweeps, got " + dirs.size());
        }
        List<CompareInput.Kind> kinds = new ArrayList<>();
        for (Path d : dirs) {
            kinds.add(CompareInput.kindOf(d));
        }
        List<CompareInput> inputs = new ArrayList<>();
        List<CompareInput.OutcomeDefinition> sweepOutcomes = null;
        Path firstSweep = null;
        for (int i = 0; i < dirs.size(); i++) {
            if (kinds.get(i) == CompareInput.Kind.SWEEP) {
                CompareInput s = CompareInput.readSweep(dirs.get(i));
                if (sweepOutcomes == null) {
                    sweepOutcomes = s.outcomeDefinitions();
                    firstSweep = dirs.get(i);
                } else if (!sweepOutcomes.equals(s.outcomeDefinitions())) {
                    throw new InputException(dirs.get(i) + ": expected the outcomes of " + firstSweep + " ("
                            + names(sweepOutcomes) + "), got " + names(s.outcomeDefinitions())
                            + "; sweeps are compared outcome by outcome");
                }
                inputs.add(s);
            } else {
                inputs.add(null);
            }
        }
        for (int i = 0; i < dirs.size(); i++) {
            if (inputs.get(i) == null) {
                inputs.set(i, CompareInput.readRun(dirs.get(i), sweepOutcomes));
            }
        }
        checkFocus(inputs);
        checkRounds(inputs);
        uniqueNames(inputs);

        // sweeps sharing one design are compared point by point; otherwise each sweep's runs are pooled
        Set<Map<String, String>> designs = new LinkedHashSet<>();
        inputs.stream().filter(x -> x.kind() == CompareInput.Kind.SWEEP).forEach(x -> designs.add(x.design()));
        boolean perPoint = designs.size() == 1;
        Map<String, String> points = perPoint ? designs.iterator().next() : Map.of(CompareInput.ALL, "");

        Differences diff = new Differences(0.95, resamples, seed);
        List<Row> rows = new ArrayList<>();
        for (String outcome : inputs.get(0).outcomes().keySet()) {
            for (var p : points.entrySet()) {
                double[] reference = values(inputs.get(0), outcome, p.getKey(), perPoint);
                for (CompareInput in : inputs) {
                    double[] x = values(in, outcome, p.getKey(), perPoint);
                    Differences.Difference d = in == inputs.get(0)
                            ? new Differences.Difference(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN)
                            : diff.between(x, reference);
                    rows.add(new Row(outcome, p.getKey(), p.getValue(), in.name(), in.kind(), Differences.Stats.of(x), d));
                }
            }
        }
        return new Comparison(inputs, rows, perPoint, seed, resamples);
    }

    private static double[] values(CompareInput in, String outcome, String point, boolean perPoint) {
        Map<String, double[]> byPoint = in.outcomes().getOrDefault(outcome, Map.of());
        if (in.kind() == CompareInput.Kind.RUN) {
            return byPoint.getOrDefault(CompareInput.ALL, new double[0]);
        }
        if (perPoint) {
            return byPoint.getOrDefault(point, new double[0]);
        }
        return byPoint.values().stream().flatMapToDouble(java.util.Arrays::stream).toArray();
    }

    /** Runs must report the same focus groups: their trust series and outcomes are compared column by column. */
    private static void checkFocus(List<CompareInput> inputs) throws InputException {
        CompareInput first = null;
        for (CompareInput in : inputs) {
            if (in.kind() != CompareInput.Kind.RUN) {
                continue;
            }
            if (first == null) {
                first = in;
            } else if (!first.focus().keySet().equals(in.focus().keySet())) {
                throw new InputException(in.dir() + ": expected the focus groups of " + first.dir() + " ("
                        + String.join(", ", first.focus().values()) + "), got " + String.join(", ", in.focus().values())
                        + "; runs are compared focus group by focus group (give the scenarios the same focus:)");
            }
        }
    }

    /**
     * Runs must have the same last round: a run's outcomes are its value at the last round and its lowest over all
     * rounds, so runs of 18 and 24 rounds would be compared at different months without a word.
     */
    private static void checkRounds(List<CompareInput> inputs) throws InputException {
        CompareInput first = null;
        for (CompareInput in : inputs) {
            if (in.kind() != CompareInput.Kind.RUN || lastRound(in) < 0) {
                continue;
            }
            if (first == null) {
                first = in;
            } else if (lastRound(first) != lastRound(in)) {
                throw new InputException(in.dir() + ": expected a run of as many rounds as " + first.dir() + " ("
                        + lastRound(first) + "), got " + lastRound(in) + " rounds; runs are compared at their last"
                        + " round and their lowest value (give the scenarios the same rounds:, or run with --rounds)");
            }
        }
    }

    /** A run's last round (the longest of its series), -1 if it has none. */
    private static int lastRound(CompareInput run) {
        return run.series().values().stream().filter(s -> !s.isEmpty()).mapToInt(java.util.TreeMap::lastKey).max()
                .orElse(-1);
    }

    private static void uniqueNames(List<CompareInput> inputs) {
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            CompareInput in = inputs.get(i);
            String name = in.name();
            for (int k = 2; !seen.add(name); k++) {
                name = in.name() + "#" + k;
            }
            if (!name.equals(in.name())) {
                inputs.set(i, new CompareInput(name, in.dir(), in.kind(), in.focus(), in.outcomes(), in.design(),
                        in.series(), in.outcomeDefinitions()));
            }
        }
    }

    private static String names(List<CompareInput.OutcomeDefinition> defs) {
        return String.join(", ", defs.stream().map(CompareInput.OutcomeDefinition::name).toList());
    }

    /** Writes compare.csv, series.csv and manifest.json into {@code dir}; returns the file names written. */
    public List<String> write(Path dir) throws IOException {
        try (CSVPrinter p = new CSVPrinter(Files.newBufferedWriter(dir.resolve("compare.csv"), StandardCharsets.UTF_8),
                CSV)) {
            p.printRecord(COLUMNS);
            for (Row r : rows) {
                p.printRecord(r.outcome(), r.point(), r.design(), r.input(), r.kind().name().toLowerCase(Locale.ROOT),
                        r.stats().n(), Fmt.num(r.stats().mean()), Fmt.num(r.stats().sd()),
                        Fmt.num(r.difference().difference()), Fmt.num(r.difference().welchLow()),
                        Fmt.num(r.difference().welchHigh()), Fmt.num(r.difference().bootstrapLow()),
                        Fmt.num(r.difference().bootstrapHigh()));
            }
        }
        try (CSVPrinter p = new CSVPrinter(Files.newBufferedWriter(dir.resolve("series.csv"), StandardCharsets.UTF_8),
                CSV)) {
            p.printRecord("input", "series", "round", "value");
            for (CompareInput in : inputs) {
                for (var s : in.series().entrySet()) {
                    for (var v : s.getValue().entrySet()) {
                        p.printRecord(in.name(), s.getKey(), v.getKey(), Fmt.num(v.getValue()));
                    }
                }
            }
        }
        return List.of("compare.csv", "series.csv");
    }

    /** manifest.json: what was compared, how, and the files written. */
    public void writeManifest(Path dir, List<String> outputs) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("realign_version", Version.realign());
        m.put("kind", "compare");
        List<Object> ins = new ArrayList<>();
        for (CompareInput in : inputs) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("name", in.name());
            e.put("path", in.dir().toString());
            e.put("kind", in.kind().name().toLowerCase(Locale.ROOT));
            Map<String, String> focus = new TreeMap<>(in.focus());
            e.put("focus", new LinkedHashMap<>(in.focus().isEmpty() ? focus : in.focus()));
            ins.add(e);
        }
        m.put("inputs", ins);
        m.put("reference", inputs.get(0).name());
        m.put("per_point", perPoint);
        m.put("confidence", 0.95);
        m.put("intervals", List.of("welch", "bootstrap_percentile"));
        m.put("bootstrap_resamples", resamples);
        m.put("bootstrap_seed", seed);
        m.put("outputs", outputs);
        Files.writeString(dir.resolve("manifest.json"), new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(m) + "\n", StandardCharsets.UTF_8);
    }

    /** The table as printed: per outcome, each input's n and mean and its difference with the Welch interval. */
    public void print(PrintWriter w) {
        w.println("Compared with " + inputs.get(0).name() + " (difference = input − reference; 95% Welch interval"
                + (perPoint ? "; per design point" : "") + "):");
        String last = null;
        for (Row r : rows) {
            String key = r.outcome() + (perPoint ? " @ point " + r.point() + " (" + r.design() + ")" : "");
            if (!key.equals(last)) {
                w.println();
                w.println("  " + key);
                last = key;
            }
            Differences.Difference d = r.difference();
            String diff = Double.isNaN(d.difference()) ? "" : String.format(Locale.ROOT, "  %+.4g", d.difference())
                    + (Double.isNaN(d.welchLow()) ? "" : String.format(Locale.ROOT, "  [%.4g, %.4g]", d.welchLow(),
                    d.welchHigh()));
            w.println(String.format(Locale.ROOT, "    %-40s n %3d  mean %10.4g", abbreviate(r.input()), r.stats().n(),
                    r.stats().mean()) + diff);
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 39) + "…";
    }
}
