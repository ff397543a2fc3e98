package kz.appeals.appeal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.appeals.appeal.AppealViews.Versioned;
import kz.appeals.common.Cursors;
import kz.appeals.common.Cursors.Keyset;
import kz.appeals.common.Cursors.Part;
import kz.appeals.common.Page;
import kz.appeals.common.PageRequest;
import kz.appeals.common.RegionTime;
import kz.appeals.common.SqlBuilder;
import kz.appeals.deadline.WorkingCalendar;

/** Reading appeals within the caller's scope: one appeal, its timeline, and the filtered list. */
@ApplicationScoped
public class AppealQueries {
    /** The cursors of this list: (registeredAt, id) of the last row, refused by every other list. */
    public static final Keyset CURSOR = Keyset.of("appeals", Part.INSTANT, Part.LONG);

    @Inject
    AppealScope scope;

    @Inject
    AppealViews views;

    @Inject
    RepeatLinks repeats;

    @Inject
    Cursors cursors;

    @Inject
    EntityManager em;

    @Inject
    WorkingCalendar calendar;

    public Versioned get(long id) {
        return views.of(scope.visible(id), today());
    }

    /**
     * The whole timeline, oldest first; it stays small (tens of entries) for one appeal.
     * Registration leads even when its time is later than the first actions: an appeal
     * received on a day off is registered at the start of the next working day.
     */
    public List<AppealEventView> events(long id) {
        Appeal appeal = scope.visible(id);
        return AppealEvent.<AppealEvent>list("appealId = ?1 order by case when kind = 'REGISTERED' then 0 else 1 end,"
                + " occurredAt, id", appeal.id).stream().map(AppealEventView::of).toList();
    }

    /**
     * Newest first, by (registered_at, id) with a keyset cursor: rows inserted while a
     * client pages are newer than its cursor, so later pages neither repeat nor skip.
     * Native SQL because the text search uses PostgreSQL's tsvector operator.
     */
    public Page<AppealListItem> list(AppealFilter filter, PageRequest page) {
        LocalDate today = today();
        SqlBuilder where = scope.condition();
        addFilters(filter, today, calendar, where);
        if (!page.first()) {
            where.and("(a.registered_at, a.id) < (?, ?)", page.after().instant(0).atOffset(ZoneOffset.UTC),
                    page.after().number(1));
        }
        Query query = em.createNativeQuery("select a.* from appeal a where " + where.named()
                + " order by a.registered_at desc, a.id desc limit " + (page.limit() + 1), Appeal.class);
        query.setHint("org.hibernate.readOnly", true);
        where.bindTo(query);
        @SuppressWarnings("unchecked")
        List<Appeal> rows = query.getResultList();
        boolean more = rows.size() > page.limit();
        List<Appeal> shown = more ? rows.subList(0, page.limit()) : rows;
        String next = null;
        if (more) {
            Appeal last = shown.get(shown.size() - 1);
            next = cursors.encode(CURSOR, last.registeredAt, last.id);
        }
        Map<Long, Long> repeatOf = repeats.shown(shown);
        return new Page<>(shown.stream().map(a -> AppealListItem.of(a, today, repeatOf.get(a.id))).toList(), next);
    }

    /** The list's filters (also the export's), as conditions on the alias {@code a}. */
    static void addFilters(AppealFilter f, LocalDate today, WorkingCalendar calendar, SqlBuilder where) {
        where.andIf("a.status = ?", f.status() == null ? null : f.status().name());
        where.andIf("a.channel = ?", f.channel() == null ? null : f.channel().name());
        where.andIf("a.district_code = ?", f.districtCode());
        where.andIf("a.topic_code = ?", f.topicCode());
        where.andIf("a.agency_code = ?", f.agencyCode());
        where.andIf("a.campaign_code = ?", f.campaign());
        if (f.overdue() != null) {
            // "open" is AppealStatus.isOpen(), in SQL appeal_status_is_open() (R__appeal_status.sql)
            String overdue = "(appeal_status_is_open(a.status) and a.due_on < ?)";
            where.and(f.overdue() ? overdue : "not " + overdue, today);
        }
        if (f.disputed() != null) {
            // "disputed" is appeal_open_disputes() (R__feedback.sql), its one definition
            String disputed = "exists (select 1 from appeal_open_disputes() d"
                    + " where d.appeal_id = a.id and d.closed_at = a.closed_at)";
            where.and(f.disputed() ? disputed : "not " + disputed);
        }
        if (f.dueWithin() != null) {
            // open, not yet overdue, and due by the n-th working day from today (the calendar's rule, WorkingDays)
            where.and("(appeal_status_is_open(a.status) and a.due_on >= ? and a.due_on <= ?)", today,
                    calendar.from(today).plus(today, f.dueWithin()));
        }
        if (f.returned() != null) {
            // the answer was sent back at least once (CaseActions sets it; the statistics' "returned")
            where.and(f.returned() ? "a.returned" : "not a.returned");
        }
        where.andIf("a.received_at >= ?",
                f.receivedFrom() == null ? null : RegionTime.startOf(f.receivedFrom()).atOffset(ZoneOffset.UTC));
        where.andIf("a.received_at < ?", f.receivedTo() == null ? null
                : RegionTime.startOf(f.receivedTo().plusDays(1)).atOffset(ZoneOffset.UTC));
        if (f.q() != null) {
            // A registration number, or words of the text (the GIN index on to_tsvector('simple', text)).
            where.and("(a.registration_number = ? or to_tsvector('simple', a.text) @@ plainto_tsquery('simple', ?))",
                    f.q().toUpperCase(Locale.ROOT), f.q());
        }
    }

    private static LocalDate today() {
        return RegionTime.localDate(Instant.now());
    }
}
