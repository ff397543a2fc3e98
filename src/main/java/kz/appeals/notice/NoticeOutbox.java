package kz.appeals.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import kz.appeals.appeal.Appeal;
import kz.appeals.appeal.Timeline;
import kz.appeals.common.PiiMaskingFilter;
import kz.appeals.common.RegionTime;
import kz.appeals.intake.AccessCodes;
import kz.appeals.notice.NoticeLifecycle.Action;

/**
 * The dispatcher's side of the outbox, one short transaction per step so that no transaction is
 * open while a message travels. A claim takes due rows with {@code FOR UPDATE SKIP LOCKED} and
 * leases them (next_attempt_at moves past the lease, a claim token is written); every result is
 * an UPDATE guarded by that token and by the lifecycle's "allowed from", so a dispatcher whose
 * lease ran out (it hung, or died and the row was claimed again) changes nothing.
 */
@ApplicationScoped
class NoticeOutbox {
    static final String SYSTEM_ROLE = "system";
    private static final int MAX_ERROR = 1000;

    /** A claimed notice: what to send, and what the result needs. */
    record Claimed(Outgoing out, UUID token, int attempts, Instant giveUpAt, LocalDate dueBy, long appealId,
                   NoticeKind kind) {
    }

    /** What a result did to the row. */
    enum Completion { SENT, POSTPONED, FAILED, LEASE_LOST }

    @Inject
    EntityManager em;

    @Inject
    Timeline timeline;

    @Inject
    AccessCodes accessCodes;

