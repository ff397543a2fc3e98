package kz.appeals.audit;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kz.appeals.common.PersonalDataReads;
import kz.appeals.security.Caller;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The personal-data access log's recorder: every reported read becomes a row naming the reader
 * (token subject, user name, acting role), the time, the endpoint, the client address, the appeal
 * and the applicant as keyed hashes of IIN and phone. Rows are queued and written in batches by a
 * background thread ({@link AccessQueue}); a full queue makes the request write its own rows, so
 * a read that was answered is never left out.
 */
@ApplicationScoped
public class PersonalDataAccessLog implements PersonalDataReads {
    private static final Duration DRAIN_AT_SHUTDOWN = Duration.ofSeconds(10);
    /** The longest subject or user name the table keeps (V27). */
    private static final int MAX_NAME = 255;

    @Inject
    AuditConfig config;

    @Inject
    AccessLogStore store;

    @Inject
    Caller caller;

    @Inject
    JsonWebToken jwt;

    @Inject
    ResourceInfo resource;

    @Inject
    CurrentVertxRequest request;

    private final Map<Method, String> endpoints = new ConcurrentHashMap<>();
    private volatile ApplicantKeys keys;
    private volatile AccessQueue<AccessRow> queue;

    void start(@Observes StartupEvent event) {
        if (config.key().isPresent() || config.enabled()) {
            // the log may be off and still be searched for the rows it wrote before
            keys = new ApplicantKeys(config.key().orElse(null));
        }
        if (!config.enabled()) {
            return;
        }
        queue = new AccessQueue<>(config.queueCapacity(), config.batchSize(), config.flushInterval(), store::insert);
        queue.start("personal-data-access-writer");
    }

    void stop(@Observes ShutdownEvent event) {
        AccessQueue<AccessRow> q = queue;
        if (q != null) {
            q.close(DRAIN_AT_SHUTDOWN);
        }
    }

    @Override
    public void appeal(long appealId, String iin, String phone) {
        rows(List.of(new Read(appealId, iin, phone)));
    }

    @Override
    public void lookup(String iin, String phone, List<Long> appealIds) {
        if (queue == null) {
            return;
        }
        byte[] iinHash = keys.iin(iin);
        byte[] phoneHash = keys.typedPhone(phone);
        Reader reader = reader();
        List<AccessRow> rows = new ArrayList<>(Math.max(1, appealIds.size()));
        if (appealIds.isEmpty()) {
            rows.add(reader.row(null, iinHash, phoneHash));
        }
        appealIds.forEach(id -> rows.add(reader.row(id, iinHash, phoneHash)));
        add(rows);
    }

    @Override
    public void rows(List<Read> reads) {
        if (queue == null || reads.isEmpty()) {
            return;
        }
        Reader reader = reader();
        List<AccessRow> rows = new ArrayList<>(reads.size());
        for (Read read : reads) {
            rows.add(reader.row(read.appealId(), keys.iin(read.iin()), keys.phone(read.phone())));
        }
        add(rows);
    }

    /** Stores every read reported so far: the admin's query sees all reads made before it. */
    void flush() {
        AccessQueue<AccessRow> q = queue;
        if (q != null) {
            try {
                q.flush();
            } catch (Exception e) {
                throw new IllegalStateException("The personal-data access log could not be written", e);
            }
        }
    }

    /** The same value hashed as the rows are, for the admin's query; null when no key is set. */
    ApplicantKeys keys() {
        return keys;
    }

    private void add(List<AccessRow> rows) {
        try {
            queue.add(rows);
        } catch (Exception e) {
            // The database took neither the queue nor this request's rows: the read is refused
            // (503 when the database is away) rather than answered without a trace.
            throw new IllegalStateException("The personal-data access log could not be written", e);
        }
    }

    /** Who reads, from where, through which endpoint, now: the same for every row of a request. */
    private Reader reader() {
        String username = fit(caller.name(), "unknown");
        String subject = fit(jwt.getSubject(), username);
        SocketAddress peer = request.getCurrent().request().remoteAddress();
        return new Reader(Instant.now(), subject, username, caller.roles(), endpoint(),
                peer == null ? null : peer.hostAddress());
    }

    /**
     * A token's value as the table takes it (1 to 255 characters): a row the database refused
     * would be retried before every newer one and hold up the whole log.
     */
    private static String fit(String value, String fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return value.length() <= MAX_NAME ? value : value.substring(0, MAX_NAME);
    }

    private record Reader(Instant at, String subject, String username, String role, String endpoint, String address) {
        AccessRow row(Long appealId, byte[] iinHash, byte[] phoneHash) {
            return new AccessRow(at, subject, username, role, endpoint, appealId, iinHash, phoneHash, address);
        }
    }

    /** "GET /api/v1/appeals/{id}": the method and path template of the resource method serving the request. */
    private String endpoint() {
        Method method = resource.getResourceMethod();
        return endpoints.computeIfAbsent(method, m -> httpMethod(m) + " " + path(resource.getResourceClass(), m));
    }

    private static String httpMethod(Method method) {
        for (Annotation a : method.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return "GET";
    }

    private static String path(Class<?> type, Method method) {
        Path classPath = type.getAnnotation(Path.class);
        Path methodPath = method.getAnnotation(Path.class);
        String joined = (classPath == null ? "" : "/" + classPath.value()) + (methodPath == null ? "" : "/" + methodPath.value());
        return joined.replaceAll("/+", "/").replaceAll("(.)/$", "$1");
    }
}
