package kz.appeals.reception;

import kz.appeals.catalogue.OfficialType;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import kz.appeals.common.Page;
import kz.appeals.common.Params;
import kz.appeals.reception.ReceptionDtos.Cancellation;
import kz.appeals.reception.ReceptionDtos.ReceptionEventView;
import kz.appeals.reception.ReceptionDtos.Holding;
import kz.appeals.reception.ReceptionDtos.NewReception;
import kz.appeals.reception.ReceptionDtos.ReceptionView;
import kz.appeals.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Personal receptions of citizens: schedule, list, read, hold, cancel, and each one's journal. */
@Path("/api/v1/receptions")
@Tag(name = "Receptions")
@RolesAllowed({Roles.OFFICE_STAFF, Roles.SUPERVISOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "403", description = "The caller's role does not allow this operation, or the token lacks"
        + " the claim its role needs (district for office staff and supervisors, agency for executors)")
public class ReceptionResource {
    private static final String SCOPE = " Office staff and supervisors see and change the receptions of the districts"
            + " in their token's district claim (\"*\": the whole region; none: 403); others answer 404.";
    private static final String IF_MATCH = "The ETag of GET /api/v1/receptions/{id}; required";

    @Inject
    ReceptionService receptions;

    @Inject
    ReceptionList list;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Schedule a reception",
            description = "Roles: office-staff and supervisor (own districts, the whole region with the district"
                    + " claim \"*\"; another district answers 403), admin. The official and the district must be"
                    + " active, and the official of that district or region-level (422 otherwise); a THEMATIC reception"
                    + " names its campaign (campaignCode), and a reception in a campaign is scheduled in one of its"
                    + " districts within its period while it is active (422 otherwise); without scheduledUntil it lasts 3 hours. An official cannot hold two"
                    + " receptions at overlapping times (409), also when two requests race.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NewReception.class),
            examples = @ExampleObject(name = "deputy", value = """
                    {"officialId": 14, "districtCode": "PVL", "format": "THEMATIC", "campaignCode": "FAMILY-WEEK-2026",
                     "scheduledAt": "2026-12-01T10:00:00+05:00", "scheduledUntil": "2026-12-01T13:00:00+05:00"}""")))
    @APIResponse(responseCode = "201", description = "Scheduled; Location and ETag name the new reception",
            headers = {@Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReceptionView.class)))
    @APIResponse(responseCode = "409", description = "The official already has a reception at an overlapping time")
    @APIResponse(responseCode = "422", description = "The official is of another district and not region-level; or the"
            + " campaign is inactive, does not run in the district on that day, or (by name) is not one campaign")
    public Response schedule(@Valid @NotNull NewReception request) {
        ReceptionService.Tagged created = receptions.schedule(request);
        return Response.created(URI.create("/api/v1/receptions/" + created.view().id()))
                .header("ETag", created.etag()).entity(created.view()).build();
    }

    @GET
    @Operation(summary = "List receptions, latest first",
            description = "Roles: office-staff, supervisor, admin." + SCOPE + " Keyset pages: pass nextCursor as cursor.")
    @APIResponse(responseCode = "200", description = "A page of receptions with their figures (without the appeals)")
    public Page<ReceptionView> list(
            @Parameter(description = "First local date (UTC+5) of scheduledAt, inclusive", example = "2026-11-01")
            @QueryParam("from") String from,
            @Parameter(description = "Last local date (UTC+5) of scheduledAt, inclusive", example = "2026-11-30")
            @QueryParam("to") String to,
            @QueryParam("districtCode") String districtCode,
            @Parameter(schema = @Schema(implementation = OfficialType.class)) @QueryParam("officialType") String officialType,
            @Parameter(schema = @Schema(implementation = ReceptionStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "A campaign's code (letter case aside): its receptions", example = "FAMILY-WEEK-2026")
            @QueryParam("campaign") String campaign,
            @Parameter(description = "1 to 500, default 50") @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        ReceptionFilter filter = ReceptionFilter.parse(from, to, districtCode, officialType, status, campaign);
        return list.list(filter, Params.integer("limit", limit), cursor);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A reception with its appeals and figures",
            description = "Roles: office-staff, supervisor, admin." + SCOPE + " The appeals carry no personal data."
                    + " The ETag is what the actions expect in If-Match.")
    @APIResponse(responseCode = "200", description = "The reception",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReceptionView.class)))
    @APIResponse(responseCode = "404", description = "No such reception in the caller's districts")
    public Response get(@PathParam("id") long id) {
        return tagged(receptions.get(id));
    }

    @GET
    @Path("/{id}/events")
    @Operation(summary = "The journal of a reception: who scheduled, held or cancelled it, and when",
            description = "Roles: office-staff, supervisor, admin." + SCOPE)
    @APIResponse(responseCode = "200", description = "The entries, oldest first; never more than one page")
    @APIResponse(responseCode = "404", description = "No such reception in the caller's districts")
    public Page<ReceptionEventView> events(@PathParam("id") long id) {
        return receptions.events(id);
    }

    @POST
    @Path("/{id}/holding")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark a scheduled reception held",
            description = "Roles: office-staff, supervisor, admin." + SCOPE + " Allowed on or after the scheduled day"
                    + " (UTC+5); citizensReceived is at least the number of appeals recorded at it. heldOn is the"
                    + " scheduled day.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Holding.class),
            examples = @ExampleObject(name = "held", value = "{\"citizensReceived\": 3}")))
    @APIResponse(responseCode = "200", description = "Held; ETag of the new state",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReceptionView.class)))
    @APIResponse(responseCode = "404", description = "No such reception in the caller's districts")
    @APIResponse(responseCode = "409", description = "Not SCHEDULED (currentStatus, allowedActions), or before its day")
    @APIResponse(responseCode = "412", description = "If-Match is not the current ETag")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response hold(@PathParam("id") long id,
                         @Parameter(description = IF_MATCH) @HeaderParam("If-Match") String ifMatch,
                         @Valid @NotNull Holding request) {
        return tagged(receptions.hold(id, ifMatch, request));
    }

    @POST
    @Path("/{id}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel a scheduled reception",
            description = "Roles: office-staff, supervisor, admin." + SCOPE + " Only while SCHEDULED and while no appeal"
                    + " is recorded at it; the official's time becomes free again.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Cancellation.class)))
    @APIResponse(responseCode = "200", description = "Cancelled; ETag of the new state",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReceptionView.class)))
    @APIResponse(responseCode = "404", description = "No such reception in the caller's districts")
    @APIResponse(responseCode = "409", description = "Not SCHEDULED (currentStatus, allowedActions), or appeals are recorded at it")
    @APIResponse(responseCode = "412", description = "If-Match is not the current ETag")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response cancel(@PathParam("id") long id,
                           @Parameter(description = IF_MATCH) @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull Cancellation request) {
        return tagged(receptions.cancel(id, ifMatch, request));
    }

    private static Response tagged(ReceptionService.Tagged answer) {
        return Response.ok(answer.view()).header("ETag", answer.etag()).build();
    }
}
