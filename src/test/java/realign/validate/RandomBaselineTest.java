package realign.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The random baseline's permutations against its exact expectation. */
class RandomBaselineTest {

    /** 30 countries, all pairs; three targets matched by 1, 2 and 4 candidates (one overlapping another). */
    private static RandomBaseline baseline() {
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            for (int j = i + 1; j < 30; j++) {
                a.add("C" + (char) ('A' + i / 26) + (char) ('A' + i % 26));
                b.add("C" + (char) ('A' + j / 26) + (char) ('A' + j % 26));
            }
        }
        List<Scorer.Target> t = List.of(
                new Scorer.Target("CAA", "CAB", null, "other", "", Set.of("CAA"), Set.of("CAB")),
                new Scorer.Target("G", "CAC", null, "other", "", Set.of("CAD", "CAE"), Set.of("CAC")),
                new Scorer.Target("H", "I", null, "other", "", Set.of("CAC", "CAF"), Set.of("CAD", "CAG")));
        return new RandomBaseline(t, new Candidates.Ranking(a, b));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 10, 40, 100, 300})
    void permutationMeanMatchesTheExactExpectation(int k) {
        RandomBaseline r = baseline();
        assertThat(r.size()).isEqualTo(435);
        RandomBaseline.Sampled s = r.permute(20250224L + k, 20_000);
        double exact = r.expectedHits(k);
        // three Bernoulli counts: sd of the mean of 20,000 draws is below 0.012; 4 sd
        assertThat(s.meanHits(k)).isCloseTo(exact, within(0.05));
        double[] ci = s.interval(k);
        assertThat(ci[0]).isLessThanOrEqualTo(Math.floor(exact));
        assertThat(ci[1]).isGreaterThanOrEqualTo(Math.floor(exact)).isLessThanOrEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 435})
    void exactExpectationByHand(int k) {
        RandomBaseline r = baseline();
        double n = 435;
        double one = k / n;
        double two = 1 - (n - k) / n * (n - k - 1) / (n - 1);
        double four = 1 - (n - k) / n * (n - k - 1) / (n - 1) * (n - k - 2) / (n - 2) * (n - k - 3) / (n - 3);
        assertThat(r.expectedHits(k)).isCloseTo(one + Math.max(0, two) + Math.max(0, four), within(1e-12));
    }

    @org.junit.jupiter.api.Test
    void sameSeedSamePermutations() {
        assertThat(baseline().permute(7, 50).firstRanks()).isDeepEqualTo(baseline().permute(7, 50).firstRanks());
    }
}
