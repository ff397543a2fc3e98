package kz.appeals.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The suite's token cache: a token is reused only while it has more than the margin left to live. */
class TokenCacheTest {
    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    private static String jwt(Instant exp, int serial) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(("{\"exp\":" + exp.getEpochSecond() + ",\"n\":" + serial + "}")
                        .getBytes(StandardCharsets.UTF_8)) + ".c2ln";
    }

    @Test
    @DisplayName("a token is reused until its exp less the margin, then fetched again")
    void refetchedBeforeExpiry() {
        HandClock clock = new HandClock(T0);
        TokenCache cache = new TokenCache(clock, Duration.ofMinutes(1));
        AtomicInteger fetched = new AtomicInteger();
        // each fetch issues a token that lives 30 minutes from the clock's now, as the realm's do
        java.util.function.Supplier<String> fetch = () -> jwt(clock.now.plus(Duration.ofMinutes(30)), fetched.incrementAndGet());

        String first = cache.get("office", fetch);
        assertThat(cache.get("office", fetch)).isEqualTo(first);
        clock.now = T0.plus(Duration.ofMinutes(28)).plusSeconds(59);
        assertThat(cache.get("office", fetch)).as("1 min 1 s left").isEqualTo(first);
        assertThat(fetched).hasValue(1);

        clock.now = T0.plus(Duration.ofMinutes(29));
        String second = cache.get("office", fetch);
        assertThat(second).as("1 min left: fetched again").isNotEqualTo(first);
        assertThat(TokenCache.expiry(second)).isEqualTo(T0.plus(Duration.ofMinutes(59)));
        assertThat(fetched).hasValue(2);
        assertThat(cache.get("supervisor", fetch)).as("another user has a token of its own").isNotEqualTo(second);
    }

    @Test
    @DisplayName("a token that would expire within the margin, or has no exp, is refused")
    void refusesShortLivedTokens() {
        TokenCache cache = new TokenCache(new HandClock(T0), Duration.ofMinutes(1));
        assertThatThrownBy(() -> cache.get("a", () -> jwt(T0.plusSeconds(30), 1))).isInstanceOf(IllegalStateException.class);
        String noExp = Base64.getUrlEncoder().withoutPadding().encodeToString("{}".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> cache.get("b", () -> "e30." + noExp + ".c2ln")).isInstanceOf(IllegalArgumentException.class);
    }
}
