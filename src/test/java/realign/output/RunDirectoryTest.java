package realign.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import realign.InputException;

class RunDirectoryTest {

    private static long entries(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }

    @Test
    void anUnpublishedRunLeavesNothingBehind(@TempDir Path tmp) throws Exception {
        Path target = tmp.resolve("run");
        try (RunDirectory dir = RunDirectory.open(target, "--out")) {
            Files.writeString(dir.dir().resolve("rounds.csv"), "round\n0\n");
            assertThat(dir.dir().getFileName().toString()).startsWith(".run.partial-");
            assertThat(target).doesNotExist();
        }
        assertThat(target).doesNotExist();
        assertThat(entries(tmp)).isZero();
    }

    @Test
    void aPublishedRunAppearsWholeUnderItsName(@TempDir Path tmp) throws Exception {
        Path target = tmp.resolve("run");
        try (RunDirectory dir = RunDirectory.open(target, "--out")) {
            Files.writeString(dir.dir().resolve("rounds.csv"), "round\n0\n");
            dir.publish();
        }
        assertThat(target.resolve("rounds.csv")).hasContent("round\n0");
        assertThat(entries(tmp)).isEqualTo(1);
    }

    @Test
    void anExistingFolderIsRefusedBeforeAnythingIsWritten(@TempDir Path tmp) throws Exception {
        Path target = Files.createDirectories(tmp.resolve("run"));
        assertThatThrownBy(() -> RunDirectory.open(target, "--out")).isInstanceOf(InputException.class)
                .hasMessageContaining("does not exist yet");
        assertThat(entries(tmp)).isEqualTo(1);
    }

    @Test
    void aFolderThatAppearsWhileTheRunIsWrittenIsNotOverwritten(@TempDir Path tmp) throws Exception {
        Path target = tmp.resolve("run");
        try (RunDirectory dir = RunDirectory.open(target, "--out")) {
            Files.createDirectories(target);
            Files.writeString(target.resolve("other.txt"), "someone else's");
            assertThatThrownBy(dir::publish).isInstanceOf(InputException.class).hasMessageContaining("was not saved");
        }
        assertThat(target.resolve("other.txt")).hasContent("someone else's");
        assertThat(entries(tmp)).isEqualTo(1);
    }
}
