package realign.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import realign.scenario.ScenarioReader;
import realign.world.Vote;

/**
 * docs/model.md §5, property 5: the same vote lowers trust more when it comes from an ally (κB &gt; 0). The
 * shock is applied to the initial state T(0) of us-vote-2025 directly, so nothing else moves trust.
 */
class BetrayalTest {

    private static final String ACTOR = "USA";
    /** A NATO ally of the U.S. (W = 1)... */
    private static final String ALLY = "DEU";
    /** ...and an EU member without a tie to the U.S. whose initial trust in it is close to Germany's. */
    private static final String STRANGER = "AUT";

    /** Trust of ALLY and STRANGER in the U.S. before and after the U.S. votes against both. */
    private record Drop(double allyBefore, double allyAfter, double strangerBefore, double strangerAfter) {

        double allyLogit() {
            return logit(allyBefore) - logit(allyAfter);
        }

        double strangerLogit() {
            return logit(strangerBefore) - logit(strangerAfter);
        }
    }

    @ParameterizedTest(name = "salience {0}")
    @ValueSource(doubles = {0.1, 0.35, 1.0})
    void betrayalByAnAllyLowersTrustMoreThanTheSameVoteByAStranger(double salience) {
        Drop d = usVotesAgainstAllyAndStranger(salience);

        assertThat(Math.abs(d.allyBefore() - d.strangerBefore())).as("similar prior trust").isLessThan(0.02);
        assertThat(d.allyBefore() - d.allyAfter()).isGreaterThan(d.strangerBefore() - d.strangerAfter());
        // §2: the log-odds move by s·(1 + κB·W)·ln(q_r/q_u); W = 1 for the ally, 0 for the stranger, κB = 1
        assertThat(d.allyLogit()).isCloseTo(2 * d.strangerLogit(), within(1e-9));
        assertThat(d.strangerLogit()).isCloseTo(-salience * Math.log(0.02 / 0.30), within(1e-9));
    }

    @Test
    void withoutBetrayalAmplificationAnAllyAndAStrangerLoseTheSameLogOddsOfTrust() {
        Drop d = usVotesAgainstAllyAndStranger(0.35, "shock.betrayalAmplification=0");

        assertThat(d.strangerLogit()).isPositive();
        assertThat(d.allyLogit()).isCloseTo(d.strangerLogit(), within(1e-9));
    }

    @Test
    void strongerBetrayalAmplificationLeavesLessEuTrustInTheUsAfterRoundOne() {
        double previous = Double.POSITIVE_INFINITY;
        for (double kappa : new double[] {0, 0.5, 1, 2}) {
            ScenarioReader.Loaded loaded = Trajectory.load("us-vote-2025", "rounds=1", "shock.betrayalAmplification=" + kappa);
            Trajectory run = Trajectory.of(loaded);
            List<String> eu = loaded.world().group("EU").orElseThrow().members();
            int usa = run.index(ACTOR);
            double mean = eu.stream().mapToDouble(iso -> run.round(1).trust(run.index(iso), usa)).average().orElseThrow();
            assertThat(mean).as("mean EU trust in the U.S. with κB = %s", kappa).isLessThan(previous);
            previous = mean;
        }
    }

    private static Drop usVotesAgainstAllyAndStranger(double salience, String... overrides) {
        ScenarioReader.Loaded loaded = Trajectory.load("us-vote-2025", overrides);
        ModelInput input = ModelInput.of(loaded.world(), loaded.scenario().modelSpec());
        AllianceModel m = new AllianceModel(input, RoundObserver.NONE);
        m.start();
        int usa = index(input, ACTOR);
        int ally = index(input, ALLY);
        int stranger = index(input, STRANGER);
        assertThat(m.tie(ally, usa)).isEqualTo(1.0);
        assertThat(m.tie(stranger, usa)).isZero();
        byte[] votes = new byte[input.n];
        Arrays.fill(votes, (byte) Vote.X.ordinal());
        votes[usa] = (byte) Vote.N.ordinal();
        votes[ally] = (byte) Vote.Y.ordinal();
        votes[stranger] = (byte) Vote.Y.ordinal();
        double allyBefore = m.trust(ally, usa);
        double strangerBefore = m.trust(stranger, usa);

        Shocks.apply(m, new ModelInput.CompiledShock(1, salience, "test", votes, usa, ModelInput.NO_TARIFF));

        return new Drop(allyBefore, m.trust(ally, usa), strangerBefore, m.trust(stranger, usa));
    }

    private static int index(ModelInput input, String iso3) {
        return Arrays.asList(input.iso3).indexOf(iso3);
    }

    private static double logit(double t) {
        return Math.log(t / (1 - t));
    }
}
