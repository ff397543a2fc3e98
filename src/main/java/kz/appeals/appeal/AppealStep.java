package kz.appeals.appeal;

import java.time.Instant;

/**
 * A step in the life of an appeal, told to whoever listens (a CDI event, fired synchronously in
 * the transaction that took the step): the registration of a new appeal, and every case action
 * with the kind of its timeline entry. The notices to the applicant are written from it, so that
 * a notice exists exactly when the step was committed.
 *
 * @param kind the timeline kind of the step (REGISTERED, EXTENDED, REDIRECTED, CLOSED, REOPENED...)
 * @param reason the reason the actor gave, where the action takes one; otherwise null
 */
public record AppealStep(Appeal appeal, String kind, String reason, Instant at) {
}
