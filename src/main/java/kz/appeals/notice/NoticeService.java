package kz.appeals.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.appeals.appeal.Appeal;
import kz.appeals.appeal.AppealScope;
import kz.appeals.appeal.ApplicantKind;
import kz.appeals.common.Cursors;
import kz.appeals.common.Cursors.Keyset;
import kz.appeals.common.Cursors.Part;
import kz.appeals.common.Page;
import kz.appeals.common.PageRequest;
import kz.appeals.common.ProblemException;
import kz.appeals.common.RegionTime;
import kz.appeals.notice.NoticeDtos.NoticeRecord;
import kz.appeals.notice.NoticeDtos.NoticeView;
import kz.appeals.notice.NoticeLifecycle.Action;
import kz.appeals.security.Caller;
import kz.appeals.security.Roles;
import kz.appeals.security.Scope;

/**
 * Staff's side of the notices: an appeal's notices (whoever reads the appeal), the notices of a
 * status in the caller's districts (supervisors, admin), notices staff sent by post or phone, and
 * the retry of a FAILED one. Out of scope is 404, as everywhere.
 */
@ApplicationScoped
public class NoticeService {
    static final Keyset CURSOR = Keyset.of("notices", Part.LONG);
    /** Who sees the list of notices by status and retries them. */
    static final List<String> CONTROLLERS = List.of(Roles.ADMIN, Roles.SUPERVISOR);

    @Inject
    AppealScope appeals;

    @Inject
    Caller caller;

    @Inject
    NoticeWriter writer;

    @Inject
    NoticeOutbox outbox;

    @Inject
    NoticeConfig config;

    @Inject
    Cursors cursors;

    @Inject
    EntityManager em;

    /** Every notice of an appeal the caller reads, oldest first. */
    @Transactional
    public List<NoticeView> ofAppeal(long appealId) {
        Appeal appeal = appeals.visible(appealId);
        return Notice.<Notice>list("appealId = ?1 order by id", appeal.id).stream()
                .map(n -> NoticeView.of(n, appeal.registrationNumber)).toList();
    }

