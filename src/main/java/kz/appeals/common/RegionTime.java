package kz.appeals.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Kazakhstan keeps one time zone, UTC+5: every local date of the register is taken in it. */
public final class RegionTime {
    public static final ZoneOffset ZONE = ZoneOffset.ofHours(5);
    /**
     * The earliest local date of the register: statistics report from it on (an earlier {@code from}
     * answers 400), so the import refuses appeals and receptions dated before it; registration
     * numbers' years start there too (R__registration_serials.sql).
     */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);

    private RegionTime() {
    }

    public static LocalDate localDate(Instant instant) {
        return instant.atOffset(ZONE).toLocalDate();
    }

    public static OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atOffset(ZONE);
    }

    public static Instant startOf(LocalDate date) {
        return date.atStartOfDay().toInstant(ZONE);
    }
}
