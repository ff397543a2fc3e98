package kz.appeals.intake;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import kz.appeals.common.ClusterJobs;

/**
 * Forgets what intake keeps only for a while: idempotency keys (kept 7 days, promised
 * 24 h) and the tracking page's counts of windows that have ended. One instance does each per
 * interval (ClusterJobs).
 */
@ApplicationScoped
public class IntakeHousekeeping {
    static final Duration KEEP_IDEMPOTENCY = Duration.ofDays(7);
    private static final String FORGET_EVERY = "1h";
    private static final String FORGET_WINDOWS_EVERY = "10m";

    @Inject
    ClusterJobs jobs;

    @Scheduled(every = FORGET_EVERY, delayed = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetTrigger() {
        jobs.every("idempotency-keys-purge", FORGET_EVERY, () -> QuarkusTransaction.requiringNew().run(this::forget));
    }

    @Scheduled(every = FORGET_WINDOWS_EVERY, delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetEndedWindowsTrigger() {
        jobs.every("tracking-attempts-purge", FORGET_WINDOWS_EVERY, () -> QuarkusTransaction.requiringNew().run(this::forgetEndedWindows));
    }

    void forget() {
        Panache.getEntityManager().createNativeQuery("delete from idempotency_record where created_at < ?1")
                .setParameter(1, Instant.now().minus(KEEP_IDEMPOTENCY)).executeUpdate();
    }

    /** The table holds one row per client address and known number seen in the last window, no more. */
    void forgetEndedWindows() {
        TrackingAttempts.forgetEnded(PublicTrackingService.WINDOW);
    }
}
