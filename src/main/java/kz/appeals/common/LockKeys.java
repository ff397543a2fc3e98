package kz.appeals.common;

import java.util.Locale;

/**
 * The register's PostgreSQL advisory-lock keys, by name. SQL takes them by the same names through
 * {@code lock_key(name)} (R__lock_keys.sql), so no key is a bare number anywhere; a test checks
 * that both sides list the same names and numbers.
 */
public enum LockKeys {
    /**
     * The working-day calendar as the statistics count it: taken shared by a writer that counts
     * working days to an answer, exclusively while the calendar changes or the statistics are rebuilt.
     */
    STATS_CALENDAR(7_305_001L),
    /** One statistics compactor at a time, on any instance (held by stats_compact() and stats_rebuild()). */
    STATS_COMPACTOR(7_305_002L),
    /**
     * The scheduled jobs of {@link ClusterJobs}, one lock per job: taken in PostgreSQL's two-number form
     * {@code pg_try_advisory_lock(key, hashtext(job))}, so this key must fit an int.
     */
    CLUSTER_JOBS(7_305_003L);

    private final long key;

    LockKeys(long key) {
        this.key = key;
    }

    /** The number PostgreSQL locks. */
    public long key() {
        return key;
    }

    /** The name SQL passes to lock_key(). */
    public String sqlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
