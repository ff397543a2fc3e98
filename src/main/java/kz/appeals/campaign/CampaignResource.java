package kz.appeals.campaign;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import kz.appeals.campaign.CampaignDtos.CampaignInput;
import kz.appeals.campaign.CampaignDtos.CampaignView;
import kz.appeals.common.Page;
import kz.appeals.common.Params;
import kz.appeals.common.ValidationException;
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

/** Thematic campaigns: every role reads them; administrators and the office staff of their districts keep them. */
@Path("/api/v1/campaigns")
@Tag(name = "Campaigns")
@RolesAllowed({Roles.PORTAL, Roles.OPERATOR, Roles.OFFICE_STAFF, Roles.SUPERVISOR, Roles.EXECUTOR, Roles.ANALYST, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class CampaignResource {
    private static final String KEEPERS = "Roles: admin (any campaign), office-staff (a campaign whose districts are all"
            + " in their token's district claim, before and after the change; \"*\": the whole region). Another"
            + " district answers 403: campaigns are a public catalogue.";
    private static final String EXAMPLE = """
            {"code": "FAMILY-WEEK-2026", "name": {"ru": "Неделя поддержки семьи", "kk": "Отбасын қолдау апталығы"},
             "kind": "THEMED_WEEK", "from": "2026-12-07", "to": "2026-12-11", "districts": ["PVL", "EKB"],
             "description": "Receptions and a hotline on benefits for large families"}""";

    @Inject
    CampaignService campaigns;

    @GET
    @Operation(summary = "List campaigns, latest first",
            description = "Roles: every role. Ordered by first day, latest first; keyset pages (pass nextCursor as cursor).")
    @APIResponse(responseCode = "200", description = "A page of campaigns (without links)")
    public Page<CampaignView> list(
            @Parameter(description = "Only campaigns that run in this district", example = "PVL")
            @QueryParam("districtCode") String districtCode,
            @Parameter(schema = @Schema(implementation = CampaignKind.class)) @QueryParam("kind") String kind,
            @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("active") String active,
            @Parameter(description = "Only campaigns still running on or after this local date",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = "Only campaigns started on or before this local date",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to,
            @Parameter(description = "1 to 500, default 50", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        CampaignService.Filter filter = new CampaignService.Filter(code(districtCode),
                Params.enumValue("kind", kind, CampaignKind.class), Params.bool("active", active),
                Params.date("from", from), Params.date("to", to));
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            throw new ValidationException("to", "is before from");
        }
        return campaigns.list(filter, Params.integer("limit", limit), cursor);
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "A campaign, with links to its receptions and appeals",
            description = "Roles: every role. links.receptions and links.appeals are GET /api/v1/receptions and"
                    + " GET /api/v1/appeals filtered by this campaign: each answers as that list does for the caller"
                    + " (their roles and districts). The ETag is what PUT expects in If-Match.")
    @APIResponse(responseCode = "200", description = "The campaign",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(responseCode = "404", description = "No such campaign")
    public Response get(@PathParam("code") String code) {
        return tagged(campaigns.get(code));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE_STAFF})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a campaign", description = KEEPERS + " from is not after to; districts are known"
            + " district codes; names in Russian and Kazakh are required.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CampaignInput.class), examples = @ExampleObject(name = "week", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; Location and ETag name it",
            headers = {@Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(responseCode = "403", description = "A district is not the caller's, or the role does not keep campaigns")
    @APIResponse(responseCode = "409", description = "A campaign with this code exists")
    public Response create(@Valid @NotNull CampaignInput request) {
        CampaignService.Tagged created = campaigns.create(request);
        return Response.created(URI.create("/api/v1/campaigns/" + created.view().code()))
                .header("ETag", created.etag()).entity(created.view()).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE_STAFF})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a campaign (every field but its code)", description = KEEPERS + " The body replaces"
            + " the campaign (description left out: none; active left out: true). The new period and districts must"
            + " keep its receptions (not cancelled) and the appeals tagged with it directly (409 otherwise).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CampaignInput.class), examples = @ExampleObject(name = "week", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Changed; ETag of the new state",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(responseCode = "403", description = "A district, old or new, is not the caller's")
    @APIResponse(responseCode = "404", description = "No such campaign")
    @APIResponse(responseCode = "409", description = "A reception or an appeal of the campaign would be left outside it")
    @APIResponse(responseCode = "412", description = "If-Match is not the current ETag")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response change(@PathParam("code") String code,
                           @Parameter(description = "The ETag of GET /api/v1/campaigns/{code}; required")
                           @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull CampaignInput request) {
        return tagged(campaigns.change(code, ifMatch, request));
    }

    private static String code(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > 16) {
            throw new ValidationException("districtCode", "must be at most 16 characters");
        }
        return value.strip();
    }

    private static Response tagged(CampaignService.Tagged answer) {
        return Response.ok(answer.view()).header("ETag", answer.etag()).build();
    }
}
