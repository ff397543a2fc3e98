package kz.appeals.appeal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kz.appeals.appeal.CaseService.DeadlineMark;
import kz.appeals.deadline.WorkingCalendar;
import kz.appeals.deadline.WorkingDays;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;

/**
 * Once a working day: records on the timeline the appeals that became overdue and those
 * due within 2 working days, each once per term, and counts the open ones (the gauges of those
 * counts are {@link DeadlineGauges}: present from start-up, not only after a run).
 * "Today" is a parameter so that the rule can be run on any date (tests, catch-up runs).
 */
@ApplicationScoped
public class DeadlineWatch {
    private static final Logger LOG = Logger.getLogger(DeadlineWatch.class);
    static final int DUE_SOON_WORKING_DAYS = 2;

    /** What one run did: whether today was a working day, the marks recorded, and the open counts as of today. */
    public record Run(LocalDate today, boolean workingDay, int overdueRecorded, int dueSoonRecorded,
                      long overdueOpen, long dueSoonOpen) {
    }

    private final Map<DeadlineMark, Counter> recorded = new EnumMap<>(DeadlineMark.class);

    @Inject
    CaseService cases;

    @Inject
    WorkingCalendar calendar;

    @Inject
    EntityManager em;

    @Inject
    DeadlineGauges gauges;

    @Inject
    Event<WatchRan> ran;

    @Inject
    public DeadlineWatch(MeterRegistry registry) {
        for (DeadlineMark mark : DeadlineMark.values()) {
            recorded.put(mark, Counter.builder("appeals.deadline.marks")
                    .description("Deadline entries recorded on appeals' timelines")
                    .tag("kind", mark.name()).register(registry));
        }
    }

    private volatile boolean stopping;

    void onShutdown(@Observes ShutdownEvent event) {
        stopping = true;
    }

    public Run run(LocalDate today) {
        // Every day, working or not: the notices owed to applicants are checked against their own days.
        ran.fire(new WatchRan(today));
        WorkingDays days = calendar.from(today);
        if (!days.isWorkingDay(today)) {
            DeadlineGauges.Counts open = gauges.counts(today);
            return new Run(today, false, 0, 0, open.overdue(), open.dueSoon());
        }
        LocalDate dueSoonUntil = days.plus(today, DUE_SOON_WORKING_DAYS);
        int overdue = 0;
        int dueSoon = 0;
        List<Long> candidates = candidates(today, dueSoonUntil);
        for (int i = 0; i < candidates.size(); i++) {
            if (stopping) {
                // Each mark is its own transaction: stopping between two leaves nothing half done,
                // and the next run (a catch-up, or tomorrow's) marks the rest.
                LOG.infof("Deadline watch for %s stopped by the shutdown; %d appeals left for the next run",
                        today, candidates.size() - i);
                break;
            }
            long id = candidates.get(i);
            DeadlineMark mark = mark(id, today, dueSoonUntil);
            if (mark != null) {
                recorded.get(mark).increment();
                if (mark == DeadlineMark.OVERDUE) {
                    overdue++;
                } else {
                    dueSoon++;
                }
            }
        }
        DeadlineGauges.Counts open = gauges.counts(today);
        LOG.infof("Deadline watch for %s: %d newly overdue, %d newly due soon; open overdue %d, due soon %d",
                today, overdue, dueSoon, open.overdue(), open.dueSoon());
        return new Run(today, true, overdue, dueSoon, open.overdue(), open.dueSoon());
    }

    private DeadlineMark mark(long id, LocalDate today, LocalDate dueSoonUntil) {
        try {
            return cases.markDeadline(id, today, dueSoonUntil);
        } catch (OptimisticLockException | StaleStateException e) {
            // Changed meanwhile by a user or another instance: the next run looks again.
            LOG.debugf("Appeal %d changed during the deadline watch; left for the next run", id);
            return null;
        }
    }

    // "Open" is asked of SQL's appeal_status_is_open() (R__appeal_status.sql, the SQL side of
    // AppealStatus.isOpen()), as the list's overdue filter and the statistics do: the gauges count
    // exactly the appeals those count as overdue.

    private List<Long> candidates(LocalDate today, LocalDate dueSoonUntil) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select a.id from appeal a"
                        + " where appeal_status_is_open(a.status) and ((a.due_on < ?1 and not a.overdue_notified)"
                        + " or (a.due_on between ?1 and ?2 and not a.due_soon_notified)) order by a.id")
                .setParameter(1, today).setParameter(2, dueSoonUntil)
                .getResultList().stream().map(id -> ((Number) id).longValue()).toList());
    }

}
