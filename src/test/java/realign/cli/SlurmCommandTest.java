package realign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code realign slurm} without a cluster: the job folder it writes, bad input (exit 2, nothing written), and
 * {@code status} from the shard folders. Submission is tested on a real SLURM in SlurmClusterIT.
 */
class SlurmCommandTest {

    @TempDir
    Path tmp;

    private Path sweep;
    private Path jar;

    @BeforeEach
    void files() throws IOException {
        sweep = tmp.resolve("sweeps dir").resolve("tiny.yaml");
        Files.createDirectories(sweep.getParent());
        Files.writeString(sweep, "scenario: '" + Cli.scenario("us-vote-2025").toAbsolutePath() + "'\n" + """
                name: tiny
                seed: 5
                replicates: 2
                fixed:
                  rounds: 2
                design:
                  type: random
                  n: 5
                factors:
                  shock.salience: {min: 0.1, max: 0.8}
                outcomes:
                  - name: eu_trust_in_usa_end
                    metric: trust_in_usa_eu
                """, StandardCharsets.UTF_8);
        jar = tmp.resolve("realign.jar");
        Files.write(jar, new byte[] {'P', 'K', 3, 4});
    }

    private static long entries(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }

    @Test
    void writesTheJobFolderAndSaysHowToSubmitIt() throws IOException {
        Path out = tmp.resolve("jobs");
        Cli.Result r = Cli.run("slurm", sweep.toString(), "--tasks", "3", "--cpus-per-task", "2", "--time", "00:30:00",
                "--jar", jar.toString(), "--out", out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("Job folder: " + out.toAbsolutePath(), "3 tasks × 2 CPUs",
                "task i runs shard i/3 of tiny (10 runs)", "Submit: realign slurm resubmit");
        for (String f : new String[] {"array.sbatch", "merge.sbatch", "jobs.txt", "slurm.json", "realign.jar"}) {
            assertThat(out.resolve(f)).isRegularFile();
        }
        assertThat(out.resolve("logs")).isEmptyDirectory();
        assertThat(out.resolve("shards")).isEmptyDirectory();
        assertThat(Files.readString(out.resolve("jobs.txt"))).contains(sweep.toAbsolutePath().toString(),
                "3 array tasks; task i runs shard i/3 (10 runs: 3–4 per task) on 2 CPUs (--threads 2)",
                "time 00:30:00", "realign slurm resubmit");
        assertThat(Files.readString(out.resolve("array.sbatch"))).contains("#SBATCH --array=1-3",
                "#SBATCH --time=00:30:00");
        assertThat(entries(tmp)).isEqualTo(3); // sweeps dir, realign.jar, jobs: no .partial left
    }

    @Test
    void statusOfAFolderNeverSubmittedSaysToSubmitIt() {
        Path out = tmp.resolve("jobs");
        assertThat(Cli.run("slurm", sweep.toString(), "--tasks", "2", "--jar", jar.toString(), "--out", out.toString())
                .status()).isZero();
        Cli.Result st = Cli.run("slurm", "status", out.toString());
        assertThat(st.status()).as(st.err()).isZero();
        assertThat(st.out()).contains("Sweep tiny (10 runs) in 2 array tasks")
                .containsPattern("(?m)^ +1  1/2 +not submitted +- +- +0/5$")
                .containsPattern("(?m)^ +2  2/2 +not submitted +- +- +0/5$")
                .contains("Runs done: 0/10 (0%); tasks: 2 not submitted.", "Next: submit the jobs: realign slurm resubmit");
    }

    @Test
    void statusReadsFinishedShardsFromTheirFolders() throws IOException {
        Path out = tmp.resolve("jobs");
        assertThat(Cli.run("slurm", sweep.toString(), "--tasks", "2", "--jar", jar.toString(), "--out", out.toString())
                .status()).isZero();
        // shard 1 run by hand, as a task would: realign sweep --shard 1/2 into the task's folder
        Cli.Result shard = Cli.run("sweep", sweep.toString(), "--shard", "1/2", "--threads", "1", "--out",
                out.resolve("shards/shard-1-of-2").toString());
        assertThat(shard.status()).as(shard.err()).isZero();
        Cli.Result st = Cli.run("slurm", "status", out.toString());
        assertThat(st.out()).containsPattern("(?m)^ +1  1/2 +done +- +- +5/5$")
                .containsPattern("(?m)^ +2  2/2 +not submitted +- +- +0/5$")
                .contains("Runs done: 5/10 (50%)");
    }

    @Test
    void aBadSweepFileIsExit2AndNothingIsWritten() throws IOException {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, "scenario: '" + Cli.scenario("us-vote-2025").toAbsolutePath() + "'\nreplicates: many\n"
                + "factors:\n  shock.salience: {min: 0.1, max: 0.8}\noutcomes:\n  - metric: trust_in_usa_eu\n");
        Path out = tmp.resolve("jobs");
        Cli.Result r = Cli.run("slurm", bad.toString(), "--tasks", "2", "--jar", jar.toString(), "--out", out.toString());
        assertThat(r.status()).isEqualTo(Main.USER_ERROR);
        assertThat(r.err()).startsWith("realign: " + bad + ":2:").contains("replicates: expected");
        assertThat(out).doesNotExist();
        assertThat(tmp.resolve("jobs.partial")).doesNotExist();
    }

