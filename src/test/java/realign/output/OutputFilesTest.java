package realign.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A replaced file is whole or as it was; stream errors name their file; leftovers are recognised. */
@SuppressWarnings("try") // a FaultyDisk is installed for the body of a try, which never names it
class OutputFilesTest {

    @Test
    void replaceThatFailsLeavesTheOldFileAndNoTemporaryFile(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("summary.csv");
        Files.writeString(f, "old\n");
        try (var disk = FaultyDisk.fillsAfter(10).install()) {
            assertThatThrownBy(() -> OutputFiles.replaceString(f, "a longer new content\n"))
                    .isInstanceOf(FileSystemException.class)
                    .satisfies(e -> assertThat(((FileSystemException) e).getReason()).isEqualTo("No space left on device"));
        }
        assertThat(f).hasContent("old");
        assertThat(listing(tmp)).containsExactly("summary.csv");
    }

    @Test
    void replaceOverwritesWholeAndStreamErrorsNameTheFile(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("manifest.json");
        Files.writeString(f, "half-writ");
        OutputFiles.replaceString(f, "{}\n");
        assertThat(f).hasContent("{}");
        try (var disk = FaultyDisk.fillsAfter(3).install()) {
            assertThatThrownBy(() -> OutputFiles.writeString(tmp.resolve("rounds.csv"), "round\n0\n"))
                    .isInstanceOf(FileSystemException.class)
                    .satisfies(e -> assertThat(IoFault.of(e).orElseThrow().path())
                            .isEqualTo(tmp.resolve("rounds.csv").toString()));
        }
    }

    @Test
    void temporaryFilesOfAKilledReplaceAreRemovedAndNothingElse(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve(".summary.csv.0123456789abcdef.tmp"), "half");
        Files.writeString(tmp.resolve(".hidden-note"), "mine");
        Files.writeString(tmp.resolve("summary.csv"), "whole");
        assertThat(OutputFiles.removeTemporary(tmp)).extracting(p -> p.getFileName().toString())
                .containsExactly(".summary.csv.0123456789abcdef.tmp");
        assertThat(listing(tmp)).containsExactly(".hidden-note", "summary.csv");
    }

    @Test
    void refusedFolderIsAPermissionFault(@TempDir Path tmp) throws Exception {
        try (var disk = FaultyDisk.refuses("locked").install()) {
            assertThatThrownBy(() -> OutputFiles.createDirectories(tmp.resolve("locked")))
                    .satisfies(e -> assertThat(IoFault.of(e).orElseThrow().kind()).isEqualTo(IoFault.Kind.PERMISSION));
        }
        assertThat(tmp.resolve("locked")).doesNotExist();
    }

    static java.util.List<String> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
