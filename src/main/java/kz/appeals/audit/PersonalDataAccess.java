package kz.appeals.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One read of personal data as an administrator sees it; the applicant is never shown, only the appeal.
 * The property order is also the CSV's column order.
 */
@Schema(name = "PersonalDataAccess")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "accessedAt", "subject", "username", "role", "endpoint", "appealId", "clientAddress"})
public record PersonalDataAccess(
        long id,
        @Schema(description = "When the data was read, UTC+5") OffsetDateTime accessedAt,
        @Schema(description = "The reader's token subject (sub)", example = "f3b1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d")
        String subject,
        @Schema(description = "The reader's user name (preferred_username)", example = "supervisor") String username,
        @Schema(description = "The role the reader acted in", example = "supervisor") String role,
        @Schema(description = "Method and path template of the request", example = "GET /api/v1/appeals/{id}")
        String endpoint,
        @Schema(description = "The appeal whose applicant was read; absent for a history lookup that found nothing")
        Long appealId,
        @Schema(description = "The client's address (behind a trusted proxy: the address it forwarded)",
                example = "10.20.0.15") String clientAddress) {
}
