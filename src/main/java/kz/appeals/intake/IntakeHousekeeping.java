package kz.appeals.intake;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;

/** Forgets what intake keeps only for a while: idempotency keys (kept 7 days, promised 24 h) and wrong-code records. */
@ApplicationScoped
public class IntakeHousekeeping {
    static final Duration KEEP_IDEMPOTENCY = Duration.ofDays(7);
    static final Duration KEEP_FAILURES = Duration.ofDays(1);

    @Scheduled(every = "1h", delayed = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void forget() {
        Instant now = Instant.now();
        var em = Panache.getEntityManager();
        em.createNativeQuery("delete from idempotency_record where created_at < ?1")
                .setParameter(1, now.minus(KEEP_IDEMPOTENCY)).executeUpdate();
        em.createNativeQuery("delete from access_failure where failed_at < ?1")
                .setParameter(1, now.minus(KEEP_FAILURES)).executeUpdate();
    }
}