    @Test
    void tasksOutOfRangeAreExit2AndNothingIsWritten() {
        Path out = tmp.resolve("jobs");
        for (String n : new String[] {"0", "11", "-1"}) {
            Cli.Result r = Cli.run("slurm", sweep.toString(), "--tasks", n, "--jar", jar.toString(), "--out",
                    out.toString());
            assertThat(r.status()).isEqualTo(Main.USER_ERROR);
            assertThat(r.err()).isEqualTo("realign: --tasks: expected a whole number in [1, 10] (the sweep has 10"
                    + " runs; a task gets at least one), got " + n + System.lineSeparator());
            assertThat(out).doesNotExist();
        }
        Cli.Result none = Cli.run("slurm", sweep.toString(), "--jar", jar.toString(), "--out", out.toString());
        assertThat(none.status()).isEqualTo(Main.USER_ERROR);
        assertThat(none.err()).contains("--tasks: expected the number of array tasks");
        assertThat(out).doesNotExist();
    }

    @Test
    void anExistingJobFolderIsNeverOverwritten() throws IOException {
        Path out = tmp.resolve("jobs");
        Files.createDirectories(out);
        Files.writeString(out.resolve("mine.txt"), "keep");
        Cli.Result r = Cli.run("slurm", sweep.toString(), "--tasks", "2", "--jar", jar.toString(), "--out",
                out.toString());
        assertThat(r.status()).isEqualTo(Main.USER_ERROR);
        assertThat(r.err()).contains("--out: expected a folder that does not exist yet");
        assertThat(entries(out)).isEqualTo(1);
    }

    @Test
    void aMissingJarIsExit2() {
        Path out = tmp.resolve("jobs");
        Cli.Result r = Cli.run("slurm", sweep.toString(), "--tasks", "2", "--jar", tmp.resolve("nope.jar").toString(),
                "--out", out.toString());
        assertThat(r.status()).isEqualTo(Main.USER_ERROR);
        assertThat(r.err()).contains("nope.jar: --jar: expected the realign jar the jobs run", "got nothing there");
        assertThat(out).doesNotExist();
    }

    @Test
    void statusAndResubmitOfAFolderThatIsNotAJobFolderAreExit2() throws IOException {
        Files.createDirectories(tmp.resolve("plain"));
        for (String cmd : new String[] {"status", "resubmit"}) {
            Cli.Result r = Cli.run("slurm", cmd, tmp.resolve("plain").toString());
            assertThat(r.status()).isEqualTo(Main.USER_ERROR);
            assertThat(r.err()).contains("plain: expected a job folder written by 'realign slurm' (with slurm.json),"
                    + " got a folder without slurm.json");
        }
    }

    @Test
    void noSweepFileIsExit2() {
        Cli.Result r = Cli.run("slurm", "--tasks", "2");
        assertThat(r.status()).isEqualTo(Main.USER_ERROR);
        assertThat(r.err()).contains("slurm: expected a sweep file");
    }
}
