package kz.appeals.audit;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import kz.appeals.common.ClusterJobs;
import org.jboss.logging.Logger;

/**
 * Deletes access-log rows older than the retention (appeals.audit.retention), oldest first, in
 * committed chunks: a backlog (the first run after the retention was shortened) never holds one
 * long transaction. One instance runs it per interval (ClusterJobs).
 */
@ApplicationScoped
public class AccessLogPurge {
    private static final Logger LOG = Logger.getLogger(AccessLogPurge.class);
    static final int CHUNK = 10_000;

    @Inject
    AuditConfig config;

    @Inject
    AccessLogStore store;

    @Inject
    ClusterJobs jobs;

    @Scheduled(identity = "personal-data-access-purge", every = "${appeals.audit.purge-interval:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        jobs.every("personal-data-access-purge", config.purgeInterval(), this::purgeNow);
    }

    private void purgeNow() {
        try {
            long deleted = purge(Instant.now(), CHUNK);
            if (deleted > 0) {
                LOG.infof("Personal-data access log: %d rows past the retention of %s deleted", deleted, config.retention());
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("Personal-data access log: the retention purge failed (%s); it runs again later",
                    e.getClass().getSimpleName());
        }
    }

    /** Deletes the rows older than the retention before {@code now}, {@code chunk} per statement; how many. */
    long purge(Instant now, int chunk) throws SQLException {
        Instant cutoff = now.atOffset(ZoneOffset.UTC).minus(config.retention()).toInstant();
        long total = 0;
        int deleted;
        do {
            deleted = store.purgeChunk(cutoff, chunk);
            total += deleted;
        } while (deleted == chunk);
        return total;
    }
}
