package kz.appeals.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.Period;
import java.util.Optional;

/** Settings of the personal-data access log (prefix {@code appeals.audit}); every key is in docs/configuration.md. */
@ConfigMapping(prefix = "appeals.audit")
public interface AuditConfig {

    /** Record reads of personal data. Turn it off only to measure what the log costs: the law expects it on. */
    @WithDefault("true")
    boolean enabled();

    /**
     * Secret key (at least 32 characters) of the HMAC-SHA256 under which IINs and phones are kept.
     * Required while the log is on. Changing it ends the search by IIN or phone for the rows before.
     */
    Optional<String> key();

    /** How long rows are kept (ISO-8601 period); older ones are deleted by the purge. */
    @WithDefault("P3Y")
    Period retention();

    /** How often the purge runs; "off" stops it. */
    @WithDefault("1h")
    String purgeInterval();

    /** Longest time a read waits in memory before it is written. */
    @WithDefault("200ms")
    Duration flushInterval();

    /** Rows written in one statement; a full batch is written at once. */
    @WithDefault("500")
    int batchSize();

    /** Reads held in memory at most; past it each request writes its own rows before it answers. */
    @WithDefault("10000")
    int queueCapacity();
}
