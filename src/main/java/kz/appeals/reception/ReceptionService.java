package kz.appeals.reception;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import kz.appeals.common.Page;
import kz.appeals.common.Preconditions;
import kz.appeals.common.ProblemException;
import kz.appeals.common.RegionTime;
import kz.appeals.common.ValidationException;
import kz.appeals.reception.ReceptionDtos.Cancellation;
import kz.appeals.reception.ReceptionDtos.ReceptionEventView;
import kz.appeals.reception.ReceptionDtos.Holding;
import kz.appeals.reception.ReceptionDtos.NewReception;
import kz.appeals.reception.ReceptionDtos.ReceptionView;
import kz.appeals.security.Caller;
import org.hibernate.JDBCException;

/**
 * Schedules, holds and cancels receptions, and writes each change to the reception's
 * journal in the same transaction. A reception outside the caller's districts answers
 * 404 for reading and changing alike.
 */
@ApplicationScoped
public class ReceptionService {
    /** PostgreSQL's SQLSTATE for a violated exclusion constraint. */
    private static final String EXCLUSION_VIOLATION = "23P01";

    /** A reception as shown, with the ETag of the state it shows. */
    public record Tagged(ReceptionView view, String etag) {
    }

    @Inject
    Caller caller;

    @Inject
    ReceptionScope scope;

    @Inject
    ScheduleChecks checks;

    @Inject
    ReceptionViews views;

    @Inject
    EntityManager em;

    @Inject
    ReceptionConfig config;

    @Transactional
    public Tagged schedule(NewReception in) {
        Instant now = Instant.now();
        ScheduleChecks.Slot slot = checks.check(in, now);
        checks.requireOfficialFree(in.officialId(), slot);
        Reception r = new Reception();
        r.officialId = in.officialId();
        r.districtCode = in.districtCode();
        r.format = in.format();
        r.campaignCode = slot.campaignCode();
        r.scheduledAt = slot.from();
        r.scheduledUntil = slot.until();
        r.status = ReceptionStatus.SCHEDULED;
        r.createdBy = caller.name();
        r.createdAt = now;
        insert(r);
        journal(r, slot.role(), "SCHEDULED", "Scheduled " + RegionTime.local(r.scheduledAt) + " to " + RegionTime.local(r.scheduledUntil)
                + ", official " + r.officialId + ", " + r.format + (r.campaignCode == null ? "" : ", campaign " + r.campaignCode), now);
        return new Tagged(views.detail(r), r.etag());
    }

    @Transactional
    public Tagged hold(long id, String ifMatch, Holding in) {
        Reception r = forChange(id, ifMatch);
        r.requireAllows(ReceptionStatus.HOLDING);
        Instant earliest = r.scheduledAt.minus(config.holdEarlyTolerance());
        if (Instant.now().isBefore(earliest)) {
            throw ProblemException.conflict("Reception " + r.id + " starts at " + RegionTime.local(r.scheduledAt)
                    + "; it can be marked held from " + RegionTime.local(earliest) + " on");
        }
        // The row lock taken by forChange keeps intake from adding an appeal between this count and the commit.
        long appeals = views.appealCount(r.id);
        if (in.citizensReceived() < appeals) {
            throw new ValidationException("citizensReceived", appeals + " appeals are recorded at this reception;"
                    + " at least as many citizens were received");
        }
        r.hold(in.citizensReceived());
        journal(r, scope.keeperOf(r.districtCode).role(), "HELD",
                "Citizens received: " + in.citizensReceived() + ", appeals recorded: " + appeals, Instant.now());
        return answer(r);
    }

    @Transactional
    public Tagged cancel(long id, String ifMatch, Cancellation in) {
        Reception r = forChange(id, ifMatch);
        r.requireAllows(ReceptionStatus.CANCELLATION);
        long appeals = views.appealCount(r.id);
        if (appeals > 0) {
            // Appeals were taken at it, so it did take place: cancelling would orphan them in the figures.
            throw ProblemException.conflict(appeals + " appeals are recorded at reception " + r.id
                    + ", so it took place; mark it held instead of cancelling it");
        }
        r.cancel(in.reason().strip());
        journal(r, scope.keeperOf(r.districtCode).role(), "CANCELLED", r.cancelReason, Instant.now());
        return answer(r);
    }

    public Tagged get(long id) {
        Reception r = scope.visible(Reception.findById(id), id);
        return new Tagged(views.detail(r), r.etag());
    }

    public Page<ReceptionEventView> events(long id) {
        scope.visible(Reception.findById(id), id);
        // A reception changes at most twice (scheduled, then held or cancelled): never paged.
        List<ReceptionEventView> items = ReceptionEvent.<ReceptionEvent>list("receptionId = ?1 order by id", id).stream()
                .map(e -> new ReceptionEventView(e.id, RegionTime.local(e.occurredAt), e.actor, e.actorRole, e.kind, e.note))
                .toList();
        return new Page<>(items, null);
    }

    /** The reception, locked until the end of the transaction, after the 404 and If-Match checks. */
    private Reception forChange(long id, String ifMatch) {
        Reception r = scope.visible(Reception.findById(id, LockModeType.PESSIMISTIC_WRITE), id);
        Preconditions.requireMatch(ifMatch, r.etag(), "reception " + id, "/api/v1/receptions/" + id);
        return r;
    }

    /** Flushes first so that the ETag carries the version just written. */
    private Tagged answer(Reception r) {
        em.flush();
        return new Tagged(views.detail(r), r.etag());
    }

    /** Inserts at once, so that a concurrent booking of the same official surfaces here as a 409. */
    private void insert(Reception r) {
        try {
            r.persistAndFlush();
        } catch (PersistenceException e) {
            if (isExclusionViolation(e)) {
                throw ScheduleChecks.overlap(r.officialId, "a reception at that time (booked a moment ago)");
            }
            throw e;
        }
    }

    private static boolean isExclusionViolation(Throwable e) {
        for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
            // Hibernate extracts the state also from a batch's next exception.
            if (t instanceof JDBCException jdbc && EXCLUSION_VIOLATION.equals(jdbc.getSQLState())
                    || t instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** A journal entry; {@code role} is the one that allowed the change (the caller's grant in the reception's district). */
    private void journal(Reception r, String role, String kind, String note, Instant at) {
        ReceptionEvent e = new ReceptionEvent();
        e.receptionId = r.id;
        e.occurredAt = at;
        e.actor = caller.name();
        e.actorRole = role;
        e.kind = kind;
        e.note = note;
        e.persist();
    }
}
