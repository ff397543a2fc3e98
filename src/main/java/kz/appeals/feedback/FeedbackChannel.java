package kz.appeals.feedback;

/** How the verdict reached the register. */
public enum FeedbackChannel {
    /** The citizen on the tracking page, with the access code. */
    PUBLIC,
    /** Taken by phone and typed in by staff. */
    PHONE
}
