package realign.charts;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of the committed fixture run for the map-like figures (src/test/resources/realign/charts/fixture-run-maps). */
final class MapFixtureRun {

    private MapFixtureRun() {}

    /** A fresh copy of the fixture in {@code dir}/{@code name}, without its README. */
    static Path copy(Path dir, String name) throws IOException {
        Path source;
        try {
            source = Path.of(MapFixtureRun.class.getResource("fixture-run-maps").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Path target = Files.createDirectories(dir.resolve(name));
        try (Stream<Path> files = Files.list(source)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (!f.getFileName().toString().equals("README.md")) {
                    Files.copy(f, target.resolve(f.getFileName()));
                }
            }
        }
        return target;
    }
}
