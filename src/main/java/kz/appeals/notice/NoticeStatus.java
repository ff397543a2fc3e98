package kz.appeals.notice;

/** Where a notice is; the moves between these are {@link NoticeLifecycle}'s table. */
public enum NoticeStatus {
    /** Owed: waiting for the dispatcher (or for staff, for paper post). */
    PENDING,
    /** Taken by the mail server or the SMS gateway, or posted by staff. */
    SENT,
    /** Known to have reached the applicant (told by phone, or the SMS gateway reported it delivered). */
    DELIVERED,
    /** Given up: an invalid recipient, no success within the configured time, or reported undeliverable by the gateway. */
    FAILED
}
