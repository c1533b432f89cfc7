package realign.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Times to an event right-censored at a window's end: known answers worked by hand. */
class CensoredTest {

    private static final double NEVER = Double.NaN;

    @Test
    void theIssuesExampleKeepsTheTwoRunsThatNeverRecovered() {
        // 5 replicates, 3 recover at rounds 20, 23 and 27, 2 never within rounds 1..30
        double[] times = {20, NEVER, 23, 27, NEVER};

        assertThat(Censored.censored(times)).isEqualTo(2);
        assertThat(Censored.shareReached(times)).isEqualTo(0.6);
        // not 23.33, the mean of the three that recovered: (20 + 23 + 27 + 30 + 30) / 5
        assertThat(Censored.restrictedMean(times, 30)).isEqualTo(26.0);
        // Ŝ(20) = 4/5, Ŝ(23) = 3/5, Ŝ(27) = 2/5 ≤ 1/2
        assertThat(Censored.median(times)).isEqualTo(27);
    }

    @Test
    void withoutCensoringTheRestrictedMeanIsTheMeanAndTheMedianTheLowerMedian() {
        double[] times = {4, 2, 8, 6};
        assertThat(Censored.restrictedMean(times, 24)).isEqualTo(5.0);
        assertThat(Censored.median(times)).isEqualTo(4);
        assertThat(Censored.shareReached(times)).isEqualTo(1.0);
    }

    @Test
    void whenFewerThanHalfCrossTheMedianIsUndefined() {
        assertThat(Censored.median(new double[] {3, NEVER, NEVER})).isNaN();
        assertThat(Censored.median(new double[] {NEVER, NEVER})).isNaN();
        assertThat(Censored.median(new double[] {3, NEVER})).isEqualTo(3);
    }

    @Test
    void tiedTimesAreCountedTogether() {
        // Ŝ(5) = 1/4 after the three tied crossings at 5
        assertThat(Censored.median(new double[] {5, 5, 5, NEVER})).isEqualTo(5);
        assertThat(Censored.median(new double[] {1, 5, 5, NEVER, NEVER})).isEqualTo(5);
    }
}
