package realign.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import realign.InputException;
import realign.experiment.Sweep;
import realign.experiment.SweepReader;

/** A small sweep file (the shipped base scenario by absolute path) and job folders for it. */
final class ClusterFixture {

    static final Path BASE = Path.of("scenarios", "us-vote-2025.yaml").toAbsolutePath();

    private ClusterFixture() {}

    /** 12 points × 2 replicates = 24 runs of 3 rounds. */
    static Path sweepFile(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "scenario: '" + BASE + "'\n" + """
                name: tiny
                seed: 5
                replicates: 2
                fixed:
                  rounds: 3
                  trust.noise: 0.005
                design:
                  type: random
                  n: 12
                factors:
                  shock.salience: {min: 0.1, max: 0.8}
                outcomes:
                  - name: eu_trust_in_usa_end
                    metric: trust_in_usa_eu
                """, StandardCharsets.UTF_8);
        return file;
    }

    static Sweep read(Path file) throws IOException, InputException {
        return SweepReader.read(file, Files.readAllBytes(file), null);
    }

    /** Stands in for target/realign.jar when only the folder is written, never run: its bytes are copied. */
    static Path jar(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path jar = dir.resolve("realign.jar");
        Files.write(jar, new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        return jar;
    }
}
