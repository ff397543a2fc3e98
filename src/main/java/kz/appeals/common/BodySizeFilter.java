package kz.appeals.common;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a body whose announced Content-Length passes its cap ({@link BodyLimits}) before a
 * byte of it is read. Bodies without a Content-Length (chunked) are counted as they are read
 * by {@link BodySizeInterceptor}.
 */
public class BodySizeFilter {

    @Inject
    BodyLimits limits;

    @ServerRequestFilter(preMatching = true)
    public Response limit(ContainerRequestContext request) {
        String length = request.getHeaderString("Content-Length");
        if (length == null) {
            return null;
        }
        long cap = limits.capFor(request.getHeaderString("Content-Type"));
        try {
            if (Long.parseLong(length.strip()) > cap) {
                return ProblemMappers.respond(BodyLimits.tooLarge(cap));
            }
        } catch (NumberFormatException e) {
            return ProblemMappers.respond(Problem.of(400, "bad-request", "Bad request", "Content-Length is not a number"));
        }
        return null;
    }
}
