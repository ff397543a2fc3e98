package kz.appeals.appeal;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import kz.appeals.common.ClusterJobs;
import kz.appeals.common.RegionTime;

/**
 * Triggers the deadline watch each morning, region time; the watch itself skips non-working days.
 * Every instance triggers it; ClusterJobs lets one of them run each day's watch.
 */
@ApplicationScoped
public class DeadlineWatchJob {

    @Inject
    DeadlineWatch watch;

    @Inject
    ClusterJobs jobs;

    @Scheduled(identity = "deadline-watch", cron = "${appeals.deadline-watch.cron}",
            timeZone = "UTC+05:00", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void everyMorning() {
        jobs.daily("deadline-watch", RegionTime.localDate(Instant.now()), watch::run);
    }
}
