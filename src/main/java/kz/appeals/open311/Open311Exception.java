package kz.appeals.open311;

/**
 * A failure answered in GeoReport v2's own error shape ({@code errors/error} with {@code code}
 * and {@code description}), in the format the request asked for, with the HTTP status as code.
 */
public class Open311Exception extends RuntimeException {
    private final int status;
    private final long retryAfterSeconds;

    public Open311Exception(int status, String description) {
        this(status, description, 0);
    }

    Open311Exception(int status, String description, long retryAfterSeconds) {
        super(description, null, false, false);
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int status() {
        return status;
    }

    /** Seconds for Retry-After (429), or 0. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    static Open311Exception badRequest(String description) {
        return new Open311Exception(400, description);
    }

    static Open311Exception notFound(String description) {
        return new Open311Exception(404, description);
    }
}
