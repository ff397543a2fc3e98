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
        @Schema(description = "Actions allowed in the current status, for invalid transitions") List<String> allowedActions,
        @Schema(description = "Id of the request, also in the X-Request-Id header and on each of its log lines:"
                + " quote it when reporting a problem", example = "3f9c2a71d04b8e65") String requestId) {

    public Problem(String type, String title, int status, String detail, List<FieldError> errors,
                   String currentStatus, List<String> allowedActions) {
        this(type, title, status, detail, errors, currentStatus, allowedActions, null);
    }

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "https://appeals.kz/problems/";

    @Schema(name = "FieldError")
    public record FieldError(@Schema(example = "applicant.iin") String field,
                             @Schema(example = "the check digit does not match") String message) {
    }

    Problem withRequestId(String id) {
        return new Problem(type, title, status, detail, errors, currentStatus, allowedActions, id);
    }

    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem(TYPE_BASE + slug, title, status, detail, null, null, null);
    }
}
