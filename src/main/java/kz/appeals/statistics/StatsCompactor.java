package kz.appeals.statistics;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Moves the statistics deltas that the triggers append into the rollups (stats_compact()).
 * Figures are exact without it, since queries add the pending deltas; it keeps that addition
 * small. Several instances may run it: the function lets one at a time do the work.
 */
@ApplicationScoped
public class StatsCompactor {
    private static final Logger LOG = Logger.getLogger(StatsCompactor.class);
    private static final Duration WARN_EVERY = Duration.ofMinutes(1);

    @Inject
    EntityManager em;

    private volatile Instant lastWarning = Instant.EPOCH;

    @Scheduled(every = "${appeals.stats.compaction-interval:1s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void compact() {
        try {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("select stats_compact()").getSingleResult());
        } catch (RuntimeException e) {
            // The database may be away for a while: say so once a minute, not every second.
            Instant now = Instant.now();
            if (now.isAfter(lastWarning.plus(WARN_EVERY))) {
                lastWarning = now;
                LOG.warnf("Statistics compaction failed (%s); figures stay exact, queries read more deltas until it recovers",
                        e.getClass().getSimpleName());
            }
        }
    }
}
