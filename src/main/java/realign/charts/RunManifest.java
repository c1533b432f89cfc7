package realign.charts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import realign.InputException;

/**
 * What the run figures take from a run's {@code manifest.json}: the focus groups, the shocks (round and
 * label) and the parameters as run.
 *
 * @param focus      {@code scenario.focus}, in scenario order
 * @param shocks     {@code scenario.shocks}, in scenario order
 * @param parameters {@code scenario.parameters} that are numbers, by name
 */
record RunManifest(List<Focus> focus, List<Shock> shocks, Map<String, Double> parameters) {

    static final String FILE = "manifest.json";

    /** A focus group: display name, {@code rounds.csv} column and members (ISO3). */
    record Focus(String name, String column, List<String> members) {}

    record Shock(int round, String label) {}

    static RunManifest read(Path runDir) throws InputException {
        Path file = runDir.resolve(FILE);
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": file is missing");
        } catch (JsonProcessingException e) {
            throw new InputException(file + ": not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InputException(file + ": cannot be read: " + e.getMessage(), e);
        }
        JsonNode scenario = root.path("scenario");
        if (!scenario.isObject()) {
            throw new InputException(file + ": field 'scenario' is missing");
        }
        List<Focus> focus = new ArrayList<>();
        for (JsonNode g : scenario.path("focus")) {
            String name = text(file, g, "scenario.focus[].name");
            String column = text(file, g, "scenario.focus[].column");
            List<String> members = new ArrayList<>();
            for (JsonNode m : g.path("members")) {
                members.add(m.asText());
            }
            focus.add(new Focus(name, column, List.copyOf(members)));
        }
        List<Shock> shocks = new ArrayList<>();
        for (JsonNode s : scenario.path("shocks")) {
            if (!s.path("round").canConvertToInt()) {
                throw new InputException(file + ": field 'scenario.shocks[].round': expected a whole number, got "
                        + s.path("round"));
            }
            String label = s.path("label").isTextual() ? s.get("label").asText() : "shock";
            shocks.add(new Shock(s.get("round").asInt(), label));
        }
        Map<String, Double> parameters = new TreeMap<>();
        for (Map.Entry<String, JsonNode> e : scenario.path("parameters").properties()) {
            if (e.getValue().isNumber()) {
                parameters.put(e.getKey(), e.getValue().asDouble());
            }
        }
        return new RunManifest(List.copyOf(focus), List.copyOf(shocks), Map.copyOf(parameters));
    }

    /** A parameter as run; an {@link InputException} naming the field if the manifest lacks it. */
    double parameter(Path runDir, String name) throws InputException {
        Double value = parameters.get(name);
        if (value == null) {
            throw new InputException(runDir.resolve(FILE) + ": field 'scenario.parameters." + name + "' is missing");
        }
        return value;
    }

    /** The display name of a {@code trust_in_usa_*} column, or the column turned into a name. */
    String focusName(String column) {
        return focus.stream().filter(f -> f.column().equals(column)).map(Focus::name).findFirst()
                .orElseGet(() -> RunSeries.fallbackName(column));
    }

    private static String text(Path file, JsonNode node, String field) throws InputException {
        String key = field.substring(field.lastIndexOf('.') + 1);
        if (!node.path(key).isTextual()) {
            throw new InputException(file + ": field '" + field + "': expected a string, got " + node.path(key));
        }
        return node.get(key).asText();
    }
}