    /** Notices by status (and lateness) in the caller's districts, newest first. */
    @Transactional
    public Page<NoticeView> list(NoticeStatus status, Boolean late, PageRequest page) {
        Scope scope = caller.scope(CONTROLLERS).required();
        StringBuilder sql = new StringBuilder("select n.id, a.registration_number from notice n join appeal a on a.id = n.appeal_id"
                + " where true");
        Map<String, Object> parameters = new HashMap<>();
        if (!scope.regionWide()) {
            sql.append(" and a.district_code in (:districts)");
            parameters.put("districts", scope.districts());
        }
        if (status != null) {
            sql.append(" and n.status = :status");
            parameters.put("status", status.name());
        }
        if (late != null) {
            sql.append(" and n.late = :late");
            parameters.put("late", late);
        }
        if (!page.first()) {
            sql.append(" and n.id < :after");
            parameters.put("after", page.after().number(0));
        }
        sql.append(" order by n.id desc limit :limit");
        parameters.put("limit", page.limit() + 1);
        Query query = em.createNativeQuery(sql.toString());
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        boolean more = rows.size() > page.limit();
        List<Object[]> shown = more ? rows.subList(0, page.limit()) : rows;
        List<Long> ids = shown.stream().map(r -> ((Number) r[0]).longValue()).toList();
        Map<Long, Notice> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            Notice.<Notice>list("id in ?1", ids).forEach(n -> byId.put(n.id, n));
        }
        List<NoticeView> items = shown.stream()
                .map(r -> NoticeView.of(byId.get(((Number) r[0]).longValue()), (String) r[1])).toList();
        String next = more ? cursors.encode(CURSOR, items.get(items.size() - 1).id()) : null;
        return new Page<>(items, next);
    }

    /**
     * A notice staff sent themselves. A letter by post completes the owed POST notice of that kind
     * when there is one; otherwise (and for every phone call) a new notice is recorded, sent at once.
     */
    @Transactional
    public NoticeView record(long appealId, NoticeRecord in) {
        if (!in.kind().notice()) {
            throw new kz.appeals.common.ValidationException("kind", in.kind() + " is an answer template, not a notice");
        }
        Action action = NoticeLifecycle.recording(requireStaffChannel(in.channel()));
        if (action.actors().stream().noneMatch(caller::has)) {
            throw ProblemException.forbidden("Notices by post or phone are recorded by: " + String.join(", ", action.actors()));
        }
        Appeal appeal = appeals.visible(appealId);
        Scope scope = caller.scope(action.actors()).required();
        if (scope.grantFor(appeal.districtCode, appeal.agencyCode).isEmpty()) {
            throw ProblemException.forbidden("Recording notices of appeal " + appeal.registrationNumber
                    + " is outside your reach (" + scope.describe() + ")");
        }
        if (appeal.applicantKind == ApplicantKind.ANONYMOUS) {
            throw ProblemException.unprocessable("Anonymous applicants are not written to");
        }
        Instant now = Instant.now();
        Notice notice = in.channel() == NoticeChannel.POST
                ? Notice.<Notice>find("appealId = ?1 and kind = ?2 and channel = ?3 and status = ?4 order by id",
                        appeal.id, in.kind(), NoticeChannel.POST, NoticeStatus.PENDING).firstResult()
                : null;
        if (notice == null) {
            String address = Recipients.forStaff(appeal, in.channel()).orElseThrow(() -> ProblemException.unprocessable(
                    "The applicant gave no " + (in.channel() == NoticeChannel.POST ? "postal address" : "phone")));
            notice = writer.write(appeal, in.kind(), in.channel(), address, null, now, caller.name(), in.note());
        } else {
            notice.recordedBy = caller.name();
            notice.note = in.note();
        }
        NoticeLifecycle.require(action, notice.id, notice.status);
        notice.status = action.result();
        notice.sentAt = now;
        notice.deliveredAt = action.result() == NoticeStatus.DELIVERED ? now : null;
        notice.late = RegionTime.localDate(now).isAfter(notice.dueBy);
        notice.nextAttemptAt = now;
        em.flush();
        outbox.record(appeal.id, action == Action.CALL ? "NOTICE_DELIVERED" : "NOTICE_SENT", true,
                NoticeOutbox.words(notice.kind) + (action == Action.CALL ? " given by phone" : " sent by post"), now);
        return NoticeView.of(notice, appeal.registrationNumber);
    }

    /** A FAILED notice is tried again, with a new give-up time from now. */
    @Transactional
    public NoticeView retry(long noticeId) {
        Notice notice = Notice.findById(noticeId);
        Scope scope = caller.scope(Action.RETRY.actors()).required();
        Appeal appeal = notice == null ? null : Appeal.findById(notice.appealId);
        if (appeal == null || scope.grantFor(appeal.districtCode, appeal.agencyCode).isEmpty()) {
            throw ProblemException.notFound("Notice " + noticeId);
        }
        NoticeLifecycle.require(Action.RETRY, notice.id, notice.status);
        Instant now = Instant.now();
        notice.status = Action.RETRY.result();
        notice.failedAt = null;
        notice.sentAt = null; // one the gateway reported undelivered was sent: it is owed again
        notice.nextAttemptAt = now;
        notice.giveUpAt = now.plus(config.giveUpAfter());
        em.flush();
        outbox.record(appeal.id, "NOTICE_RETRY", false, NoticeOutbox.words(notice.kind) + " by "
                + NoticeOutbox.channelWords(notice.channel) + " to be tried again (by " + caller.name() + ")", now);
        return NoticeView.of(notice, appeal.registrationNumber);
    }

    private static NoticeChannel requireStaffChannel(NoticeChannel channel) {
        if (channel.automatic()) {
            throw new kz.appeals.common.ValidationException("channel",
                    "must be POST or PHONE: e-mail and SMS notices are sent by the service");
        }
        return channel;
    }
}
