package realign.model;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Seeded scenario runs over which the invariant tests are checked: several seeds, trust noise, stronger
 * shocks, stronger betrayal and a higher drop threshold, and the two other shipped shock scenarios. Each run
 * is made once per test JVM and shared by the tests that read it.
 */
public final class Cases {

    /** A scenario with {@code --set} overrides. */
    public record Case(String scenario, List<String> overrides) {

        @Override
        public String toString() {
            return scenario + (overrides.isEmpty() ? "" : " " + String.join(" ", overrides));
        }

        public Trajectory run() {
            return RUNS.computeIfAbsent(this, c -> Trajectory.run(c.scenario, c.overrides.toArray(String[]::new)));
        }
    }

    private static final Map<Case, Trajectory> RUNS = new ConcurrentHashMap<>();

    private Cases() {}

    private static Case of(String scenario, String... overrides) {
        return new Case(scenario, List.of(overrides));
    }

    /** Runs with shocks; used by {@code @MethodSource("realign.model.Cases#shocked")}. */
    public static Stream<Case> shocked() {
        return Stream.of(
                of("us-vote-2025"),
                of("us-vote-2025", "seed=1", "trust.noise=0.01"),
                of("us-vote-2025", "seed=2", "trust.noise=0.05"),
                of("us-vote-2025", "seed=3", "shocks[0].salience=0.8", "shocks[1].salience=0.8"),
                of("us-vote-2025", "seed=4", "shock.betrayalAmplification=3", "renegotiation.dropThreshold=0.4",
                        "trust.noise=0.02"),
                of("us-abstains", "seed=5"),
                of("repeated-shocks", "seed=6", "trust.noise=0.01"),
                of("us-vote-2025", "seed=7", "renegotiation.upkeep=0", "renegotiation.deepenCap=0",
                        "renegotiation.betrayalMemory=0"),
                of("repeated-shocks", "seed=8", "renegotiation.upkeep=0.001", "renegotiation.cooldown=0",
                        "renegotiation.betrayalMemory=0", "economy.trustWeight=1"));
    }
}
