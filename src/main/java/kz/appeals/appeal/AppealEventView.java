package kz.appeals.appeal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import kz.appeals.common.RegionTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of an appeal's timeline. */
@Schema(name = "AppealEvent")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AppealEventView(
        long id,
        OffsetDateTime occurredAt,
        @Schema(description = "User name of who acted; 'system' for the deadline watch, 'dispatcher' for notices sent",
                example = "supervisor") String actor,
        @Schema(description = "The role they acted in", example = "supervisor") String actorRole,
        @Schema(description = "What happened", example = "ASSIGNED",
                enumeration = {"REGISTERED", "ASSIGNED", "REASSIGNED", "PROGRESS", "EXTENDED", "REDIRECTED", "RESOLVED",
                        "RETURNED", "CLOSED", "REOPENED", "WITHDRAWN", "DUE_SOON", "OVERDUE", "NOTICE_SENT", "NOTICE_DELIVERED",
                        "NOTICE_FAILED", "NOTICE_RETRY", "FEEDBACK", "DISPUTED", "DISPUTE_DISMISSED", "ATTACHMENT_ADDED",
                        "ATTACHMENT_REMOVED"}) String kind,
        @JsonProperty("public")
        @Schema(name = "public", description = "true: shown to the applicant on the public tracking page") boolean publicEntry,
        AppealStatus statusBefore,
        AppealStatus statusAfter,
        @Schema(description = "What changed and why, in words") String note) {

    static AppealEventView of(AppealEvent e) {
        return new AppealEventView(e.id, RegionTime.local(e.occurredAt), e.actor, e.actorRole, e.kind, e.publicEntry,
                e.statusBefore, e.statusAfter, e.note);
    }
}
