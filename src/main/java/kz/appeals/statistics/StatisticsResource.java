package kz.appeals.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;
import kz.appeals.common.CsvTable;
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
    @Inject
    StatisticsService statistics;

    @GET
    @Path("/appeals")
    @Produces({MediaType.APPLICATION_JSON, CsvTable.MEDIA_TYPE})
    @Operation(summary = "Figures of the appeals registered in a period, compared year over year",
            description = "Roles: analyst and admin (the region), supervisor (the districts of the token's district claim; \"*\": "
                    + "the region; none: 403). "
                    + "An appeal counts in the period of its registration day (local date, UTC+5) with its state as of now: "
                    + "resolved = status RESOLVED, CLOSED, REDIRECTED or WITHDRAWN; pending = REGISTERED, ASSIGNED or "
                    + "IN_PROGRESS (reopened and returned appeals are pending again and lose their outcome), so received = "
                    + "resolved + pending; overdue = pending with a due date before today; outcomes count resolved appeals; "
                    + "positiveRate = positive / received; medianWorkingDaysToAnswer over resolved appeals with an answer "
                    + "date, in working days of the calendar after registration up to the answer day. Control figures: "
                    + "answeredOnTime and answeredLate split the answered appeals (resolved with outcome POSITIVE, EXPLAINED "
                    + "or REJECTED) by whether the answer day was after the due date in force when it was given (an "
                    + "extension made before the answer counts; the due date itself is on time); onTimeRate = answeredOnTime "
                    + "/ (answeredOnTime + answeredLate); extended: the term was extended at least once; redirectedLate: "
                    + "redirected after the third working day following registration; returned: the answer was sent back at least "
                    + "once; reopened: reopened at least once; collective: more than one signatory; anonymous: from an "
                    + "anonymous applicant. The citizens' feedback (on the appeal's current closure; a reopening sets it "
                    + "aside): feedbackCount, confirmedPositive (outcome POSITIVE and the applicant says solved), disputed "
                    + "(the applicant says not solved and no supervisor dismissed it: the list's disputed=true), "
                    + "averageRating (2 decimals, null without feedback). Notices to the applicants: noticesLate (sent or "
                    + "recorded after their dueBy day, or still owed after it), noticesOnTime, noticesOnTimeRate = "
                    + "noticesOnTime / (noticesOnTime + noticesLate). Groups: agencyCode is the current agency (UNASSIGNED when none), officialId the "
                    + "official the appeal is assigned to (NONE when none), topicGroup the group the topic catalogue gives "
                    + "the topic now; applicantGroup counts an appeal with two groups in both (groups then add up to more "
                    + "than the total) and appeals without a group under NONE; campaign is the appeal's campaign code (NONE when "
                    + "none), its rows carry the campaign's kind, nameRu and nameKk, and in comparisons a campaign's row sums "
                    + "the campaigns of the same kind on the same dates of that earlier year (NONE: appeals without a "
                    + "campaign); month is YYYY-MM. Groups without appeals in "
                    + "a period are left out. Figures include every committed change. Accept: text/csv gives the same "
                    + "figures as CSV: columns period (from/to), level (total or group), key, kind, nameRu and nameKk "
                    + "(filled in campaign rows only) and the figures, by the names of the JSON.")
    @APIResponse(responseCode = "200", description = "The figures of the period, its groups and the earlier years",
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppealStatsReport.class),
                            examples = @ExampleObject(name = "by channel", value = StatsExamples.APPEALS)),
                    @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "by channel", value = StatsExamples.APPEALS_CSV))})
    @APIResponse(responseCode = "406", description = "Accept names neither application/json nor text/csv")
    public Response appeals(
            @BeanParam StatsPeriodParams period,
            @Parameter(description = "Group the figures by this key as well (none: the total only)", example = "channel",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"channel", "districtCode", "topicCode",
                            "topicGroup", "agencyCode", "officialId", "type", "applicantGroup", "campaign", "month"}))
            @QueryParam("groupBy") String groupBy,
            @Context Request request) {
        return answer(request, statistics.appeals(period.parse(groupBy, AppealGrouping.class, g -> g.param)),
                StatsCsv::appeals);
    }

    @GET
    @Path("/receptions")
    @Produces({MediaType.APPLICATION_JSON, CsvTable.MEDIA_TYPE})
    @Operation(summary = "Figures of the personal receptions held in a period, compared year over year",
            description = "Roles: analyst and admin (the region), supervisor (the districts of the token's district claim; \"*\": "
                    + "the region; none: 403). "
                    + "A reception counts on the day it was held while its status is HELD; appealsReceived are the appeals "
                    + "linked to it, positive those of them resolved with outcome POSITIVE, positiveRate = positive / "
                    + "appealsReceived. Groups: officialType, officialId (the official who held it), districtCode, format, "
                    + "campaign (the reception's campaign code, NONE when none; rows carry kind, nameRu and nameKk, and in "
                    + "comparisons a campaign's row sums the campaigns of the same kind on the same dates of that earlier "
                    + "year), month "
                    + "(YYYY-MM). Accept: text/csv gives "
                    + "the same figures as CSV.")
    @APIResponse(responseCode = "200", description = "The figures of the period, its groups and the earlier years",
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReceptionStatsReport.class),
                            examples = @ExampleObject(name = "by official type", value = StatsExamples.RECEPTIONS)),
                    @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "by official type", value = StatsExamples.RECEPTIONS_CSV))})
    @APIResponse(responseCode = "406", description = "Accept names neither application/json nor text/csv")
    public Response receptions(
            @BeanParam StatsPeriodParams period,
            @Parameter(description = "Group the figures by this key as well (none: the total only)", example = "officialType",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"officialType", "officialId", "districtCode",
                            "format", "campaign", "month"}))
            @QueryParam("groupBy") String groupBy,
            @Context Request request) {
        return answer(request, statistics.receptions(period.parse(groupBy, ReceptionGrouping.class, g -> g.param)),
                StatsCsv::receptions);
    }

    /** The report as JSON, or as CSV when the request's Accept prefers it. */
    private static <R> Response answer(Request request, R report, Function<R, ?> csv) {
        return CsvTable.wanted(request)
                ? Response.ok(csv.apply(report), CsvTable.TYPE).build()
                : Response.ok(report, MediaType.APPLICATION_JSON).build();
    }
}
