package kz.appeals.open311;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;
import kz.appeals.common.RegionTime;

/**
 * GeoReport v2's dates: W3C date-times with an offset. Answers give whole seconds in the region's
 * offset ({@code 2026-12-01T10:15:30+05:00}); requests may give any offset ({@code Z} or
 * {@code ±hh:mm}) and fractions, but an offset must be there.
 */
final class W3cDates {
    /** The longest span start_date..end_date may cover, and the default span ending now. */
    static final Duration MAX_RANGE = Duration.ofDays(90);

    private static final DateTimeFormatter OUT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
    private static final Pattern IN = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})");

    /** A span of time, both ends included. */
    record Range(Instant start, Instant end) {
    }

    private W3cDates() {
    }

    static String format(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).atOffset(RegionTime.ZONE).format(OUT);
    }

    /** The last second of a local day of the region: when an answer due on that day is expected at the latest. */
    static String endOf(LocalDate day) {
        return day == null ? null : day.atTime(23, 59, 59).atOffset(RegionTime.ZONE).format(OUT);
    }

    /**
     * A date-time parameter, or null when absent or empty. A space where the offset's sign should be
     * is read as '+': some clients put the date into the query string without encoding it, and the
     * '+' then arrives decoded as a space.
     */
    static Instant parse(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > 19 && v.charAt(v.length() - 6) == ' ') {
            v = v.substring(0, v.length() - 6) + '+' + v.substring(v.length() - 5);
        }
        if (v.length() > 40 || !IN.matcher(v).matches()) {
            throw Open311Exception.badRequest(parameter + " must be a W3C date-time with an offset, e.g. "
                    + "2026-12-01T00:00:00+05:00 or 2026-11-30T19:00:00Z");
        }
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            throw Open311Exception.badRequest(parameter + " is not a valid date-time");
        }
    }

    /**
     * The span start_date..end_date asks for: both given, or one of them and 90 days from or to
     * it, or the last 90 days when neither is given. End before start, or more than 90 days: 400.
     */
    static Range range(String startParam, String endParam, Instant now) {
        Instant start = parse("start_date", startParam);
        Instant end = parse("end_date", endParam);
        if (start == null && end == null) {
            end = now;
        }
        if (start == null) {
            start = end.minus(MAX_RANGE);
        } else if (end == null) {
            end = start.plus(MAX_RANGE);
        }
        if (end.isBefore(start)) {
            throw Open311Exception.badRequest("end_date is before start_date");
        }
        if (Duration.between(start, end).compareTo(MAX_RANGE) > 0) {
            throw Open311Exception.badRequest("start_date to end_date may not span more than 90 days");
        }
        return new Range(start, end);
    }
}
