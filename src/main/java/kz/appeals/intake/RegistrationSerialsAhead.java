package kz.appeals.intake;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import kz.appeals.common.ClusterJobs;
import kz.appeals.common.RegionTime;
import org.jboss.logging.Logger;

/**
 * Makes the registration sequences before intake needs them, so that intake only draws
 * (R__registration_serials.sql; a new district gets its own from a trigger): this year's and
 * next year's for every district at start-up, and next year's every day of December. A year not
 * made ahead (historical imports, a backdated appeal) is still created safely at its first draw.
 */
@ApplicationScoped
public class RegistrationSerialsAhead {
    private static final Logger LOG = Logger.getLogger(RegistrationSerialsAhead.class);

    @Inject
    EntityManager em;

    @Inject
    ClusterJobs jobs;

    void atStartup(@Observes StartupEvent event) {
        LocalDate today = RegionTime.localDate(Instant.now());
        try {
            int made = prepare(today.getYear()) + prepareNextYear(today);
            if (made > 0) {
                LOG.infof("Registration sequences made ahead for %d and %d: %d", today.getYear(), today.getYear() + 1, made);
            }
        } catch (RuntimeException e) {
            // Not fatal: a draw creates a missing sequence itself, only more slowly.
            LOG.warnf("Registration sequences could not be made ahead at start-up (%s); intake creates them on first use",
                    e.getClass().getSimpleName());
        }
    }

    /** Every day of December, region time: next year's sequences before its first appeal. */
    @Scheduled(identity = "registration-serials-ahead", cron = "0 30 3 * 12 ?", timeZone = "UTC+05:00",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void inDecember() {
        jobs.daily("registration-serials-ahead", RegionTime.localDate(Instant.now()), this::prepareNextYear);
    }

    /** Makes the sequences of the year after {@code today} that are missing; returns how many it made. */
    public int prepareNextYear(LocalDate today) {
        return prepare(today.getYear() + 1);
    }

    private int prepare(int year) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select registration_serials_prepare(?1)")
                .setParameter(1, year).getSingleResult()).intValue());
    }
}
