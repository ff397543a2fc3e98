package kz.appeals.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import kz.appeals.common.ProblemException;
import kz.appeals.intake.ClientGuesses;
import kz.appeals.notice.NoticeDtos.DeliveryReport;
import kz.appeals.notice.NoticeLifecycle.Action;

/**
 * The SMS gateway's delivery reports: a SENT notice becomes DELIVERED, or FAILED with the gateway's
 * reason, and the timeline says so. A report the notice already reflects changes nothing (gateways
 * send a report again when they are unsure it arrived); one that contradicts it is 409.
 */
@ApplicationScoped
public class DeliveryReports {

    @Inject
    NoticeConfig config;

    @Inject
    NoticeOutbox outbox;

    @Inject
    NoticeMetrics metrics;

    @Inject
    ClientGuesses guesses;

    /**
     * 401 unless the key is the configured one; with none configured, every report is refused. A key
     * sent is a guess of the client's ({@link ClientGuesses}): 429 after too many wrong ones.
     */
    public void authenticate(String key, String clientAddress) {
        byte[] expected = config.sms().reportKey().filter(k -> !k.isBlank())
                .map(k -> k.getBytes(StandardCharsets.UTF_8)).orElse(null);
        if (expected == null || key == null || key.isEmpty() || !guesses.check(ClientGuesses.Secret.GATEWAY_KEY,
                clientAddress, () -> MessageDigest.isEqual(expected, key.getBytes(StandardCharsets.UTF_8)))) {
            throw new ProblemException(401, "unauthorized", "Unauthorized",
                    "A delivery report needs the gateway's key in X-Gateway-Key");
        }
    }

    /** Applies a report; returns whether it changed the notice (false: it said what the notice says already). */
    @Transactional
    public boolean apply(DeliveryReport report) {
        Notice notice = Notice.<Notice>find("messageId = ?1 and channel = ?2", report.messageId(), NoticeChannel.SMS)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (notice == null) {
            throw ProblemException.notFound("An SMS notice with this messageId");
        }
        Action action = report.status() == DeliveryReport.Status.DELIVERED ? Action.DELIVERY : Action.NON_DELIVERY;
        if (notice.status == action.result()) {
            return false;
        }
        NoticeLifecycle.require(action, notice.id, notice.status);
        Instant now = Instant.now();
        notice.status = action.result();
        if (action == Action.DELIVERY) {
            notice.deliveredAt = now;
            outbox.record(notice.appealId, "NOTICE_DELIVERED", true,
                    NoticeOutbox.words(notice.kind) + " delivered by SMS (the gateway's report)", now);
        } else {
            String reason = NoticeOutbox.clean("the SMS gateway reported it undelivered"
                    + (report.reason() == null || report.reason().isBlank() ? "" : ": " + report.reason().strip()));
            notice.failedAt = now;
            notice.lastError = reason;
            outbox.record(notice.appealId, "NOTICE_FAILED", false,
                    NoticeOutbox.words(notice.kind) + " by SMS failed: " + reason, now);
            metrics.failed(NoticeChannel.SMS);
        }
        return true;
    }
}
