package realign.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FactorTest {

    @ParameterizedTest
    @ValueSource(doubles = {0, 0.1, 0.25, 0.5, 0.9, 1})
    void uniformRangeMapsTheUnitIntervalLinearlyOntoMinToMax(double u) {
        Factor f = Factor.ofRange("shock.salience", 0.1, 0.8, Factor.Dist.UNIFORM);

        assertThat(f.value(u)).isCloseTo(0.1 + u * 0.7, within(1e-15));
        assertThat(f.unit(f.value(u))).isCloseTo(u, within(1e-12));
    }

    @Test
    void logUniformRangeMapsEqualStepsOfTheUnitIntervalToEqualRatios() {
        Factor f = Factor.ofRange("trust.noise", 0.001, 0.1, Factor.Dist.LOGUNIFORM);

        assertThat(f.value(0)).isCloseTo(0.001, within(1e-15));
        assertThat(f.value(1)).isCloseTo(0.1, within(1e-15));
        assertThat(f.value(0.5)).isCloseTo(0.01, within(1e-15)); // the geometric mean of the bounds
        for (double u = 0; u < 0.9; u += 0.1) {
            assertThat(f.value(u + 0.1) / f.value(u)).isCloseTo(Math.pow(100, 0.1), within(1e-12));
            assertThat(f.unit(f.value(u))).isCloseTo(u, within(1e-12));
        }
    }

    @Test
    void intRangeGivesEveryWholeNumberFromMinToMaxAnEqualShareOfTheUnitInterval() {
        Factor f = Factor.ofRange("blocs.max", 2, 5, Factor.Dist.INT);
        Map<Double, Integer> counts = new TreeMap<>();
        int steps = 10_000;
        for (int i = 0; i < steps; i++) {
            counts.merge(f.value((double) i / steps), 1, Integer::sum);
        }

        assertThat(counts).containsOnlyKeys(2.0, 3.0, 4.0, 5.0);
        assertThat(counts.values()).containsOnly(steps / 4);
        assertThat(f.value(1)).isEqualTo(5.0);
    }

    @Test
    void listFactorSplitsTheUnitIntervalIntoEqualSharesInListOrder() {
        Factor f = Factor.ofValues("shock.betrayalAmplification", List.of(0.0, 0.5, 2.0));

        assertThat(f.value(0)).isEqualTo(0.0);
        assertThat(f.value(0.33)).isEqualTo(0.0);
        assertThat(f.value(0.34)).isEqualTo(0.5);
        assertThat(f.value(0.99)).isEqualTo(2.0);
        assertThat(f.value(1)).isEqualTo(2.0);
        assertThat(f.level(1, 99)).isEqualTo(0.5);
    }

    @Test
    void coordinatesOutsideTheUnitIntervalAreClampedToTheRange() {
        Factor f = Factor.ofRange("trust.reversion", 0.005, 0.1, Factor.Dist.UNIFORM);

        assertThat(f.value(-0.5)).isEqualTo(0.005);
        assertThat(f.value(1.5)).isCloseTo(0.1, within(1e-15));
    }

    @Test
    void gridLevelsOfARangeAreEvenlySpacedFromMinToMaxAndWholeForIntRanges() {
        Factor uniform = Factor.ofRange("shock.salience", 0, 1, Factor.Dist.UNIFORM);
        Factor whole = Factor.ofRange("blocs.max", 1, 4, Factor.Dist.INT);

        assertThat(List.of(uniform.level(0, 5), uniform.level(1, 5), uniform.level(2, 5), uniform.level(3, 5),
                uniform.level(4, 5))).containsExactly(0.0, 0.25, 0.5, 0.75, 1.0);
        assertThat(uniform.level(0, 1)).isEqualTo(0.5);
        assertThat(List.of(whole.level(0, 4), whole.level(1, 4), whole.level(2, 4), whole.level(3, 4)))
                .containsExactly(1.0, 2.0, 3.0, 4.0);
    }
}
