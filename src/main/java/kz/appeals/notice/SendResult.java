package kz.appeals.notice;

/** What one attempt to send a notice came to. */
public record SendResult(Kind kind, String detail) {

    public enum Kind {
        /** The mail server or the gateway took it. */
        SENT,
        /** May work later (server down, timeout, 5xx of a gateway): retried with backoff. */
        TRANSIENT,
        /** Will never work (the server refused the recipient): FAILED at once. */
        PERMANENT
    }

    public static SendResult sent() {
        return new SendResult(Kind.SENT, null);
    }

    public static SendResult transientFailure(String detail) {
        return new SendResult(Kind.TRANSIENT, detail);
    }

    public static SendResult permanentFailure(String detail) {
        return new SendResult(Kind.PERMANENT, detail);
    }
}
