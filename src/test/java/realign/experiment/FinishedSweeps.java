package realign.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Compares a finished sweep folder with one that was never interrupted, file by file. */
final class FinishedSweeps {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FinishedSweeps() {}

    /** Every path under {@code dir}, relative, sorted; hidden ones too. */
    static List<String> tree(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(p -> !p.equals(dir)).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted()
                    .toList();
        }
    }

    /**
     * Same files, same bytes; the manifests agree except for their {@code execution} block (threads, start time,
     * wall time, whether resumed), the only part documented to differ between equivalent sweeps.
     */
    static void assertSameSweep(Path actual, Path reference) throws IOException {
        List<String> files = tree(reference);
        assertThat(tree(actual)).as("the files of %s", actual).isEqualTo(files);
        for (String f : files) {
            Path a = actual.resolve(f);
            Path r = reference.resolve(f);
            if (Files.isDirectory(r)) {
                continue;
            }
            if (f.equals("manifest.json")) {
                assertThat(withoutExecution(a)).as(f).isEqualTo(withoutExecution(r));
            } else {
                assertThat(Files.readAllBytes(a)).as(f).isEqualTo(Files.readAllBytes(r));
            }
        }
    }

    private static JsonNode withoutExecution(Path manifest) throws IOException {
        JsonNode m = JSON.readTree(manifest.toFile());
        assertThat(m.has("execution")).isTrue();
        ((ObjectNode) m).remove("execution");
        return m;
    }
}
