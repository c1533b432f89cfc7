package realign.unga;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import realign.InputException;
import realign.world.RollCall;
import realign.world.World;

/**
 * A selection of roll calls by session and date (docs/scenarios.md, {@code history:}): {@code {session: 79}},
 * {@code {from: 2024-09-01, to: 2025-02-23}}, both, and {@code exclude:} ids. A roll call is selected when its
 * session is one of {@code sessions} (any when empty) and its date lies in [{@code from}, {@code to}] (either
 * bound may be open), unless excluded. The session is the one of its symbol ({@link Symbols#session}): regular
 * session 79 is A/RES/79/... and A/DEC/79/...; emergency special sessions are their own (ES-11).
 */
public record RollCallSelection(List<String> sessions, String from, String to, List<String> exclude) {

    private static final Pattern SESSION = Pattern.compile("\\d{1,3}|(?:ES|S)-\\d{1,3}");

    public RollCallSelection {
        sessions = List.copyOf(sessions);
        exclude = List.copyOf(exclude);
    }

    public static RollCallSelection of(List<String> sessions, String from, String to, List<String> exclude) {
        return new RollCallSelection(sessions, from, to, exclude);
    }

    /** Whether a roll call's session and date match (exclusions aside). */
    public boolean matches(RollCall rc) {
        if (!sessions.isEmpty() && !sessions.contains(Symbols.session(rc.id()).orElse(""))) {
            return false;
        }
        return (from == null || rc.date().compareTo(from) >= 0) && (to == null || rc.date().compareTo(to) <= 0);
    }

    /** The ids selected in the world, in its order (by date for imported data), exclusions removed. */
    public List<String> select(World world) {
        List<String> out = new ArrayList<>();
        for (RollCall rc : world.rollCalls().values()) {
            if (matches(rc) && !exclude.contains(rc.id())) {
                out.add(rc.id());
            }
        }
        return out;
    }

    /** A session as written ({@code 79}, {@code ES-11}), checked; null stays null. */
    public static String session(String s, String field) throws InputException {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        if (!SESSION.matcher(t).matches()) {
            throw new InputException(field + ": expected a session number such as 79, or an emergency special"
                    + " session such as ES-11, got '" + s + "'");
        }
        return t.replaceFirst("^0+(?=\\d)", "");
    }

    /** An ISO date (yyyy-mm-dd), checked; null stays null. */
    public static String isoDate(String s, String field) throws InputException {
        if (s == null) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(s.strip()).toString();
        } catch (java.time.format.DateTimeParseException e) {
            throw new InputException(field + ": expected an ISO date such as 2025-02-24, got '" + s + "'");
        }
    }
}
