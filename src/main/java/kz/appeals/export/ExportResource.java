package kz.appeals.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Variant;
import java.time.Instant;
import java.util.List;
import kz.appeals.appeal.AppealExportQuery;
import kz.appeals.appeal.AppealFilter;
import kz.appeals.appeal.AppealFilterParams;
import kz.appeals.appeal.AppealStatus;
import kz.appeals.appeal.Channel;
import kz.appeals.common.CsvTable;
import kz.appeals.common.Params;
import kz.appeals.common.RegionTime;
import kz.appeals.common.ValidationException;
import kz.appeals.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The register as a file, streamed: CSV for spreadsheets, NDJSON for other registers and programs. */
@Path("/api/v1/appeals/export")
@Tag(name = "Case control")
public class ExportResource {
    static final String NDJSON = "application/x-ndjson";
    /** CSV first: it is the answer to a wildcard or a missing Accept. */
    private static final Variant CSV = new Variant(MediaType.valueOf(CsvTable.MEDIA_TYPE), (String) null, null);
    private static final Variant LINES = new Variant(MediaType.valueOf(NDJSON), (String) null, null);
    private static final List<Variant> VARIANTS = List.of(CSV, LINES);
    /** The list's paging parameters. */
    private static final List<String> LIST_PAGING = List.of("limit", "cursor");

    private static final String CSV_EXAMPLE = "registrationNumber,externalRef,channel,type,topicCode,topicGroup,"
            + "districtCode,agencyCode,officialId,status,outcome,receivedAt,registeredAt,registeredOn,originalDueOn,dueOn,"
            + "extended,overdue,answeredAt,answeredOn,closedAt,redirectedTo,redirectedLate,returned,reopened,repeat,"
            + "signatories,applicantKind,applicantGroups,receptionExternalRef,receptionOfficialType,receptionHeldAt,"
            + "feedbackSolved,feedbackRating,feedbackAt,applicantName,applicantIin,applicantBin,applicantPhone,"
            + "applicantEmail,applicantAddress,feedbackComment\r\n"
            + "2025-PVL-000153,,CALL_CENTER,COMPLAINT,UTIL_HEATING,UTILITIES,PVL,PVL-HOUSING,,CLOSED,POSITIVE,"
            + "2025-03-11T09:12:40+05:00,2025-03-11T09:12:41+05:00,2025-03-11,2025-04-02,2025-04-16,true,false,"
            + "2025-04-15T16:03:00+05:00,2025-04-15,2025-04-16T10:00:00+05:00,,false,false,false,false,,INDIVIDUAL,"
            + "PENSIONER,,,,true,5,2025-04-17T11:20:05+05:00,Марат Оспанов,900101300126,,+77012345679,,,"
            + "\"Тепло дали, рахмет\"\r\n";

    @Inject
    ExportService export;

    @GET
    @Produces({CsvTable.MEDIA_TYPE, NDJSON})
    @RolesAllowed({Roles.OPERATOR, Roles.OFFICE_STAFF, Roles.SUPERVISOR, Roles.EXECUTOR, Roles.ADMIN, Roles.ANALYST})
    @Operation(summary = "Export the register: every appeal the list's filters select, as CSV or NDJSON",
            description = "Roles: operator, office-staff, supervisor, executor, admin: the appeals they read (supervisors "
                    + "and office staff the districts of their token's district claim, \"*\": the region; executors the "
                    + "appeals assigned to their agency; operators and admin the region), with the applicant's name, IIN, "
                    + "BIN, phone, e-mail and address and the comment of the applicant's feedback (and in NDJSON the text "
                    + "and the answer); every appeal so exported is a row of the personal-data access log. Analysts: the "
                    + "whole region without any of those. Every row has the due date first given (originalDueOn) beside "
                    + "the one in force (dueOn, moved by extensions) and, when the applicant has judged the answer in "
                    + "force, the feedback: solved, rating 1-5 and when it was given. The rows are read from the read "
                    + "replica when one is configured (a standby a moment behind the primary). Filters are "
                    + "those of GET /appeals, dueWithin and returned included (no paging: every matching appeal, oldest "
                    + "registration first; the list's limit or cursor answers 400). Accept: text/csv "
                    + "(the default) gives RFC 4180 CSV in UTF-8 with a header line, CRLF line ends, times ISO-8601 at "
                    + "UTC+5; bom=true starts it with a byte order mark for spreadsheet programs. Accept: "
                    + "application/x-ndjson gives one JSON object per line, each a line of POST /imports/appeals (the "
                    + "export of a register imports into another one; an appeal closed with an answer, redirected or "
                    + "withdrawn carries its resolution, others import as registered) plus \"register\": this register's "
                    + "number, status, dates and control flags, which the import ignores. The answer is streamed: memory "
                    + "does not grow with the number of appeals.")
    @APIResponse(responseCode = "200", description = "The appeals, streamed",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"appeals-YYYY-MM-DD.csv\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = {
                    @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "one appeal, as a supervisor", value = CSV_EXAMPLE)),
                    @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "403", description = "The caller's role does not allow an export, or the token lacks the "
            + "claim its role needs (district for office staff and supervisors, agency for executors)")
    @APIResponse(responseCode = "406", description = "Accept names neither text/csv nor application/x-ndjson")
    public Response export(
            @BeanParam AppealFilterParams select,
            @Parameter(description = "CSV only: start with a UTF-8 byte order mark (for spreadsheet programs)",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) @QueryParam("bom") String bom,
            @Context Request request, @Context UriInfo uri) {
        Variant variant = request.selectVariant(VARIANTS);
        if (variant == null) {
            throw new NotAcceptableException("Accept names neither text/csv nor " + NDJSON);
        }
        for (String paging : LIST_PAGING) {
            // sent by a caller who expects a page: refused rather than ignored
            if (uri.getQueryParameters().containsKey(paging)) {
                throw new ValidationException(paging, "the export is not paged: it has every appeal the filters select");
            }
        }
        AppealFilter filter = select.parse();
        boolean byteOrderMark = Boolean.TRUE.equals(Params.bool("bom", bom));
        AppealExportQuery.Prepared prepared = export.prepare(filter);
        String day = RegionTime.localDate(Instant.now()).toString();
        if (LINES.equals(variant)) {
            return Response.ok(export.ndjson(prepared), NDJSON + ";charset=UTF-8")
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"appeals-" + day + ".ndjson\"").build();
        }
        return Response.ok(export.csv(prepared, byteOrderMark), CsvTable.TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"appeals-" + day + ".csv\"").build();
    }
}
