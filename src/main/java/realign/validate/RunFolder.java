package realign.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import realign.InputException;
import realign.scenario.ScenarioReader;
import realign.world.World;

/** Reads what validation needs from a run folder: ties.csv, countries.csv, and the scenario it ran (with overrides). */
public final class RunFolder {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    private RunFolder() {}

    /** Whether {@code dir} looks like a run folder. */
    public static boolean is(Path dir) {
        return Files.isRegularFile(dir.resolve("ties.csv")) && Files.isRegularFile(dir.resolve("countries.csv"))
                && Files.isRegularFile(dir.resolve("scenario.yaml"));
    }

    /** The scenario the run ran: its scenario.yaml with the overrides of its manifest (or run.json in a sweep). */
    public static ScenarioReader.Loaded scenario(Path dir, World world) throws InputException {
        List<String> overrides = new ArrayList<>();
        try {
            Path manifest = dir.resolve("manifest.json");
            Path runJson = dir.resolve("run.json");
            JsonNode m = Files.isRegularFile(manifest) ? new ObjectMapper().readTree(manifest.toFile())
                    : Files.isRegularFile(runJson) ? new ObjectMapper().readTree(runJson.toFile()) : null;
            if (m != null && m.has("overrides")) {
                for (JsonNode o : m.get("overrides")) {
                    overrides.add(o.asText());
                }
            }
        } catch (IOException e) {
            throw new InputException(dir.resolve("manifest.json") + ": expected a run manifest (JSON), got a file that"
                    + " cannot be read: " + e.getMessage());
        }
        Path file = dir.resolve("scenario.yaml");
        return ScenarioReader.read(file, ScenarioReader.readBytes(file), overrides, world);
    }

    /** The run's pair events and trust in the U.S. from its files. */
    public static ModelRun read(Path dir, int rounds) throws InputException {
        List<ModelRun.PairEvent> events = new ArrayList<>();
        Path ties = dir.resolve("ties.csv");
        for (Rec r : records(ties, "round", "a", "b", "event", "value")) {
            // agreements renegotiation made, in both layers; dissolutions and the scenario's own leave, join and
            // agreement shocks are no predictions
            realign.model.TieEvent event = realign.model.TieEvent.ofCsv(r.get("event"));
            if (event == null) {
                throw new InputException(r.where() + ": event: expected " + realign.model.TieEvent.expected()
                        + ", got " + EventsReader.quoteOrNothing(r.get("event")));
            }
            if (event.agreement()) {
                // a run folder of realign 0.1 (model v1.1) has no layer column: its ties are all security ties
                String layer = r.r().isMapped("layer") ? r.get("layer") : "security";
                events.add(new ModelRun.PairEvent(r.integer("round"), layer, r.get("a"), r.get("b"),
                        r.number("value")));
            }
        }
        Map<String, double[]> trust = new LinkedHashMap<>();
        for (Rec r : records(dir.resolve("countries.csv"), "round", "iso3", "trust_in_usa")) {
            int t = r.integer("round");
            if (t < 0 || t > rounds) {
                continue;
            }
            double[] v = trust.computeIfAbsent(r.get("iso3"), k -> {
                double[] a = new double[rounds + 1];
                java.util.Arrays.fill(a, Double.NaN);
                return a;
            });
            String text = r.get("trust_in_usa");
            v[t] = text.equals("NA") || text.isEmpty() ? Double.NaN : r.number("trust_in_usa");
        }
        return new ModelRun(events, trust, rounds);
    }

    private record Rec(Path file, long line, CSVRecord r) {
        String get(String c) {
            return r.get(c);
        }

        String where() {
            return file + ":" + line;
        }

        int integer(String c) throws InputException {
            try {
                return Integer.parseInt(r.get(c));
            } catch (NumberFormatException e) {
                throw new InputException(where() + ": " + c + ": expected a whole number, got "
                        + EventsReader.quoteOrNothing(r.get(c)));
            }
        }

        double number(String c) throws InputException {
            try {
                return Double.parseDouble(r.get(c));
            } catch (NumberFormatException e) {
                throw new InputException(where() + ": " + c + ": expected a number, got "
                        + EventsReader.quoteOrNothing(r.get(c)));
            }
        }
    }

    private static List<Rec> records(Path file, String... required) throws InputException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVParser.parse(in, FORMAT)) {
            for (String c : required) {
                if (!p.getHeaderNames().contains(c)) {
                    throw new InputException(file + ":1: " + c + ": expected a column " + c + ", got "
                            + EventsReader.quoteOrNothing(String.join(",", p.getHeaderNames())));
                }
            }
            List<Rec> out = new ArrayList<>();
            for (CSVRecord r : p) {
                out.add(new Rec(file, r.getRecordNumber() + 1, r));
            }
            return out;
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new InputException(file + ": expected a CSV file, got one that cannot be read: " + e.getMessage());
        }
    }
}
