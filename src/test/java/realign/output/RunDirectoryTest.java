package realign.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import realign.InputException;

/** A run folder appears whole under its final name or not at all, and never replaces an existing one. */
class RunDirectoryTest {

    @Test
    void writesGoToAHiddenPartialFolderBesideTheTarget(@TempDir Path tmp) throws InputException {
        Path target = tmp.resolve("run");
        try (RunDirectory dir = RunDirectory.open(target, "--out")) {
            assertThat(dir.dir().getParent()).isEqualTo(tmp.toAbsolutePath().normalize());
            assertThat(dir.dir().getFileName().toString()).startsWith(".run.partial-");
            assertThat(dir.dir()).isEmptyDirectory();
            assertThat(target).doesNotExist();
        }
    }

    @Test
    void aRunThatFailsMidwayLeavesNoFolderAtAll(@TempDir Path tmp) throws IOException {
        Path target = tmp.resolve("run");

        assertThatThrownBy(() -> {
            try (RunDirectory dir = RunDirectory.open(target, "--out")) {
                Files.writeString(dir.dir().resolve("rounds.csv"), "round\n0\n");
                Files.createDirectories(dir.dir().resolve("figures"));
                Files.writeString(dir.dir().resolve("figures").resolve("half-drawn.svg"), "<svg");
                throw new IOException("disk full");
            }
        }).isInstanceOf(IOException.class).hasMessage("disk full");

        assertThat(target).doesNotExist();
        assertThat(list(tmp)).isEmpty();
    }

    @Test
    void closingWithoutPublishingRemovesTheTemporaryFolder(@TempDir Path tmp) throws IOException, InputException {
        Path target = tmp.resolve("run");
        Path temp;
        try (RunDirectory dir = RunDirectory.open(target, "--out")) {
            temp = dir.dir();
            Files.writeString(temp.resolve("ties.csv"), "round,a,b,event,value\n");
        }

        assertThat(temp).doesNotExist();
        assertThat(target).doesNotExist();
        assertThat(list(tmp)).isEmpty();
    }

    @Test
    void publishingRenamesTheWholeFolderAndLeavesNoPartialFolder(@TempDir Path tmp)
            throws IOException, InputException {
        Path target = tmp.resolve("results").resolve("us-vote-2025-20250224-120000-1");
        Path published;
        try (RunDirectory dir = RunDirectory.open(target, "results folder")) {
            Files.writeString(dir.dir().resolve("rounds.csv"), "round\n0\n");
            Files.createDirectories(dir.dir().resolve("figures"));
            Files.writeString(dir.dir().resolve("figures").resolve("a.svg"), "<svg/>");
            published = dir.publish();
        }

        assertThat(published).isEqualTo(target.toAbsolutePath().normalize());
        assertThat(target.resolve("rounds.csv")).hasContent("round\n0\n");
        assertThat(target.resolve("figures").resolve("a.svg")).hasContent("<svg/>");
        assertThat(list(target.getParent())).containsExactly(target);
    }

    @Test
    void openingAnExistingFolderIsAnInputErrorAndTouchesNothing(@TempDir Path tmp) throws IOException {
        Path target = Files.createDirectory(tmp.resolve("run"));
        Path kept = Files.writeString(target.resolve("manifest.json"), "{}");

        assertThatThrownBy(() -> RunDirectory.open(target, "--out"))
                .isInstanceOf(InputException.class)
                .hasMessage(target + ": --out: expected a folder that does not exist yet (realign never overwrites a"
                        + " run), got an existing folder");

        assertThat(list(tmp)).containsExactly(target);
        assertThat(list(target)).containsExactly(kept);
        assertThat(kept).hasContent("{}");
    }

    @Test
    void openingAnExistingFileIsAnInputError(@TempDir Path tmp) throws IOException {
        Path target = Files.writeString(tmp.resolve("run"), "x");

        assertThatThrownBy(() -> RunDirectory.open(target, "--out"))
                .isInstanceOf(InputException.class)
                .hasMessageEndingWith("got an existing file");
        assertThat(target).hasContent("x");
    }

    @Test
    void checkFreeCreatesNothing(@TempDir Path tmp) throws IOException, InputException {
        RunDirectory.checkFree(tmp.resolve("a").resolve("b"), "--out");

        assertThat(list(tmp)).isEmpty();
    }

    @Test
    void publishingOverAFolderThatAppearedMeanwhileFailsAndKeepsBoth(@TempDir Path tmp)
            throws IOException, InputException {
        Path target = tmp.resolve("run");
        Path temp;
        try (RunDirectory dir = RunDirectory.open(target, "--out")) {
            temp = dir.dir();
            Files.writeString(temp.resolve("rounds.csv"), "round\n0\n");
            Files.createDirectory(target);
            Files.writeString(target.resolve("other.txt"), "someone else's");

            assertThatThrownBy(dir::publish).isInstanceOf(InputException.class)
                    .hasMessageContaining("this run was not saved");
        }

        assertThat(temp).doesNotExist();
        assertThat(list(target)).containsExactly(target.resolve("other.txt"));
        assertThat(target.resolve("other.txt")).hasContent("someone else's");
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
