package kz.appeals.imports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import kz.appeals.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/imports/appeals")
@Tag(name = "Historical import")
public class ImportResource {
    static final String NDJSON = "application/x-ndjson";
    static final String ZIP = "application/zip";

    @Inject
    ImportService imports;

    @POST
    @Consumes(NDJSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Import a historical register (NDJSON, one appeal per line)",
            description = "Roles: admin. Each line is checked on its own; valid lines are kept even when others are "
                    + "rejected. A line whose externalRef is known is skipped, so re-importing a file changes nothing. "
                    + "A reception is created once per externalRef and reused by later lines. Dates (receivedAt, a "
                    + "reception's heldAt) are not in the future nor before 1900-01-01 (local date), the earliest the "
                    + "statistics report. A resolution's agencyCode names an agency of the line's district or a "
                    + "region-level one, as an assignment does (another district's agency rejects the line). A resolution ends the "
                    + "appeal as the lifecycle would: outcome POSITIVE, EXPLAINED or REJECTED closes it (status CLOSED, "
                    + "which may be reopened), REDIRECTED gives status REDIRECTED and TERMINATED status WITHDRAWN (no "
                    + "action follows either). campaignCode on a line names the appeal's campaign, on its reception the "
                    + "reception's (its appeals follow it): the campaign must run in the line's district on the day "
                    + "received (held), active or not; a reception's free-text campaign is linked to the one campaign of "
                    + "that name running there, if any. The body is streamed: files of millions of lines are fine.")
    @RequestBody(content = @Content(mediaType = NDJSON, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
            examples = @ExampleObject(name = "two lines", value = """
                    {"externalRef":"PVL-2024-0001","channel":"WRITTEN","type":"STATEMENT","topicCode":"HOUSING_QUEUE","districtCode":"PVL","text":"Please confirm my place in the housing queue.","applicant":{"kind":"INDIVIDUAL","fullName":"Marat Ospanov","phone":"+77012345678"},"receivedAt":"2024-03-12T10:15:00+05:00","resolution":{"agencyCode":"PVL-HOUSING","resolvedAt":"2024-03-20T16:00:00+05:00","outcome":"POSITIVE","answer":"Your place in the queue is confirmed."}}
                    {"externalRef":"PVL-2024-0002","channel":"RECEPTION","type":"COMPLAINT","topicCode":"UTIL_HEATING","districtCode":"PVL","text":"The radiators in our block are cold.","applicant":{"kind":"INDIVIDUAL","fullName":"Gulnara Abenova","phone":"+77015550011"},"receivedAt":"2024-03-14T11:00:00+05:00","reception":{"externalRef":"R-2024-03-14","officialType":"MASLIKHAT_DEPUTY","officialName":"Serik Zhakupov","heldAt":"2024-03-14T10:00:00+05:00","format":"REGULAR","citizensReceived":7}}
                    """)))
    @APIResponse(responseCode = "200", description = "Counts and the rejected lines",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "415", description = "The body is neither application/x-ndjson nor application/zip")
    public ImportReport importAppeals(InputStream body) throws IOException {
        return imports.importAppeals(body);
    }

    @POST
    @Consumes(ZIP)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Import a historical register with its documents (a ZIP batch)",
            description = "Roles: admin. The ZIP holds the register as appeals.ndjson (or its one .ndjson file) at its "
                    + "root, lines as for application/x-ndjson, and the documents the lines name: an attachment gives "
                    + "\"path\": \"letters/PVL-2024-0001.pdf\" (relative to the ZIP's root) instead of contentBase64. "
                    + "Each document passes the attachments' limits (size, accepted types detected from the bytes); a line "
                    + "naming a missing, too large or refused file is rejected with the reason, the others are kept. The "
                    + "archive is checked whole before a line is read, and a refused one imports nothing: two entries of "
                    + "one name, or a damaged entry, answer 422; entries expanding past appeals.http.max-import-expanded "
                    + "in all (counted from the bytes, not the sizes the archive declares) answer 413.")
    @RequestBody(content = @Content(mediaType = ZIP, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
            format = "binary")))
    @APIResponse(responseCode = "200", description = "Counts and the rejected lines",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "400", description = "The body is not a ZIP archive")
    @APIResponse(responseCode = "413", description = "The batch passes appeals.http.max-import-body, or its entries expand"
            + " past appeals.http.max-import-expanded; nothing is imported")
    @APIResponse(responseCode = "422", description = "No register (appeals.ndjson) in the batch, two entries of one name, or a"
            + " damaged entry; nothing is imported")
    public ImportReport importBatch(InputStream body) throws IOException {
        return imports.importBatch(body);
    }
}
