package kz.appeals.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    /** A clock the test moves by hand. */
    private static final class Hand extends Clock {
        Instant now = Instant.parse("2026-12-06T10:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static QuarkusSecurityIdentity identity(String name) {
        Principal p = () -> name;
        return QuarkusSecurityIdentity.builder().setPrincipal(p).addRole("analyst").build();
    }

    @Test
    @DisplayName("a kept identity is served until its token's exp, and not at or after it")
    void servedUntilExpiry() {
        Hand clock = new Hand();
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
        Hand clock = new Hand();
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
        Hand clock = new Hand();
        VerifiedTokens tokens = new VerifiedTokens(clock, true, 10);
        for (int i = 0; i < 200; i++) {
            tokens.keep("t" + i, identity("a" + i), clock.now.plusSeconds(60));
        }
        assertThat(tokens.size()).isLessThanOrEqualTo(10);
    }
}
