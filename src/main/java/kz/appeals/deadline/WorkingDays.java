package kz.appeals.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/**
 * Working-day arithmetic over a loaded span of the calendar. Monday to Friday work,
 * weekends rest, and the calendar's rows override both.
 */
public final class WorkingDays {
    private final Map<LocalDate, DayKind> exceptions;

    public WorkingDays(Map<LocalDate, DayKind> exceptions) {
        this.exceptions = exceptions;
    }

    public boolean isWorkingDay(LocalDate day) {
        DayKind kind = exceptions.get(day);
        if (kind != null) {
            return kind == DayKind.WORKING_DAY;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** The day itself when it is a working day, else the next working day. */
    public LocalDate onOrAfter(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The n-th working day after {@code from} (from itself not counted). */
    public LocalDate plus(LocalDate from, int n) {
        LocalDate d = from;
        int left = n;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /** Working days after {@code from} up to and including {@code to}; negative when to is before from. */
    public int between(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -between(to, from);
        }
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }
}
