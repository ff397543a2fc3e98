package kz.appeals.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Refuses a body whose announced Content-Length passes its cap ({@link BodyLimits}) before a
 * byte of it is read. Bodies without a Content-Length (chunked) are counted as they are read
 * by {@link BodySizeInterceptor}, except multipart ones, which must announce their length (411).
 * It runs on the HTTP layer's router, ahead of the layer's own ceiling
 * ({@code quarkus.http.limits.max-body-size}, kept above every cap), which would answer a length
 * past it with a bare 413 and no body: so every announced body too large gets its problem+json.
 */
@ApplicationScoped
public class BodySizeFilter {
    /**
     * After {@link RequestIds} (1000), so the problem names the request; the ceiling's route has
     * order -2 and filters run at minus their priority.
     */
    static final int PRIORITY = 500;

    @Inject
    BodyLimits limits;

    @Inject
    ObjectMapper json;

    void register(@Observes Filters filters) {
        filters.register(this::limit, PRIORITY);
    }

    void limit(RoutingContext rc) {
        String length = rc.request().getHeader("Content-Length");
        String contentType = rc.request().getHeader("Content-Type");
        Problem refused = null;
        if (length == null) {
            // a multipart body is spooled by the HTTP layer, where no interceptor counts it: it must announce its length
            if (BodyLimits.isMultipart(contentType) && hasBody(rc.request().method())) {
                refused = Problem.of(411, "length-required", "Length required",
                        "A multipart upload must announce its Content-Length");
            }
        } else {
            long cap = limits.capFor(contentType);
            try {
                if (Long.parseLong(length.strip()) > cap) {
                    refused = BodyLimits.tooLarge(cap);
                }
            } catch (NumberFormatException e) {
                refused = Problem.of(400, "bad-request", "Bad request", "Content-Length is not a number");
            }
        }
        if (refused == null) {
            rc.next();
        } else {
            respond(rc, refused);
        }
    }

    /** The answer, the body left unread: read and dropped until the client stops, then the connection closed. */
    private void respond(RoutingContext rc, Problem problem) {
        Object id = rc.get(RequestIds.MDC_KEY);
        byte[] body;
        try {
            body = json.writeValueAsBytes(id == null ? problem : problem.withRequestId(id.toString()));
        } catch (JsonProcessingException e) {
            rc.fail(e);
            return;
        }
        BodySizeInterceptor.closeAfterAnswer(rc);
        rc.response().setStatusCode(problem.status()).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Connection", "close").end(Buffer.buffer(body));
    }

    private static boolean hasBody(HttpMethod method) {
        return !HttpMethod.GET.equals(method) && !HttpMethod.HEAD.equals(method) && !HttpMethod.OPTIONS.equals(method);
    }
}
