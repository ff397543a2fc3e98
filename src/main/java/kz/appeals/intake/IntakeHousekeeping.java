package kz.appeals.intake;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;

/**
 * Forgets what intake keeps only for a while: idempotency keys (kept 7 days, promised
 * 24 h) and the tracking page's counts of windows that have ended.
 */
@ApplicationScoped
public class IntakeHousekeeping {
    static final Duration KEEP_IDEMPOTENCY = Duration.ofDays(7);

    @Scheduled(every = "1h", delayed = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void forget() {
        Panache.getEntityManager().createNativeQuery("delete from idempotency_record where created_at < ?1")
                .setParameter(1, Instant.now().minus(KEEP_IDEMPOTENCY)).executeUpdate();
    }

    /** The table holds one row per client address and known number seen in the last window, no more. */
    @Scheduled(every = "10m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void forgetEndedWindows() {
        TrackingAttempts.forgetEnded(PublicTrackingService.WINDOW);
    }
}
