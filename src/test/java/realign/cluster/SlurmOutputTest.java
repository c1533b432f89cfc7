package realign.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The parsers of SLURM's output, on lines printed by Slurm 22.05 (Debian 12) on the test cluster. */
class SlurmOutputTest {

    @Test
    void sbatchParsableGivesTheJobIdWithOrWithoutACluster() throws Exception {
        assertThat(Slurm.parseJobId("5\n")).isEqualTo("5");
        assertThat(Slurm.parseJobId("123456;hpc\n")).isEqualTo("123456");
        assertThatThrownBy(() -> Slurm.parseJobId("sbatch: error: Batch job submission failed"))
                .isInstanceOf(Slurm.CommandException.class).hasMessageContaining("expected a job id");
    }

    @Test
    void squeueLinesGiveOneStatePerArrayTask() {
        List<Slurm.JobState> s = Slurm.parseSqueue("""
                5_1|RUNNING|None
                5_3|PENDING|Resources
                6|PENDING|Dependency
                7_[3-5%2]|PENDING|JobArrayTaskLimit
                """);
        assertThat(s).extracting(Slurm.JobState::id)
                .containsExactly("5_1", "5_3", "6", "7_3", "7_4", "7_5");
        assertThat(s.get(0).running()).isTrue();
        assertThat(s.get(1).pending()).isTrue();
        assertThat(s.get(2).task()).isNull();
        assertThat(s.get(2).reason()).isEqualTo("Dependency");
        assertThat(s.get(5).pending()).isTrue();
    }

    @Test
    void scontrolOneLinersGiveArrayTasksAndPlainJobs() {
        List<Slurm.JobState> s = Slurm.parseScontrol("""
                JobId=10 ArrayJobId=10 ArrayTaskId=3 JobName=realign-small UserId=root(0) GroupId=root(0) \
                MCS_label=N/A Priority=4294901755 Nice=0 Account=(null) QOS=(null) JobState=COMPLETED Reason=None \
                Dependency=(null) Requeue=1 Restarts=0 BatchFlag=1 Reboot=0 ExitCode=0:0
                JobId=9 ArrayJobId=5 ArrayTaskId=3 JobName=realign-small UserId=root(0) GroupId=root(0) \
                JobState=CANCELLED Reason=None Dependency=(null) ExitCode=0:15
                JobId=6 JobName=realign-small-merge UserId=root(0) GroupId=root(0) MCS_label=N/A \
                Priority=4294901756 Nice=0 Account=(null) QOS=(null) JobState=CANCELLED \
                Reason=DependencyNeverSatisfied Dependency=afterok:5_*(failed) Requeue=1 Restarts=0
                """);
        assertThat(s).extracting(Slurm.JobState::id).containsExactly("10_3", "5_3", "6");
        assertThat(s).extracting(Slurm.JobState::state).containsExactly("COMPLETED", "CANCELLED", "CANCELLED");
        assertThat(s.get(2).reason()).isEqualTo("DependencyNeverSatisfied");
        assertThat(s).noneMatch(j -> j.pending() || j.running());
    }

    @Test
    void aPendingArrayNotYetSplitCountsForEachOfItsTasks() {
        List<Slurm.JobState> s = Slurm.parseScontrol(
                "JobId=20 ArrayJobId=20 ArrayTaskId=2-4 JobName=realign-x JobState=PENDING Reason=Resources\n");
        assertThat(s).extracting(Slurm.JobState::id).containsExactly("20_2", "20_3", "20_4");
    }
}