    @Inject
    NoticeConfig config;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    List<Claimed> claim(int limit, Instant now) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from notice where status in "
                        + NoticeLifecycle.sqlFrom(Action.SENDING) + " and channel in ('EMAIL', 'SMS')"
                        + " and next_attempt_at <= :now order by next_attempt_at, id limit :limit for update skip locked")
                .setParameter("now", Timestamp.from(now)).setParameter("limit", limit).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> claimed = ids.stream().map(Number::longValue).toList();
        UUID token = UUID.randomUUID();
        em.createNativeQuery("update notice set attempts = attempts + 1, claim_token = cast(:token as uuid),"
                        + " next_attempt_at = :leaseEnd where id in (:ids)")
                .setParameter("token", token.toString())
                .setParameter("leaseEnd", Timestamp.from(now.plus(config.lease())))
                .setParameter("ids", claimed).executeUpdate();
        List<Claimed> out = new ArrayList<>(claimed.size());
        for (Long id : claimed) {
            Notice n = Notice.findById(id);
            em.refresh(n);
            Appeal appeal = Appeal.findById(n.appealId);
            String code = accessCodes.rederive(appeal).orElse(null);
            String text = n.body == null ? null : TemplateText.fillAccessCode(n.body, code);
            out.add(new Claimed(new Outgoing(n.id, n.channel, n.recipient, n.subject, text, n.messageId), token,
                    n.attempts, n.giveUpAt, n.dueBy, n.appealId, n.kind));
        }
        return out;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Completion complete(Claimed c, SendResult result, Instant now) {
        return switch (result.kind()) {
            case SENT -> sent(c, now);
            case PERMANENT -> failed(c, result.detail(), now);
            case TRANSIENT -> now.isBefore(c.giveUpAt()) ? postponed(c, result.detail(), now)
                    : failed(c, "gave up after " + c.attempts() + " attempt(s): " + result.detail(), now);
        };
    }

    /** Gives back claims not tried (the lease was running out): due again at once. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void release(List<Claimed> claims, Instant now) {
        for (Claimed c : claims) {
            guarded(Action.POSTPONEMENT, c, "attempts = greatest(attempts - 1, 0), next_attempt_at = :now", now, null);
        }
    }

    private Completion sent(Claimed c, Instant now) {
        boolean late = RegionTime.localDate(now).isAfter(c.dueBy());
        int rows = guarded(Action.SENDING, c, "status = 'SENT', sent_at = :now, late = " + late + ", last_error = null",
                now, null);
        if (rows == 0) {
            return Completion.LEASE_LOST;
        }
        record(c.appealId(), "NOTICE_SENT", true, words(c.kind()) + " sent by " + channelWords(c.out().channel()), now);
        return Completion.SENT;
    }

    private Completion postponed(Claimed c, String error, Instant now) {
        Instant backedOff = now.plus(backoff(c.attempts()));
        // The last attempt is made when the time is up, so that FAILED comes when it says.
        Instant next = backedOff.isAfter(c.giveUpAt()) ? c.giveUpAt() : backedOff;
        int rows = guarded(Action.POSTPONEMENT, c, "next_attempt_at = :next, last_error = :error", now,
                q -> q.setParameter("next", Timestamp.from(next)).setParameter("error", clean(error)));
        return rows == 0 ? Completion.LEASE_LOST : Completion.POSTPONED;
    }

    private Completion failed(Claimed c, String error, Instant now) {
        String cleaned = clean(error);
        int rows = guarded(Action.GIVING_UP, c, "status = 'FAILED', failed_at = :now, last_error = :error", now,
                q -> q.setParameter("error", cleaned));
        if (rows == 0) {
            return Completion.LEASE_LOST;
        }
        record(c.appealId(), "NOTICE_FAILED", false, words(c.kind()) + " by " + channelWords(c.out().channel())
                + " failed: " + cleaned, now);
        return Completion.FAILED;
    }

    /** The UPDATE of one claimed row, only while the claim is this dispatcher's and the status allows the action. */
    private int guarded(Action action, Claimed c, String set, Instant now,
                        java.util.function.Consumer<jakarta.persistence.Query> more) {
        lockAppeals("select ?1", c.appealId());
        jakarta.persistence.Query q = em.createNativeQuery("update notice set " + set + ", claim_token = null"
                        + " where id = :id and claim_token = cast(:token as uuid) and status in "
                        + NoticeLifecycle.sqlFrom(action))
                .setParameter("id", c.out().id()).setParameter("token", c.token().toString());
        if (set.contains(":now")) {
            q.setParameter("now", Timestamp.from(now));
        }
        if (more != null) {
            more.accept(q);
        }
        return q.executeUpdate();
    }

    /** Wait before the next attempt: retry-initial doubled per failure, at most retry-max, with 10 % jitter. */
    Duration backoff(int attempts) {
        long initial = config.retryInitial().toMillis();
        long max = config.retryMax().toMillis();
        long millis = initial << Math.min(Math.max(attempts - 1, 0), 30);
        millis = Math.min(millis <= 0 ? max : millis, max);
        long jitter = millis / 10;
        return Duration.ofMillis(millis - jitter + (jitter > 0 ? ThreadLocalRandom.current().nextLong(2 * jitter + 1) : 0));
    }

    void record(long appealId, String kind, boolean publicEntry, String note, Instant now) {
        Appeal appeal = Appeal.findById(appealId);
        timeline.record(appeal, kind, appeal.status, publicEntry, note, NoticeLifecycle.DISPATCHER, SYSTEM_ROLE, now);
    }

    /** Errors are shown to staff and kept: no address or number in them (a server may quote the recipient). */
    static String clean(String error) {
        String masked = PiiMaskingFilter.mask(error == null ? "unknown error" : error);
        return masked.length() > MAX_ERROR ? masked.substring(0, MAX_ERROR - 1) + "…" : masked;
    }

    /** "Notice of registration", for timeline entries (which are in English like the rest of the timeline). */
    static String words(NoticeKind kind) {
        return "Notice of " + kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    static String channelWords(NoticeChannel channel) {
        return switch (channel) {
            case EMAIL -> "e-mail";
            case SMS -> "SMS";
            case POST -> "post";
            case PHONE -> "phone";
        };
    }

    /**
     * Locks the appeals of the notices a statement is about to change, in the order of their ids,
     * before any notice row: the statistics' trigger on a notice locks its appeal, so two writers of
     * notices (the watch marking many late, a dispatcher writing one result) that took notice rows
     * first could each wait for the other. Taking the appeals first, in one order, they queue instead.
     */
    private void lockAppeals(String appealIds, Object value) {
        em.createNativeQuery("select id from appeal where id in (" + appealIds + ") order by id for no key update")
                .setParameter(1, value).getResultList();
    }

    /** Marks late every notice still owed after its day; returns how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    int markLate(LocalDate today) {
        lockAppeals("select appeal_id from notice where status = 'PENDING' and not late and due_by < ?1", today);
        return em.createNativeQuery("update notice set late = true where status = 'PENDING' and not late and due_by < :today")
                .setParameter("today", today).executeUpdate();
    }

    /** Pending automatic notices and the age of the oldest, for the metrics. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Object[] depth(Instant now) {
        return (Object[]) em.createNativeQuery("select count(*), min(created_at) from notice"
                + " where status = 'PENDING' and channel in ('EMAIL', 'SMS')").getSingleResult();
    }
}
