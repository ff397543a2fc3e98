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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.appeals.common.ClientAddress;
import kz.appeals.document.AttachmentService;
import kz.appeals.document.Downloads;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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

    @Inject
    AttachmentService attachments;

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
        return tracking.track(registrationNumber, accessCode, clients.of(request));
    }

    @GET
    @Path("/{registrationNumber}/attachments/{attachmentId}")
    @PermitAll
    @Operation(summary = "A citizen downloads an answer letter",
            description = "No token; the access code as for tracking, with the same limits. Only the documents the "
                    + "tracking view lists (public answer letters) are served; anything else answers 404. The bytes with "
                    + "their stored type, Content-Disposition and the SHA-256 as ETag.")
    @APIResponse(responseCode = "200", description = "The bytes",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "If-None-Match names the current ETag")
    @APIResponse(responseCode = "404", description = "No such appeal and code, or no such public document of it")
    @APIResponse(responseCode = "429", description = "Too many wrong codes; see Retry-After")
    public Response attachment(@PathParam("registrationNumber") String registrationNumber,
                               @PathParam("attachmentId") long attachmentId,
                               @Parameter(description = "The access code given at registration", required = true)
                               @HeaderParam("X-Access-Code") String accessCode,
                               @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
                               @Context HttpServerRequest request) {
        long appealId = tracking.verify(registrationNumber, accessCode, clients.of(request));
        return Downloads.respond(attachments.publicDownload(appealId, attachmentId), ifNoneMatch);
    }
}
