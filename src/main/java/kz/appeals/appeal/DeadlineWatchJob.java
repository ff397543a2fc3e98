package kz.appeals.appeal;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import kz.appeals.common.ClusterJobs;
import kz.appeals.common.RegionTime;

/**
 * Triggers the deadline watch each morning, region time; the watch itself skips non-working days.
 * Every instance triggers it; ClusterJobs lets one of them run each day's watch, and the others
 * set their gauges (appeals_overdue, appeals_due_soon) from the same appeals, so any instance's
 * metrics are the day's.
 */
@ApplicationScoped
public class DeadlineWatchJob {

    @Inject
    DeadlineWatch watch;

    @Inject
    ClusterJobs jobs;

    @Inject
    DeadlineGauges gauges;

    @Scheduled(identity = "deadline-watch", cron = "${appeals.deadline-watch.cron}",
            timeZone = "UTC+05:00", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void everyMorning() {
        LocalDate today = RegionTime.localDate(Instant.now());
        ClusterJobs.Outcome outcome = jobs.daily("deadline-watch", today, watch::run);
        if (outcome == ClusterJobs.Outcome.DONE || outcome == ClusterJobs.Outcome.BUSY) {
            // another instance marks the appeals today; this one's gauges count the same appeals
            gauges.refresh();
        }
    }
}
