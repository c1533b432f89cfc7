package realign.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import realign.model.AllianceModel;
import realign.model.ModelInput;
import realign.model.RoundObserver;
import realign.scenario.ScenarioReader;

/**
 * One round of us-vote-2025 (shocks due, trust dynamics, renegotiation, blocs). Each invocation needs a model
 * at the start of that round; it is prepared in an untimed per-invocation setup (started, then stepped to the
 * round before). A round takes ~0.5 ms, well above the timer's resolution, so Level.Invocation is sound here.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Djava.awt.headless=true"})
public class RoundBenchmark {

    /** 1: the shock round; 12: a quiet round. */
    @Param({"1", "12"})
    public int round;

    private ModelInput input;
    private AllianceModel model;

    @Setup(Level.Trial)
    public void load() throws Exception {
        var loaded = ScenarioReader.read(Path.of("scenarios/us-vote-2025.yaml"), List.of());
        input = ModelInput.of(loaded.world(), loaded.scenario().modelSpec());
    }

    @Setup(Level.Invocation)
    public void toTheRoundBefore() {
        model = new AllianceModel(input, RoundObserver.NONE);
        model.start();
        for (int t = 1; t < round; t++) {
            model.schedule.step(model);
        }
    }

    @Benchmark
    public double oneRound() {
        model.schedule.step(model);
        return model.energy();
    }
}
