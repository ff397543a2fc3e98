package kz.appeals.notice;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import kz.appeals.common.ClientAddress;

/**
 * Checks the gateway's key before the request's body is read or parsed: a caller without it gets
 * 401 (or 429 after too many wrong keys) whatever it sends, and learns nothing of what a valid
 * report looks like. A filter because the body of a resource method is parsed before it is called.
 */
@Provider
@GatewayKeyRequired
@Priority(Priorities.AUTHENTICATION)
public class GatewayKeyFilter implements ContainerRequestFilter {
    static final String HEADER = "X-Gateway-Key";

    @Inject
    DeliveryReports reports;

    @Inject
    ClientAddress clients;

    @Inject
    CurrentVertxRequest current;

    @Override
    public void filter(ContainerRequestContext request) {
        reports.authenticate(request.getHeaderString(HEADER), clients.of(current.getCurrent().request()));
    }
}
