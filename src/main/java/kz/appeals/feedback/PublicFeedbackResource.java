package kz.appeals.feedback;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.appeals.common.ClientAddress;
import kz.appeals.intake.PublicTrackingService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The citizen says whether the answer solved the problem: no token, the access code. */
@Path("/api/v1/public/appeals/{registrationNumber}/feedback")
@Tag(name = "Public tracking")
public class PublicFeedbackResource {

    @Inject
    PublicTrackingService tracking;

    @Inject
    FeedbackService feedback;

    @Inject
    ClientAddress clients;

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A citizen gives feedback on the answer",
            description = "No token; the access code as for tracking, with the same limits on wrong codes. Taken on a "
                    + "closed appeal (409 otherwise), once per closure (409 on a second try), within the feedback window "
                    + "after the closure (30 days by default; 410 after). solved=false puts the answer on the "
                    + "supervisors' list of disputed answers, who reopen the appeal or say why not.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FeedbackDtos.PublicView.class)))
    @APIResponse(responseCode = "404", description = "No appeal with this number and code")
    @APIResponse(responseCode = "409", description = "The appeal is not closed, or this closure has its feedback already")
    @APIResponse(responseCode = "410", description = "The feedback window of this closure has passed")
    @APIResponse(responseCode = "429", description = "Too many wrong codes; see Retry-After")
    public Response give(@PathParam("registrationNumber") String registrationNumber,
                         @Parameter(description = "The access code given at registration", required = true)
                         @HeaderParam("X-Access-Code") String accessCode,
                         @Valid @NotNull FeedbackDtos.Request body,
                         @Context HttpServerRequest request) {
        long appealId = tracking.verify(registrationNumber, accessCode, clients.of(request));
        return Response.status(Response.Status.CREATED).entity(feedback.fromApplicant(appealId, body)).build();
    }
}
