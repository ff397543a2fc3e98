package kz.appeals.common;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a body whose announced Content-Length passes its cap ({@link BodyLimits}) before a
 * byte of it is read. Bodies without a Content-Length (chunked) are counted as they are read
 * by {@link BodySizeInterceptor}, except multipart ones, which must announce their length (411).
 */
public class BodySizeFilter {

    @Inject
    BodyLimits limits;

    @ServerRequestFilter(preMatching = true)
    public Response limit(ContainerRequestContext request) {
        String length = request.getHeaderString("Content-Length");
        String contentType = request.getHeaderString("Content-Type");
        if (length == null) {
            // a multipart body is spooled by the HTTP layer, where no interceptor counts it: it must announce its length
            return BodyLimits.isMultipart(contentType) && hasBody(request)
                    ? ProblemMappers.respond(Problem.of(411, "length-required", "Length required",
                            "A multipart upload must announce its Content-Length"))
                    : null;
        }
        long cap = limits.capFor(contentType);
        try {
            if (Long.parseLong(length.strip()) > cap) {
                return ProblemMappers.respond(BodyLimits.tooLarge(cap));
            }
        } catch (NumberFormatException e) {
            return ProblemMappers.respond(Problem.of(400, "bad-request", "Bad request", "Content-Length is not a number"));
        }
        return null;
    }

    private static boolean hasBody(ContainerRequestContext request) {
        String method = request.getMethod();
        return !"GET".equals(method) && !"HEAD".equals(method) && !"OPTIONS".equals(method);
    }
}
