package realign.charts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import realign.InputException;

/**
 * What the run overview figure shows, read from a finished run's {@code rounds.csv}, {@code blocs.csv}
 * and (for display names only) {@code manifest.json}: bloc sizes and mean trust in the U.S. per round.
 *
 * @param rounds       the rounds, in file order (0..R)
 * @param shockRounds  the rounds in which at least one shock was applied
 * @param shocks       those rounds with their shocks' labels from the manifest (joined by ", "), or "shock" where
 *                     the manifest names none
 * @param blocs        one series per bloc label that has members in some round, labels in order, unaligned last
 * @param focus        one series per {@code trust_in_usa_*} column, in column order
 * @param calendar     the month of each round (from rounds.csv's date column), or null for round numbers
 */
record RunSeries(int[] rounds, List<Integer> shockRounds, List<ShockBand.Shock> shocks, List<Bloc> blocs,
        List<Focus> focus, realign.Calendar calendar) {

    /** Shock rounds without labels (each called "shock"), as when the manifest names none; rounds without months. */
    RunSeries(int[] rounds, List<Integer> shockRounds, List<Bloc> blocs, List<Focus> focus) {
        this(rounds, shockRounds, shockRounds.stream().map(r -> new ShockBand.Shock(r, "shock")).toList(), blocs,
                focus);
    }

    /** A run whose rounds have no months (rounds.csv without a date column). */
    RunSeries(int[] rounds, List<Integer> shockRounds, List<ShockBand.Shock> shocks, List<Bloc> blocs,
              List<Focus> focus) {
        this(rounds, shockRounds, shocks, blocs, focus, null);
    }

    static final String ROUNDS_CSV = "rounds.csv";
    static final String BLOCS_CSV = "blocs.csv";
    static final String MANIFEST_JSON = "manifest.json";
    static final String UNALIGNED = "unaligned";
    private static final String FOCUS_PREFIX = "trust_in_usa_";

    /** Countries per round with one bloc label; {@code legend} is e.g. {@code Bloc A (USA)}. */
    record Bloc(String label, String legend, int[] sizes) {}

    /** Mean trust in the U.S. of one focus group per round (NaN where the run recorded NA). */
    record Focus(String name, String column, double[] trust) {}

    static RunSeries read(Path runDir) throws InputException {
        CsvTable roundsCsv = CsvTable.read(runDir.resolve(ROUNDS_CSV), "round", "shocks");
        List<String> focusColumns = roundsCsv.columns().stream().filter(c -> c.startsWith(FOCUS_PREFIX)).toList();
        if (focusColumns.isEmpty()) {
            throw new InputException(roundsCsv.file() + ": column '" + FOCUS_PREFIX + "*' is missing"
                    + " (one per focus group)");
        }
        int n = roundsCsv.size();
        if (n == 0) {
            throw new InputException(roundsCsv.file() + ": no rounds (the file has a header but no rows)");
        }
        int[] rounds = new int[n];
        List<Integer> shockRounds = new ArrayList<>();
        Map<Integer, Integer> index = new HashMap<>();
        for (int r = 0; r < n; r++) {
            rounds[r] = roundsCsv.integer(r, "round");
            if (index.put(rounds[r], r) != null) {
                throw new InputException(roundsCsv.where(r) + ": round " + rounds[r] + " appears twice");
            }
            if (roundsCsv.integer(r, "shocks") > 0) {
                shockRounds.add(rounds[r]);
            }
        }
        JsonNode manifest = manifest(runDir.resolve(MANIFEST_JSON));
        Map<String, String> names = focusNames(manifest);
        List<Focus> focus = new ArrayList<>();
        for (String column : focusColumns) {
            double[] trust = new double[n];
            for (int r = 0; r < n; r++) {
                trust[r] = roundsCsv.number(r, column);
            }
            focus.add(new Focus(names.getOrDefault(column, fallbackName(column)), column, trust));
        }
        return new RunSeries(rounds, List.copyOf(shockRounds), shockLabels(manifest, shockRounds),
                blocs(runDir.resolve(BLOCS_CSV), index), List.copyOf(focus), RunCharts.calendar(runDir));
    }

    /** Sizes per label, and each label's name where it last had members (its leader may since have left). */
    private static List<Bloc> blocs(Path file, Map<Integer, Integer> index) throws InputException {
        CsvTable csv = CsvTable.read(file, "round", "bloc", "name", "size");
        int n = index.size();
        Map<String, int[]> sizes = new TreeMap<>(RunSeries::labelOrder);
        Map<String, String> lastName = new HashMap<>();
        Map<String, Integer> lastRound = new HashMap<>();
        boolean[] seen = new boolean[n];
        for (int row = 0; row < csv.size(); row++) {
            int round = csv.integer(row, "round");
            Integer r = index.get(round);
            if (r == null) {
                throw new InputException(csv.where(row) + ": round " + round + " is not in " + ROUNDS_CSV);
            }
            seen[r] = true;
            String label = csv.text(row, "bloc").strip();
            int size = csv.integer(row, "size");
            sizes.computeIfAbsent(label, k -> new int[n])[r] = size;
            if (size > 0 && round >= lastRound.getOrDefault(label, Integer.MIN_VALUE)) {
                lastRound.put(label, round);
                lastName.put(label, csv.text(row, "name").strip());
            }
        }
        for (var e : index.entrySet()) {
            if (!seen[e.getValue()]) {
                throw new InputException(file + ": no rows for round " + e.getKey());
            }
        }
        List<Bloc> blocs = new ArrayList<>();
        sizes.forEach((label, s) -> {
            if (lastRound.containsKey(label)) {
                blocs.add(new Bloc(label, legend(label, lastName.get(label)), s));
            }
        });
        return List.copyOf(blocs);
    }

    private static int labelOrder(String a, String b) {
        boolean ua = a.equals(UNALIGNED);
        boolean ub = b.equals(UNALIGNED);
        if (ua || ub) {
            return Boolean.compare(ua, ub);
        }
        return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }

    private static String legend(String label, String name) {
        if (label.equals(UNALIGNED)) {
            return "Unaligned";
        }
        return name.isEmpty() ? "Bloc " + label : "Bloc " + label + " (" + name + ")";
    }

    /** The manifest as JSON; null if the run has none. */
    private static JsonNode manifest(Path manifest) throws InputException {
        if (!Files.isRegularFile(manifest)) {
            return null;
        }
        try {
            return new ObjectMapper().readTree(manifest.toFile());
        } catch (JsonProcessingException e) {
            throw new InputException(manifest + ": not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InputException(manifest + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** Column → display name from the manifest's {@code scenario.focus}; empty if the manifest lacks them. */
    private static Map<String, String> focusNames(JsonNode root) {
        Map<String, String> names = new HashMap<>();
        if (root == null) {
            return names;
        }
        for (JsonNode g : root.path("scenario").path("focus")) {
            if (g.path("name").isTextual() && g.path("column").isTextual()) {
                names.put(g.get("column").asText(), g.get("name").asText());
            }
        }
        return names;
    }

    /**
     * Each shock round of rounds.csv with the labels the manifest gives its shocks (in scenario order, joined by
     * ", "), or "shock" where it gives none.
     */
    private static List<ShockBand.Shock> shockLabels(JsonNode root, List<Integer> shockRounds) {
        Map<Integer, java.util.LinkedHashSet<String>> labels = new TreeMap<>();
        if (root != null) {
            for (JsonNode s : root.path("scenario").path("shocks")) {
                if (s.path("round").canConvertToInt() && s.path("label").isTextual()
                        && !s.get("label").asText().isBlank()) {
                    labels.computeIfAbsent(s.get("round").asInt(), k -> new java.util.LinkedHashSet<>())
                            .add(s.get("label").asText().strip());
                }
            }
        }
        List<ShockBand.Shock> out = new ArrayList<>();
        for (int round : shockRounds) {
            var l = labels.get(round);
            out.add(new ShockBand.Shock(round, l == null ? "shock" : String.join(", ", l)));
        }
        return List.copyOf(out);
    }

    /** {@code trust_in_usa_nato_europe} → {@code NATO-EUROPE}. */
    static String fallbackName(String column) {
        return column.substring(FOCUS_PREFIX.length()).toUpperCase(Locale.ROOT).replace('_', '-');
    }
}
