package realign.experiment;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import realign.InputException;
import realign.cli.Main;

/**
 * Small sweep files written into a test's temporary folder (the shipped base scenario referenced by absolute
 * path), the CLI run in-process, and readers for the files a sweep writes.
 */
final class SweepFixture {

    /** The shipped base scenario; tests run from the project folder. */
    static final Path BASE = Path.of("scenarios", "us-vote-2025.yaml").toAbsolutePath();

    private SweepFixture() {}

    /** Writes {@code name} into {@code dir}: a {@code scenario:} line naming the base scenario, then {@code body}. */
    static Path sweepFile(Path dir, String name, String body) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, "scenario: '" + BASE + "'\n" + body, StandardCharsets.UTF_8);
        return file;
    }

    static Sweep read(Path file) throws IOException, InputException {
        return SweepReader.read(file, Files.readAllBytes(file), null);
    }

    /** What a command printed and returned. */
    record Cli(int status, String out, String err) {
        /** For assertion messages. */
        String transcript() {
            return "exit " + status + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    /** Runs {@code realign ARGS} in this JVM. */
    static Cli realign(Object... args) {
        String[] a = Stream.of(args).map(Object::toString).toArray(String[]::new);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.execute(a, new PrintWriter(out), new PrintWriter(err));
        return new Cli(status, out.toString(), err.toString());
    }

    /** The rows of a CSV file the sweep wrote (after its header). */
    static List<CSVRecord> rows(Path csv) throws IOException {
        return RunsFile.read(csv);
    }

    static List<String> header(Path csv) throws IOException {
        return RunsFile.header(csv);
    }

    /** The names in a folder, sorted (hidden ones too). */
    static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Lines of a file that end with a newline (a torn last line does not count). */
    static long completeLines(Path file) throws IOException {
        byte[] b = Files.readAllBytes(file);
        long n = 0;
        for (byte x : b) {
            if (x == '\n') {
                n++;
            }
        }
        return n;
    }

    /** Rows of runs.csv as maps, for readable assertions. */
    static List<Map<String, String>> runs(Path sweepDir) throws IOException {
        List<Map<String, String>> out = new ArrayList<>();
        for (CSVRecord r : rows(sweepDir.resolve("runs.csv"))) {
            out.add(r.toMap());
        }
        return out;
    }
}
