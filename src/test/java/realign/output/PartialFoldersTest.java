package realign.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The work folder of a sweep, merge or calibration beside its target, and the way back from it. */
class PartialFoldersTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"sens, .sens.partial", ".hidden, ..hidden.partial", "a.b, .a.b.partial",
        "sens-20260101-120000-shard-1-of-4, .sens-20260101-120000-shard-1-of-4.partial"})
    void theWorkFolderIsHiddenBesideTheTargetAndLeadsBackToIt(String name, String work) {
        Path target = Path.of("results", name);
        assertThat(PartialFolders.workFolder(target)).isEqualTo(Path.of("results", work));
        assertThat(PartialFolders.targetOf(PartialFolders.workFolder(target))).isEqualTo(target);
        if (!name.startsWith(".")) { // .hidden.partial reads as the hidden work folder of hidden, as it is now
            assertThat(PartialFolders.targetOf(PartialFolders.visibleWorkFolder(target))).isEqualTo(target);
        }
        assertThat(PartialFolders.targetOf(target)).isEqualTo(target);
    }

    @Test
    void theVisibleFolderOfVersion01IsUsedOnlyWhenNoHiddenOneExists(@TempDir Path tmp) throws Exception {
        Path target = tmp.resolve("sweep");
        Path hidden = tmp.resolve(".sweep.partial");
        Path visible = tmp.resolve("sweep.partial");
        assertThat(PartialFolders.existingWorkFolder(target)).isEqualTo(hidden);
        assertThat(PartialFolders.resumeFolder(target)).isEqualTo(hidden);
        Files.createDirectories(visible);
        assertThat(PartialFolders.existingWorkFolder(target)).isEqualTo(visible);
        assertThat(PartialFolders.resumeFolder(target)).isEqualTo(visible);
        assertThat(PartialFolders.resumeFolder(visible)).isEqualTo(visible);
        assertThat(PartialFolders.resumeFolder(hidden)).as("named but absent: the one to continue").isEqualTo(visible);
        Files.createDirectories(hidden);
        assertThat(PartialFolders.existingWorkFolder(target)).isEqualTo(hidden);
        assertThat(PartialFolders.resumeFolder(visible)).as("named and present: used as it is").isEqualTo(visible);
        assertThat(PartialFolders.resumeFolder(hidden)).isEqualTo(hidden);
    }
}
