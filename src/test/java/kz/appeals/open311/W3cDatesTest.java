package kz.appeals.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class W3cDatesTest {
    private static final Instant NOW = Instant.parse("2026-12-01T05:15:30.987654Z");

    @Test
    @DisplayName("answers give whole seconds and the region's offset, never a fraction")
    void formatWholeSecondsWithOffset() {
        assertThat(W3cDates.format(NOW)).isEqualTo("2026-12-01T10:15:30+05:00");
        assertThat(W3cDates.format(Instant.parse("2026-01-01T00:00:00Z"))).isEqualTo("2026-01-01T05:00:00+05:00");
        assertThat(W3cDates.endOf(LocalDate.of(2026, 12, 22))).isEqualTo("2026-12-22T23:59:59+05:00");
        assertThat(W3cDates.format(null)).isNull();
    }

    @Test
    @DisplayName("a date-time parameter takes Z or an offset, with or without seconds and fractions")
    void parseOffsets() {
        assertThat(W3cDates.parse("start_date", "2026-12-01T10:15:30+05:00")).isEqualTo(Instant.parse("2026-12-01T05:15:30Z"));
        assertThat(W3cDates.parse("start_date", "2026-12-01T05:15:30Z")).isEqualTo(Instant.parse("2026-12-01T05:15:30Z"));
        assertThat(W3cDates.parse("start_date", "2026-12-01T05:15Z")).isEqualTo(Instant.parse("2026-12-01T05:15:00Z"));
        assertThat(W3cDates.parse("start_date", "2026-12-01T00:15:30.5-05:00")).isEqualTo(Instant.parse("2026-12-01T05:15:30.5Z"));
        assertThat(W3cDates.parse("start_date", "")).isNull();
        assertThat(W3cDates.parse("start_date", null)).isNull();
    }

    @Test
    @DisplayName("a '+' that arrived as a space (an unencoded query string) is read as the offset's sign")
    void spaceForPlus() {
        assertThat(W3cDates.parse("end_date", "2026-12-01T10:15:30 05:00")).isEqualTo(Instant.parse("2026-12-01T05:15:30Z"));
    }

    @Test
    @DisplayName("a date-time without an offset, a bare date or nonsense is a 400 naming the parameter")
    void parseRejects() {
        for (String bad : new String[] {"2026-12-01T10:15:30", "2026-12-01", "yesterday", "2026-13-01T00:00:00Z",
                "2026-12-01T10:15:30+5"}) {
            assertThatThrownBy(() -> W3cDates.parse("start_date", bad)).as(bad)
                    .isInstanceOfSatisfying(Open311Exception.class, e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.getMessage()).contains("start_date");
                    });
        }
    }

    @Test
    @DisplayName("the range defaults to the last 90 days, or 90 days from or to the one end given")
    void rangeDefaults() {
        assertThat(W3cDates.range(null, null, NOW)).isEqualTo(new W3cDates.Range(NOW.minus(Duration.ofDays(90)), NOW));
        Instant start = Instant.parse("2026-10-01T00:00:00Z");
        assertThat(W3cDates.range("2026-10-01T00:00:00Z", null, NOW)).isEqualTo(new W3cDates.Range(start,
                start.plus(Duration.ofDays(90))));
        assertThat(W3cDates.range(null, "2026-10-01T00:00:00Z", NOW)).isEqualTo(new W3cDates.Range(
                start.minus(Duration.ofDays(90)), start));
    }

    @Test
    @DisplayName("exactly 90 days passes; a second more, or an end before the start, is a 400")
    void rangeLimits() {
        assertThat(W3cDates.range("2026-09-02T00:00:00Z", "2026-12-01T00:00:00Z", NOW).start())
                .isEqualTo(Instant.parse("2026-09-02T00:00:00Z"));
        assertThatThrownBy(() -> W3cDates.range("2026-09-02T00:00:00Z", "2026-12-01T00:00:01Z", NOW))
                .isInstanceOf(Open311Exception.class).hasMessageContaining("90 days");
        assertThatThrownBy(() -> W3cDates.range("2026-12-01T00:00:00Z", "2026-11-30T00:00:00Z", NOW))
                .isInstanceOf(Open311Exception.class).hasMessageContaining("before");
    }
}
