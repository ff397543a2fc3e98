package kz.appeals.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** The service's own settings (prefix {@code appeals}); every key is listed in docs/configuration.md. */
@ConfigMapping(prefix = "appeals")
public interface AppealsConfig {

    /** Secret that signs list cursors. Set it when several instances serve one register; else cursors are per process. */
    Optional<String> cursorSecret();

    Http http();

    DeadlineWatch deadlineWatch();

    Stats stats();

    DeadlineGauges deadlineGauges();

    Region region();

    Cluster cluster();

    interface Http {
        /** Largest request body other than an import's, announced or chunked (413 past it). */
        @WithDefault("1M")
        MemorySize maxJsonBody();

        /** Largest NDJSON import body, announced or chunked (413 past it); the import streams below it. */
        @WithDefault("2G")
        MemorySize maxImportBody();

        /**
         * Largest total of a ZIP import's entries once expanded, counted from the bytes, not from the sizes
         * the archive declares (413 past it, before a line is stored). Unset: twice max-import-body, room
         * for a register as large as a plain import and for documents that hardly compress (see
         * {@link BodyLimits#maxImportExpanded()}).
         */
        Optional<MemorySize> maxImportExpanded();

        /**
         * Largest multipart body (a document upload), which must announce its Content-Length (413 past
         * it, before a byte is read). Keep it a little above appeals.attachments.max-file-size.
         */
        @WithDefault("21M")
        MemorySize maxMultipartBody();
    }

    interface DeadlineWatch {
        /**
         * When the daily deadline watch runs: a Quartz cron in region time (UTC+5); "off" disables it.
         * Read by DeadlineWatchJob's schedule; this is the one place of its default.
         */
        @WithDefault("0 0 7 * * ?")
        String cron();
    }

    interface DeadlineGauges {
        /**
         * How often the gauges appeals_overdue and appeals_due_soon are recounted from the database
         * (they are also counted at start-up). Read by DeadlineGauges' schedule; this is the one place
         * of its default.
         */
        @WithDefault("1m")
        String refresh();
    }

    interface Region {
        /**
         * The rectangle (WGS84 degrees) that a problem's location must lie in. The defaults enclose
         * Pavlodar region, whose districts the register is seeded with.
         */
        Bounds bounds();
    }

    interface Bounds {
        /** Southernmost latitude. */
        @WithDefault("50.3")
        double south();

        /** Northernmost latitude. */
        @WithDefault("54.0")
        double north();

        /** Westernmost longitude. */
        @WithDefault("73.3")
        double west();

        /** Easternmost longitude. */
        @WithDefault("79.0")
        double east();
    }

    interface Stats {
        /**
         * How often trigger-appended deltas move into the statistics rollups; "off" stops it (e.g. on
         * read replicas). Figures are exact either way. Read by StatsCompactor's schedule; this is the
         * one place of its default.
         */
        @WithDefault("1s")
        String compactionInterval();
    }

    interface Cluster {
        /** This instance's name in cluster_job (who started and who finished a job's term); default host:pid. */
        Optional<String> instance();

        /**
         * How often an instance looks for a job's term that another instance started and did not
         * finish (it was killed mid-run), to resume it. Read by ClusterJobs' schedule.
         */
        @WithDefault("30s")
        String resumeInterval();
    }
}
