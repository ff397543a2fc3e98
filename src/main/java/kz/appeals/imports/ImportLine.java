package kz.appeals.imports;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import kz.appeals.catalogue.OfficialType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;
import kz.appeals.appeal.AppealType;
import kz.appeals.appeal.Channel;
import kz.appeals.appeal.Location;
import kz.appeals.appeal.Outcome;
import kz.appeals.document.AttachmentKind;
import kz.appeals.intake.NewAppeal;
import kz.appeals.reception.ReceptionFormat;

/**
 * One line of a historical register (NDJSON). A line of the register's own export
 * (GET /appeals/export) carries {@code register} as well, the exporting register's number,
 * status and dates, which the import derives anew: it is ignored.
 */
@JsonIgnoreProperties({"register"})
public record ImportLine(
        @NotBlank @Size(max = 100) String externalRef,
        @NotNull Channel channel,
        @NotNull AppealType type,
        @NotBlank String topicCode,
        @NotBlank String districtCode,
        @NotNull @Size(min = 10, max = 10_000) String text,
        @NotNull @Valid NewAppeal.Applicant applicant,
        Integer signatories,
        @NotNull OffsetDateTime receivedAt,
        @Valid ReceptionRef reception,
        @Valid Resolution resolution,
        @Size(max = 32) String campaignCode,
        List<@NotNull @Valid AttachmentRef> attachments,

        @Valid Location location) {

    public record ReceptionRef(
            @NotBlank @Size(max = 100) String externalRef,
            @NotNull OfficialType officialType,
            @NotBlank @Size(max = 200) String officialName,
            @NotNull OffsetDateTime heldAt,
            @NotNull ReceptionFormat format,
            @Size(max = 200) String campaign,
            @NotNull @Min(0) Integer citizensReceived,
            @Size(max = 32) String campaignCode) {
    }


    public record Resolution(
            @NotBlank String agencyCode,
            @NotNull OffsetDateTime resolvedAt,
            @NotNull Outcome outcome,
            @NotBlank @Size(max = 20_000) String answer) {
    }

    /**
     * A document of the register's appeal: given inline (base64; the line stays under the import's
     * line length), or as the path of a file in the uploaded batch (a ZIP). One of the two.
     */
    public record AttachmentRef(
            @NotNull AttachmentKind kind,
            @NotBlank @Size(max = 255) String fileName,
            String contentBase64,
            @Size(max = 500) String path,
            @JsonProperty("public") Boolean isPublic) {
    }

    List<AttachmentRef> attachmentsOrNone() {
        return attachments == null ? List.of() : attachments;
    }

    NewAppeal asNewAppeal() {
        return new NewAppeal(channel, type, topicCode, districtCode, text, applicant, signatories, null, receivedAt,
                campaignCode, null, location);
    }
}
