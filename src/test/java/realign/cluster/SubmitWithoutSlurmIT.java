package realign.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code realign slurm --submit} where SLURM is not installed (a PATH without sbatch), on target/realign.jar:
 * exit 2, the job folder is written all the same, and the message says how to submit it.
 */
class SubmitWithoutSlurmIT {

    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    @TempDir
    Path tmp;

    @Test
    void submitWithoutSbatchIsExit2ButTheFolderIsWrittenAndTheMessageSaysHowToSubmitIt() throws Exception {
        Path sweep = ClusterFixture.sweepFile(tmp.resolve("sweep.yaml"));
        Path jobs = tmp.resolve("jobs");
        ProcessBuilder pb = new ProcessBuilder(JAVA.toString(), "-jar", PROJECT.resolve("target/realign.jar").toString(),
                "slurm", sweep.toString(), "--tasks", "3", "--out", jobs.toString(), "--submit");
        pb.environment().put("PATH", JAVA.getParent().toString());
        Path err = tmp.resolve("err.txt");
        pb.redirectError(err.toFile()).redirectOutput(tmp.resolve("out.txt").toFile());
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String message = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(message).isEqualTo(2);
        assertThat(message).isEqualTo("realign: sbatch: expected SLURM's sbatch on the PATH to submit the jobs, got"
                + " none; the job folder " + jobs + " is ready: submit it where SLURM is installed with 'realign slurm"
                + " resubmit '" + jobs + "'' (or by hand, see jobs.txt)\n");
        for (String f : List.of("array.sbatch", "merge.sbatch", "jobs.txt", "slurm.json", "realign.jar")) {
            assertThat(jobs.resolve(f)).isRegularFile();
        }
        // the jar the jobs run is the one this command ran from
        assertThat(jobs.resolve("realign.jar")).hasSameBinaryContentAs(PROJECT.resolve("target/realign.jar"));
        assertThat(JobFolder.read(jobs).submissions()).isEmpty();
    }
}
