package kz.appeals.notice;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kz.appeals.common.Cursors;
import kz.appeals.common.Page;
import kz.appeals.common.PageRequest;
import kz.appeals.common.Params;
import kz.appeals.notice.NoticeDtos.NoticeView;
import kz.appeals.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Control of the notices: those that failed (or are late) in the supervisor's districts, and their retry. */
@Path("/api/v1/notices")
@Tag(name = "Notices")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class NoticeResource {

    @Inject
    NoticeService notices;

    @Inject
    Cursors cursors;

    @GET
    @Operation(summary = "Notices by status, newest first",
            description = "Roles: supervisor (the appeals of their districts; \"*\": the region), admin. "
                    + "status=FAILED lists the notices given up, to retry or to send by post or phone; late=true those "
                    + "not sent by their day.")
    @APIResponse(responseCode = "200", description = "One page of notices")
    public Page<NoticeView> list(
            @Parameter(schema = @Schema(implementation = NoticeStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "true: only notices not sent by their day", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("late") String late,
            @Parameter(description = "Page size, 1 to 500 (default 50)", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return notices.list(Params.enumValue("status", status, NoticeStatus.class), Params.bool("late", late),
                PageRequest.of(Params.integer("limit", limit), cursor, cursors, NoticeService.CURSOR));
    }

    @POST
    @Path("/{id}/retry")
    @Operation(summary = "Try a FAILED notice again",
            description = "Roles: supervisor (own districts), admin. FAILED → PENDING: the dispatcher sends it again "
                    + "with the same Message-ID, and gives up after the configured time counted from now.")
    @APIResponse(responseCode = "200", description = "The notice, PENDING again")
    @APIResponse(responseCode = "404", description = "No such notice in the caller's scope")
    @APIResponse(responseCode = "409", description = "The notice is not FAILED")
    public NoticeView retry(@PathParam("id") long id) {
        return notices.retry(id);
    }
}
