package kz.appeals.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.appeals.security.Roles;
import kz.appeals.statistics.StatsDtos.AppealStatsReport;
import kz.appeals.statistics.StatsDtos.ReceptionStatsReport;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/stats")
@Tag(name = "Statistics")
@RolesAllowed({Roles.ANALYST, Roles.SUPERVISOR, Roles.ADMIN})
@APIResponse(responseCode = "403", description = "The caller's role does not allow this operation, or the token lacks"
        + " the claim its role needs (district for office staff and supervisors, agency for executors)")
public class StatisticsResource {
    private static final String CSV = StatsCsv.MEDIA_TYPE + ";charset=UTF-8";

    @Inject
    StatisticsService statistics;

    @GET
    @Path("/appeals")
    @Produces({MediaType.APPLICATION_JSON, StatsCsv.MEDIA_TYPE})
    @Operation(summary = "Figures of the appeals registered in a period, compared year over year",
            description = "Roles: analyst and admin (the region), supervisor (the districts of the token's district claim; \"*\": "
                    + "the region; none: 403). "
                    + "An appeal counts in the period of its registration day (local date, UTC+5) with its state as of now: "
                    + "resolved = status RESOLVED, CLOSED, REDIRECTED or WITHDRAWN; pending = REGISTERED, ASSIGNED or "
                    + "IN_PROGRESS (reopened and returned appeals are pending again and lose their outcome), so received = "
                    + "resolved + pending; overdue = pending with a due date before today; outcomes count resolved appeals; "
                    + "positiveRate = positive / received; medianWorkingDaysToAnswer over resolved appeals with an answer "
                    + "date, in working days of the calendar after registration up to the answer day. Groups: agencyCode is "
                    + "the current agency (UNASSIGNED when none); applicantGroup counts an appeal with two groups in both "
                    + "(groups then add up to more than the total) and appeals without a group under NONE; month is "
                    + "YYYY-MM. Groups without appeals in a period are left out. Figures include every committed change. "
                    + "Accept: text/csv gives the same figures as CSV: columns period (from/to), level (total or group), "
                    + "key and the figures.")
    @APIResponse(responseCode = "200", description = "The figures of the period, its groups and the earlier years",
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppealStatsReport.class),
                            examples = @ExampleObject(name = "by channel", value = StatsExamples.APPEALS)),
                    @Content(mediaType = StatsCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "by channel", value = StatsExamples.APPEALS_CSV))})
    @APIResponse(responseCode = "406", description = "Accept names neither application/json nor text/csv")
    public Response appeals(
            @Parameter(description = "First day, inclusive (YYYY-MM-DD)", required = true, example = "2025-01-01",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("from") String from,
            @Parameter(description = "Last day, inclusive; less than 10 years after from", required = true,
                    example = "2025-10-31", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("to") String to,
            @Parameter(description = "Group the figures by this key as well (none: the total only)", example = "channel",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"channel", "districtCode", "topicCode",
                            "agencyCode", "type", "applicantGroup", "month"}))
            @QueryParam("groupBy") String groupBy,
            @Parameter(description = "Add the same dates of the N previous years (29 February becomes 28)", example = "1",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "10", defaultValue = "0"))
            @QueryParam("compareYears") String compareYears,
            @Context HttpHeaders headers) {
        AppealStatsReport report = statistics.appeals(StatsRequest.parse(from, to, groupBy, compareYears,
                StatsRequest.all(AppealGrouping.class), g -> g.param));
        return wantsCsv(headers)
                ? Response.ok(StatsCsv.appeals(report), CSV).build()
                : Response.ok(report, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/receptions")
    @Produces({MediaType.APPLICATION_JSON, StatsCsv.MEDIA_TYPE})
    @Operation(summary = "Figures of the personal receptions held in a period, compared year over year",
            description = "Roles: analyst and admin (the region), supervisor (the districts of the token's district claim; \"*\": "
                    + "the region; none: 403). "
                    + "A reception counts on the day it was held while its status is HELD; appealsReceived are the appeals "
                    + "linked to it, positive those of them resolved with outcome POSITIVE, positiveRate = positive / "
                    + "appealsReceived. Groups: officialType, districtCode, format, month (YYYY-MM). Accept: text/csv gives "
                    + "the same figures as CSV.")
    @APIResponse(responseCode = "200", description = "The figures of the period, its groups and the earlier years",
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReceptionStatsReport.class),
                            examples = @ExampleObject(name = "by official type", value = StatsExamples.RECEPTIONS)),
                    @Content(mediaType = StatsCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "by official type", value = StatsExamples.RECEPTIONS_CSV))})
    @APIResponse(responseCode = "406", description = "Accept names neither application/json nor text/csv")
    public Response receptions(
            @Parameter(description = "First day, inclusive (YYYY-MM-DD)", required = true, example = "2025-01-01",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("from") String from,
            @Parameter(description = "Last day, inclusive; less than 10 years after from", required = true,
                    example = "2025-10-31", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("to") String to,
            @Parameter(description = "Group the figures by this key as well (none: the total only)", example = "officialType",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"officialType", "districtCode", "format", "month"}))
            @QueryParam("groupBy") String groupBy,
            @Parameter(description = "Add the same dates of the N previous years (29 February becomes 28)", example = "1",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "10", defaultValue = "0"))
            @QueryParam("compareYears") String compareYears,
            @Context HttpHeaders headers) {
        ReceptionStatsReport report = statistics.receptions(StatsRequest.parse(from, to, groupBy, compareYears,
                StatsRequest.all(ReceptionGrouping.class), g -> g.param));
        return wantsCsv(headers)
                ? Response.ok(StatsCsv.receptions(report), CSV).build()
                : Response.ok(report, MediaType.APPLICATION_JSON).build();
    }

    /** CSV when the client prefers it to JSON; a wildcard or no Accept header gets JSON. */
    private static boolean wantsCsv(HttpHeaders headers) {
        MediaType csv = MediaType.valueOf(StatsCsv.MEDIA_TYPE);
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isWildcardType() || accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (accepted.isCompatible(csv)) {
                return true;
            }
        }
        return false;
    }
}
