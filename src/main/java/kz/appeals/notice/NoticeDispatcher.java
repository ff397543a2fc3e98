package kz.appeals.notice;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import kz.appeals.notice.NoticeOutbox.Claimed;
import kz.appeals.notice.NoticeOutbox.Completion;
import org.jboss.logging.Logger;

/**
 * Delivers the outbox: claims due e-mail and SMS notices (several instances never take the same
 * row: SKIP LOCKED and a lease), sends each outside any transaction, and writes the result. A
 * notice whose result is never written (the process died while sending) is due again when its
 * lease ends and goes out with the same Message-ID, so a receiver that already had it can tell.
 */
@ApplicationScoped
public class NoticeDispatcher {
    private static final Logger LOG = Logger.getLogger(NoticeDispatcher.class);
    /** Batches per scheduled run at most, so one run never holds the schedule for long. */
    private static final int MAX_BATCHES = 50;

    @Inject
    NoticeOutbox outbox;

    @Inject
    EmailSender email;

    @Inject
    SmsGateway sms;

    @Inject
    NoticeConfig config;

    @Inject
    NoticeMetrics metrics;

    @Scheduled(identity = "notice-dispatcher", every = "${appeals.notices.dispatch-interval}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            dispatchDue();
            metrics.refresh();
        } catch (RuntimeException e) {
            // The database may be away: the next run tries again; claims not finished are due after their lease.
            LOG.warnf("Notice dispatch stopped early: %s", EmailSender.describe(e));
        }
    }

    /** Sends what is due now, batch after batch, until nothing is due; returns the number of notices tried. */
    public int dispatchDue() {
        int tried = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            Instant claimedAt = Instant.now();
            List<Claimed> claimed = outbox.claim(config.batchSize(), claimedAt);
            if (claimed.isEmpty()) {
                break;
            }
            // Stop trying while a whole send-timeout still fits in the lease, and give the rest back.
            Instant stopAt = claimedAt.plus(config.lease()).minus(config.sendTimeout());
            for (int i = 0; i < claimed.size(); i++) {
                if (Instant.now().isAfter(stopAt)) {
                    outbox.release(claimed.subList(i, claimed.size()), Instant.now());
                    return tried;
                }
                handle(claimed.get(i));
                tried++;
            }
        }
        return tried;
    }

    private void handle(Claimed c) {
        SendResult result = send(c.out());
        Completion done = outbox.complete(c, result, Instant.now());
        switch (done) {
            case SENT -> metrics.sent(c.out().channel());
            case FAILED -> {
                metrics.failed(c.out().channel());
                LOG.infof("Notice %d (%s by %s) failed: %s", c.out().id(), c.kind(), c.out().channel(),
                        NoticeOutbox.clean(result.detail()));
            }
            case POSTPONED -> LOG.debugf("Notice %d postponed after attempt %d: %s", c.out().id(), c.attempts(),
                    NoticeOutbox.clean(result.detail()));
            case LEASE_LOST -> LOG.warnf("Notice %d: the lease ran out before its result was written; it was"
                    + " claimed again", c.out().id());
        }
    }

    private SendResult send(Outgoing out) {
        if (out.text() == null) {
            return SendResult.permanentFailure("no active template for this kind and language");
        }
        try {
            return switch (out.channel()) {
                case EMAIL -> email.send(out);
                case SMS -> sms.send(out);
                default -> SendResult.permanentFailure(out.channel() + " notices are recorded by staff");
            };
        } catch (RuntimeException e) {
            return SendResult.transientFailure(EmailSender.describe(e));
        }
    }
}
