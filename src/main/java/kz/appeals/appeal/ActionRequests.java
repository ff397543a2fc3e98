package kz.appeals.appeal;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the actions on an appeal ({@code POST /appeals/{id}/<action>}). */
public final class ActionRequests {
    private ActionRequests() {
    }

    @Schema(name = "AssignmentRequest")
    public record Assignment(
            @NotBlank @Size(max = 32) @Schema(example = "PVL-HOUSING") String agencyCode,
            @Schema(description = "An official of that agency who answers personally", example = "9") Long officialId,
            @Size(max = 2000) @Schema(description = "Internal instruction to the agency") String note) {
    }

    @Schema(name = "ProgressRequest")
    public record Progress(
            @NotBlank @Size(max = 4000) @Schema(example = "Inspection of the heating unit scheduled for Thursday")
            String note,
            @JsonProperty("public") @NotNull
            @Schema(name = "public", description = "true: the applicant sees the note on the tracking page")
            Boolean isPublic) {
    }

    @Schema(name = "ExtensionRequest")
    public record Extension(
            @NotNull @Schema(description = "The new last day of the term: a working day, at most two months after "
                    + "registration", example = "2026-12-30") LocalDate dueAt,
            @NotBlank @Size(max = 2000) @Schema(example = "An inspection of the building is needed") String reason) {
    }

    @Schema(name = "RedirectionRequest")
    public record Redirection(
            @NotBlank @Size(max = 300) @Schema(description = "The competent body outside the register",
                    example = "Department of Justice of Pavlodar region") String to,
            @NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(name = "ResolutionRequest")
    public record Resolution(
            @NotNull @Schema(description = "POSITIVE, EXPLAINED or REJECTED; REDIRECTED and TERMINATED follow from "
                    + "redirection and withdrawal", enumeration = {"POSITIVE", "EXPLAINED", "REJECTED"}) Outcome outcome,
            @NotBlank @Size(max = 20_000) @Schema(example = "The heating was restored on 12 November.") String answer) {
    }

    @Schema(name = "ReturnRequest")
    public record Return(@NotBlank @Size(max = 2000) @Schema(example = "The answer does not address the second question")
                         String reason) {
    }

    @Schema(name = "ClosureRequest", description = "No fields: the answer on record is accepted")
    public record Closure() {
    }

    @Schema(name = "ReopeningRequest")
    public record Reopening(@NotBlank @Size(max = 2000) @Schema(example = "The applicant contests the answer")
                            String reason) {
    }

    @Schema(name = "WithdrawalRequest")
    public record Withdrawal(@NotBlank @Size(max = 2000) @Schema(example = "Written request of the applicant")
                             String reason) {
    }
}
