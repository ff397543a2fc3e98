package kz.appeals.deadline;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the span of the calendar a computation needs. The calendar is data an
 * administrator keeps, so it is read from the database each time: a change applies
 * to the next appeal on every instance at once.
 */
@ApplicationScoped
public class WorkingCalendar {
    /** Widest span a computation may need: two months of term plus long holiday runs. */
    private static final int SPAN_DAYS = 120;

    /** The calendar around {@code day}, enough for terms that start on it. */
    public WorkingDays from(LocalDate day) {
        return between(day.minusDays(SPAN_DAYS), day.plusDays(SPAN_DAYS));
    }

    /** The whole calendar: a few hundred rows, for work that spans many years at once. */
    public WorkingDays all() {
        return between(LocalDate.of(1900, 1, 1), LocalDate.of(2999, 12, 31));
    }

    public WorkingDays between(LocalDate first, LocalDate last) {
        List<CalendarDay> rows = CalendarDay.list("day between ?1 and ?2", first, last);
        Map<LocalDate, DayKind> map = new HashMap<>();
        rows.forEach(r -> map.put(r.day, DayKind.valueOf(r.kind)));
        return new WorkingDays(map);
    }
}
