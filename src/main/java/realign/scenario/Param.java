package realign.scenario;

/**
 * One model parameter: its name (as in YAML, {@code --set}, docs/model.md and the manifest), default,
 * allowed range and meaning. {@link Params#ALL} is the one list of them.
 *
 * @param symbol the symbol used in docs/model.md
 * @param integer whether only whole numbers are allowed
 */
public record Param(String name, String symbol, double defaultValue, double min, double max,
                    boolean minOpen, boolean integer, String meaning) {

    public boolean accepts(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return false;
        }
        if (integer && v != Math.rint(v)) {
            return false;
        }
        return (minOpen ? v > min : v >= min) && v <= max;
    }

    /** "a number in [0, 1]", "a whole number in [1, 26]", ... */
    public String expected() {
        String lo = minOpen ? "(" : "[";
        String hi = max == Double.MAX_VALUE ? "inf)" : fmt(max) + "]";
        return (integer ? "a whole number in " : "a number in ") + lo + fmt(min) + ", " + hi;
    }

    static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
