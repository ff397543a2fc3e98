package kz.appeals.foundation;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A test-only endpoint that deliberately carries no security annotation: with
 * quarkus.security.jaxrs.deny-unannotated-endpoints the service must refuse it to everyone.
 * Hidden from the API description, and never part of the packaged service.
 */
@Path("/test-only/unannotated")
public class UnannotatedProbeResource {

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(hidden = true)
    public String probe() {
        return "reached";
    }
}
