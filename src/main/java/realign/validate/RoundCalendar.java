package realign.validate;

import realign.model.ModelSpec;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import realign.InputException;
import realign.scenario.Scenario;
import realign.world.World;

/**
 * Rounds as months: the round of the scenario's first shock is the month of that shock's roll call (2025-02 for
 * the shipped scenarios, whose first shock is the vote of 24 February 2025 in round 1), and round t is t − 1
 * months after round 1. Round 0 is the state before the first round.
 *
 * @param round1 the month of round 1
 */
public record RoundCalendar(YearMonth round1) {

    /** The month of round {@code t}. */
    public YearMonth month(int round) {
        return round1.plusMonths(round - 1L);
    }

    /** The round whose month is {@code m} (may be 0 or negative for months before round 1). */
    public int round(YearMonth m) {
        return (int) (round1.until(m, java.time.temporal.ChronoUnit.MONTHS) + 1);
    }

    /** Whole months from {@code a} to {@code b} (negative when b is earlier). */
    static int monthsBetween(YearMonth a, YearMonth b) {
        return (int) a.until(b, java.time.temporal.ChronoUnit.MONTHS);
    }

    /**
     * The calendar of a scenario: {@code start} (YYYY-MM, the month of round 1) when given, else from the dated
     * roll call of its first shock.
     */
    public static RoundCalendar of(Scenario s, World world, String start) throws InputException {
        if (start != null) {
            try {
                return new RoundCalendar(YearMonth.parse(start));
            } catch (DateTimeParseException e) {
                throw new InputException("--start: expected a month YYYY-MM (the month of round 1), got "
                        + EventsReader.quoteOrNothing(start));
            }
        }
        ModelSpec.Shock first = null;
        for (ModelSpec.Shock sh : s.shocks()) {
            if (first == null || sh.round() < first.round()) {
                first = sh;
            }
        }
        if (first instanceof ModelSpec.RollCallShock r && r.rollcall() != null) {
            var rc = world.rollCall(r.rollcall());
            if (rc.isPresent()) {
                try {
                    YearMonth shock = YearMonth.from(LocalDate.parse(rc.get().date()));
                    return new RoundCalendar(shock.minusMonths(first.round() - 1L));
                } catch (DateTimeParseException e) {
                    // a user's roll call without an ISO date: asked for below
                }
            }
        }
        throw new InputException("scenario " + s.name() + ": shocks: expected a first shock that is a dated roll call"
                + " (its month is round " + (first == null ? 1 : first.round()) + "), got "
                + (first == null ? "no shock" : "the undated shock '" + first.label() + "'")
                + "; give the month of round 1 with --start YYYY-MM");
    }
}
