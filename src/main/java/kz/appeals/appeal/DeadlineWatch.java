package kz.appeals.appeal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import kz.appeals.appeal.CaseService.DeadlineMark;
import kz.appeals.deadline.WorkingCalendar;
import kz.appeals.deadline.WorkingDays;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;

/**
 * Once a working day: records on the timeline the appeals that became overdue and those
 * due within 2 working days, each once per term, and publishes the counts as metrics.
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

    private final AtomicLong overdueOpen = new AtomicLong();
    private final AtomicLong dueSoonOpen = new AtomicLong();
    private final Map<DeadlineMark, Counter> recorded = new EnumMap<>(DeadlineMark.class);

    @Inject
    CaseService cases;

    @Inject
    WorkingCalendar calendar;

    @Inject
    EntityManager em;

    @Inject
    public DeadlineWatch(MeterRegistry registry) {
        Gauge.builder("appeals.overdue", overdueOpen, AtomicLong::get)
                .description("Open appeals past their due date, as of the last deadline watch").register(registry);
        Gauge.builder("appeals.due.soon", dueSoonOpen, AtomicLong::get)
                .description("Open appeals due within 2 working days, as of the last deadline watch").register(registry);
        for (DeadlineMark mark : DeadlineMark.values()) {
            recorded.put(mark, Counter.builder("appeals.deadline.marks")
                    .description("Deadline entries recorded on appeals' timelines")
                    .tag("kind", mark.name()).register(registry));
        }
    }

    public Run run(LocalDate today) {
        WorkingDays days = calendar.from(today);
        if (!days.isWorkingDay(today)) {
            return new Run(today, false, 0, 0, overdueOpen.get(), dueSoonOpen.get());
        }
        LocalDate dueSoonUntil = days.plus(today, DUE_SOON_WORKING_DAYS);
        int overdue = 0;
        int dueSoon = 0;
        for (Long id : candidates(today, dueSoonUntil)) {
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
        overdueOpen.set(countOverdue(today));
        dueSoonOpen.set(countDueSoon(today, dueSoonUntil));
        LOG.infof("Deadline watch for %s: %d newly overdue, %d newly due soon; open overdue %d, due soon %d",
                today, overdue, dueSoon, overdueOpen.get(), dueSoonOpen.get());
        return new Run(today, true, overdue, dueSoon, overdueOpen.get(), dueSoonOpen.get());
    }

    /**
     * Sets the gauges without recording anything: what an instance does on the days another instance
     * ran the watch. The counts depend on the appeals only, not on which instance marked them.
     */
    public void refreshCounts(LocalDate today) {
        WorkingDays days = calendar.from(today);
        if (days.isWorkingDay(today)) {
            LocalDate dueSoonUntil = days.plus(today, DUE_SOON_WORKING_DAYS);
            overdueOpen.set(countOverdue(today));
            dueSoonOpen.set(countDueSoon(today, dueSoonUntil));
        }
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

    private long countOverdue(LocalDate today) {
        return count("a.due_on < ?1", today);
    }

    private long countDueSoon(LocalDate today, LocalDate dueSoonUntil) {
        return count("a.due_on between ?1 and ?2", today, dueSoonUntil);
    }

    private long count(String due, LocalDate... days) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Query query = em.createNativeQuery("select count(*) from appeal a where appeal_status_is_open(a.status) and " + due);
            for (int i = 0; i < days.length; i++) {
                query.setParameter(i + 1, days[i]);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }
}
