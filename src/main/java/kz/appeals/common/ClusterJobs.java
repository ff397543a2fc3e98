package kz.appeals.common;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.configuration.DurationConverter;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongConsumer;
import org.jboss.logging.Logger;

/**
 * The one place where scheduled jobs become safe on several instances: every {@code @Scheduled}
 * method hands its work to {@link #every} or {@link #daily}, and the work runs once per term across
 * all instances sharing the database.
 *
 * <p>A run holds a session advisory lock (lock_key('cluster_jobs') with the job's name hashed) on a
 * connection of its own for as long as it works, and the row of the job in {@code cluster_job}
 * (V60) records the term it started and the last term it finished. An instance whose trigger finds
 * the lock held skips; one that finds the term finished skips. Because PostgreSQL drops a session
 * lock when the connection ends, a run cut off by a killed instance frees the job at once: the
 * term stays started but unfinished, and another instance resumes it, at its next trigger or at
 * its next look for cut-off terms ({@code appeals.cluster.resume-interval}). A job resumed that way
 * may find part of its work done: every job here is written to be repeatable (the deadline watch
 * marks each appeal once per term, the purges delete what is left).
 *
 * <p>Terms: a periodic job's term is the interval's number since the epoch ({@code every 10m}: one
 * run per ten minutes of the clock, whichever instance comes first); a daily job's term is the
 * region's date it runs for, which is also what a resumed run is given.
 */
@ApplicationScoped
public class ClusterJobs {
    private static final Logger LOG = Logger.getLogger(ClusterJobs.class);
    private static final Duration WARN_EVERY = Duration.ofMinutes(1);

    /** What a call did. */
    public enum Outcome {
        /** this instance ran the term */
        RAN,
        /** this instance ran a term that another instance had started and not finished */
        RESUMED,
        /** the term was finished already, by any instance */
        DONE,
        /** another instance is running the job now */
        BUSY,
        /** the work threw: the term stays unfinished, to be tried again */
        FAILED,
        /** the database did not answer: nothing ran */
        UNAVAILABLE
    }

    private record Job(String name, LongConsumer body) {
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MeterRegistry registry;

    @Inject
    AppealsConfig config;

    private final Map<String, Job> known = new ConcurrentHashMap<>();
    private final Map<String, Instant> lastWarning = new ConcurrentHashMap<>();
    private volatile String instance;

    /**
     * Runs {@code body} unless this interval's run (interval given as in {@code @Scheduled(every)}:
     * "1s", "10m", "PT1H") has been done or is being done by any instance.
     */
    public Outcome every(String job, String interval, Runnable body) {
        return every(job, DurationConverter.parseDuration(interval), body);
    }

    /** As {@link #every(String, String, Runnable)}, with the interval as a duration. */
    public Outcome every(String job, Duration interval, Runnable body) {
        return run(job, termOf(Instant.now(), interval), term -> body.run());
    }

    /**
     * Runs {@code body} for {@code day} unless that day's run has been done or is being done by any
     * instance; a run cut off is resumed elsewhere with the same day.
     */
    public Outcome daily(String job, LocalDate day, java.util.function.Consumer<LocalDate> body) {
        return run(job, day.toEpochDay(), term -> body.accept(LocalDate.ofEpochDay(term)));
    }

    /** The number of the interval that {@code now} falls in. */
    static long termOf(Instant now, Duration interval) {
        if (interval.isZero() || interval.isNegative()) {
            throw new IllegalArgumentException("a job's interval must be positive: " + interval);
        }
        return Math.floorDiv(now.toEpochMilli(), interval.toMillis());
    }

    Outcome run(String job, long term, LongConsumer body) {
        known.putIfAbsent(job, new Job(job, body));
        return claimAndRun(known.get(job), term);
    }

    /**
     * Looks for terms that a known job started and did not finish, and resumes them when their lock
     * is free (the instance that started them is gone). A term superseded by a later finished one is
     * not resumed: the later run did its work.
     */
    @Scheduled(identity = "cluster-jobs-resume", every = "${appeals.cluster.resume-interval}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void resumeCutOff() {
        for (Job job : known.values()) {
            Long term = unfinishedTerm(job.name());
            if (term != null) {
                claimAndRun(job, term);
            }
        }
    }

