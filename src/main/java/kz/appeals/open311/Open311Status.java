package kz.appeals.open311;

import kz.appeals.appeal.AppealStatus;
import kz.appeals.appeal.Outcome;

/**
 * How the life of an appeal reads in GeoReport v2 and in the service-request updates extension.
 * The one place of the mapping (the table in docs/open311.md is this one).
 *
 * <p>A request is {@code open} until the register has finished with it: registered, assigned, in
 * progress, and also resolved, because an executor's answer is not the region's answer until the
 * control officer accepts it. Closed, redirected and withdrawn appeals are {@code closed}.
 */
final class Open311Status {
    /** Where an appeal stands, coarsely: an update is due when this changes (or a public entry is made). */
    enum Stage { OPEN, IN_PROGRESS, ENDED }

    private Open311Status() {
    }

    /** GeoReport v2's status of a request: open or closed. */
    static String of(AppealStatus status) {
        return stage(status) == Stage.ENDED ? "closed" : "open";
    }

    static Stage stage(AppealStatus status) {
        if (status == null) {
            return null;
        }
        return switch (status) {
            case REGISTERED -> Stage.OPEN;
            case ASSIGNED, IN_PROGRESS, RESOLVED -> Stage.IN_PROGRESS;
            case CLOSED, REDIRECTED, WITHDRAWN -> Stage.ENDED;
        };
    }

    /**
     * The updates extension's status for an appeal in {@code status}; {@code outcome} is the
     * outcome it was closed with (null when not known: then a closure reads CLOSED).
     */
    static String update(AppealStatus status, Outcome outcome) {
        return switch (status) {
            case REGISTERED -> "OPEN";
            case ASSIGNED, IN_PROGRESS, RESOLVED -> "IN_PROGRESS";
            case CLOSED -> outcome == null ? "CLOSED" : switch (outcome) {
                case POSITIVE -> "FIXED";
                case REJECTED -> "NO_FURTHER_ACTION";
                case EXPLAINED, REDIRECTED, TERMINATED -> "CLOSED";
            };
            case REDIRECTED -> "NOT_COUNCILS_RESPONSIBILITY";
            case WITHDRAWN -> "NO_FURTHER_ACTION";
        };
    }
}
