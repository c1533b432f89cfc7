package realign.observe;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Number formatting for output files: plain decimal notation (never exponents), 7 significant digits,
 * {@code .} as decimal separator, whole numbers without a fraction, NaN as {@code NA}.
 */
public final class Fmt {

    private static final int DIGITS = 7;
    private static final MathContext SIGNIFICANT = new MathContext(DIGITS, RoundingMode.HALF_EVEN);

    private Fmt() {}

    public static String num(double v) {
        if (Double.isNaN(v)) {
            return "NA";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        if (Double.isInfinite(v)) {
            return reference(v);
        }
        return significant(Double.toString(v));
    }

    /**
     * The reference definition of {@link #num(double)}: {@code BigDecimal.valueOf(v)} (the decimal of
     * {@link Double#toString}) rounded to 7 significant digits, half-even, trailing zeros stripped, plain notation.
     * {@link #num(double)} gives the same text without the BigDecimal (a run formats some 150,000 numbers).
     */
    static String reference(double v) {
        if (Double.isNaN(v)) {
            return "NA";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = BigDecimal.valueOf(v).round(SIGNIFICANT).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    /** Rounds the decimal {@code text} ({@link Double#toString} form: 12.5, 1.0E-5, -3.4E10) as {@link #reference}. */
    private static String significant(String text) {
        int len = text.length();
        int pos = 0;
        boolean negative = text.charAt(0) == '-';
        if (negative) {
            pos = 1;
        }
        int e = text.indexOf('E');
        int end = e < 0 ? len : e;
        int exponent = e < 0 ? 0 : Integer.parseInt(text, e + 1, len, 10);
        char[] digits = new char[end - pos];
        int n = 0;
        int count = 0;
        int dot = -1;
        int leadingZeros = 0;
        for (int i = pos; i < end; i++) {
            char c = text.charAt(i);
            if (c == '.') {
                dot = count;
                continue;
            }
            count++;
            if (n == 0 && c == '0') {
                leadingZeros++;
            } else {
                digits[n++] = c;
            }
        }
        // the value is 0.d1d2...dn × 10^point
        int point = (dot < 0 ? count : dot) + exponent - leadingZeros;
        if (n == 0) {
            return "0";
        }
        if (n > DIGITS) {
            char next = digits[DIGITS];
            boolean rest = false;
            for (int i = DIGITS + 1; i < n; i++) {
                rest |= digits[i] != '0';
            }
            boolean up = next > '5' || (next == '5' && (rest || ((digits[DIGITS - 1] - '0') & 1) == 1));
            n = DIGITS;
            if (up) {
                int i = n - 1;
                while (i >= 0 && digits[i] == '9') {
                    digits[i] = '0';
                    i--;
                }
                if (i >= 0) {
                    digits[i]++;
                } else {
                    digits[0] = '1';
                    n = 1;
                    point++;
                }
            }
        }
        while (n > 1 && digits[n - 1] == '0') {
            n--;
        }
        StringBuilder out = new StringBuilder(n + 12);
        if (negative) {
            out.append('-');
        }
        if (point <= 0) {
            out.append("0.");
            for (int i = point; i < 0; i++) {
                out.append('0');
            }
            out.append(digits, 0, n);
        } else if (point >= n) {
            out.append(digits, 0, n);
            for (int i = n; i < point; i++) {
                out.append('0');
            }
        } else {
            out.append(digits, 0, point).append('.').append(digits, point, n - point);
        }
        return out.toString();
    }

    public static String num(long v) {
        return Long.toString(v);
    }
}
