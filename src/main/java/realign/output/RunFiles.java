package realign.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import realign.observe.RunRecord;

/** Writes the files of one run (docs/outputs.md) into a folder, returning their names in the manifest's order. */
public final class RunFiles {

    private RunFiles() {}

    /** Writes every file of the run and returns their names in writing order ({@link #names}). */
    public static List<String> write(Path dir, RunRecord record, byte[] scenarioBytes) throws IOException {
        writeFirst(dir, record, scenarioBytes);
        writeRest(dir, record);
        return names(record);
    }

    /** The names of the files {@link #write} writes, in the order the manifest lists them. */
    public static List<String> names(RunRecord record) {
        List<String> names = new ArrayList<>(List.of("scenario.yaml", "rounds.csv", "countries.csv", "ties.csv",
                "blocs.csv", "network-round-" + record.firstNetwork().round() + ".graphml",
                "network-round-" + record.lastNetwork().round() + ".graphml"));
        for (int round : record.trustMatrices().keySet()) {
            names.add("trust-round-" + round + ".csv");
        }
        names.add("blocs.json");
        names.add(HistoryPairs.FILE);
        return names;
    }

    /**
     * The small files, and all that the run overview figure reads ({@code rounds.csv}, {@code blocs.csv}, with
     * the manifest): {@code realign run} draws the overview while {@link #writeRest} writes the others.
     */
    public static void writeFirst(Path dir, RunRecord record, byte[] scenarioBytes) throws IOException {
        long t = realign.Timing.start();
        OutputFiles.write(dir.resolve("scenario.yaml"), scenarioBytes);
        CsvFiles.write(dir.resolve("rounds.csv"), record.rounds());
        CsvFiles.write(dir.resolve("ties.csv"), record.ties());
        CsvFiles.write(dir.resolve("blocs.csv"), record.blocs());
        realign.Timing.done("scenario.yaml, rounds, ties, blocs.csv", t);
    }

    /** The large files: countries.csv, the networks, the trust matrices and blocs.json. */
    public static void writeRest(Path dir, RunRecord record) throws IOException {
        long t = realign.Timing.start();
        CsvFiles.write(dir.resolve("countries.csv"), record.countries());
        realign.Timing.done("countries.csv", t);
        t = realign.Timing.start();
        GraphMl.write(dir.resolve("network-round-" + record.firstNetwork().round() + ".graphml"), record.firstNetwork());
        GraphMl.write(dir.resolve("network-round-" + record.lastNetwork().round() + ".graphml"), record.lastNetwork());
        realign.Timing.done("network-round-*.graphml", t);
        t = realign.Timing.start();
        for (var e : record.trustMatrices().entrySet()) {
            CsvFiles.write(dir.resolve("trust-round-" + e.getKey() + ".csv"), e.getValue());
        }
        realign.Timing.done("trust-round-*.csv", t);
        t = realign.Timing.start();
        writeBlocsJson(dir.resolve("blocs.json"), record);
        realign.Timing.done("blocs.json", t);
        t = realign.Timing.start();
        HistoryPairs.write(dir.resolve(HistoryPairs.FILE), record.world(),
                realign.model.Affinity.of(record.world(), record.scenario().history()));
        realign.Timing.done(HistoryPairs.FILE, t);
    }

    /** blocs.json: membership per round for other tools ({"rounds": [{"round", "date", "blocs": [...]}]}). */
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
            r.put("date", record.scenario().calendar().date(e.getKey()));
            r.put("blocs", blocs);
            rounds.add(r);
        }
        java.util.Map<String, Object> root = new java.util.LinkedHashMap<>();
        root.put("rounds", rounds);
        OutputFiles.writeString(file, new com.fasterxml.jackson.databind.ObjectMapper()
                .enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n");
    }
}
