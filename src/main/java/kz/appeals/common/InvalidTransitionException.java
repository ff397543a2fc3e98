package kz.appeals.common;

import java.util.List;

/** An action that the current status does not allow: 409 naming the status and what is allowed. */
public class InvalidTransitionException extends RuntimeException {
    private final String currentStatus;
    private final String action;
    private final List<String> allowedActions;

    public InvalidTransitionException(String what, String action, String currentStatus, List<String> allowedActions) {
        super(what + " in status " + currentStatus + " does not allow '" + action + "'"
                + (allowedActions.isEmpty() ? "; no action is allowed" : "; allowed: " + String.join(", ", allowedActions)),
                null, false, false);
        this.currentStatus = currentStatus;
        this.action = action;
        this.allowedActions = List.copyOf(allowedActions);
    }

    public Problem toProblem() {
        return new Problem(Problem.TYPE_BASE + "invalid-transition", "Invalid state transition", 409,
                getMessage(), null, currentStatus, allowedActions);
    }

    public String action() {
        return action;
    }
}
