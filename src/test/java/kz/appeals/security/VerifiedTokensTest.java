package kz.appeals.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import kz.appeals.support.HandClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private static final Instant START = Instant.parse("2026-12-06T10:00:00Z");

    private static QuarkusSecurityIdentity identity(String name) {
        Principal p = () -> name;
        return QuarkusSecurityIdentity.builder().setPrincipal(p).addRole("analyst").build();
    }

    @Test
    @DisplayName("a kept identity is served until its token's exp, and not at or after it")
    void servedUntilExpiry() {
        HandClock clock = new HandClock(START);
        VerifiedTokens tokens = new VerifiedTokens(clock, true, 100);
        tokens.keep("t1", identity("a"), clock.now.plusSeconds(60));
        assertThat(tokens.find("t1").getPrincipal().getName()).isEqualTo("a");
        clock.now = clock.now.plusSeconds(59);
        assertThat(tokens.find("t1")).isNotNull();
        clock.now = clock.now.plusSeconds(1);
        assertThat(tokens.find("t1")).isNull();
        assertThat(tokens.find("t2")).isNull();
    }

    @Test
    @DisplayName("an identity whose token has expired already is not kept; a disabled cache keeps nothing")
    void expiredOrDisabledNotKept() {
        HandClock clock = new HandClock(START);
        VerifiedTokens tokens = new VerifiedTokens(clock, true, 100);
        tokens.keep("old", identity("a"), clock.now);
        tokens.keep("older", identity("a"), clock.now.minus(Duration.ofMinutes(5)));
        assertThat(tokens.find("old")).isNull();
        assertThat(tokens.find("older")).isNull();
        assertThat(tokens.size()).isZero();

        VerifiedTokens off = new VerifiedTokens(clock, false, 100);
        off.keep("t", identity("a"), clock.now.plusSeconds(60));
        assertThat(off.find("t")).isNull();
    }

    @Test
    @DisplayName("the cache holds at most max-size tokens")
    void bounded() {
        HandClock clock = new HandClock(START);
        VerifiedTokens tokens = new VerifiedTokens(clock, true, 10);
        for (int i = 0; i < 200; i++) {
            tokens.keep("t" + i, identity("a" + i), clock.now.plusSeconds(60));
        }
        assertThat(tokens.size()).isLessThanOrEqualTo(10);
    }
}
