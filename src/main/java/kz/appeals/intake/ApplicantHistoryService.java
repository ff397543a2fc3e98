package kz.appeals.intake;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.appeals.appeal.Appeal;
import kz.appeals.appeal.AppealStatus;
import kz.appeals.appeal.AppealType;
import kz.appeals.appeal.Channel;
import kz.appeals.appeal.Outcome;
import kz.appeals.appeal.RepeatLinks;
import kz.appeals.common.Cursors;
import kz.appeals.common.Cursors.Keyset;
import kz.appeals.common.Cursors.Part;
import kz.appeals.common.Page;
import kz.appeals.common.PageRequest;
import kz.appeals.common.RegionTime;
import kz.appeals.common.ValidationException;
import kz.appeals.security.Caller;
import kz.appeals.security.Roles;
import kz.appeals.security.Scope;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An applicant's earlier appeals, found by IIN or phone, newest first, within the caller's
 * districts (operators and administrators: the region; office staff and supervisors
 * without districts: 403).
 */
@ApplicationScoped
public class ApplicantHistoryService {
    /** The cursors of this list: (registeredAt, id) of the last row, refused by every other list. */
    public static final Keyset CURSOR = Keyset.of("applicant-history", Part.INSTANT, Part.LONG);
    /** The roles that read an applicant's history (those of {@link ApplicantHistoryResource}). */
    private static final List<String> READERS = List.of(Roles.ADMIN, Roles.OPERATOR, Roles.SUPERVISOR,
            Roles.OFFICE_STAFF);

    @Schema(name = "ApplicantHistoryItem")
    public record Item(long id, String registrationNumber, OffsetDateTime registeredAt, Channel channel,
                       AppealType type, String topicCode, String districtCode, AppealStatus status, Outcome outcome,
                       @Schema(description = "The earlier appeal this one repeats, when the caller may read that appeal")
                       Long repeatOf) {
    }

    @Inject
    Caller caller;

    @Inject
    Cursors cursors;

    @Inject
    RepeatLinks repeats;

    public Page<Item> history(String iin, String phone, PageRequest page) {
        if ((iin == null) == (phone == null)) {
            throw new ValidationException("iin", "give either iin or phone");
        }
        String field;
        String value;
        if (iin != null) {
            if (!Identifiers.validChecksum(iin)) {
                throw new ValidationException("iin", "is not a valid IIN (12 digits, check digit)");
            }
            field = "applicantIin";
            value = iin;
        } else {
            field = "applicantPhone";
            value = Phones.normalise(phone).orElseThrow(() -> new ValidationException("phone", "is not a possible phone number"));
        }
        StringBuilder where = new StringBuilder(field + " = :value");
        Parameters params = Parameters.with("value", value);
        Scope scope = caller.scope(READERS).required();
        if (!scope.regionWide()) {
            where.append(" and districtCode in :districts");
            params.and("districts", scope.districts());
        }
        if (!page.first()) {
            where.append(" and (registeredAt < :at or (registeredAt = :at and id < :id))");
            params.and("at", page.after().instant(0)).and("id", page.after().number(1));
        }
        // One row more than asked tells whether a next page exists (range() is inclusive).
        List<Appeal> rows = Appeal.<Appeal>find(where + " order by registeredAt desc, id desc", params)
                .range(0, page.limit()).list();
        boolean more = rows.size() > page.limit();
        List<Appeal> shown = more ? rows.subList(0, page.limit()) : rows;
        List<Item> items = new ArrayList<>(shown.size());
        Map<Long, Long> repeatOf = repeats.shown(shown);
        for (Appeal a : shown) {
            items.add(new Item(a.id, a.registrationNumber, RegionTime.local(a.registeredAt), a.channel, a.type,
                    a.topicCode, a.districtCode, a.status, a.outcome, repeatOf.get(a.id)));
        }
        String next = null;
        if (more) {
            Appeal last = shown.get(shown.size() - 1);
            next = cursors.encode(CURSOR, last.registeredAt, last.id);
        }
        return new Page<>(items, next);
    }
}
