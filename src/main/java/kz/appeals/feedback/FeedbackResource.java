package kz.appeals.feedback;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.appeals.common.Page;
import kz.appeals.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Feedback on an appeal's answer as staff handle it: taken by phone, read, and disputes decided. */
@Path("/api/v1/appeals/{id}/feedback")
@Tag(name = "Feedback")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OPERATOR, Roles.OFFICE_STAFF, Roles.SUPERVISOR, Roles.EXECUTOR, Roles.ADMIN})
@APIResponse(responseCode = "403", description = "The caller's role does not allow this operation on this appeal")
@APIResponse(responseCode = "404", description = "No such appeal in the caller's scope")
public class FeedbackResource {

    @Inject
    FeedbackService feedback;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OPERATOR, Roles.OFFICE_STAFF, Roles.SUPERVISOR})
    @Operation(summary = "Record the applicant's feedback given by phone",
            description = "Roles: operator, office-staff and supervisor, within their scope. The same rules as on the "
                    + "tracking page: a closed appeal only (409 otherwise), once per closure (409), within the feedback "
                    + "window after the closure (410 after). solved=false puts the appeal on GET /appeals?disputed=true.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedbackDtos.View.class)))
    @APIResponse(responseCode = "409", description = "The appeal is not closed, or this closure has its feedback already")
    @APIResponse(responseCode = "410", description = "The feedback window of this closure has passed")
    public Response byPhone(@PathParam("id") long id, @Valid @NotNull FeedbackDtos.Request body) {
        return Response.status(Response.Status.CREATED).entity(feedback.byPhone(id, body)).build();
    }

    @GET
    @Operation(summary = "The feedback given on an appeal's answers, oldest first",
            description = "Roles and scope as for reading the appeal.")
    @APIResponse(responseCode = "200", description = "Every verdict (nextCursor is always null)")
    public Page<FeedbackDtos.View> list(@PathParam("id") long id) {
        return new Page<>(feedback.list(id), null);
    }

    @POST
    @Path("/dismissal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Keep a disputed answer, with the reason",
            description = "Role: supervisor (own districts). The other way to settle a dispute is to reopen the appeal "
                    + "(POST /appeals/{id}/reopening). The reason is a public entry of the timeline: the applicant reads "
                    + "why the appeal is not reopened. Like the other actions on an appeal it needs If-Match with the "
                    + "appeal's ETag, and gives the appeal's new ETag.")
    @APIResponse(responseCode = "200", description = "The verdict, its dispute dismissed; ETag: the appeal's new version",
            headers = @Header(name = HttpHeaders.ETAG, description = "The appeal's new version, for If-Match",
                    schema = @Schema(type = SchemaType.STRING, example = "\"153-7\"")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedbackDtos.View.class)))
    @APIResponse(responseCode = "409", description = "The appeal has no open dispute")
    @APIResponse(responseCode = "412", description = "If-Match is not the appeal's current ETag: someone changed the appeal")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response dismiss(@PathParam("id") long id,
                            @Parameter(description = "The ETag of GET /appeals/{id}: missing 428, stale 412", required = true)
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull FeedbackDtos.Dismissal body) {
        FeedbackService.Dismissed result = feedback.dismiss(id, ifMatch, body.reason());
        return Response.ok(result.view()).header(HttpHeaders.ETAG, result.etag()).build();
    }
}
