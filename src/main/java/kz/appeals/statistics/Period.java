package kz.appeals.statistics;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** Inclusive local dates (UTC+5). */
record Period(LocalDate from, LocalDate to) {

    /** The same dates {@code years} earlier; 29 February becomes 28 February. */
    Period yearsBefore(int years) {
        return new Period(from.minusYears(years), to.minusYears(years));
    }

    /**
     * The rollup rows that cover the period: whole months from the monthly rows, the days of
     * the partial months at either end from the daily rows.
     */
    List<Segment> segments() {
        LocalDate firstFull = from.getDayOfMonth() == 1 ? from : from.with(TemporalAdjusters.firstDayOfNextMonth());
        LocalDate afterFull = to.plusDays(1).withDayOfMonth(1);
        List<Segment> out = new ArrayList<>(3);
        if (!firstFull.isBefore(afterFull)) {
            out.add(new Segment(Segment.DAY, from, to));
            return out;
        }
        if (from.isBefore(firstFull)) {
            out.add(new Segment(Segment.DAY, from, firstFull.minusDays(1)));
        }
        out.add(new Segment(Segment.MONTH, firstFull, afterFull.minusMonths(1)));
        if (!afterFull.isAfter(to)) {
            out.add(new Segment(Segment.DAY, afterFull, to));
        }
        return out;
    }

    /** Rows of one grain with period between from and to (for months: their first days). */
    record Segment(String grain, LocalDate from, LocalDate to) {
        static final String DAY = "D";
        static final String MONTH = "M";
    }
}
