package kz.appeals.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedMap;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import kz.appeals.common.Cursors;
import kz.appeals.common.Page;
import kz.appeals.common.PageRequest;
import kz.appeals.common.Params;
import kz.appeals.common.ValidationException;

/** The admin's question "who read whose personal data": rows of the access log, newest first, by keyset pages. */
@ApplicationScoped
public class PersonalDataAccessQueries {
    /** Marks this list's cursors so that a cursor of another list is refused. */
    private static final String CURSOR_KIND = "personal-data";

    @Inject
    PersonalDataAccessLog log;

    @Inject
    AccessLogStore store;

    @Inject
    Cursors cursors;

    public Page<PersonalDataAccess> page(MultivaluedMap<String, String> query) {
        AccessFilter filter = AccessQuery.filter(query, log.keys());
        PageRequest page = PageRequest.of(Params.integer("limit", query.getFirst("limit")), query.getFirst("cursor"), cursors);
        Instant afterAt = null;
        Long afterId = null;
        if (!page.first()) {
            String[] after = page.after();
            if (after.length != 3 || !CURSOR_KIND.equals(after[0])) {
                throw new ValidationException("cursor", "is not a cursor of this list");
            }
            try {
                afterAt = Instant.parse(after[1]);
                afterId = Long.parseLong(after[2]);
            } catch (DateTimeParseException | NumberFormatException e) {
                throw new ValidationException("cursor", "is not a cursor of this list");
            }
        }
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
                cursors.encode(CURSOR_KIND, last.accessedAt().toInstant().toString(), Long.toString(last.id())));
    }
}
