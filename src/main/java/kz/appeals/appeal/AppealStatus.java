package kz.appeals.appeal;

/**
 * The statuses of an appeal's life ({@link AppealLifecycle} says how one follows another), and
 * which of them are open. This is the one definition of "open": SQL asks the same question
 * through appeal_status_is_open() (R__appeal_status.sql), which a test checks against this enum
 * for every status.
 */
public enum AppealStatus {
    REGISTERED(true),
    ASSIGNED(true),
    IN_PROGRESS(true),
    /** Answered by the executor: the answer awaits the control officer, the term no longer runs. */
    RESOLVED(false),
    CLOSED(false),
    REDIRECTED(false),
    WITHDRAWN(false);

    private final boolean open;

    AppealStatus(boolean open) {
        this.open = open;
    }

    /**
     * Open appeals await the executor's answer: their term runs and they can become overdue.
     * The statistics count the others as resolved.
     */
    public boolean isOpen() {
        return open;
    }
}
