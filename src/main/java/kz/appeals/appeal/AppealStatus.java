package kz.appeals.appeal;

public enum AppealStatus {
    REGISTERED, ASSIGNED, IN_PROGRESS, RESOLVED, CLOSED, REDIRECTED, WITHDRAWN;

    /** Open appeals are still under control: they can become overdue. */
    public boolean isOpen() {
        return this != CLOSED && this != REDIRECTED && this != WITHDRAWN;
    }
}
