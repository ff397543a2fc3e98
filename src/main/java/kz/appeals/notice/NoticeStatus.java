package kz.appeals.notice;

/** Where a notice is; the moves between these are {@link NoticeLifecycle}'s table. */
public enum NoticeStatus {
    /** Owed: waiting for the dispatcher (or for staff, for paper post). */
    PENDING,
    /** Taken by the mail server or the SMS gateway, or posted by staff. */
    SENT,
    /** Known to have reached the applicant (told by phone). */
    DELIVERED,
    /** Given up: an invalid recipient, or no success within the configured time. */
    FAILED
}
