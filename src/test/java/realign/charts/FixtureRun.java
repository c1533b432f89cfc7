package realign.charts;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of the committed fixture run (src/test/resources/realign/charts/fixture-run) for tests to draw or spoil. */
final class FixtureRun {

    private FixtureRun() {}

    /** A fresh copy of the fixture run in {@code dir}/{@code name}. */
    static Path copy(Path dir, String name) throws IOException {
        return copy("fixture-run", dir, name);
    }

    /** A fresh copy of the committed fixture folder {@code fixture} (beside this class) in {@code dir}/{@code name}. */
    static Path copy(String fixture, Path dir, String name) throws IOException {
        Path source;
        try {
            source = Path.of(FixtureRun.class.getResource(fixture).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Path target = Files.createDirectories(dir.resolve(name));
        try (Stream<Path> files = Files.list(source)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, target.resolve(f.getFileName()));
            }
        }
        return target;
    }

    /** Replaces the first occurrence of {@code from} in {@code file}, which must contain it. */
    static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (!text.contains(from)) {
            throw new IllegalArgumentException(file + " does not contain " + from);
        }
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)), StandardCharsets.UTF_8);
    }
}
