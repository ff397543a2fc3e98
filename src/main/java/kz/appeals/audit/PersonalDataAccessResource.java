package kz.appeals.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import kz.appeals.common.CsvTable;
import kz.appeals.common.Page;
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

/** Who read whose personal data: the access log, for administrators. */
@Path("/api/v1/audit/personal-data")
@Tag(name = "Personal-data access log")
@RolesAllowed(Roles.ADMIN)
public class PersonalDataAccessResource {
    private static final String CSV_EXAMPLE = "id,accessedAt,subject,username,role,endpoint,appealId,clientAddress\r\n"
            + "1042,2026-12-01T10:15:02.113+05:00,f3b1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d,supervisor,supervisor,"
            + "GET /api/v1/appeals/{id},153,10.20.0.15\r\n";

    @Inject
    PersonalDataAccessQueries queries;

    /** The JSON answer's shape for the API document: a Page of reads (the CSV variant has its own). */
    @Schema(name = "PagePersonalDataAccess")
    record PageShape(List<PersonalDataAccess> items,
                     @Schema(description = "Opaque cursor of the next page; null on the last page", nullable = true)
                     String nextCursor) {
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvTable.MEDIA_TYPE})
    @Operation(summary = "Who read an applicant's personal data",
            description = "Role: admin. Every read of an applicant's personal data is a row: the full view of an appeal "
                    + "(GET /appeals/{id} and the answers of the case actions, which carry the applicant), each appeal "
                    + "listed by GET /applicants/history (one row for the lookup when it found nothing) and each appeal of "
                    + "an export with the applicant (GET /appeals/export). Lists, timelines, "
                    + "statistics, catalogues and public tracking carry no personal data and are not recorded. Rows name "
                    + "the reader (token subject, user name, acting role), the time, the endpoint, the appeal and the "
                    + "client address; the applicant is kept only as a keyed hash of the IIN and phone, so iin= and phone= "
                    + "find a person's rows but no row shows them. Filters combine (and); newest first; from/to are "
                    + "inclusive local dates (UTC+5). Any other parameter, or one given twice, answers 400. Accept: text/csv "
                    + "gives the rows as CSV with the columns id, accessedAt, subject, username, role, endpoint, appealId, "
                    + "clientAddress; the next page is then in the Link header (rel=\"next\"), also sent with JSON.")
    @APIResponse(responseCode = "200", description = "One page of reads, newest first",
            headers = @Header(name = "Link", description = "The next page: <url>; rel=\"next\" (absent on the last page)",
                    schema = @Schema(type = SchemaType.STRING)),
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PageShape.class)),
                    @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "one read", value = CSV_EXAMPLE))})
    @APIResponse(responseCode = "406", description = "Accept names neither application/json nor text/csv")
    public Response list(
            @Parameter(description = "Reads of this appeal's applicant", schema = @Schema(type = SchemaType.INTEGER,
                    format = "int64", minimum = "1")) @QueryParam("appealId") String appealId,
            @Parameter(description = "Reads of the applicant with this IIN (12 digits, check digit)",
                    example = "900101300126") @QueryParam("iin") String iin,
            @Parameter(description = "Reads of the applicant with this phone, in any common notation",
                    example = "+77012345678") @QueryParam("phone") String phone,
            @Parameter(description = "Reads by this reader: a token subject or a user name", example = "supervisor")
            @QueryParam("subject") String subject,
            @Parameter(description = "Read on or after this local date", schema = @Schema(type = SchemaType.STRING,
                    format = "date")) @QueryParam("from") String from,
            @Parameter(description = "Read on or before this local date", schema = @Schema(type = SchemaType.STRING,
                    format = "date")) @QueryParam("to") String to,
            @Parameter(description = "Page size, 1 to 500 (default 50)", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor,
            @Context UriInfo uri, @Context Request request) {
        // the whole query string is checked (unknown or repeated names too), not only the named parameters
        Page<PersonalDataAccess> page = queries.page(uri.getQueryParameters());
        Response.ResponseBuilder response = CsvTable.wanted(request)
                ? Response.ok(CsvTable.of(PersonalDataAccess.class, page.items()), CsvTable.TYPE)
                : Response.ok(page, MediaType.APPLICATION_JSON_TYPE);
        if (page.nextCursor() != null) {
            response.link(uri.getRequestUriBuilder().replaceQueryParam("cursor", page.nextCursor()).build(), "next");
        }
        return response.build();
    }
}
