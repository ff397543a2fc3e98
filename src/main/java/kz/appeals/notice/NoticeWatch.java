package kz.appeals.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import kz.appeals.appeal.WatchRan;
import org.jboss.logging.Logger;

/** The deadline watch's part for notices: every notice still owed after its due day is marked late. */
@ApplicationScoped
class NoticeWatch {
    private static final Logger LOG = Logger.getLogger(NoticeWatch.class);

    @Inject
    NoticeOutbox outbox;

    @Inject
    NoticeMetrics metrics;

    void onWatch(@Observes WatchRan run) {
        int marked = outbox.markLate(run.today());
        metrics.late(marked);
        if (marked > 0) {
            LOG.infof("Deadline watch for %s: %d notice(s) to applicants are late", run.today(), marked);
        }
    }
}
