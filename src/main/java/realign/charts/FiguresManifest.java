package realign.charts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import realign.InputException;

/**
 * {@code figures/figures.json}: what {@code realign plot} drew into a result folder after the run or sweep wrote it
 * (docs/outputs.md, figures). The folder's {@code manifest.json} stays exactly as the run wrote it (so two runs of
 * the same scenario and seed stay byte-identical, and the manifest says what the run wrote); this file lists every
 * figure file {@code plot} has written since, one entry per file (the latest drawing), with the figure, format,
 * width, realign version and time, and whether it replaced a file the manifest lists.
 */
public final class FiguresManifest {

    /** The file, relative to the result folder. */
    public static final String FILE = RunFigures.FIGURES + "/figures.json";

    private FiguresManifest() {}

    /**
     * Records {@code written} (files under {@code dir/figures}) as drawn by {@code realign plot} with
     * {@code options} at {@code drawnAt} (ISO 8601), merging with the entries already there. Written to a temporary
     * file and moved into place, so a reader never sees half a file.
     */
    public static void record(Path dir, List<Path> written, Figures.Options options, String version, String drawnAt)
            throws IOException, InputException {
        if (written.isEmpty()) {
            return;
        }
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Path file = dir.resolve(FILE);
        Map<String, JsonNode> entries = new TreeMap<>();
        if (Files.isRegularFile(file)) {
            try {
                for (JsonNode e : json.readTree(file.toFile()).path("figures")) {
                    entries.put(e.path("file").asText(), e);
                }
            } catch (JsonProcessingException e) {
                throw new InputException(file + ": not valid JSON: " + e.getOriginalMessage(), e);
            }
        }
        Set<String> runOutputs = manifestOutputs(dir, json);
        for (Path p : written) {
            String rel = dir.relativize(p).toString().replace('\\', '/');
            String name = p.getFileName().toString();
            int dot = name.lastIndexOf('.');
            ObjectNode e = json.createObjectNode();
            e.put("file", rel);
            e.put("figure", name.substring(0, dot));
            e.put("format", name.substring(dot + 1));
            e.put("width", options.width().option());
            e.put("drawn_by", "realign plot");
            e.put("realign_version", version);
            e.put("drawn_at", drawnAt);
            e.put("replaces_manifest_output", runOutputs.contains(rel));
            entries.put(rel, e);
        }
        ObjectNode root = json.createObjectNode();
        root.put("about", "figure files drawn by 'realign plot' after the folder was written; manifest.json lists"
                + " what the run or sweep itself wrote");
        ArrayNode list = root.putArray("figures");
        entries.values().forEach(list::add);
        Path temp = file.resolveSibling(".figures.json.tmp");
        Files.writeString(temp, json.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The {@code outputs} of the folder's manifest.json; empty if it has none. */
    private static Set<String> manifestOutputs(Path dir, ObjectMapper json) throws IOException, InputException {
        Path manifest = dir.resolve("manifest.json");
        Set<String> out = new HashSet<>();
        if (!Files.isRegularFile(manifest)) {
            return out;
        }
        try {
            for (JsonNode o : json.readTree(Files.readString(manifest, StandardCharsets.UTF_8)).path("outputs")) {
                out.add(o.asText());
            }
        } catch (JsonProcessingException e) {
            throw new InputException(manifest + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        return out;
    }
}
