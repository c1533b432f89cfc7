package realign.charts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Copies of the committed fixture run for the map-like figures (src/test/resources/realign/charts/fixture-run-maps). */
final class MapFixtureRun {

    private MapFixtureRun() {}

    /** A fresh copy of the fixture in {@code dir}/{@code name}, without its README. */
    static Path copy(Path dir, String name) throws IOException {
        Path target = FixtureRun.copy("fixture-run-maps", dir, name);
        Files.deleteIfExists(target.resolve("README.md"));
        return target;
    }
}
