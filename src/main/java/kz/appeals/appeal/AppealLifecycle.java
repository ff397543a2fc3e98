package kz.appeals.appeal;

import static kz.appeals.appeal.AppealStatus.ASSIGNED;
import static kz.appeals.appeal.AppealStatus.CLOSED;
import static kz.appeals.appeal.AppealStatus.IN_PROGRESS;
import static kz.appeals.appeal.AppealStatus.REDIRECTED;
import static kz.appeals.appeal.AppealStatus.REGISTERED;
import static kz.appeals.appeal.AppealStatus.RESOLVED;
import static kz.appeals.appeal.AppealStatus.WITHDRAWN;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import kz.appeals.common.InvalidTransitionException;
import kz.appeals.security.Roles;

/**
 * The life of an appeal as one table: which action is allowed from which statuses,
 * which status it leads to, and who may take it. {@link CaseService} consults it before
 * every action, and the historical import walks it ({@link #historicalPath}), so no other
 * code decides a transition.
 */
public final class AppealLifecycle {
    private static final String SUPERVISOR = Roles.SUPERVISOR;
    private static final String EXECUTOR = Roles.EXECUTOR;
    private static final String OFFICE = Roles.OFFICE_STAFF;

    /** The actions, each with its row of the table. A null result keeps the status. */
    public enum Action {
        //           allowed from                                       result        roles
        ASSIGNMENT (EnumSet.of(REGISTERED, ASSIGNED, IN_PROGRESS),      ASSIGNED,     SUPERVISOR),
        PROGRESS   (EnumSet.of(ASSIGNED, IN_PROGRESS),                  IN_PROGRESS,  EXECUTOR, SUPERVISOR),
        EXTENSION  (EnumSet.of(ASSIGNED, IN_PROGRESS),                  null,         SUPERVISOR),
        REDIRECTION(EnumSet.of(REGISTERED, ASSIGNED, IN_PROGRESS),      REDIRECTED,   SUPERVISOR),
        RESOLUTION (EnumSet.of(ASSIGNED, IN_PROGRESS),                  RESOLVED,     EXECUTOR, SUPERVISOR),
        RETURN     (EnumSet.of(RESOLVED),                               IN_PROGRESS,  SUPERVISOR),
        CLOSURE    (EnumSet.of(RESOLVED),                               CLOSED,       SUPERVISOR),
        REOPENING  (EnumSet.of(CLOSED),                                 IN_PROGRESS,  SUPERVISOR),
        WITHDRAWAL (EnumSet.of(REGISTERED, ASSIGNED, IN_PROGRESS),      WITHDRAWN,    SUPERVISOR, OFFICE);

        private final Set<AppealStatus> from;
        private final AppealStatus result;
        private final List<String> roles;

        Action(Set<AppealStatus> from, AppealStatus result, String... roles) {
            this.from = from;
            this.result = result;
            this.roles = List.of(roles);
        }

        /** The last segment of {@code POST /appeals/{id}/<action>}. */
        public String path() {
            return name().toLowerCase(Locale.ROOT);
        }

        public boolean allowedFrom(AppealStatus status) {
            return from.contains(status);
        }

        /** The status after the action taken in {@code current}. */
        public AppealStatus resultFrom(AppealStatus current) {
            return result == null ? current : result;
        }

        public List<String> roles() {
            return roles;
        }
    }

    /** A step of a walk through the table: the action and the statuses before and after it. */
    public record Step(Action action, AppealStatus before, AppealStatus after) {
    }

    private AppealLifecycle() {
    }

    /**
     * How an appeal of a historical register reached the outcome the register gives: the actions
     * of the table from REGISTERED. Every such appeal names the agency that handled it, hence the
     * assignment first. An answer ends CLOSED (a reopening may follow); a redirection ends
     * REDIRECTED and a termination WITHDRAWN, as those actions do live (nothing follows them).
     */
    public static List<Action> historicalPath(Outcome outcome) {
        return switch (outcome) {
            case POSITIVE, EXPLAINED, REJECTED -> List.of(Action.ASSIGNMENT, Action.RESOLUTION, Action.CLOSURE);
            case REDIRECTED -> List.of(Action.ASSIGNMENT, Action.REDIRECTION);
            case TERMINATED -> List.of(Action.ASSIGNMENT, Action.WITHDRAWAL);
        };
    }

    /** The steps of actions taken one after the other from {@code start}, each one allowed by the table. */
    public static List<Step> walk(AppealStatus start, List<Action> actions) {
        List<Step> steps = new ArrayList<>(actions.size());
        AppealStatus status = start;
        for (Action action : actions) {
            if (!action.allowedFrom(status)) {
                throw new IllegalStateException("The lifecycle does not allow '" + action.path() + "' in status " + status);
            }
            AppealStatus after = action.resultFrom(status);
            steps.add(new Step(action, status, after));
            status = after;
        }
        return steps;
    }

    /** The actions the table allows in a status, by their path names. */
    public static List<String> allowedIn(AppealStatus status) {
        return paths(allowedFor(status, action -> true));
    }

    /**
     * The actions a caller may take now: those the table allows in the status and that
     * {@code permitted} grants (whether a role of the caller that the action's row names reaches
     * the appeal: {@link AppealScope#permits}), in the table's order. The two checks are the
     * ones every action makes ({@link #require} and {@link AppealScope#actingOn}), so the list
     * offers exactly what would not be refused with 403 or 409.
     */
    public static List<Action> allowedFor(AppealStatus status, Predicate<Action> permitted) {
        return Arrays.stream(Action.values()).filter(a -> a.allowedFrom(status) && permitted.test(a)).toList();
    }

    /** Actions by their path names. */
    public static List<String> paths(List<Action> actions) {
        return actions.stream().map(Action::path).toList();
    }

    /** Throws the 409 that names the current status and what it allows. */
    public static void require(Action action, Appeal appeal) {
        if (!action.allowedFrom(appeal.status)) {
            throw new InvalidTransitionException("Appeal " + appeal.registrationNumber, action.path(),
                    appeal.status.name(), allowedIn(appeal.status));
        }
    }
}
