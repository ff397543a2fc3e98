package kz.appeals.appeal;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;
import kz.appeals.common.RegionTime;
import kz.appeals.deadline.WorkingCalendar;
import kz.appeals.deadline.WorkingDays;

/** Working-day arithmetic for expectations, on the service's own calendar data. */
public final class Dates {
    private Dates() {
    }

    public static LocalDate today() {
        return RegionTime.localDate(Instant.now());
    }

    static String workingDayOnOrAfter(String date, int plusDays) {
        LocalDate d = LocalDate.parse(date).plusDays(plusDays);
        return around(d, days -> days.onOrAfter(d)).toString();
    }

    static String workingDaysFromToday(int n) {
        LocalDate today = today();
        return around(today, days -> days.plus(today, n)).toString();
    }

    static String dayOffAfter(String date) {
        LocalDate start = LocalDate.parse(date);
        return around(start, days -> {
            LocalDate d = start.plusDays(1);
            while (days.isWorkingDay(d)) {
                d = d.plusDays(1);
            }
            return d;
        }).toString();
    }

    static String lastWorkingDayOnOrBefore(String date) {
        LocalDate start = LocalDate.parse(date);
        return around(start, days -> {
            LocalDate d = start;
            while (!days.isWorkingDay(d)) {
                d = d.minusDays(1);
            }
            return d;
        }).toString();
    }

    /** The n-th working day before {@code date}: the day from which {@code date} is n working days ahead. */
    public static LocalDate workingDaysBefore(LocalDate date, int n) {
        return around(date, days -> {
            LocalDate d = date;
            int left = n;
            while (left > 0) {
                d = d.minusDays(1);
                if (days.isWorkingDay(d)) {
                    left--;
                }
            }
            return d;
        });
    }

    public static LocalDate workingDaysAfter(LocalDate date, int n) {
        return around(date, days -> days.plus(date, n));
    }

    /** The whole calendar: helpers walk both ways from {@code day}. */
    static <T> T around(LocalDate day, Function<WorkingDays, T> use) {
        WorkingCalendar calendar = Arc.container().instance(WorkingCalendar.class).get();
        return QuarkusTransaction.requiringNew().call(() -> use.apply(calendar.all()));
    }
}
