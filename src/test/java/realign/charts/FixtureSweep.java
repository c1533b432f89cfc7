package realign.charts;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Copies of the committed fixture sweeps (src/test/resources/realign/charts/fixture-sweep-*): small real
 * sweeps of us-vote-2025 — {@code grid} (2 × 3 points, 4 replicates, series every 2 rounds), {@code sobol}
 * (3 factors, N = 8, series every 4 rounds) and {@code morris} (3 factors, 4 trajectories, 6 rounds).
 */
final class FixtureSweep {

    private FixtureSweep() {}

    /** A fresh copy of fixture {@code kind} ({@code grid}, {@code sobol} or {@code morris}) in dir/name. */
    static Path copy(String kind, Path dir, String name) throws IOException {
        return FixtureRun.copy("fixture-sweep-" + kind, dir, name);
    }
}