    private Long unfinishedTerm(String job) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("select started_term from cluster_job where name = ?"
                     + " and (done_term is null or done_term < started_term)")) {
            st.setString(1, job);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        } catch (SQLException e) {
            warn(job, e);
            return null;
        }
    }

    private Outcome claimAndRun(Job job, long term) {
        Outcome outcome;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            if (!lock(c, job.name())) {
                outcome = Outcome.BUSY;
            } else {
                try {
                    outcome = claimed(c, job, term);
                } finally {
                    unlock(c, job.name());
                }
            }
        } catch (SQLException e) {
            warn(job.name(), e);
            outcome = Outcome.UNAVAILABLE;
        }
        Counter.builder("appeals.cluster.jobs").description("Scheduled job triggers on this instance, by outcome")
                .tag("job", job.name()).tag("outcome", outcome.name().toLowerCase(java.util.Locale.ROOT))
                .register(registry).increment();
        return outcome;
    }

    /** Under the job's lock: claims the term unless it is finished, runs it, records it finished. */
    private Outcome claimed(Connection c, Job job, long term) throws SQLException {
        String cutOffBy = null;
        try (PreparedStatement st = c.prepareStatement(
                "select started_term, done_term, started_by from cluster_job where name = ?")) {
            st.setString(1, job.name());
            try (ResultSet rs = st.executeQuery()) {
                if (rs.next()) {
                    long started = rs.getLong(1);
                    long done = rs.getLong(2);
                    boolean finishedAny = !rs.wasNull();
                    if (finishedAny && done >= term) {
                        return Outcome.DONE;
                    }
                    if (started == term) {
                        cutOffBy = rs.getString(3);
                    }
                }
            }
        }
        try (PreparedStatement st = c.prepareStatement("insert into cluster_job (name, started_term, started_at, started_by)"
                + " values (?, ?, now(), ?) on conflict (name) do update set started_term = excluded.started_term,"
                + " started_at = excluded.started_at, started_by = excluded.started_by")) {
            st.setString(1, job.name());
            st.setLong(2, term);
            st.setString(3, instance());
            st.executeUpdate();
        }
        if (cutOffBy != null) {
            LOG.infof("Job %s: resuming term %d, started by %s and not finished", job.name(), term, cutOffBy);
        }
        try {
            job.body().accept(term);
        } catch (RuntimeException e) {
            LOG.warnf("Job %s failed in term %d (%s); it is tried again", job.name(), term, e.getClass().getSimpleName());
            return Outcome.FAILED;
        }
        try (PreparedStatement st = c.prepareStatement("update cluster_job set done_term = ?, done_at = now(), done_by = ?,"
                + " runs = runs + 1 where name = ?")) {
            st.setLong(1, term);
            st.setString(2, instance());
            st.setString(3, job.name());
            st.executeUpdate();
        }
        LOG.debugf("Job %s: term %d done", job.name(), term);
        return cutOffBy != null ? Outcome.RESUMED : Outcome.RAN;
    }

    private static boolean lock(Connection c, String job) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select pg_try_advisory_lock(lock_key('cluster_jobs')::int, hashtext(?))")) {
            st.setString(1, job);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /**
     * Releases the job's lock before the connection goes back to the pool (a pooled connection would
     * keep a session lock). If the connection is broken, PostgreSQL has dropped the lock with it.
     */
    private static void unlock(Connection c, String job) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select pg_advisory_unlock(lock_key('cluster_jobs')::int, hashtext(?))")) {
            st.setString(1, job);
            st.execute();
        }
    }

    /** The name this instance writes into cluster_job: appeals.cluster.instance, else host and process id. */
    String instance() {
        String name = instance;
        if (name == null) {
            name = config.cluster().instance().orElseGet(ClusterJobs::hostAndPid);
            instance = name;
        }
        return name;
    }

    private static String hostAndPid() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + ":" + ProcessHandle.current().pid();
    }

    /** The database may be away for a while (a failover): say so once a minute per job, not at every trigger. */
    private void warn(String job, SQLException e) {
        Instant now = Instant.now();
        Instant last = lastWarning.getOrDefault(job, Instant.EPOCH);
        if (now.isAfter(last.plus(WARN_EVERY))) {
            lastWarning.put(job, now);
            LOG.warnf("Job %s: the database did not answer (%s); the job runs at a later trigger", job,
                    e.getClass().getSimpleName());
        }
    }
}
