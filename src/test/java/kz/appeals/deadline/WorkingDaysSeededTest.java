package kz.appeals.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Working-day arithmetic on a small calendar of its own, November 2026:
 * Mon 2 to Fri 6 plain; Wed 11 a holiday; Sat 14 a working day; Mon 16 a day off.
 */
class WorkingDaysSeededTest {
    static final long SEED = Long.getLong("workingdays.seed", new Random().nextLong());

    private static final LocalDate FRI_6 = LocalDate.of(2026, 11, 6);
    private static final LocalDate SAT_7 = LocalDate.of(2026, 11, 7);
    private static final LocalDate SUN_8 = LocalDate.of(2026, 11, 8);
    private static final LocalDate MON_9 = LocalDate.of(2026, 11, 9);
    private static final LocalDate WED_11 = LocalDate.of(2026, 11, 11);
    private static final LocalDate SAT_14 = LocalDate.of(2026, 11, 14);
    private static final LocalDate MON_16 = LocalDate.of(2026, 11, 16);

    private final WorkingDays days = new WorkingDays(Map.of(
            WED_11, DayKind.HOLIDAY,
            SAT_14, DayKind.WORKING_DAY,
            MON_16, DayKind.DAY_OFF));

    @BeforeAll
    static void printSeed() {
        System.out.println("WorkingDaysSeededTest seed " + SEED + " (replay with -Dworkingdays.seed=" + SEED + ")");
    }

    @Test
    @DisplayName("Monday to Friday work and weekends rest, unless the calendar says otherwise")
    void workingDay() {
        assertThat(days.isWorkingDay(FRI_6)).isTrue();
        assertThat(days.isWorkingDay(SAT_7)).isFalse();
        assertThat(days.isWorkingDay(SUN_8)).isFalse();
        assertThat(days.isWorkingDay(WED_11)).as("holiday").isFalse();
        assertThat(days.isWorkingDay(SAT_14)).as("working Saturday").isTrue();
        assertThat(days.isWorkingDay(MON_16)).as("day off").isFalse();
        assertThat(days.isWorkingDay(MON_16.plusDays(1))).isTrue();
    }

    @Test
    @DisplayName("an appeal received on a non-working day is registered on the next working day")
    void onOrAfter() {
        assertThat(days.onOrAfter(FRI_6)).isEqualTo(FRI_6);
        assertThat(days.onOrAfter(SAT_7)).isEqualTo(MON_9);
        assertThat(days.onOrAfter(WED_11)).isEqualTo(WED_11.plusDays(1));
        assertThat(days.onOrAfter(SAT_14)).isEqualTo(SAT_14);
        assertThat(days.onOrAfter(SAT_14.plusDays(1))).as("Sunday, then the day off").isEqualTo(MON_16.plusDays(1));
    }

    @Test
    @DisplayName("the n-th working day after a day skips weekends, holidays and days off, and counts working Saturdays")
    void plus() {
        assertThat(days.plus(FRI_6, 0)).isEqualTo(FRI_6);
        assertThat(days.plus(FRI_6, 1)).isEqualTo(MON_9);
        // Mon 9 (1), Tue 10 (2), Wed 11 holiday, Thu 12 (3), Fri 13 (4), Sat 14 (5), Mon 16 off, Tue 17 (6)
        assertThat(days.plus(FRI_6, 5)).isEqualTo(SAT_14);
        assertThat(days.plus(FRI_6, 6)).isEqualTo(LocalDate.of(2026, 11, 17));
        // counted from a non-working day: the day itself is never counted
        assertThat(days.plus(SUN_8, 1)).isEqualTo(MON_9);
        assertThat(days.plus(WED_11, 1)).isEqualTo(WED_11.plusDays(1));
    }

    @Test
    @DisplayName("working days between two days count the second and not the first; reversed they are negative")
    void between() {
        assertThat(days.between(FRI_6, FRI_6)).isZero();
        assertThat(days.between(FRI_6, SUN_8)).isZero();
        assertThat(days.between(FRI_6, MON_9)).isEqualTo(1);
        assertThat(days.between(FRI_6, LocalDate.of(2026, 11, 17))).isEqualTo(6);
        assertThat(days.between(LocalDate.of(2026, 11, 17), FRI_6)).isEqualTo(-6);
    }

    @Test
    @DisplayName("for random days and terms, counting back the working days of a term gives the term")
    void plusAndBetweenAgree() {
        Random random = new Random(SEED);
        Map<LocalDate, DayKind> exceptions = new java.util.HashMap<>();
        LocalDate start = LocalDate.of(2020, 1, 1);
        for (int i = 0; i < 400; i++) {
            LocalDate day = start.plusDays(random.nextInt(3000));
            boolean weekend = day.getDayOfWeek().getValue() >= 6;
            exceptions.put(day, weekend ? DayKind.WORKING_DAY : random.nextBoolean() ? DayKind.HOLIDAY : DayKind.DAY_OFF);
        }
        WorkingDays calendar = new WorkingDays(Map.copyOf(exceptions));
        for (int i = 0; i < 2_000; i++) {
            LocalDate from = start.plusDays(random.nextInt(2500));
            int term = random.nextInt(60);
            LocalDate due = calendar.plus(from, term);
            String seed = "seed " + SEED + ": " + from + " + " + term;
            assertThat(calendar.between(from, due)).as(seed).isEqualTo(term);
            assertThat(calendar.between(due, from)).as(seed).isEqualTo(-term);
            if (term > 0) {
                assertThat(calendar.isWorkingDay(due)).as(seed).isTrue();
                assertThat(calendar.between(from, due.minusDays(1))).as(seed).isEqualTo(term - 1);
            }
            LocalDate registered = calendar.onOrAfter(from);
            assertThat(calendar.isWorkingDay(registered)).as(seed).isTrue();
            assertThat(calendar.between(from, registered)).as(seed).isEqualTo(registered.equals(from) ? 0 : 1);
        }
    }
}
