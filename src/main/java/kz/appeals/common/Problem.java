package kz.appeals.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem body, the only shape of every 4xx and 5xx answer. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(example = "https://appeals.kz/problems/validation") String type,
        @Schema(example = "Invalid input") String title,
        @Schema(example = "400") int status,
        @Schema(example = "applicant.iin: the check digit does not match") String detail,
        List<FieldError> errors,
        @Schema(description = "Current status of the appeal, for invalid transitions") String currentStatus,
        @Schema(description = "Actions allowed in the current status, for invalid transitions") List<String> allowedActions) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "https://appeals.kz/problems/";

    @Schema(name = "FieldError")
    public record FieldError(@Schema(example = "applicant.iin") String field,
                             @Schema(example = "the check digit does not match") String message) {
    }

    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem(TYPE_BASE + slug, title, status, detail, null, null, null);
    }
}
