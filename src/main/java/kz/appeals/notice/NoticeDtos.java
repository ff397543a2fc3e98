package kz.appeals.notice;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import kz.appeals.appeal.Language;
import kz.appeals.common.RegionTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the notice endpoints read and answer. */
public final class NoticeDtos {
    private NoticeDtos() {
    }

    @Schema(name = "Notice")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NoticeView(
            long id,
            long appealId,
            @Schema(example = "2026-PVL-000153") String registrationNumber,
            NoticeKind kind,
            NoticeChannel channel,
            @Schema(description = "The address, masked", example = "a*****m@example.kz") String recipient,
            Language language,
            NoticeStatus status,
            @Schema(description = "The last day the notice is due by (working days from the step that owes it)")
            LocalDate dueBy,
            @Schema(description = "Not sent by dueBy: sent late, or still owed after it") boolean late,
            OffsetDateTime createdAt,
            OffsetDateTime sentAt,
            OffsetDateTime deliveredAt,
            OffsetDateTime failedAt,
            @Schema(description = "Attempts to send so far") int attempts,
            @Schema(description = "Why the last attempt failed (addresses and numbers masked)") String lastError,
            @Schema(description = "Who recorded a POST or PHONE notice") String recordedBy,
            String note) {

        static NoticeView of(Notice n, String registrationNumber) {
            return new NoticeView(n.id, n.appealId, registrationNumber, n.kind, n.channel,
                    Recipients.mask(n.channel, n.recipient), n.language, n.status, n.dueBy, n.late,
                    RegionTime.local(n.createdAt), RegionTime.local(n.sentAt), RegionTime.local(n.deliveredAt),
                    RegionTime.local(n.failedAt), n.attempts, n.lastError, n.recordedBy, n.note);
        }
    }

    @Schema(name = "NoticeRecord", description = "A notice staff sent themselves: a letter by post, or a phone call")
    public record NoticeRecord(
            @NotNull @Schema(example = "REGISTRATION") NoticeKind kind,
            @NotNull @Schema(description = "POST or PHONE", example = "PHONE") NoticeChannel channel,
            @Size(max = 2000) @Schema(example = "Read out the registration number and the access code") String note) {
    }

    @Schema(name = "Template")
    public record TemplateView(
            @Schema(example = "registration-ru") String code,
            NoticeKind kind,
            Language language,
            @Schema(example = "Ваше обращение зарегистрировано {registeredOn} под номером {registrationNumber}.") String text,
            boolean active) {

        static TemplateView of(NoticeTemplate t) {
            return new TemplateView(t.code, t.kind, t.language, t.text, t.active);
        }
    }

    @Schema(name = "TemplateInput", description = "A template; on PUT the code comes from the path (a code in the body must equal it)")
    public record TemplateInput(
            @Size(min = 1, max = 64) @Schema(example = "registration-ru-short") String code,
            @NotNull NoticeKind kind,
            @NotNull Language language,
            @NotBlank @Size(max = 10000) String text,
            @Schema(description = "Active templates are used (one per notice kind and language: activating one retires "
                    + "the other; answer drafts: any number); default true") Boolean active) {
    }

    @Schema(name = "AnswerDraft", description = "The start of an answer, rendered from an answer template for one appeal")
    public record AnswerDraft(
            @Schema(description = "The answer template's code", example = "answer-draft-explanation-ru") String template,
            @Schema(description = "The applicant's language, the template's") Language language,
            @Schema(example = "Уважаемый(ая) Марат Оспанов! На Ваше обращение 2026-PVL-000153 ...") String text) {
    }

    @Schema(name = "DeliveryReport", description = "The SMS gateway's word on a message it took")
    public record DeliveryReport(
            @NotBlank @Size(max = 200) @Schema(description = "The messageId of the gateway's request",
                    example = "<notice.4f0c9a1b2c3d4e5f60718293@appeals.localhost>") String messageId,
            @NotNull Status status,
            @Size(max = 500) @Schema(description = "Why it was not delivered (FAILED)", example = "subscriber unreachable")
            String reason) {

        @Schema(name = "DeliveryReportStatus")
        public enum Status { DELIVERED, FAILED }
    }
}
