package kz.appeals.appeal;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import kz.appeals.common.RegionTime;

/** Triggers the deadline watch each morning, region time; the watch itself skips non-working days. */
@ApplicationScoped
public class DeadlineWatchJob {

    @Inject
    DeadlineWatch watch;

    @Scheduled(identity = "deadline-watch", cron = "${appeals.deadline-watch.cron}",
            timeZone = "UTC+05:00", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void everyMorning() {
        watch.run(RegionTime.localDate(Instant.now()));
    }
}
