package kz.appeals.reception;

import kz.appeals.catalogue.OfficialType;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import kz.appeals.appeal.AppealStatus;
import kz.appeals.appeal.Outcome;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the receptions API reads and writes; entities never leave the service. */
public final class ReceptionDtos {
    private ReceptionDtos() {
    }

    @Schema(name = "NewReception")
    public record NewReception(
            @NotNull @Schema(description = "An active official from GET /api/v1/officials", example = "14")
            Long officialId,
            @NotBlank @Size(max = 16) @Schema(description = "An active district; office staff: one of their own", example = "PVL")
            String districtCode,
            @NotNull @Schema(example = "REGULAR") ReceptionFormat format,
            @Size(max = 32) @Schema(description = "The campaign it belongs to (GET /api/v1/campaigns): active, running in"
                    + " its district on its day. A THEMATIC reception names one.", example = "FAMILY-WEEK-2026")
            String campaignCode,
            @Size(max = 200) @Schema(description = "Instead of campaignCode, for clients of the first version: the"
                    + " campaign's name in Russian or Kazakh (letter case aside), mapped to the one active campaign of that"
                    + " name running in the reception's district on its day (422 when none or several); with"
                    + " campaignCode, it must be that campaign's name", example = "Неделя поддержки семьи", deprecated = true)
            String campaign,
            @NotNull @Schema(description = "Start, ISO-8601 with offset; at most 30 days back, at most a year ahead",
                    example = "2026-12-01T10:00:00+05:00")
            OffsetDateTime scheduledAt,
            @Schema(description = "End, after the start and at most 24 hours later; default: the start plus "
                    + "appeals.receptions.default-duration (3 hours)", example = "2026-12-01T13:00:00+05:00")
            OffsetDateTime scheduledUntil) {
    }

    @Schema(name = "ReceptionHolding")
    public record Holding(
            @NotNull @Min(0) @Max(100_000)
            @Schema(description = "Citizens received; at least the number of appeals recorded at the reception", example = "3")
            Integer citizensReceived) {
    }

    @Schema(name = "ReceptionCancellation")
    public record Cancellation(
            @NotBlank @Size(max = 2000) @Schema(example = "The deputy is called to a session of the Mazhilis")
            String reason) {
    }

    @Schema(name = "Reception", description = "A personal reception. Times are in UTC+5.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReceptionView(
            long id,
            @Schema(example = "14") long officialId,
            @Schema(example = "Yessenova Dinara Askhatovna") String officialName,
            OfficialType officialType,
            @Schema(example = "PVL") String districtCode,
            ReceptionFormat format,
            @Schema(description = "The campaign's name (Russian); for receptions recorded before campaigns were kept,"
                    + " the name as it was written") String campaign,
            @Schema(example = "FAMILY-WEEK-2026") String campaignCode,
            OffsetDateTime scheduledAt,
            OffsetDateTime scheduledUntil,
            ReceptionStatus status,
            @Schema(description = "The day it took place (its scheduled local date); HELD only") LocalDate heldOn,
            @Schema(description = "CANCELLED only") String cancelReason,
            Figures figures,
            @Schema(description = "The appeals taken at it; only in answers about one reception")
            List<AppealAtReception> appeals,
            @Schema(description = "Actions the current status allows", example = "[\"holding\", \"cancellation\"]")
            List<String> allowedActions,
            String createdBy,
            OffsetDateTime createdAt) {
    }

    @Schema(name = "ReceptionFigures")
    public record Figures(
            @Schema(description = "Citizens received; null until the reception is held", nullable = true, example = "3")
            Integer citizensReceived,
            @Schema(description = "Appeals recorded at the reception", example = "2") long appealsRecorded,
            @Schema(description = "Of them, answered with outcome POSITIVE", example = "1") long positive,
            @Schema(description = "positive / appealsRecorded, 4 decimals; 0 when no appeal is recorded", example = "0.5")
            double positiveRate) {
    }

    /** An appeal as a reception lists it: no text, no applicant. */
    @Schema(name = "AppealAtReception")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record AppealAtReception(long id, @Schema(example = "2026-PVL-000153") String registrationNumber,
                                    AppealStatus status, @Schema(nullable = true) Outcome outcome) {
    }

    @Schema(name = "ReceptionEvent")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReceptionEventView(long id, OffsetDateTime occurredAt, @Schema(example = "office") String actor,
                            @Schema(example = "office-staff") String actorRole,
                            @Schema(enumeration = {"SCHEDULED", "HELD", "CANCELLED"}) String kind,
                            String note) {
    }
}
