package realign.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import realign.model.AllianceModel;
import realign.model.ModelInput;
import realign.model.RoundObserver;
import realign.observe.RunRecord;
import realign.scenario.ScenarioReader;

/**
 * One full us-vote-2025 run: 193 countries, prior trust and its fixed point, blocs at round 0, 24 rounds
 * (docs/benchmarks.md). Target: at most 20 ms warm on a 2-core machine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Djava.awt.headless=true"})
public class RunBenchmark {

    /** The shipped scenario run (issue 11 targets: us-vote-2025 ≤ 12 ms, calendar-2025 ≤ 20 ms). */
    @Param({"us-vote-2025", "calendar-2025"})
    public String scenario;

    private ScenarioReader.Loaded loaded;
    private ModelInput input;

    @Setup
    public void load() throws Exception {
        loaded = ScenarioReader.read(Path.of("scenarios/" + scenario + ".yaml"), List.of());
        input = ModelInput.of(loaded.world(), loaded.scenario().modelSpec());
    }

    /** The model alone: initial state (LU fixed point), round-0 blocs and 24 rounds, recording nothing. */
    @Benchmark
    public double fullRun() {
        AllianceModel m = new AllianceModel(input, RoundObserver.NONE);
        m.run();
        return m.energy();
    }

    /** As {@link #fullRun()}, compiling world and scenario into the model's arrays first. */
    @Benchmark
    public double fullRunWithInput() {
        AllianceModel m = new AllianceModel(ModelInput.of(loaded.world(), loaded.scenario().modelSpec()), RoundObserver.NONE);
        m.run();
        return m.energy();
    }

    /** As {@link #fullRun()}, recording every table of the run (what {@code realign run} keeps). */
    @Benchmark
    public void fullRunRecorded(Blackhole bh) {
        RunRecord record = new RunRecord(loaded.world(), loaded.scenario());
        new AllianceModel(input, record).run();
        bh.consume(record.rounds().rows().size());
        bh.consume(record.countries().rows().size());
    }

    /** The initial state alone: prior trust, the fixed point by one LU decomposition, round-0 blocs. */
    @Benchmark
    public double initialState() {
        AllianceModel m = new AllianceModel(input, RoundObserver.NONE);
        m.start();
        return m.energy();
    }
}
