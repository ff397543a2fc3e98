package kz.appeals.statistics;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import kz.appeals.common.AppealsConfig;
import kz.appeals.common.ClusterJobs;
import org.jboss.logging.Logger;

/**
 * Moves the statistics deltas that the triggers append into the rollups (stats_compact() of
 * R__statistics.sql; the design is docs/statistics.md), every appeals.stats.compaction-interval.
 * Figures are exact without it, since queries add the pending deltas; it keeps that addition
 * small. One instance runs it per interval (ClusterJobs); the function also lets one at a time do the work.
 *
 * <p>The delta tables are queues: every row is deleted soon after it is written. Once
 * {@link #VACUUM_AFTER} rows have been moved, the compactor vacuums them, so their emptied pages
 * are reused rather than added to at every write, whether or not autovacuum runs.
 */
@ApplicationScoped
public class StatsCompactor {
    private static final Logger LOG = Logger.getLogger(StatsCompactor.class);
    private static final Duration WARN_EVERY = Duration.ofMinutes(1);
    /** Deltas of each kind moved per transaction: a few seconds of work on a small machine. */
    static final int CHUNK = 10_000;
    /** Deltas moved (rows left dead in the queues) before the compactor vacuums the queues. */
    static final long VACUUM_AFTER = 50_000;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EntityManager em;

    @Inject
    ClusterJobs jobs;

    @Inject
    AppealsConfig config;

    private volatile Instant lastWarning = Instant.EPOCH;
    private long movedSinceVacuum;

    @Scheduled(every = "${appeals.stats.compaction-interval}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void compact() {
        jobs.every("stats-compactor", config.stats().compactionInterval(), this::compactNow);
    }

    private void compactNow() {
        try {
            // one chunk per transaction (stats_compact's limit, R__statistics.sql), each committed, until
            // a chunk comes back short: a backlog drains in steps that each end well inside the
            // transaction timeout, and a stop loses at most the chunk in flight
            long moved;
            do {
                moved = QuarkusTransaction.requiringNew().call(() ->
                        ((Number) em.createNativeQuery("select stats_compact(?1)").setParameter(1, CHUNK).getSingleResult())
                                .longValue());
                movedSinceVacuum += moved;
            } while (moved >= CHUNK);
            if (movedSinceVacuum >= VACUUM_AFTER) {
                vacuumQueues();
                movedSinceVacuum = 0;
            }
        } catch (RuntimeException | SQLException e) {
            // The database may be away for a while: say so once a minute, not every second.
            Instant now = Instant.now();
            if (now.isAfter(lastWarning.plus(WARN_EVERY))) {
                lastWarning = now;
                LOG.warnf("Statistics compaction failed (%s); figures stay exact, queries read more deltas until it recovers",
                        e.getClass().getSimpleName());
            }
        }
    }

    /** VACUUM runs outside a transaction: a connection of its own, in autocommit. */
    private void vacuumQueues() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            c.setAutoCommit(true);
            st.execute("vacuum stats_appeal_delta, stats_reception_delta");
        }
    }
}
