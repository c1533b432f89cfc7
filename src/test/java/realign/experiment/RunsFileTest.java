package realign.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import realign.output.FaultyDisk;
import realign.output.IoFault;

/** runs.csv on a disk that fills in the middle of a row: the row stays torn (and is cut on resume), never glued. */
@SuppressWarnings("try") // a FaultyDisk is installed for the body of a try, which never names it
class RunsFileTest {

    @Test
    void rowThatFailedHalfWrittenIsNotCompletedLaterWhenSpaceIsFreed(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("runs.csv");
        FaultyDisk disk = FaultyDisk.fillsAfter(16);
        try (var d = disk.install()) {
            RunsFile runs = RunsFile.create(file, List.of("run", "status", "x"));
            assertThatThrownBy(() -> runs.append(List.of("0", "ok", "0.123456789")))
                    .satisfies(e -> assertThat(IoFault.of(e).orElseThrow().kind()).isEqualTo(IoFault.Kind.NO_SPACE));
            disk.free(1_000_000);
            runs.close();
        }
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("run,status,x\n0,o");

        RunsFile.reopen(file).close();

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("run,status,x\n");
        assertThat(RunsFile.read(file)).isEmpty();
    }
}
