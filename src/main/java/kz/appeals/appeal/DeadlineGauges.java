package kz.appeals.appeal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import kz.appeals.common.RegionTime;
import kz.appeals.deadline.WorkingCalendar;
import org.jboss.logging.Logger;

/**
 * The gauges {@code appeals_overdue} and {@code appeals_due_soon}: registered when the service
 * starts, counted from the database then and again every {@code appeals.deadline-gauges.refresh}
 * (two indexed counts), so that they are present and current after any restart, not only once
 * the morning's deadline watch has run. A scrape reads the last count and never waits on the
 * database.
 */
@Startup
@ApplicationScoped
public class DeadlineGauges {
    private static final Logger LOG = Logger.getLogger(DeadlineGauges.class);

    /** Open appeals past their term and open appeals due within the next working days, as of {@code today}. */
    public record Counts(long overdue, long dueSoon) {
    }

    private final AtomicLong overdue = new AtomicLong();
    private final AtomicLong dueSoon = new AtomicLong();
    private volatile boolean failing;

    @Inject
    EntityManager em;

    @Inject
    WorkingCalendar calendar;

    private final MeterRegistry registry;
    private final java.util.List<Gauge> gauges;

    @Inject
    public DeadlineGauges(MeterRegistry registry) {
        this.registry = registry;
        this.gauges = java.util.List.of(
                Gauge.builder("appeals.overdue", overdue, AtomicLong::get)
                        .description("Open appeals past their due date").register(registry),
                Gauge.builder("appeals.due.soon", dueSoon, AtomicLong::get)
                        .description("Open appeals due within " + DeadlineWatch.DUE_SOON_WORKING_DAYS + " working days")
                        .register(registry));
    }

    /**
     * The gauges leave the registry with the bean: a registry that outlives this application (the
     * tests restart the application in one JVM) would otherwise keep a gauge of a bean that is
     * gone and refuse this name to the next one.
     */
    @jakarta.annotation.PreDestroy
    void unregister() {
        gauges.forEach(registry::remove);
    }

    void onStart(@Observes StartupEvent event) {
        refresh();
    }

    @Scheduled(identity = "deadline-gauges", every = "${appeals.deadline-gauges.refresh}", delayed = "${appeals.deadline-gauges.refresh}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        try {
            Counts counts = counts(RegionTime.localDate(Instant.now()));
            overdue.set(counts.overdue());
            dueSoon.set(counts.dueSoon());
            failing = false;
        } catch (RuntimeException e) {
            // The gauges keep their last values; the health check reports the database itself.
            // Said once per outage, not at every refresh.
            if (!failing) {
                LOG.warnf("Deadline gauges not refreshed (%s); they keep their last values until the database answers",
                        e.getClass().getSimpleName());
            }
            failing = true;
        }
    }

    // "Open" is asked of SQL's appeal_status_is_open() (R__appeal_status.sql, the SQL side of
    // AppealStatus.isOpen()), as the list's overdue filter and the statistics do: the gauges count
    // exactly the appeals those count as overdue.

    /** Both counts as of {@code today} (region time), straight from the database. */
    public Counts counts(LocalDate today) {
        LocalDate dueSoonUntil = calendar.from(today).plus(today, DeadlineWatch.DUE_SOON_WORKING_DAYS);
        return new Counts(count("a.due_on < ?1", today), count("a.due_on between ?1 and ?2", today, dueSoonUntil));
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
