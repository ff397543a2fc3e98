package kz.appeals.deadline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.appeals.common.DataVersions;
import org.hibernate.query.NativeQuery;

/**
 * The working calendar for deadline arithmetic. The calendar is data an administrator keeps
 * (a few thousand rows at most), so the whole of it is held in memory together with the
 * version it was read at; each computation reads only the version row (migration V22, raised
 * by a trigger on every change) and reloads when it moved. A change therefore applies to the
 * next computation on every instance at once, without reading the calendar per request.
 */
@ApplicationScoped
public class WorkingCalendar {

    private record Loaded(long version, WorkingDays days) {
    }

    @Inject
    EntityManager em;

    @Inject
    DataVersions versions;

    private volatile Loaded loaded;

    /**
     * The calendar for {@code day} and every later day: terms that start on it and what follows
     * them. An earlier day is refused.
     */
    public WorkingDays from(LocalDate day) {
        return all().onAndAfter(day);
    }

    /** The calendar for the days from {@code first} to {@code last} (in either order), both included; others are refused. */
    public WorkingDays between(LocalDate first, LocalDate last) {
        return all().within(first, last);
    }

    /** The whole calendar as of the current transaction's view of its version. */
    public WorkingDays all() {
        // once per transaction, with the catalogues' version: intake reads the calendar twice (registration day and term, days left)
        long version = versions.current().calendar();
        Loaded current = loaded;
        if (current == null || current.version() != version) {
            current = new Loaded(version, load());
            loaded = current;
        }
        return current.days();
    }

    /**
     * A native query that names the tables it reads, so Hibernate flushes pending writes before it
     * only when they touch the calendar (by default a native query flushes the whole session).
     */
    private jakarta.persistence.Query calendarQuery(String sql) {
        return em.createNativeQuery(sql).unwrap(NativeQuery.class)
                .addSynchronizedQuerySpace("calendar_day")
                .addSynchronizedQuerySpace("calendar_version");
    }

    private WorkingDays load() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = calendarQuery("select day, kind from calendar_day").getResultList();
        Map<LocalDate, DayKind> map = new HashMap<>();
        for (Object[] row : rows) {
            LocalDate day = row[0] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) row[0];
            map.put(day, DayKind.valueOf((String) row[1]));
        }
        return new WorkingDays(Map.copyOf(map));
    }
}
