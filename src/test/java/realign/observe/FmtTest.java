package realign.observe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast number formatting of the output files writes exactly what the BigDecimal definition writes, so that
 * outputs stay byte-identical to those of earlier versions.
 */
class FmtTest {

    @ParameterizedTest
    @ValueSource(doubles = {0.5, -0.5, 0.12345675, 0.12345665, 0.12345685, 9.9999995, 9.9999996, 999999.95,
        0.00099999995, 1.0E-5, 1.2345678E-10, -3.4E-7, 1.0E15, 1.2345678E20, 123456.75, 123456.85, 0.1 + 0.2,
        1 / 3.0, 2 / 3.0, Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, 4.35, 0.9582751, 1e15 + 0.5,
        Double.NaN, 0.0, -0.0, 7.0, -12.0, 1.0E16})
    void aKnownCaseIsFormattedAsTheReference(double v) {
        assertThat(Fmt.num(v)).isEqualTo(Fmt.reference(v));
    }

    @Test
    void seededRandomValuesOfEveryMagnitudeAreFormattedAsTheReference() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(20250224);
        LongStream.range(0, 200_000).forEach(k -> {
            double v = switch ((int) (k % 4)) {
                case 0 -> random.nextDouble();                                      // trust, shares
                case 1 -> random.nextDouble() * Math.pow(10, random.nextInt(-12, 18)) * (random.nextBoolean() ? 1 : -1);
                case 2 -> Math.round(random.nextDouble() * 1e8) / 1e8;              // ties at the 8th digit
                default -> Double.longBitsToDouble(random.nextLong());             // any bit pattern
            };
            if (!Double.isInfinite(v)) {
                assertThat(Fmt.num(v)).as("%s", v).isEqualTo(Fmt.reference(v));
            }
        });
    }
}
