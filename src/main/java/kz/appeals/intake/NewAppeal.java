package kz.appeals.intake;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import kz.appeals.appeal.AppealType;
import kz.appeals.appeal.ApplicantKind;
import kz.appeals.appeal.Channel;
import kz.appeals.appeal.Language;
import kz.appeals.appeal.Location;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of POST /appeals. Checks that need the database or the caller live in {@link AppealChecks}. */
@Schema(name = "NewAppeal")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewAppeal(
        @NotNull @Schema(example = "CALL_CENTER") Channel channel,
        @NotNull @Schema(example = "COMPLAINT") AppealType type,
        @NotBlank @Schema(example = "UTIL_HEATING") String topicCode,
        @NotBlank @Schema(example = "PVL") String districtCode,
        @NotNull @Size(min = 10, max = 10_000) @Schema(example = "No heating in building 12 on Lenin street since Monday.")
        String text,
        @NotNull @Valid Applicant applicant,
        @Schema(description = "Number of signatories of a collective appeal (2 or more)") Integer signatories,
        @Schema(description = "The reception the appeal was taken at (channel RECEPTION)") Long receptionId,
        @Schema(description = "When the office received it (staff only; not in the future, at most 30 days back)")
        OffsetDateTime receivedAt,
        @Size(max = 32) @Schema(description = "The campaign it belongs to (GET /api/v1/campaigns), any channel: active and"
                + " running in the appeal's district on the day it was received. An appeal taken at a reception of a"
                + " campaign belongs to it without naming it (naming another one: 422).", example = "FAMILY-WEEK-2026")
        String campaignCode,
        @Schema(description = "The language the applicant is written to in: ru (the default) or kk") Language language,
        @Valid @Schema(description = "Where the problem is (optional): a point within the region's bounds, an address, or both")
        Location location) {

    /** The same appeal, belonging to {@code code}. */
    public NewAppeal inCampaign(String code) {
        return new NewAppeal(channel, type, topicCode, districtCode, text, applicant, signatories, receptionId, receivedAt,
                code, language, location);
    }

    /** The same request with the location as intake checked and normalised it. */
    public NewAppeal withLocation(Location checked) {
        return new NewAppeal(channel, type, topicCode, districtCode, text, applicant, signatories, receptionId, receivedAt,
                campaignCode, language, checked);
    }

    @Schema(name = "Applicant")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Applicant(
            @NotNull @Schema(example = "INDIVIDUAL") ApplicantKind kind,
            @Size(max = 300) @Schema(example = "Aigerim Nurlanovna Sadykova") String fullName,
            @Schema(description = "Individual identification number, 12 digits with a check digit", example = "900101300011")
            String iin,
            @Schema(description = "Business identification number, 12 digits with a check digit") String bin,
            @Schema(description = "Any common notation; stored in E.164", example = "+7 701 234 56 78") String phone,
            @Size(max = 254) @Schema(example = "aigerim@example.kz") String email,
            @Size(max = 500) String postalAddress,
            @Schema(description = "Social groups the applicant belongs to") List<ApplicantGroup> groups) {
    }

    public enum ApplicantGroup {
        VETERAN, DISABILITY, YOUTH, LARGE_FAMILY, PENSIONER, ORPHAN, ENTREPRENEUR
    }
}
