package kz.appeals.common;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * JSON bodies are read whole, so they are kept small; the NDJSON import is streamed and
 * may be large, so the global HTTP limit is high and this filter guards everything else.
 */
public class BodySizeFilter {

    /** Looked up on first use: pre-matching filters are built before runtime configuration exists. */
    @Inject
    jakarta.enterprise.inject.Instance<AppealsConfig> configs;

    private volatile long maxJsonBody = -1;

    @ServerRequestFilter(preMatching = true)
    public Response limit(ContainerRequestContext request) {
        String length = request.getHeaderString("Content-Length");
        String type = request.getHeaderString("Content-Type");
        if (length == null || (type != null && type.startsWith("application/x-ndjson"))) {
            return null;
        }
        if (maxJsonBody < 0) {
            maxJsonBody = configs.get().http().maxJsonBody().asLongValue();
        }
        try {
            if (Long.parseLong(length.strip()) > maxJsonBody) {
                return ProblemMappers.respond(Problem.of(413, "payload-too-large", "Payload too large",
                        "The request body is larger than " + maxJsonBody + " bytes"));
            }
        } catch (NumberFormatException e) {
            return ProblemMappers.respond(Problem.of(400, "bad-request", "Bad request", "Content-Length is not a number"));
        }
        return null;
    }
}
