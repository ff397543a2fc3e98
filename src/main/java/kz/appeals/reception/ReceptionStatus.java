package kz.appeals.reception;

import java.util.List;

/**
 * The life of a reception, with the actions each status allows as data: a reception is
 * scheduled, then either held or cancelled, and both ends are final.
 */
public enum ReceptionStatus {
    SCHEDULED(List.of(ReceptionStatus.HOLDING, ReceptionStatus.CANCELLATION)),
    HELD(List.of()),
    CANCELLED(List.of());

    /** Action names are the last segment of the action's URL. */
    public static final String HOLDING = "holding";
    public static final String CANCELLATION = "cancellation";

    private final List<String> allowedActions;

    ReceptionStatus(List<String> allowedActions) {
        this.allowedActions = allowedActions;
    }

    public List<String> allowedActions() {
        return allowedActions;
    }
}
