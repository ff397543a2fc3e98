package kz.appeals.intake;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
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
import kz.appeals.common.Page;
import kz.appeals.common.PageRequest;
import kz.appeals.common.RegionTime;
import kz.appeals.common.ValidationException;
import kz.appeals.security.Caller;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An applicant's earlier appeals, found by IIN or phone, newest first, within the caller's districts. */
@ApplicationScoped
public class ApplicantHistoryService {

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
        if (!caller.regionWide()) {
            where.append(" and districtCode in :districts");
            params.and("districts", caller.districts());
        }
        if (!page.first()) {
            where.append(" and (registeredAt < :at or (registeredAt = :at and id < :id))");
            params.and("at", Instant.parse(page.after()[0])).and("id", Long.parseLong(page.after()[1]));
        }
        List<Appeal> rows = Appeal.<Appeal>find(where + " order by registeredAt desc, id desc", params)
                .range(0, page.limit() - 1).list(); // range() is inclusive
        List<Item> items = new ArrayList<>(rows.size());
        Map<Long, Long> repeatOf = repeats.shown(rows);
        for (Appeal a : rows) {
            items.add(new Item(a.id, a.registrationNumber, RegionTime.local(a.registeredAt), a.channel, a.type,
                    a.topicCode, a.districtCode, a.status, a.outcome, repeatOf.get(a.id)));
        }
        String next = null;
        if (rows.size() == page.limit()) {
            Appeal last = rows.get(rows.size() - 1);
            next = cursors.encode(last.registeredAt.toString(), last.id.toString());
        }
        return new Page<>(items, next);
    }
}
