package kz.appeals.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The working-day rule: Monday to Friday, unless the calendar says otherwise. */
class WorkingDaysTest {
    /** Wednesday 2026-03-18 to Wednesday 2026-03-25 with Nauryz (21-23 March) and a working Sunday. */
    static final LocalDate NAURYZ_MONDAY = LocalDate.parse("2026-03-23");
    static final LocalDate WORKING_SUNDAY = LocalDate.parse("2026-03-22");
    static final LocalDate DAY_OFF_FRIDAY = LocalDate.parse("2026-03-20");
    static final WorkingDays DAYS = new WorkingDays(Map.of(
            NAURYZ_MONDAY, DayKind.HOLIDAY,
            WORKING_SUNDAY, DayKind.WORKING_DAY,
            DAY_OFF_FRIDAY, DayKind.DAY_OFF,
            LocalDate.parse("2026-03-21"), DayKind.HOLIDAY));

    @Test
    @DisplayName("weekdays work and weekends rest, unless a calendar row says otherwise")
    void rule() {
        assertThat(DAYS.isWorkingDay(LocalDate.parse("2026-03-18"))).as("a Wednesday").isTrue();
        assertThat(DAYS.isWorkingDay(LocalDate.parse("2026-03-28"))).as("a Saturday").isFalse();
        assertThat(DAYS.isWorkingDay(LocalDate.parse("2026-03-29"))).as("a Sunday").isFalse();
        assertThat(DAYS.isWorkingDay(NAURYZ_MONDAY)).as("a holiday on a Monday").isFalse();
        assertThat(DAYS.isWorkingDay(DAY_OFF_FRIDAY)).as("a day off moved to a Friday").isFalse();
        assertThat(DAYS.isWorkingDay(WORKING_SUNDAY)).as("a Sunday made a working day").isTrue();
    }

    @Test
    @DisplayName("onOrAfter, plus and between count working days only")
    void arithmetic() {
        LocalDate thursday = LocalDate.parse("2026-03-19");
        assertThat(DAYS.onOrAfter(thursday)).isEqualTo(thursday);
        assertThat(DAYS.onOrAfter(DAY_OFF_FRIDAY)).isEqualTo(WORKING_SUNDAY);
        assertThat(DAYS.plus(thursday, 1)).isEqualTo(WORKING_SUNDAY);
        assertThat(DAYS.plus(thursday, 2)).isEqualTo(LocalDate.parse("2026-03-24"));
        assertThat(DAYS.plus(thursday, 0)).isEqualTo(thursday);
        assertThat(DAYS.between(thursday, LocalDate.parse("2026-03-24"))).isEqualTo(2);
        assertThat(DAYS.between(LocalDate.parse("2026-03-24"), thursday)).isEqualTo(-2);
        assertThat(DAYS.between(thursday, thursday)).isZero();
        assertThat(DAYS.between(thursday, DAY_OFF_FRIDAY)).as("to a day off").isZero();
    }
}
