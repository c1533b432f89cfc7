package realign.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a shard's progress from its runs.csv, and the per-task state without SLURM. */
class JobStatusTest {

    @TempDir
    Path tmp;

    @Test
    void rowsCountWholeRunsOnlyEvenWithQuotedLineBreaksAndATornLastLine() throws Exception {
        Path csv = tmp.resolve("runs.csv");
        Files.writeString(csv, "run,status,error\n0,ok,\n4,failed,\"trust.reversion + trust.influence > 1\nat point 2\"\n"
                + "8,ok,\n12,o", StandardCharsets.UTF_8);
        assertThat(JobStatus.rows(csv)).isEqualTo(3);
        Files.writeString(csv, "run,status,error\n", StandardCharsets.UTF_8);
        assertThat(JobStatus.rows(csv)).isZero();
    }

    @Test
    void withoutSlurmTasksAreDoneFromTheirFoldersAndTheRestNotSubmitted() throws Exception {
        Path sweep = ClusterFixture.sweepFile(tmp.resolve("s.yaml"));
        SlurmOptions o = SlurmOptions.of(24, 5, null, null, null, null, null, null, List.of(), null);
        JobFolder f = SlurmJobs.create(ClusterFixture.read(sweep), sweep, o, ClusterFixture.jar(tmp.resolve("b")),
                tmp.resolve("jobs"));
        Files.createDirectories(f.shard(2, 5));
        Files.writeString(f.shard(2, 5).resolve("runs.csv"), "run\n1\n6\n11\n16\n21\n");
        Path partial = realign.output.PartialFolders.workFolder(f.shard(4, 5));
        Files.createDirectories(partial);
        Files.writeString(partial.resolve("runs.csv"), "run\n3\n8\n");
        JobStatus st = JobStatus.of(f, JobFolder.read(f.dir()), null);
        assertThat(st.tasks()).extracting(JobStatus.Task::state).containsExactly(JobStatus.State.NOT_SUBMITTED,
                JobStatus.State.DONE, JobStatus.State.NOT_SUBMITTED, JobStatus.State.NOT_SUBMITTED,
                JobStatus.State.NOT_SUBMITTED);
        // 24 runs in 5 shards: 5, 5, 5, 5, 4
        assertThat(st.tasks()).extracting(JobStatus.Task::runs).containsExactly(5, 5, 5, 5, 4);
        assertThat(st.tasks()).extracting(JobStatus.Task::runsDone).containsExactly(0, 5, 0, 2, 0);
        assertThat(st.runsDone()).isEqualTo(7);
        assertThat(st.toResubmit()).containsExactly(1, 3, 4, 5);
        assertThat(st.merge().state()).isEqualTo(JobStatus.State.NOT_SUBMITTED);
        assertThat(st.slurmNote()).isNull();
        assertThat(st.render()).contains("Runs done: 7/24 (29%); tasks: 1 done, 4 not submitted.");
    }
}
