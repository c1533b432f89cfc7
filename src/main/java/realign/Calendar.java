package realign;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Rounds as months (docs/model.md, Scales): round 1 is the month {@code start}, round t is t − 1 months later,
 * and round 0, the settled world before the first round, is the month before {@code start}. The one calendar
 * of realign: the scenario reader maps a shock's {@code date:} to its round with it, the run tables write each
 * round's month in their {@code date} column, the figures label their round axis with it and {@code realign
 * validate} maps observed events to rounds with it. The model itself knows only rounds.
 *
 * @param start the month of round 1
 */
public record Calendar(YearMonth start) {

    /** The month of round 1 when a scenario names none: February 2025, the month of the UNGA votes. */
    public static final YearMonth DEFAULT_START = YearMonth.of(2025, 2);

    /** The calendar of a scenario without {@code start:}. */
    public static final Calendar DEFAULT = new Calendar(DEFAULT_START);

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    public Calendar {
        java.util.Objects.requireNonNull(start, "start");
    }

    /** The month of round {@code round} (round 0 is the month before {@code start}). */
    public YearMonth month(int round) {
        return start.plusMonths(round - 1L);
    }

    /** The round whose month is {@code month}: 1 for {@code start}, 0 or less for months before it. */
    public int round(YearMonth month) {
        return Math.toIntExact(start.until(month, ChronoUnit.MONTHS) + 1);
    }

    /** The round of the month that holds {@code day}. */
    public int round(LocalDate day) {
        return round(YearMonth.from(day));
    }

    /** The round's month as written in the {@code date} column of the run tables: ISO {@code yyyy-MM}. */
    public String date(int round) {
        return month(round).toString();
    }

    /** The round's month as a figure labels it: {@code Feb 2025}. */
    public String label(int round) {
        return LABEL.format(month(round));
    }

    /** Whole months from {@code a} to {@code b} (negative when b is earlier). */
    public static int monthsBetween(YearMonth a, YearMonth b) {
        return Math.toIntExact(a.until(b, ChronoUnit.MONTHS));
    }

    /** A month written {@code yyyy-MM}, or null when {@code text} is not one. */
    public static YearMonth parseMonth(String text) {
        if (text == null || !MONTH.matcher(text).matches()) {
            return null;
        }
        try {
            return YearMonth.parse(text);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * The month of a date written {@code yyyy-MM} or {@code yyyy-MM-dd} (a real day of that month), or null when
     * {@code text} is neither.
     */
    public static YearMonth parseMonthOrDay(String text) {
        if (text != null && DAY.matcher(text).matches()) {
            try {
                return YearMonth.from(LocalDate.parse(text));
            } catch (DateTimeException e) {
                return null;
            }
        }
        return parseMonth(text);
    }
}
