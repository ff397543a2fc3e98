package kz.appeals.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * Identities of bearer tokens that Quarkus OIDC has verified (signature, issuer, audience, lifetime),
 * kept by the raw token until the token's own {@code exp}, so that a client that sends the same token
 * many times pays for its verification once. Only identities that passed verification are put here
 * ({@link TokenIdentityKeeper}); a token that failed is verified again, and refused again, every time.
 * An entry is never served at or after its {@code exp}, whatever the cache's own eviction does. Bounded
 * ({@code appeals.token-cache.max-size}); keys of Keycloak that are withdrawn do not end what is
 * kept, so a token stays accepted until its expiry, as it would with a stateless verifier that had
 * fetched the keys before.
 */
@ApplicationScoped
public class VerifiedTokens {

    /** A verified identity and the instant its token expires. */
    record Entry(SecurityIdentity identity, Instant expiresAt) {
    }

    private final Clock clock;
    private final boolean enabled;
    private final Cache<String, Entry> cache;
    private final java.util.concurrent.atomic.LongAdder hits = new java.util.concurrent.atomic.LongAdder();

    @Inject
    public VerifiedTokens(TokenCacheConfig config) {
        this(Clock.systemUTC(), config.enabled(), config.maxSize());
    }

    VerifiedTokens(Clock clock, boolean enabled, long maxSize) {
        this.clock = clock;
        this.enabled = enabled;
        this.cache = Caffeine.newBuilder().maximumSize(maxSize).expireAfter(new UntilExpiry(clock)).build();
    }

    public boolean enabled() {
        return enabled;
    }

    /** The identity verified for this raw token, or null when none is kept or its token has expired. */
    public SecurityIdentity find(String token) {
        if (!enabled || token == null) {
            return null;
        }
        Entry entry = cache.getIfPresent(token);
        if (entry == null) {
            return null;
        }
        if (!clock.instant().isBefore(entry.expiresAt())) {
            cache.invalidate(token);
            return null;
        }
        hits.increment();
        return entry.identity();
    }

    /** Keeps a verified identity until {@code expiresAt}; one that has expired already is not kept. */
    public void keep(String token, SecurityIdentity identity, Instant expiresAt) {
        if (enabled && token != null && expiresAt != null && clock.instant().isBefore(expiresAt)) {
            cache.put(token, new Entry(identity, expiresAt));
        }
    }

    /** How many requests were answered from the cache since the start. */
    public long hits() {
        return hits.sum();
    }

    long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    /** Each entry lives until its token's expiry, read or not. */
    private record UntilExpiry(Clock clock) implements Expiry<String, Entry> {
        @Override
        public long expireAfterCreate(String key, Entry value, long currentTime) {
            long millis = value.expiresAt().toEpochMilli() - clock.millis();
            return TimeUnit.MILLISECONDS.toNanos(Math.max(0, millis));
        }

        @Override
        public long expireAfterUpdate(String key, Entry value, long currentTime, long currentDuration) {
            return expireAfterCreate(key, value, currentTime);
        }

        @Override
        public long expireAfterRead(String key, Entry value, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
