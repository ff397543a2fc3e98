package kz.appeals.appeal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import kz.appeals.appeal.AppealLifecycle.Action;
import kz.appeals.appeal.AppealViews.Versioned;
import kz.appeals.common.Preconditions;
import kz.appeals.common.ProblemException;
import kz.appeals.common.RegionTime;
import kz.appeals.security.Caller;

/**
 * Case control: every change to an appeal after its registration happens here, through
 * the entity, one transaction per action. Each action is checked in this order: the
 * caller's role (403), the appeal in their reading scope (404), the reach of the role
 * that allows the action (403), If-Match (428/412), the lifecycle table (409), then the
 * body (400, or 422 for an agency or official outside the appeal's district).
 */
@ApplicationScoped
public class CaseService {
    static final String SYSTEM = "system";

    @Inject
    Caller caller;

    @Inject
    AppealScope scope;

    @Inject
    CaseActions actions;

    @Inject
    AppealViews views;

    @Inject
    Timeline timeline;

    @Inject
    EntityManager em;

    @Inject
    Event<AppealStep> steps;

    /** One action's effect on the fields; the status is set from the table afterwards. */
    @FunctionalInterface
    private interface Effect {
        CaseActions.Entry apply(Appeal appeal, Instant now, LocalDate today);
    }

    @Transactional
    public Versioned assign(long id, String ifMatch, ActionRequests.Assignment in) {
        return act(Action.ASSIGNMENT, id, ifMatch, (a, now, today) -> actions.assign(a, in));
    }

    @Transactional
    public Versioned progress(long id, String ifMatch, ActionRequests.Progress in) {
        return act(Action.PROGRESS, id, ifMatch, (a, now, today) -> actions.progress(in));
    }

    @Transactional
    public Versioned extend(long id, String ifMatch, ActionRequests.Extension in) {
        return act(Action.EXTENSION, id, ifMatch, (a, now, today) -> actions.extend(a, in, today));
    }

    @Transactional
    public Versioned redirect(long id, String ifMatch, ActionRequests.Redirection in) {
        return act(Action.REDIRECTION, id, ifMatch, (a, now, today) -> actions.redirect(a, in, today));
    }

    @Transactional
    public Versioned resolve(long id, String ifMatch, ActionRequests.Resolution in) {
        return act(Action.RESOLUTION, id, ifMatch, (a, now, today) -> actions.resolve(a, in, now));
    }

    @Transactional
    public Versioned returnAnswer(long id, String ifMatch, ActionRequests.Return in) {
        return act(Action.RETURN, id, ifMatch, (a, now, today) -> actions.returnAnswer(a, in));
    }

    @Transactional
    public Versioned close(long id, String ifMatch) {
        return act(Action.CLOSURE, id, ifMatch, (a, now, today) -> actions.close(a, now));
    }

    @Transactional
    public Versioned reopen(long id, String ifMatch, ActionRequests.Reopening in) {
        return act(Action.REOPENING, id, ifMatch, (a, now, today) -> actions.reopen(a, in));
    }

    @Transactional
    public Versioned withdraw(long id, String ifMatch, ActionRequests.Withdrawal in) {
        return act(Action.WITHDRAWAL, id, ifMatch, (a, now, today) -> actions.withdraw(a, in));
    }

    private Versioned act(Action action, long id, String ifMatch, Effect effect) {
        if (action.roles().stream().noneMatch(caller::has)) {
            throw ProblemException.forbidden("The action '" + action.path() + "' is for: "
                    + String.join(", ", action.roles()));
        }
        Appeal appeal = scope.visible(id);
        // The role recorded is the one that allows this action on this appeal, not the caller's "first" role.
        String role = scope.actingOn(appeal, action).role();
        requireMatch(appeal, ifMatch);
        AppealLifecycle.require(action, appeal);
        // Every action, even one that changes no field (a progress note), takes a new version
        // at once: a concurrent action sent with the same If-Match waits here and then fails (412).
        em.lock(appeal, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        Instant now = Instant.now();
        LocalDate today = RegionTime.localDate(now);
        AppealStatus before = appeal.status;
        CaseActions.Entry entry = effect.apply(appeal, now, today);
        appeal.status = action.resultFrom(before);
        timeline.record(appeal, entry.kind(), before, entry.publicEntry(), entry.note(), caller.name(), role, now);
        // In this transaction: what the step owes the applicant (a notice) is written with it or not at all.
        steps.fire(new AppealStep(appeal, entry.kind(), entry.reason(), now));
        // Flushed here so that a lost race surfaces as OptimisticLockException (412) and the ETag is final.
        em.flush();
        return views.of(appeal, today);
    }

    /**
     * The deadline watch's mark on one appeal, in a transaction of its own so that one
     * appeal changed meanwhile by a user (or by another instance's watch) does not undo
     * the others. Returns what was recorded, or null when nothing was due.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public DeadlineMark markDeadline(long id, LocalDate today, LocalDate dueSoonUntil) {
        Appeal appeal = Appeal.findById(id);
        if (appeal == null || !appeal.isOpen()) {
            return null;
        }
        DeadlineMark mark;
        String note;
        if (appeal.dueOn.isBefore(today) && !appeal.overdueNotified) {
            appeal.overdueNotified = true;
            mark = DeadlineMark.OVERDUE;
            note = "Overdue: the term ended on " + appeal.dueOn;
        } else if (!appeal.dueOn.isBefore(today) && !appeal.dueOn.isAfter(dueSoonUntil) && !appeal.dueSoonNotified) {
            appeal.dueSoonNotified = true;
            mark = DeadlineMark.DUE_SOON;
            note = "Due soon: the term ends on " + appeal.dueOn;
        } else {
            return null;
        }
        timeline.record(appeal, mark.name(), appeal.status, false, note, SYSTEM, SYSTEM, Instant.now());
        em.flush();
        return mark;
    }

    /** What the deadline watch records on an appeal, once per term. */
    public enum DeadlineMark {
        DUE_SOON, OVERDUE
    }

    /**
     * If-Match must carry the current ETag (the rule is {@link Preconditions}): for every action on an
     * appeal, those of this class and the dismissal of a dispute (feedback).
     */
    public static void requireMatch(Appeal appeal, String ifMatch) {
        Preconditions.requireMatch(ifMatch, AppealView.etag(appeal), "appeal " + appeal.id, "/api/v1/appeals/" + appeal.id);
    }
}
