package realign.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import realign.observe.RunRecord;

/** Writes the files of one run (docs/outputs.md) into a folder, returning their names in writing order. */
public final class RunFiles {

    private RunFiles() {}

    public static List<String> write(Path dir, RunRecord record, byte[] scenarioBytes) throws IOException {
        List<String> names = new ArrayList<>();
        OutputFiles.write(dir.resolve("scenario.yaml"), scenarioBytes);
        names.add("scenario.yaml");
        CsvFiles.write(dir.resolve("rounds.csv"), record.rounds());
        names.add("rounds.csv");
        CsvFiles.write(dir.resolve("countries.csv"), record.countries());
        names.add("countries.csv");
        CsvFiles.write(dir.resolve("ties.csv"), record.ties());
        names.add("ties.csv");
        CsvFiles.write(dir.resolve("blocs.csv"), record.blocs());
        names.add("blocs.csv");
        String first = "network-round-" + record.firstNetwork().round() + ".graphml";
        GraphMl.write(dir.resolve(first), record.firstNetwork());
        names.add(first);
        String last = "network-round-" + record.lastNetwork().round() + ".graphml";
        GraphMl.write(dir.resolve(last), record.lastNetwork());
        names.add(last);
        for (var e : record.trustMatrices().entrySet()) {
            String name = "trust-round-" + e.getKey() + ".csv";
            CsvFiles.write(dir.resolve(name), e.getValue());
            names.add(name);
        }
        writeBlocsJson(dir.resolve("blocs.json"), record);
        names.add("blocs.json");
        return names;
    }

    /** blocs.json: membership per round for other tools ({"rounds": [{"round", "blocs": [...]}]}). */
    private static void writeBlocsJson(Path file, RunRecord record) throws IOException {
        java.util.List<Object> rounds = new ArrayList<>();
        for (var e : record.blocsByRound().entrySet()) {
            java.util.List<Object> blocs = new ArrayList<>();
            for (RunRecord.Bloc b : e.getValue()) {
                if (b.members().isEmpty()) {
                    continue;
                }
                java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
                m.put("label", b.label());
                m.put("name", b.name().isEmpty() ? null : b.name());
                m.put("size", b.members().size());
                m.put("capability_share", b.capabilityShare());
                m.put("members", b.members());
                blocs.add(m);
            }
            java.util.Map<String, Object> r = new java.util.LinkedHashMap<>();
            r.put("round", e.getKey());
            r.put("blocs", blocs);
            rounds.add(r);
        }
        java.util.Map<String, Object> root = new java.util.LinkedHashMap<>();
        root.put("rounds", rounds);
        OutputFiles.writeString(file, new com.fasterxml.jackson.databind.ObjectMapper()
                .enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n");
    }
}
