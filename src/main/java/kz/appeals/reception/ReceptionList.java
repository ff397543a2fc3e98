package kz.appeals.reception;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import kz.appeals.common.Cursors;
import kz.appeals.common.Cursors.Keyset;
import kz.appeals.common.Cursors.Part;
import kz.appeals.common.Page;
import kz.appeals.common.PageRequest;
import kz.appeals.common.RegionTime;
import kz.appeals.common.SqlBuilder;
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
        SqlBuilder where = filtered(filter);
        if (!page.first()) {
            Instant afterAt = page.after().instant(0);
            where.and("(scheduledAt < ? or (scheduledAt = ? and id < ?))", afterAt, afterAt, page.after().number(1));
        }
        String query = (where.isEmpty() ? "" : "where " + where.named()) + " order by scheduledAt desc, id desc";
        // One row more than asked tells whether a next page exists (range is inclusive).
        List<Reception> rows = Reception.<Reception>find(query, where.parameters()).range(0, page.limit()).list();
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
    private SqlBuilder filtered(ReceptionFilter filter) {
        SqlBuilder where = new SqlBuilder();
        Scope reach = scope.scope();
        if (!reach.regionWide()) {
            where.and("districtCode in ?", reach.districts());
        }
        where.andIf("districtCode = ?", filter.districtCode());
        where.andIf("status = ?", filter.status());
        where.andIf("campaignCode = ?", filter.campaign());
        where.andIf("officialId in (select o.id from Official o where o.officialType = ?)", filter.officialType());
        where.andIf("scheduledAt >= ?", filter.from() == null ? null : RegionTime.startOf(filter.from()));
        where.andIf("scheduledAt < ?", filter.to() == null ? null : RegionTime.startOf(filter.to().plusDays(1)));
        return where;
    }
}
