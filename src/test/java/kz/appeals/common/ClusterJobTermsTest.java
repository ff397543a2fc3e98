package kz.appeals.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The terms of periodic jobs: every instance numbers the same interval of the clock alike. */
class ClusterJobTermsTest {

    @Test
    @DisplayName("two instants in one interval share a term; the next interval is the next term")
    void intervalsOfTheClock() {
        Duration tenMinutes = Duration.ofMinutes(10);
        Instant start = Instant.parse("2026-12-02T02:10:00Z");
        long term = ClusterJobs.termOf(start, tenMinutes);
        assertThat(ClusterJobs.termOf(start.plusSeconds(599), tenMinutes)).isEqualTo(term);
        assertThat(ClusterJobs.termOf(start.plusSeconds(600), tenMinutes)).isEqualTo(term + 1);
        assertThat(ClusterJobs.termOf(start.minusMillis(1), tenMinutes)).isEqualTo(term - 1);
    }

    @Test
    @DisplayName("a term before 1970 is still counted downwards, and a zero interval is refused")
    void edges() {
        assertThat(ClusterJobs.termOf(Instant.ofEpochMilli(-1), Duration.ofSeconds(1))).isEqualTo(-1);
        assertThatThrownBy(() -> ClusterJobs.termOf(Instant.EPOCH, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
