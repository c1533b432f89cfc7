package realign.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * Rounds run on arrays allocated once per run (docs/model.md §3; STYLE.md): after warm-up, a round of a run with
 * shocks, tariffs, deepening and trade agreements allocates (almost) nothing. The bound is far below one n×n array
 * of doubles (193² × 8 bytes = 298 KB), what a per-round allocation of model state would cost.
 */
class AllocationTest {

    private static final long BOUND_PER_ROUND = 16 * 1024;

    @Test
    void aRoundAllocatesFarLessThanOneMatrixOfState() {
        var bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        ModelInput input = ModelInput.of(Trajectory.load("repeated-shocks").world(),
                Trajectory.load("repeated-shocks", "rounds=24").scenario().modelSpec());
        long perRound = Long.MAX_VALUE;
        // several runs so that the JIT has compiled the phases; keep the quietest run
        for (int run = 0; run < 5; run++) {
            AllianceModel m = new AllianceModel(input, RoundObserver.NONE);
            m.start();
            for (int t = 1; t <= 2; t++) {
                m.schedule.step(m);
            }
            long before = bean.getThreadAllocatedBytes(Thread.currentThread().getId());
            for (int t = 3; t <= 24; t++) {
                m.schedule.step(m);
            }
            long allocated = bean.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
            perRound = Math.min(perRound, allocated / 22);
        }
        assertThat(perRound).as("bytes allocated per round (rounds 3-24, tariffs in round 3)").isLessThan(BOUND_PER_ROUND);
    }
}
