package realign.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The model knows nothing of scenario files, output, charts or the console (STYLE.md, "One path for the
 * data"): its sources name no realign package but the world and bloc detection.
 */
class ModelDependenciesTest {

    private static final Pattern REALIGN_PACKAGE = Pattern.compile("\\brealign\\.([a-z]+)\\.");

    @Test
    void theModelPackageNamesOnlyTheWorldAndBlocPackages() throws IOException {
        Path dir = Path.of("src/main/java/realign/model");
        List<Path> sources;
        try (Stream<Path> files = Files.list(dir)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        assertThat(sources).isNotEmpty();
        TreeSet<String> named = new TreeSet<>();
        for (Path p : sources) {
            Matcher m = REALIGN_PACKAGE.matcher(Files.readString(p));
            while (m.find()) {
                if (!m.group(1).equals("model")) {
                    named.add(m.group(1) + " (in " + p.getFileName() + ")");
                }
            }
        }
        assertThat(named).allSatisfy(s -> assertThat(s).matches("(world|blocs) \\(in .*"));
    }
}
