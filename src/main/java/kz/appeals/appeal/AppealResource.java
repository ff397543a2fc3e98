package kz.appeals.appeal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.appeals.appeal.AppealViews.Versioned;
import kz.appeals.common.Cursors;
import kz.appeals.common.Page;
import kz.appeals.common.PageRequest;
import kz.appeals.common.Params;
import kz.appeals.common.PersonalDataReads;
import kz.appeals.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reading appeals: the list, one appeal with its ETag, and its timeline. */
@Path("/api/v1/appeals")
@Tag(name = "Case control")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OPERATOR, Roles.OFFICE_STAFF, Roles.SUPERVISOR, Roles.EXECUTOR, Roles.ADMIN})
@APIResponse(responseCode = "403", description = "The caller's role does not allow this operation, or the token lacks"
        + " the claim its role needs (district for office staff and supervisors, agency for executors)")
public class AppealResource {
    private static final String SCOPE = " Supervisors and office staff see the districts of their token's district "
            + "claim (\"*\": the whole region), executors the appeals now assigned to the agency of their agency claim, "
            + "operators and admin the whole region; a caller with several roles sees what any of them reaches. A "
            + "supervisor or office staff without districts, or an executor without an agency, is refused (403), as are "
            + "analysts and the portal.";

    @Inject
    AppealQueries queries;

    @Inject
    Cursors cursors;

    @Inject
    PersonalDataReads reads;

    @GET
    @Operation(summary = "List appeals, newest first",
            description = "Roles: operator, office-staff, supervisor, executor, admin." + SCOPE
                    + " Items carry no personal data: read one appeal for the applicant and the text. Paging is by an "
                    + "opaque keyset cursor, stable while new appeals arrive.")
    @APIResponse(responseCode = "200", description = "One page of appeals")
    public Page<AppealListItem> list(
            @BeanParam AppealFilterParams select,
            @Parameter(description = "Page size, 1 to 500 (default 50)",
                    schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        AppealFilter filter = select.parse();
        return queries.list(filter, PageRequest.of(Params.integer("limit", limit), cursor, cursors, AppealQueries.CURSOR));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read one appeal",
            description = "Roles: operator, office-staff, supervisor, executor, admin." + SCOPE
                    + " The ETag header is what every action expects back in If-Match.")
    @APIResponse(responseCode = "200", description = "The appeal: term in working days, agency, outcome, repeat link",
            headers = @Header(name = HttpHeaders.ETAG, description = "Version of the appeal, for If-Match",
                    schema = @Schema(type = SchemaType.STRING, example = "\"153-4\"")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppealView.class)))
    @APIResponse(responseCode = "404", description = "No such appeal in the caller's scope")
    public Response get(@PathParam("id") long id) {
        Versioned result = queries.get(id);
        reads.appeal(id, result.view().applicant().iin(), result.view().applicant().phone());
        return Response.ok(result.view()).header(HttpHeaders.ETAG, result.etag()).build();
    }

    @GET
    @Path("/{id}/events")
    @Operation(summary = "The timeline of an appeal, oldest first",
            description = "Roles: operator, office-staff, supervisor, executor, admin." + SCOPE
                    + " Every registration, action and field change, with actor, role, time and whether it is public "
                    + "(shown on the citizen's tracking page) or internal. Entries are never changed or deleted.")
    @APIResponse(responseCode = "200", description = "All entries (nextCursor is always null)")
    @APIResponse(responseCode = "404", description = "No such appeal in the caller's scope")
    public Page<AppealEventView> events(@PathParam("id") long id) {
        return new Page<>(queries.events(id), null);
    }
}
