package realign.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Runs the {@code realign} command line in-process, as the tests of the CLI and its outputs need it. */
public final class Cli {

    /** The shipped scenarios, relative to the project folder (the tests' working directory). */
    public static final Path SCENARIOS = Path.of("scenarios");

    private Cli() {}

    /** What one command printed and returned. */
    public record Result(int status, String out, String err) {}

    public static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(status, out.toString(), err.toString());
    }

    /** {@code scenarios/<name>.yaml}. */
    public static Path scenario(String name) {
        return SCENARIOS.resolve(name + ".yaml");
    }

    /** Runs {@code realign run} and fails with what it printed unless it succeeded. */
    public static Result runOk(String... runArgs) {
        String[] args = Stream.concat(Stream.of("run"), Stream.of(runArgs)).toArray(String[]::new);
        Result r = run(args);
        if (r.status() != Main.OK) {
            throw new AssertionError("realign " + String.join(" ", args) + " exited " + r.status() + ":\n" + r.err());
        }
        return r;
    }

    /** Every path under {@code root} (itself included) whose name contains ".partial-". */
    public static List<Path> partialFolders(Path root) {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> p.getFileName() != null && p.getFileName().toString().contains(".partial-"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
