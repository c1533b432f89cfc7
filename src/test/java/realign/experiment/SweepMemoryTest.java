package realign.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep does not hold its runs in memory: results are appended to runs.csv as they come, in run order, and
 * the reorder buffer that puts them in order never holds more than its window (a few results per thread),
 * however many runs the sweep has. This checks the structure rather than heap size: a run's result is a few
 * numbers, so even a sweep that kept all 2,000 of them would fit in any heap a test could set.
 */
class SweepMemoryTest {

    @Test
    void runsAreAppendedAsTheyFinishAndTheReorderBufferNeverExceedsItsWindow(@TempDir Path tmp) throws Exception {
        // random rounds 1-3 make runs of different lengths, so they finish out of order and the buffer is used
        Sweep sweep = SweepFixture.read(SweepFixture.sweepFile(tmp, "many.yaml", """
                name: many
                seed: 5
                design: {type: random, n: 2000}
                factors:
                  rounds: {min: 1, max: 3}
                  shock.salience: {min: 0.1, max: 0.8}
                outcomes:
                  - {name: eu_trust_end, metric: trust_in_usa_eu, summary: final}
                """));
        int threads = 2;
        Path dir = Files.createDirectories(tmp.resolve(".many.partial"));
        SweepExecutor.start(sweep, dir);
        Path runsCsv = dir.resolve("runs.csv");
        List<Integer> todo = SweepExecutor.runsOf(sweep, Shard.ALL);
        assertThat(todo).hasSize(2000);

        Set<Long> rowsSeenWhileRunning = new TreeSet<>();
        ExecutorService caller = Executors.newSingleThreadExecutor();
        try (Progress progress = new Progress(new PrintWriter(Writer.nullWriter()), todo.size(), 0, false)) {
            Future<Integer> sweepDone = caller.submit(() -> SweepExecutor.execute(sweep, dir, todo, threads, progress));
            long giveUp = System.nanoTime() + TimeUnit.MINUTES.toNanos(5); // a hung sweep, not a slow one
            while (!sweepDone.isDone() && System.nanoTime() < giveUp) {
                rowsSeenWhileRunning.add(SweepFixture.completeLines(runsCsv) - 1);
                Thread.sleep(2);
            }
            assertThat(sweepDone).as("the sweep finishes within 5 minutes").isDone();
            assertThat(sweepDone.get()).as("failed runs").isZero();
        } finally {
            caller.shutdownNow();
        }

        assertThat(SweepExecutor.lastMaxPending).as("results held at once: a few per thread").isBetween(1, 4 * threads);
        assertThat(rowsSeenWhileRunning).as("runs.csv grows while the sweep runs")
                .filteredOn(rows -> rows > 0 && rows < todo.size()).hasSizeGreaterThan(10);
        List<CSVRecord> rows = SweepFixture.rows(runsCsv);
        assertThat(rows).extracting(r -> Integer.parseInt(r.get("run"))).as("rows in run order")
                .containsExactlyElementsOf(todo);
        assertThat(rows).extracting(r -> r.get("rounds")).as("runs of different lengths").contains("1", "2", "3");
    }
}
