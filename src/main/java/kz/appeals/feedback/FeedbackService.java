package kz.appeals.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import kz.appeals.appeal.Appeal;
import kz.appeals.appeal.AppealScope;
import kz.appeals.appeal.AppealStatus;
import kz.appeals.appeal.AppealView;
import kz.appeals.appeal.CaseService;
import kz.appeals.appeal.Timeline;
import kz.appeals.common.ProblemException;
import kz.appeals.feedback.FeedbackDtos.Request;
import kz.appeals.feedback.FeedbackDtos.View;
import kz.appeals.security.Caller;
import kz.appeals.security.Roles;
import kz.appeals.security.Scope;
import kz.appeals.security.Scope.Grant;

/**
 * The citizen's verdict after a closure: once per closure (409 on a second), within
 * {@link FeedbackConfig#window()} of it (410 after), on a closed appeal only (409 otherwise).
 * "Not solved" opens a dispute on the supervisors' list (GET /appeals?disputed=true, the SQL
 * function appeal_open_disputes), which a supervisor ends by reopening the appeal through the lifecycle
 * or by dismissing it with a reason. Every verdict and dismissal is on the timeline.
 */
@ApplicationScoped
public class FeedbackService {
    /** The roles that type in a verdict taken by phone. */
    static final List<String> RECORDERS = List.of(Roles.OPERATOR, Roles.OFFICE_STAFF, Roles.SUPERVISOR);
    static final String PUBLIC_ACTOR = "applicant";
    static final String PUBLIC_ROLE = "public";

    @Inject
    Caller caller;

    @Inject
    AppealScope scope;

    @Inject
    Timeline timeline;

    @Inject
    FeedbackConfig config;

    @Inject
    EntityManager em;

    /** The citizen's own verdict; the access code was checked by the caller. */
    @Transactional
    public FeedbackDtos.PublicView fromApplicant(long appealId, Request in) {
        lock(appealId);
        Appeal appeal = Appeal.findById(appealId);
        if (appeal == null) {
            throw ProblemException.notFound("Appeal " + appealId);
        }
        Feedback f = take(appeal, in, FeedbackChannel.PUBLIC, PUBLIC_ACTOR, PUBLIC_ROLE);
        return new FeedbackDtos.PublicView(f.solved, f.rating, kz.appeals.common.RegionTime.local(f.recordedAt));
    }

    /** A verdict the applicant gave by phone, typed in by staff within their scope. */
    @Transactional
    public View byPhone(long appealId, Request in) {
        Scope recorders = caller.scope(RECORDERS).required();
        lock(appealId);
        Appeal appeal = scope.visible(appealId);
        Grant grant = recorders.grantFor(appeal.districtCode, appeal.agencyCode).orElseThrow(() ->
                ProblemException.forbidden("Recording feedback on appeal " + appeal.registrationNumber
                        + " is outside your reach (" + recorders.describe() + ")"));
        Feedback f = take(appeal, in, FeedbackChannel.PHONE, caller.name(), grant.role());
        return View.of(f, !f.solved);
    }

    /** Every verdict on an appeal, oldest first. */
    @Transactional
    public List<View> list(long appealId) {
        Appeal appeal = scope.visible(appealId);
        boolean disputed = disputedNow(appeal);
        return Feedback.<Feedback>list("appealId = ?1 order by recordedAt, id", appeal.id).stream()
                .map(f -> View.of(f, disputed && f.closedAt.equals(appeal.closedAt))).toList();
    }

    /** A dismissed dispute, with the appeal's new ETag. */
    public record Dismissed(View view, String etag) {
    }

