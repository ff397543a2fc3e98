package kz.appeals.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/**
 * The working-day rule and its arithmetic: Monday to Friday work, weekends rest, and the
 * calendar's rows override both. This is the rule's one home; the statistics count working days
 * in SQL (stats_is_working_day, stats_working_days), which a test checks against this class.
 *
 * <p>A view may be limited to a span of days ({@link #onAndAfter}, {@link #within}): a day
 * outside it is refused, since a computation that strays there asked for the wrong span.
 */
public final class WorkingDays {
    private final Map<LocalDate, DayKind> exceptions;
    /** The first and last day this view answers for; null: unbounded on that side. */
    private final LocalDate first;
    private final LocalDate last;

    public WorkingDays(Map<LocalDate, DayKind> exceptions) {
        this(exceptions, null, null);
    }

    private WorkingDays(Map<LocalDate, DayKind> exceptions, LocalDate first, LocalDate last) {
        this.exceptions = exceptions;
        this.first = first;
        this.last = last;
    }

    /** The same calendar for {@code day} and every later day. */
    public WorkingDays onAndAfter(LocalDate day) {
        return new WorkingDays(exceptions, day, null);
    }

    /** The same calendar for the days from {@code a} to {@code b} (in either order), both included. */
    public WorkingDays within(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? new WorkingDays(exceptions, b, a) : new WorkingDays(exceptions, a, b);
    }

    public boolean isWorkingDay(LocalDate day) {
        requireInSpan(day);
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
        requireInSpan(from);
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
        requireInSpan(from);
        requireInSpan(to);
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    private void requireInSpan(LocalDate day) {
        if ((first != null && day.isBefore(first)) || (last != null && day.isAfter(last))) {
            throw new IllegalArgumentException("The calendar was asked for " + day + " but taken for "
                    + (first == null ? "any day" : first) + " to " + (last == null ? "any later day" : last));
        }
    }
}
