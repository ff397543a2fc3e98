package kz.appeals.common;

import java.util.List;
import java.util.Map;

/**
 * A domain failure that maps to one problem+json answer. Subtypes are small and
 * named after what went wrong; {@link ProblemMappers} turns them into responses.
 */
public class ProblemException extends RuntimeException {
    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.FieldError> errors;
    private final Map<String, String> headers;

    protected ProblemException(int status, String slug, String title, String detail,
                               List<Problem.FieldError> errors, Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors;
        this.headers = headers;
    }

    public ProblemException(int status, String slug, String title, String detail) {
        this(status, slug, title, detail, null, Map.of());
    }

    public Problem toProblem() {
        return new Problem(Problem.TYPE_BASE + slug, title, status, getMessage(), errors, null, null);
    }

    public int status() {
        return status;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, "not-found", "Not found", what + " was not found");
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflict", detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail);
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "bad-request", "Bad request", detail);
    }

    public static ProblemException unprocessable(String detail) {
        return new ProblemException(422, "unprocessable", "Unprocessable request", detail);
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(412, "precondition-failed", "Precondition failed", detail);
    }

    public static ProblemException preconditionRequired(String detail) {
        return new ProblemException(428, "precondition-required", "Precondition required", detail);
    }

    public static ProblemException tooManyRequests(String detail, long retryAfterSeconds) {
        return new ProblemException(429, "too-many-requests", "Too many requests", detail, null,
                Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }
}
