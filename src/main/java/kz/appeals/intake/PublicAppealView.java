package kz.appeals.intake;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import kz.appeals.appeal.AppealStatus;
import kz.appeals.appeal.AppealType;
import kz.appeals.appeal.Outcome;
import kz.appeals.document.AttachmentView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a citizen sees of their appeal: no personal data, no internal notes. */
@Schema(name = "PublicAppeal")
public record PublicAppealView(
        @Schema(example = "2026-PVL-000153") String registrationNumber,
        AppealType type,
        AppealStatus status,
        OffsetDateTime registeredAt,
        @Schema(description = "Last working day of the term") LocalDate dueAt,
        Outcome outcome,
        OffsetDateTime closedAt,
        @Schema(description = "Public replies and steps, oldest first") List<Reply> replies,
        @Schema(description = "Answer letters to download, with the access code, from "
                + "/public/appeals/{registrationNumber}/attachments/{id}") List<AttachmentView.Public> attachments) {

    @Schema(name = "PublicReply")
    public record Reply(OffsetDateTime at, String kind, AppealStatus status, String text) {
    }
}
