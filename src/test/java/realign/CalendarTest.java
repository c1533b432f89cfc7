package realign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CalendarTest {

    private final Calendar feb2025 = new Calendar(YearMonth.of(2025, 2));

    @Test
    void roundOneIsTheStartMonthAndRoundZeroTheMonthBefore() {
        assertThat(feb2025.month(1)).isEqualTo(YearMonth.of(2025, 2));
        assertThat(feb2025.month(0)).isEqualTo(YearMonth.of(2025, 1));
        assertThat(feb2025.month(5)).isEqualTo(YearMonth.of(2025, 6));
        assertThat(feb2025.month(12)).isEqualTo(YearMonth.of(2026, 1));
        assertThat(feb2025.month(24)).isEqualTo(YearMonth.of(2027, 1));
        assertThat(Calendar.DEFAULT).isEqualTo(feb2025);
    }

    @Test
    void datesMapToTheRoundOfTheirMonth() {
        assertThat(feb2025.round(LocalDate.of(2025, 2, 24))).isEqualTo(1);
        assertThat(feb2025.round(YearMonth.of(2025, 4))).isEqualTo(3);
        assertThat(feb2025.round(LocalDate.of(2025, 8, 31))).isEqualTo(7);
        assertThat(feb2025.round(LocalDate.of(2025, 1, 31))).isZero();
        assertThat(new Calendar(YearMonth.of(2025, 12)).round(YearMonth.of(2026, 1))).isEqualTo(2);
    }

    @Test
    void theDateColumnIsIsoYearMonthAndFiguresReadTheMonthInEnglish() {
        assertThat(feb2025.date(0)).isEqualTo("2025-01");
        assertThat(feb2025.date(1)).isEqualTo("2025-02");
        assertThat(feb2025.date(11)).isEqualTo("2025-12");
        assertThat(feb2025.label(1)).isEqualTo("Feb 2025");
        assertThat(feb2025.label(12)).isEqualTo("Jan 2026");
    }

    @ParameterizedTest
    @ValueSource(ints = {-30, -1, 0, 1, 2, 11, 12, 13, 24, 100, 1000})
    void roundAndMonthAreInverse(int round) {
        assertThat(feb2025.round(feb2025.month(round))).isEqualTo(round);
        assertThat(Calendar.parseMonth(feb2025.date(round))).isEqualTo(feb2025.month(round));
    }

    @Test
    void monthsAndDaysParseOnlyInIsoForm() {
        assertThat(Calendar.parseMonth("2025-03")).isEqualTo(YearMonth.of(2025, 3));
        assertThat(Calendar.parseMonthOrDay("2025-04-02")).isEqualTo(YearMonth.of(2025, 4));
        assertThat(Calendar.parseMonthOrDay("2025-04")).isEqualTo(YearMonth.of(2025, 4));
        assertThat(Calendar.parseMonth("2025-04-02")).isNull();
        assertThat(Calendar.parseMonth("2025-3")).isNull();
        assertThat(Calendar.parseMonth("2025-13")).isNull();
        assertThat(Calendar.parseMonthOrDay("2025-02-30")).isNull();
        assertThat(Calendar.parseMonthOrDay("24 Feb 2025")).isNull();
        assertThat(Calendar.parseMonthOrDay("")).isNull();
        assertThat(Calendar.parseMonthOrDay(null)).isNull();
    }
}
