package realign.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A sweep compiles a design point's input once and gives each replicate its seed ({@link ModelInput#withSeed}): the
 * run of the re-seeded input must be the run of an input compiled with that seed, state for state.
 */
class ModelInputWithSeedTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("us-vote-2025", List.of("trust.noise=0.01"), 7L),
                Arguments.of("calendar-2025", List.of("trust.noise=0.005"), 20250224L),
                Arguments.of("us-leaves-nato", List.of("trust.noise=0.02", "renegotiation.negotiationMonths=1"), 3L));
    }

    @ParameterizedTest(name = "{0} {1}, seed {2}")
    @MethodSource("cases")
    void aReseededInputRunsAsTheInputCompiledWithThatSeed(String scenario, List<String> overrides, long seed) {
        ModelInput other = input(scenario, overrides, seed + 1000);
        ModelInput compiled = input(scenario, overrides, seed);

        List<Trajectory.Snapshot> reseeded = Trajectory.of(other.withSeed(seed)).rounds();
        List<Trajectory.Snapshot> direct = Trajectory.of(compiled).rounds();

        assertThat(other.withSeed(seed).seed()).isEqualTo(seed);
        assertThat(reseeded).hasSameSizeAs(direct);
        for (int t = 0; t < direct.size(); t++) {
            Trajectory.Snapshot a = reseeded.get(t);
            Trajectory.Snapshot b = direct.get(t);
            assertThat(a.trust()).as("trust at round %d", t).isEqualTo(b.trust());
            assertThat(a.tie()).as("ties at round %d", t).isEqualTo(b.tie());
            assertThat(a.bloc()).as("blocs at round %d", t).isEqualTo(b.bloc());
            assertThat(a.events()).as("events at round %d", t).isEqualTo(b.events());
            assertThat(a.economy().tie()).as("economic ties at round %d", t).isEqualTo(b.economy().tie());
        }
        // the noise depends on the seed: the two seeds give different runs, so the check above can fail
        assertThat(Trajectory.of(other).rounds().get(direct.size() - 1).trust())
                .isNotEqualTo(direct.get(direct.size() - 1).trust());
    }

    @Test
    void aReseededInputSharesEveryFieldButTheSeed() throws IllegalAccessException {
        ModelInput input = input("calendar-2025", List.of(), 1);
        ModelInput reseeded = input.withSeed(2);

        assertThat(input.withSeed(1)).isSameAs(input);
        int compared = 0;
        for (Field f : ModelInput.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            f.setAccessible(true);
            if (f.getName().equals("seed")) {
                assertThat(f.getLong(reseeded)).isEqualTo(2);
            } else if (f.getType().isPrimitive()) {
                assertThat(f.get(reseeded)).as(f.getName()).isEqualTo(f.get(input));
            } else {
                assertThat(f.get(reseeded)).as(f.getName()).isSameAs(f.get(input));
            }
            compared++;
        }
        assertThat(compared).as("fields compared").isGreaterThan(15);
    }

    private static ModelInput input(String scenario, List<String> overrides, long seed) {
        String[] all = Stream.concat(overrides.stream(), Stream.of("seed=" + seed)).toArray(String[]::new);
        var loaded = Trajectory.load(scenario, all);
        return ModelInput.of(loaded.world(), loaded.scenario().modelSpec());
    }
}
