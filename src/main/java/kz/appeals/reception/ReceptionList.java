package kz.appeals.reception;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import kz.appeals.common.Cursors;
import kz.appeals.common.Cursors.Keyset;
import kz.appeals.common.Cursors.Part;
import kz.appeals.common.Page;
import kz.appeals.common.PageRequest;
import kz.appeals.common.RegionTime;
import kz.appeals.reception.ReceptionDtos.ReceptionView;
import kz.appeals.security.Scope;

/**
 * The list of receptions, latest first, in keyset pages: (scheduledAt, id) of the last
 * row is the cursor, so a page costs the same however deep it is.
 */
@ApplicationScoped
public class ReceptionList {
    /** The cursors of this list: (scheduledAt, id) of the last row, refused by every other list. */
    static final Keyset CURSOR = Keyset.of("receptions", Part.INSTANT, Part.LONG);

    @Inject
    ReceptionScope scope;

    @Inject
    Cursors cursors;

    @Inject
    ReceptionViews views;

    public Page<ReceptionView> list(ReceptionFilter filter, Integer limit, String cursor) {
        PageRequest page = PageRequest.of(limit, cursor, cursors, CURSOR);
        Where where = filtered(filter);
        if (!page.first()) {
            where.add("(scheduledAt < :afterAt or (scheduledAt = :afterAt and id < :afterId))", "afterAt",
                    page.after().instant(0));
            where.params.and("afterId", page.after().number(1));
        }
        String query = (where.clauses.isEmpty() ? "" : "where " + String.join(" and ", where.clauses))
                + " order by scheduledAt desc, id desc";
        // One row more than asked tells whether a next page exists (range is inclusive).
        List<Reception> rows = Reception.<Reception>find(query, where.params).range(0, page.limit()).list();
        boolean more = rows.size() > page.limit();
        List<Reception> items = more ? rows.subList(0, page.limit()) : rows;
        String next = null;
        if (more) {
            Reception last = items.get(items.size() - 1);
            next = cursors.encode(CURSOR, last.scheduledAt, last.id);
        }
        return new Page<>(views.summaries(items), next);
    }

    /** The caller's districts and the filters given, as HQL conditions. */
    private Where filtered(ReceptionFilter filter) {
        Where where = new Where();
        Scope reach = scope.scope();
        if (!reach.regionWide()) {
            where.add("districtCode in :scope", "scope", reach.districts());
        }
        where.add("districtCode = :district", "district", filter.districtCode());
        where.add("status = :status", "status", filter.status());
        where.add("campaignCode = :campaign", "campaign", filter.campaign());
        where.add("officialId in (select o.id from Official o where o.officialType = :officialType)", "officialType",
                filter.officialType());
        where.add("scheduledAt >= :from", "from", filter.from() == null ? null : RegionTime.startOf(filter.from()));
        where.add("scheduledAt < :toExclusive", "toExclusive",
                filter.to() == null ? null : RegionTime.startOf(filter.to().plusDays(1)));
        return where;
    }

    /** Conditions joined by "and"; a condition whose value is absent is left out. */
    private static final class Where {
        final List<String> clauses = new ArrayList<>();
        final Parameters params = new Parameters();

        void add(String clause, String name, Object value) {
            if (value != null) {
                clauses.add(clause);
                params.and(name, value);
            }
        }
    }
}
