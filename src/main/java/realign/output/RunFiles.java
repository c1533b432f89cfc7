package realign.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import realign.observe.RunRecord;

/** Writes the files of one run (docs/outputs.md) into a folder, returning their names in writing order. */
public final class RunFiles {

    private RunFiles() {}

    public static List<String> write(Path dir, RunRecord record, byte[] scenarioBytes) throws IOException {
        List<String> names = new ArrayList<>();
        Files.write(dir.resolve("scenario.yaml"), scenarioBytes);
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
        return names;
    }
}
