package realign.unga;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Roll-call ids from UN document symbols: {@code A/RES/ES-11/7} → {@code ES-11-7}, {@code A/RES/79/269} →
 * {@code 79-269}, {@code A/DEC/80/506} → {@code DEC-80-506}, {@code A/RES/S-30/1} → {@code S-30-1}; a part letter
 * is kept ({@code A/RES/80/60 B} → {@code 80-60-B}); Security Council resolutions {@code S/RES/2768(2025)} →
 * {@code S-RES-2768}. Ids are what scenarios name in {@code history:} and {@code shocks:}.
 */
public final class Symbols {

    private static final Pattern GA = Pattern.compile(
            "A/(RES|DEC)/((?:ES|S)-\\d{1,3}|\\d{1,3})/(\\d{1,4})(?:\\s*\\(?([A-Z])\\)?)?");
    private static final Pattern SC = Pattern.compile("S/RES/(\\d{1,5})\\s*\\(\\d{4}\\)");
    private static final Pattern ID_SESSION = Pattern.compile("(?:DEC-)?((?:ES|S)-\\d+|\\d+)-\\d+(?:-[A-Z])?");

    private Symbols() {}

    /** The id of a General Assembly or Security Council symbol, or empty when the symbol has another form. */
    public static Optional<String> id(String symbol) {
        String s = symbol.strip().replaceAll("\\s+", " ");
        Matcher m = GA.matcher(s);
        if (m.matches()) {
            String id = (m.group(1).equals("DEC") ? "DEC-" : "") + m.group(2) + "-" + m.group(3);
            return Optional.of(m.group(4) == null ? id : id + "-" + m.group(4));
        }
        Matcher sc = SC.matcher(s);
        if (sc.matches()) {
            return Optional.of("S-RES-" + sc.group(1));
        }
        return Optional.empty();
    }

    /**
     * The session of a General Assembly id: {@code 79} for {@code 79-269} and {@code DEC-79-5}, {@code ES-11}
     * for {@code ES-11-7}, {@code S-30} for {@code S-30-1}; empty for other ids (Security Council, hand-made).
     */
    public static Optional<String> session(String id) {
        Matcher m = ID_SESSION.matcher(id);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** GA for {@code A/...} symbols, SC for {@code S/...}, otherwise the symbol's first part. */
    static String bodyOfSymbol(String symbol) {
        String s = symbol.strip();
        if (s.startsWith("A/")) {
            return "GA";
        }
        if (s.startsWith("S/")) {
            return "SC";
        }
        int slash = s.indexOf('/');
        return slash > 0 ? s.substring(0, slash) : s;
    }
}
