package kz.appeals.common;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * One id per request, so that a complaint ("error id X") leads to the log lines: taken from the
 * caller's {@code X-Request-Id} when it is a plain token (a gateway's id), else made here; put
 * in the logging context (MDC key {@code requestId}, on every line logged for the request, plain
 * or JSON), in the {@code X-Request-Id} response header and in every problem body.
 */
public class RequestIds {
    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    /** What a caller's id may look like: nothing that could forge a log line or a header. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{8,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The current request's id, or null outside a request. */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }

    static String accepted(String given) {
        return given != null && ACCEPTED.matcher(given).matches() ? given : newId();
    }

    static String newId() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    // Runs before any other filter, on the request's own (duplicated) Vert.x context, whose MDC
    // the blocking resource methods see too.
    void register(@Observes Filters filters) {
        filters.register(RequestIds::assign, 1000);
    }

    static void assign(RoutingContext rc) {
        String id = accepted(rc.request().getHeader(HEADER));
        MDC.put(MDC_KEY, id);
        rc.put(MDC_KEY, id);
        rc.response().putHeader(HEADER, id);
        rc.next();
    }

    @ServerResponseFilter
    public void intoProblems(ContainerResponseContext response) {
        if (response.getEntity() instanceof Problem problem && problem.requestId() == null) {
            String id = current();
            if (id != null) {
                response.setEntity(problem.withRequestId(id));
            }
        }
    }
}
