package realign.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import realign.model.Trajectory.Snapshot;

/**
 * docs/model.md §5, property 6: the same scenario and seed give the same state in every round, bit for bit,
 * whether runs are made one after another or side by side; another seed changes what the generator decides.
 */
class DeterminismTest {

    static Stream<Cases.Case> cases() {
        return Stream.of(
                new Cases.Case("us-vote-2025", List.of()),
                new Cases.Case("us-vote-2025", List.of("seed=3", "trust.noise=0.05")),
                new Cases.Case("repeated-shocks", List.of("seed=6", "trust.noise=0.01")),
                new Cases.Case("us-leaves-nato", List.of("seed=7", "trust.noise=0.02")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theSameScenarioAndSeedGiveAnIdenticalTrajectory(Cases.Case c) {
        String[] overrides = c.overrides().toArray(String[]::new);
        assertIdentical(Trajectory.run(c.scenario(), overrides), Trajectory.run(c.scenario(), overrides));
    }

    @Test
    void runsSideBySideInTwoThreadsEqualARunMadeAlone() throws Exception {
        String[] overrides = {"seed=11", "trust.noise=0.02"};
        Trajectory alone = Trajectory.run("repeated-shocks", overrides);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Trajectory>> runs = new ArrayList<>();
            for (int k = 0; k < 2; k++) {
                runs.add(pool.submit(() -> Trajectory.run("repeated-shocks", overrides)));
            }
            for (Future<Trajectory> f : runs) {
                assertIdentical(f.get(), alone);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void withTrustNoiseAnotherSeedGivesAnotherTrajectory() {
        Trajectory a = Trajectory.run("us-vote-2025", "seed=1", "trust.noise=0.01");
        Trajectory b = Trajectory.run("us-vote-2025", "seed=2", "trust.noise=0.01");

        assertThat(a.round(0).trust()).isEqualTo(b.round(0).trust());
        assertThat(a.round(1).trust()).isNotEqualTo(b.round(1).trust());
        assertThat(formedPairs(a)).isNotEqualTo(formedPairs(b));
    }

    /** Without noise the seed still orders the moves of bloc detection, which decides which label a bloc gets. */
    @Test
    void theSeedDecidesTheOrderOfBlocMoves() {
        Set<List<Integer>> labellings = new HashSet<>();
        for (long seed = 1; seed <= 4; seed++) {
            int[] bloc = Trajectory.run("us-vote-2025", "seed=" + seed, "rounds=1").round(0).bloc();
            labellings.add(java.util.Arrays.stream(bloc).boxed().toList());
        }
        assertThat(labellings).hasSizeGreaterThan(1);
    }

    private static List<String> formedPairs(Trajectory t) {
        List<String> out = new ArrayList<>();
        for (Snapshot s : t.rounds()) {
            s.events().stream().filter(e -> e.kind() != TieEvent.DISSOLVED)
                    .forEach(e -> out.add(s.round() + ":" + t.iso3(e.a()) + "-" + t.iso3(e.b())));
        }
        return out;
    }

    static void assertIdentical(Trajectory a, Trajectory b) {
        assertThat(b.rounds()).hasSameSizeAs(a.rounds());
        for (int t = 0; t <= a.last(); t++) {
            Snapshot x = a.round(t);
            Snapshot y = b.round(t);
            String round = "round " + t;
            assertThat(y.round()).isEqualTo(x.round());
            assertThat(y.trust()).as(round).isEqualTo(x.trust());
            assertThat(y.tie()).as(round).isEqualTo(x.tie());
            assertThat(y.multilateral()).as(round).isEqualTo(x.multilateral());
            assertThat(y.affinity()).as(round).isEqualTo(x.affinity());
            assertThat(y.bloc()).as(round).isEqualTo(x.bloc());
            assertThat(y.need()).as(round).isEqualTo(x.need());
            assertThat(y.support()).as(round).isEqualTo(x.support());
            assertThat(y.deficit()).as(round).isEqualTo(x.deficit());
            assertThat(y.seeking()).as(round).isEqualTo(x.seeking());
            assertThat(Double.doubleToLongBits(y.energy())).as(round).isEqualTo(Double.doubleToLongBits(x.energy()));
            assertThat(y.shocks()).as(round).isEqualTo(x.shocks());
            assertThat(y.events()).as(round).isEqualTo(x.events());
            assertThat(y.capability()).as(round).isEqualTo(x.capability());
        }
    }
}
