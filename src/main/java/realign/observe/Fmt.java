package realign.observe;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Number formatting for output files: plain decimal notation (never exponents), 7 significant digits,
 * {@code .} as decimal separator, whole numbers without a fraction, NaN as {@code NA}.
 */
public final class Fmt {

    private static final MathContext SIGNIFICANT = new MathContext(7, RoundingMode.HALF_EVEN);

    private Fmt() {}

    public static String num(double v) {
        if (Double.isNaN(v)) {
            return "NA";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = BigDecimal.valueOf(v).round(SIGNIFICANT).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    public static String num(long v) {
        return Long.toString(v);
    }
}
