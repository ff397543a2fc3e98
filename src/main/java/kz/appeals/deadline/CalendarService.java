package kz.appeals.deadline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.appeals.common.ProblemException;
import kz.appeals.common.ValidationException;

/** Keeps the working-day calendar: holidays, moved days off and working weekend days. */
@ApplicationScoped
public class CalendarService {

    @Inject
    WorkingCalendar calendar;

    public CalendarView year(int year) {
        if (year < 2000 || year > 2100) {
            throw new ValidationException("year", "must be between 2000 and 2100");
        }
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        List<CalendarDay> rows = CalendarDay.list("day between ?1 and ?2 order by day", first, last);
        WorkingDays days = calendar.between(first, last);
        int working = 0;
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            if (days.isWorkingDay(d)) {
                working++;
            }
        }
        return new CalendarView(year, working, rows.stream().map(CalendarView.Day::of).toList());
    }

    /**
     * Records a day. A holiday on a Saturday or Sunday moves its day off to the next
     * working day (Labour Code art. 85) unless the administrator says otherwise.
     */
    @Transactional
    public List<CalendarView.Day> put(LocalDate date, CalendarView.DayInput input) {
        DayKind kind = DayKind.valueOf(input.kind());
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (kind == DayKind.WORKING_DAY && !weekend) {
            throw new ValidationException("kind", "a weekday is a working day already");
        }
        if (kind == DayKind.DAY_OFF && weekend) {
            throw new ValidationException("kind", "a Saturday or Sunday is a day off already");
        }
        List<CalendarView.Day> changed = new ArrayList<>();
        changed.add(CalendarView.Day.of(upsert(date, kind, input.name())));
        if (kind == DayKind.HOLIDAY && weekend && !Boolean.FALSE.equals(input.moveDayOff())) {
            LocalDate moved = calendar.from(date).onOrAfter(date.plusDays(1));
            changed.add(CalendarView.Day.of(upsert(moved, DayKind.DAY_OFF,
                    "Day off moved from " + date + " (" + input.name() + ")")));
        }
        return changed;
    }

    @Transactional
    public void remove(LocalDate date) {
        if (!CalendarDay.deleteById(date)) {
            throw ProblemException.notFound("Calendar entry " + date);
        }
    }

    private static CalendarDay upsert(LocalDate date, DayKind kind, String name) {
        CalendarDay day = CalendarDay.findById(date);
        if (day == null) {
            day = new CalendarDay();
            day.day = date;
        }
        day.kind = kind.name();
        day.name = name;
        day.persist();
        return day;
    }
}