    /**
     * A supervisor keeps the answer of a disputed appeal and says why (the other way is reopening).
     * Like every action on an appeal it names the version it was decided on (If-Match: 428 without,
     * 412 when stale) and makes a new one, so a reopening or closure sent with the older ETag fails.
     */
    @Transactional
    public Dismissed dismiss(long appealId, String ifMatch, String reason) {
        Scope supervisors = caller.scope(List.of(Roles.SUPERVISOR)).required();
        lock(appealId);
        Appeal appeal = scope.visible(appealId);
        Grant grant = supervisors.grantFor(appeal.districtCode, appeal.agencyCode).orElseThrow(() ->
                ProblemException.forbidden("Deciding disputes of appeal " + appeal.registrationNumber
                        + " is outside your reach (" + supervisors.describe() + ")"));
        CaseService.requireMatch(appeal, ifMatch);
        if (!disputedNow(appeal)) {
            throw ProblemException.conflict("Appeal " + appeal.registrationNumber + " has no open dispute: the applicant"
                    + " did not say its current answer leaves the problem unsolved, or it was decided already");
        }
        em.lock(appeal, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        Feedback f = Feedback.<Feedback>find("appealId = ?1 and closedAt = ?2", appeal.id, appeal.closedAt).singleResult();
        Instant now = Instant.now();
        f.dismissedAt = now;
        f.dismissedBy = caller.name();
        f.dismissalReason = reason.strip();
        // public: the applicant learns why the appeal is not reopened
        timeline.record(appeal, "DISPUTE_DISMISSED", appeal.status, true,
                "The control officer reviewed the applicant's feedback and keeps the answer.\nReason: "
                        + f.dismissalReason, f.dismissedBy, grant.role(), now);
        em.flush();
        return new Dismissed(View.of(f, false), AppealView.etag(appeal));
    }

    private Feedback take(Appeal appeal, Request in, FeedbackChannel channel, String actor, String role) {
        if (appeal.status != AppealStatus.CLOSED) {
            throw ProblemException.conflict("Feedback is taken on a closed appeal; appeal " + appeal.registrationNumber
                    + " is " + appeal.status);
        }
        Instant now = Instant.now();
        Instant until = appeal.closedAt.plus(config.window());
        if (now.isAfter(until)) {
            throw new ProblemException(410, "gone", "Gone", "Feedback on this answer was taken until " + until
                    + " (" + config.window().toDays() + " days after the closure)");
        }
        if (Feedback.count("appealId = ?1 and closedAt = ?2", appeal.id, appeal.closedAt) > 0) {
            throw ProblemException.conflict("Feedback on this answer of appeal " + appeal.registrationNumber
                    + " was given already: once per closure");
        }
        Feedback f = new Feedback();
        f.appealId = appeal.id;
        f.closedAt = appeal.closedAt;
        f.outcome = appeal.outcome;
        f.solved = in.solved();
        f.rating = in.rating();
        f.comment = in.comment() == null || in.comment().isBlank() ? null : in.comment().strip();
        f.channel = channel;
        f.recordedAt = now;
        f.recordedBy = actor;
        f.recordedRole = role;
        f.persist();
        String how = channel == FeedbackChannel.PHONE ? " (by phone)" : "";
        String note = (f.solved ? "The applicant confirms the problem is solved" : "The applicant says the problem is not"
                + " solved: the answer is disputed") + how + "; rating " + f.rating + " of 5"
                + (f.comment == null ? "" : "\nComment: " + f.comment);
        timeline.record(appeal, f.solved ? "FEEDBACK" : "DISPUTED", appeal.status, false, note, actor, role, now);
        return f;
    }

    /**
     * Locks the appeal's row before the appeal is read: one verdict per closure even when two arrive
     * at once, and a closure or reopening waits for the verdict (or the verdict for it).
     */
    private void lock(long appealId) {
        em.createNativeQuery("select id from appeal where id = ?1 for update").setParameter(1, appealId).getResultList();
    }

    /** The one definition of a dispute, asked of the database (R__feedback.sql). */
    private boolean disputedNow(Appeal appeal) {
        if (appeal.closedAt == null) {
            return false;
        }
        em.flush();
        return (Boolean) em.createNativeQuery("select exists (select 1 from appeal_open_disputes() d"
                        + " where d.appeal_id = ?1 and d.closed_at = ?2)")
                .setParameter(1, appeal.id).setParameter(2, appeal.closedAt).getSingleResult();
    }
}
