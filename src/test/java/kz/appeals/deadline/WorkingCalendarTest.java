package kz.appeals.deadline;

import static kz.appeals.deadline.WorkingDaysTest.DAYS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@code from(day)} and {@code between(first, last)} give the calendar for the days they name:
 * computations inside answer as the whole calendar does, a day outside is refused (a
 * computation that strays there asked for the wrong span).
 */
class WorkingCalendarTest {
    private static final LocalDate THURSDAY = LocalDate.parse("2026-03-19");
    private static final LocalDate TUESDAY = LocalDate.parse("2026-03-24");

    /** The calendar over fixed data, without a database. */
    private static final WorkingCalendar CALENDAR = new WorkingCalendar() {
        @Override
        public WorkingDays all() {
            return DAYS;
        }
    };

    @Test
    @DisplayName("from(day) answers for that day and every later one, as the whole calendar does")
    void fromAnswersOnAndAfter() {
        WorkingDays from = CALENDAR.from(THURSDAY);
        for (LocalDate d = THURSDAY; d.isBefore(THURSDAY.plusDays(60)); d = d.plusDays(1)) {
            assertThat(from.isWorkingDay(d)).as(d.toString()).isEqualTo(DAYS.isWorkingDay(d));
        }
        assertThat(from.plus(THURSDAY, 40)).isEqualTo(DAYS.plus(THURSDAY, 40));
        assertThat(from.onOrAfter(THURSDAY.plusDays(1))).isEqualTo(DAYS.onOrAfter(THURSDAY.plusDays(1)));
        assertThat(from.between(THURSDAY, TUESDAY)).isEqualTo(2);
    }

    @Test
    @DisplayName("from(day) refuses a day before it")
    void fromRefusesEarlierDays() {
        WorkingDays from = CALENDAR.from(THURSDAY);
        assertThatThrownBy(() -> from.isWorkingDay(THURSDAY.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-03-18");
        assertThatThrownBy(() -> from.between(THURSDAY.minusDays(3), TUESDAY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("between(first, last) answers for the days from first to last, in either order, and refuses others")
    void betweenAnswersWithin() {
        for (WorkingDays span : new WorkingDays[] {CALENDAR.between(THURSDAY, TUESDAY), CALENDAR.between(TUESDAY, THURSDAY)}) {
            for (LocalDate d = THURSDAY; !d.isAfter(TUESDAY); d = d.plusDays(1)) {
                assertThat(span.isWorkingDay(d)).as(d.toString()).isEqualTo(DAYS.isWorkingDay(d));
            }
            assertThat(span.between(THURSDAY, TUESDAY)).isEqualTo(2);
            assertThat(span.between(TUESDAY, THURSDAY)).isEqualTo(-2);
            assertThat(span.plus(THURSDAY, 2)).isEqualTo(TUESDAY);
            assertThatThrownBy(() -> span.isWorkingDay(THURSDAY.minusDays(1))).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> span.isWorkingDay(TUESDAY.plusDays(1))).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> span.plus(THURSDAY, 3)).as("the third working day is after last")
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    @DisplayName("all() answers for any day")
    void allAnswersEverywhere() {
        assertThat(CALENDAR.all().isWorkingDay(LocalDate.parse("1999-12-31"))).isTrue();
        assertThat(CALENDAR.all().isWorkingDay(LocalDate.parse("2100-01-02"))).isFalse();
    }
}
