package kz.appeals.intake;

import jakarta.annotation.security.PermitAll;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import kz.appeals.common.ClientAddress;
import kz.appeals.common.ValidationException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/public/appeals")
@Tag(name = "Public tracking")
public class PublicTrackingResource {

    @Inject
    PublicTrackingService tracking;

    @Inject
    ClientAddress clients;

    @GET
    @Path("/{registrationNumber}")
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "A citizen follows their appeal",
            description = "No token. Status, dates, outcome and public replies; no personal data. A wrong code or an "
                    + "unknown number answers 404. More than 5 wrong codes from one client address within 10 minutes, "
                    + "or more than 200 for one number from all clients together, answer 429 until the window ends.")
    @APIResponse(responseCode = "200", description = "The appeal as the citizen sees it")
    @APIResponse(responseCode = "404", description = "No appeal with this number and code")
    @APIResponse(responseCode = "429", description = "Too many wrong codes; see Retry-After")
    public PublicAppealView track(@PathParam("registrationNumber") String registrationNumber,
                                  @Parameter(description = "The access code given at registration", required = true)
                                  @HeaderParam("X-Access-Code") String accessCode,
                                  @Context HttpServerRequest request) {
        if (accessCode == null || accessCode.isBlank() || accessCode.length() > 64) {
            throw new ValidationException("X-Access-Code", "the access code header is required");
        }
        return tracking.track(registrationNumber, accessCode, clients.of(request));
    }
}
