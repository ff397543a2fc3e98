package kz.appeals.open311;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import kz.appeals.common.ProblemException;
import kz.appeals.common.RegionTime;
import kz.appeals.common.ValidationException;

/**
 * The clients of the Open311 gateway: administrators issue a key per client (shown once, kept as
 * its SHA-256), list and revoke them; the gateway finds the client of a key and counts its
 * requests against the client's rate limit.
 */
@ApplicationScoped
public class Open311Clients {
    static final String KEY_PREFIX = "o311_";
    static final Duration RATE_WINDOW = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Open311Config config;

    /** A client as the gateway needs it. */
    record Client(long id, String name, int rateLimit) {
    }

    @Transactional
    public Open311Dtos.IssuedClient issue(Open311Dtos.NewClient in, String admin) {
        String name = in.name() == null ? "" : in.name().strip();
        if (name.isEmpty()) {
            throw new ValidationException("name", "must not be blank");
        }
        if (Open311Client.count("lower(name) = ?1 and revokedAt is null", name.toLowerCase(java.util.Locale.ROOT)) > 0) {
            throw ProblemException.conflict("A client named '" + name + "' holds a key already; revoke it first, or "
                    + "choose another name");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String key = KEY_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Open311Client c = new Open311Client();
        c.name = name;
        c.keyHash = hash(key);
        c.keyPrefix = key.substring(0, KEY_PREFIX.length() + 6);
        c.rateLimit = in.rateLimit() == null ? config.defaultRateLimit() : in.rateLimit();
        c.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        c.createdBy = admin;
        c.persist();
        return new Open311Dtos.IssuedClient(c.id, c.name, key, c.rateLimit, RegionTime.local(c.createdAt));
    }

    @Transactional
    public List<Open311Dtos.ClientView> list() {
        return Open311Client.<Open311Client>find("order by id desc").stream().map(Open311Clients::view).toList();
    }

    /** Revokes the client's key; revoking a revoked client changes nothing. 404 for an unknown id. */
    @Transactional
    public void revoke(long id, String admin) {
        Open311Client c = Open311Client.findById(id);
        if (c == null) {
            throw ProblemException.notFound("Open311 client " + id);
        }
        if (c.revokedAt == null) {
            c.revokedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            c.revokedBy = admin;
        }
    }

    /** The active client of an API key; 403 in GeoReport's error shape when the key is missing, unknown or revoked. */
    Client authenticate(String apiKey) {
        if (apiKey == null || apiKey.isBlank()) {
            throw new Open311Exception(403, "api_key is required to file a request");
        }
        Open311Client c = apiKey.length() > 200 ? null : QuarkusTransaction.requiringNew().call(() ->
                Open311Client.<Open311Client>find("keyHash = ?1 and revokedAt is null", hash(apiKey.strip())).firstResult());
        if (c == null) {
            throw new Open311Exception(403, "api_key is not valid");
        }
        return new Client(c.id, c.name, c.rateLimit);
    }

    /**
     * Counts a request of the client in the current one-minute window, in its own transaction
     * (a request that fails later still counts), by one statement that increments and returns the
     * count: parallel requests, on any instance, each get their own number. 429 past the limit.
     */
    void count(Client client) {
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) Open311Client.getEntityManager()
                .createNativeQuery("""
                        insert into open311_rate_window as w (client_id, window_start, requests)
                        values (?1, now(), 1)
                        on conflict (client_id) do update set
                            window_start = case when w.window_start > now() - make_interval(secs => ?2)
                                                then w.window_start else now() end,
                            requests = case when w.window_start > now() - make_interval(secs => ?2)
                                            then w.requests + 1 else 1 end
                        returning w.requests,
                            greatest(1, ceil(extract(epoch from w.window_start + make_interval(secs => ?2) - now())))::bigint""")
                .setParameter(1, client.id()).setParameter(2, (double) RATE_WINDOW.toSeconds())
                .getSingleResult());
        if (((Number) row[0]).intValue() > client.rateLimit()) {
            long retry = ((Number) row[1]).longValue();
            throw new Open311Exception(429, "Rate limit of " + client.rateLimit() + " requests a minute reached; retry in "
                    + retry + " s", retry);
        }
    }

    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Open311Dtos.ClientView view(Open311Client c) {
        OffsetDateTime revoked = RegionTime.local(c.revokedAt);
        return new Open311Dtos.ClientView(c.id, c.name, c.keyPrefix + "…", c.rateLimit, RegionTime.local(c.createdAt),
                c.createdBy, revoked, revoked != null);
    }
}
