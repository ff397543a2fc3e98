package kz.appeals.notice;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import kz.appeals.common.Page;
import kz.appeals.notice.NoticeDtos.NoticeRecord;
import kz.appeals.notice.NoticeDtos.NoticeView;
import kz.appeals.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The notices of one appeal: what the applicant was told, when and how; and notices staff sent themselves. */
@Path("/api/v1/appeals/{id}/notices")
@Tag(name = "Notices")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OPERATOR, Roles.OFFICE_STAFF, Roles.SUPERVISOR, Roles.EXECUTOR, Roles.ADMIN})
@APIResponse(responseCode = "404", description = "No such appeal in the caller's scope")
public class AppealNoticeResource {

    @Inject
    NoticeService notices;

    @GET
    @Operation(summary = "The notices of an appeal, oldest first",
            description = "Roles: whoever reads the appeal (operator, office-staff, supervisor, executor, admin, each in "
                    + "their scope). Each notice: kind, channel, the recipient masked, language, status "
                    + "(PENDING, SENT, DELIVERED, FAILED), the day it is due by and whether it was late, attempts and "
                    + "the last error.")
    @APIResponse(responseCode = "200", description = "All notices of the appeal (nextCursor is always null)")
    public Page<NoticeView> list(@PathParam("id") long id) {
        return new Page<>(notices.ofAppeal(id), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OPERATOR, Roles.OFFICE_STAFF, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "Record a notice sent by post or given by phone",
            description = "Roles: operator, office-staff, supervisor (own districts), admin. Channel POST or PHONE; "
                    + "e-mail and SMS are sent by the service. A letter completes the notice of that kind owed by post, "
                    + "if one is pending (SENT); a phone call is recorded as DELIVERED. The timeline shows it, and the "
                    + "applicant's tracking page says when they were told.")
    @APIResponse(responseCode = "201", description = "The notice recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NoticeView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body (e.g. channel EMAIL or SMS)")
    @APIResponse(responseCode = "403", description = "The caller's role does not record notices, or does not reach this appeal")
    @APIResponse(responseCode = "422", description = "An anonymous applicant, or no postal address / phone to use")
    public Response record(@PathParam("id") long id, @Valid @NotNull NoticeRecord body) {
        NoticeView view = notices.record(id, body);
        return Response.created(URI.create("/api/v1/appeals/" + id + "/notices")).entity(view).build();
    }
}
