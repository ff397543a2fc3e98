package kz.appeals.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Tokens kept for reuse until their {@code exp} less a margin, then fetched again: a long run
 * of the suite never sends a token that has expired, or that expires while a request is on its
 * way (which would turn a test's expected answer into a 401).
 */
final class TokenCache {
    private record Cached(String token, Instant usableUntil) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Cached> tokens = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration margin;

    TokenCache(Clock clock, Duration margin) {
        this.clock = clock;
        this.margin = margin;
    }

    String get(String key, Supplier<String> fetch) {
        return tokens.compute(key, (k, cached) -> cached != null && clock.instant().isBefore(cached.usableUntil())
                ? cached
                : fresh(fetch.get())).token();
    }

    private Cached fresh(String token) {
        Instant usableUntil = expiry(token).minus(margin);
        if (!clock.instant().isBefore(usableUntil)) {
            throw new IllegalStateException("A token was issued that expires within " + margin + ": check the clocks");
        }
        return new Cached(token, usableUntil);
    }

    /** The {@code exp} claim of a JWT (read, not verified: the service verifies it). */
    static Instant expiry(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            throw new IllegalArgumentException("not a JWT");
        }
        JsonNode exp;
        try {
            exp = JSON.readTree(Base64.getUrlDecoder().decode(parts[1])).path("exp");
        } catch (IOException e) {
            throw new IllegalArgumentException("the JWT's payload is not JSON", e);
        }
        if (!exp.canConvertToLong()) {
            throw new IllegalArgumentException("the JWT has no exp claim");
        }
        return Instant.ofEpochSecond(exp.asLong());
    }
}
