package kz.appeals.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedMap;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import kz.appeals.common.Cursors;
import kz.appeals.common.Cursors.Keyset;
import kz.appeals.common.Cursors.Part;
import kz.appeals.common.Page;
import kz.appeals.common.PageRequest;
import kz.appeals.common.Params;

/** The admin's question "who read whose personal data": rows of the access log, newest first, by keyset pages. */
@ApplicationScoped
public class PersonalDataAccessQueries {
    /** The cursors of this list: (accessedAt, id) of the last row, refused by every other list. */
    static final Keyset CURSOR = Keyset.of("personal-data", Part.INSTANT, Part.LONG);

    @Inject
    PersonalDataAccessLog log;

    @Inject
    AccessLogStore store;

    @Inject
    Cursors cursors;

    public Page<PersonalDataAccess> page(MultivaluedMap<String, String> query) {
        AccessFilter filter = AccessQuery.filter(query, log.keys());
        PageRequest page = PageRequest.of(Params.integer("limit", query.getFirst("limit")), query.getFirst("cursor"), cursors,
                CURSOR);
        Instant afterAt = page.first() ? null : page.after().instant(0);
        Long afterId = page.first() ? null : page.after().number(1);
        // reads still queued in memory are written first, so the answer includes every read before it
        log.flush();
        List<PersonalDataAccess> rows;
        try {
            rows = store.page(filter, afterAt, afterId, page.limit());
        } catch (SQLException e) {
            throw new IllegalStateException("The personal-data access log could not be read", e);
        }
        if (rows.size() <= page.limit()) {
            return new Page<>(rows, null);
        }
        List<PersonalDataAccess> shown = rows.subList(0, page.limit());
        PersonalDataAccess last = shown.get(shown.size() - 1);
        return new Page<>(List.copyOf(shown),
                cursors.encode(CURSOR, last.accessedAt().toInstant(), last.id()));
    }
}
