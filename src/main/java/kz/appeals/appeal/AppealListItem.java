package kz.appeals.appeal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import kz.appeals.common.RegionTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An appeal in a list: enough to sort the work (status, term, agency, topic) and no
 * personal data. The applicant and the text are read one appeal at a time, so reading
 * them leaves a trace in the access logs of that appeal only.
 */
@Schema(name = "AppealListItem")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AppealListItem(
        long id,
        @Schema(example = "2026-PVL-000153") String registrationNumber,
        Channel channel,
        AppealType type,
        String topicCode,
        String districtCode,
        ApplicantKind applicantKind,
        @Schema(example = "FAMILY-WEEK-2026") String campaignCode,
        AppealStatus status,
        Outcome outcome,
        OffsetDateTime receivedAt,
        OffsetDateTime registeredAt,
        @Schema(description = "Last working day of the term") LocalDate dueAt,
        @Schema(description = "Open (not yet answered) after its due date") boolean overdue,
        String agencyCode,
        Long officialId,
        boolean extended,
        @Schema(description = "A repeat appeal: the earlier appeal's id, when the caller may read that appeal") Long repeatOf,
        boolean redirectRequired) {

    static AppealListItem of(Appeal a, LocalDate today, Long shownRepeatOf) {
        return new AppealListItem(a.id, a.registrationNumber, a.channel, a.type, a.topicCode, a.districtCode,
                a.applicantKind, a.campaignCode, a.status, a.outcome, RegionTime.local(a.receivedAt), RegionTime.local(a.registeredAt),
                a.dueOn, a.isOpen() && a.dueOn.isBefore(today), a.agencyCode, a.officialId, a.extended, shownRepeatOf,
                a.redirectRequired);
    }
}
