package kz.appeals.appeal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import kz.appeals.appeal.AppealViews.Versioned;
import kz.appeals.common.Cursors;
import kz.appeals.common.Cursors.Keyset;
import kz.appeals.common.Cursors.Part;
import kz.appeals.common.Page;
import kz.appeals.common.PageRequest;
import kz.appeals.common.RegionTime;
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
        Map<String, Object> params = new HashMap<>();
        StringJoiner where = new StringJoiner(" and ");
        AppealScope.SqlCondition inScope = scope.condition();
        where.add(inScope.sql());
        params.putAll(inScope.parameters());
        addFilters(filter, today, where, params);
        if (filter.dueWithin() != null) {
            // open, not yet overdue, and due by the n-th working day from today (the calendar's rule, WorkingDays)
            where.add("(appeal_status_is_open(a.status) and a.due_on >= :dueFrom and a.due_on <= :dueBy)");
            params.put("dueFrom", today);
            params.put("dueBy", calendar.from(today).plus(today, filter.dueWithin()));
        }
        if (!page.first()) {
            where.add("(a.registered_at, a.id) < (:afterAt, :afterId)");
            params.put("afterAt", page.after().instant(0).atOffset(ZoneOffset.UTC));
            params.put("afterId", page.after().number(1));
        }
        Query query = em.createNativeQuery("select a.* from appeal a where " + where
                + " order by a.registered_at desc, a.id desc limit " + (page.limit() + 1), Appeal.class);
        query.setHint("org.hibernate.readOnly", true);
        params.forEach(query::setParameter);
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

    static void addFilters(AppealFilter f, LocalDate today, StringJoiner where, Map<String, Object> params) {
        if (f.status() != null) {
            where.add("a.status = :status");
            params.put("status", f.status().name());
        }
        if (f.channel() != null) {
            where.add("a.channel = :channel");
            params.put("channel", f.channel().name());
        }
        equal(where, params, "district_code", "districtCode", f.districtCode());
        equal(where, params, "topic_code", "topicCode", f.topicCode());
        equal(where, params, "agency_code", "agencyCode", f.agencyCode());
        equal(where, params, "campaign_code", "campaign", f.campaign());
        if (f.overdue() != null) {
            // "open" is AppealStatus.isOpen(), in SQL appeal_status_is_open() (R__appeal_status.sql)
            String overdue = "(appeal_status_is_open(a.status) and a.due_on < :today)";
            where.add(f.overdue() ? overdue : "not " + overdue);
            params.put("today", today);
        }
        if (f.disputed() != null) {
            // "disputed" is appeal_open_disputes() (R__feedback.sql), its one definition
            String disputed = "exists (select 1 from appeal_open_disputes() d"
                    + " where d.appeal_id = a.id and d.closed_at = a.closed_at)";
            where.add(f.disputed() ? disputed : "not " + disputed);
        }
        if (f.returned() != null) {
            // the answer was sent back at least once (CaseActions sets it; the statistics' "returned")
            where.add(f.returned() ? "a.returned" : "not a.returned");
        }
        if (f.receivedFrom() != null) {
            where.add("a.received_at >= :receivedFrom");
            params.put("receivedFrom", RegionTime.startOf(f.receivedFrom()).atOffset(ZoneOffset.UTC));
        }
        if (f.receivedTo() != null) {
            where.add("a.received_at < :receivedBefore");
            params.put("receivedBefore", RegionTime.startOf(f.receivedTo().plusDays(1)).atOffset(ZoneOffset.UTC));
        }
        if (f.q() != null) {
            // A registration number, or words of the text (the GIN index on to_tsvector('simple', text)).
            where.add("(a.registration_number = :number"
                    + " or to_tsvector('simple', a.text) @@ plainto_tsquery('simple', :words))");
            params.put("number", f.q().toUpperCase(Locale.ROOT));
            params.put("words", f.q());
        }
    }

    private static void equal(StringJoiner where, Map<String, Object> params, String column, String name, String value) {
        if (value != null) {
            where.add("a." + column + " = :" + name);
            params.put(name, value);
        }
    }

    private static LocalDate today() {
        return RegionTime.localDate(Instant.now());
    }
}
