package kz.appeals.document;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import kz.appeals.common.Page;
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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The documents of an appeal: attach, list, download, remove. */
@Path("/api/v1/appeals/{id}/attachments")
@Tag(name = "Documents")
@RolesAllowed({Roles.PORTAL, Roles.OPERATOR, Roles.OFFICE_STAFF, Roles.SUPERVISOR, Roles.EXECUTOR, Roles.ADMIN})
@APIResponse(responseCode = "403", description = "The caller's role does not allow this operation on this appeal")
@APIResponse(responseCode = "404", description = "No such appeal (or document) in the caller's scope")
public class AttachmentResource {

    @Inject
    AttachmentService attachments;

    @Inject
    PersonalDataReads reads;

    /** The body of a removal. */
    @Schema(name = "AttachmentRemoval")
    public record Removal(@NotBlank @Size(max = 2000) @Schema(example = "Scan of another applicant's passport")
                          String reason) {
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PORTAL, Roles.OPERATOR, Roles.OFFICE_STAFF, Roles.SUPERVISOR, Roles.EXECUTOR})
    @Operation(summary = "Attach a document",
            description = "multipart/form-data with the part `file` and the fields `kind` (INCOMING, ANSWER, INTERNAL) "
                    + "and `public` (true: an answer letter the applicant may download from the tracking page; only "
                    + "ANSWER may be public). INCOMING: portal (its own PORTAL appeals), operator, office-staff, "
                    + "supervisor; ANSWER: executor, supervisor; INTERNAL: operator, office-staff, executor, "
                    + "supervisor; each within its scope. The type is detected from the bytes, never from the name or "
                    + "the part's Content-Type: PDF, JPEG, PNG, TIFF, DOCX, ODT by default. The body must announce its "
                    + "Content-Length (411 otherwise).")
    @APIResponse(responseCode = "201", description = "Stored; Location names the download",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttachmentView.class)))
    @APIResponse(responseCode = "400", description = "kind or public missing or invalid, no file, an empty file, or "
            + "more than one")
    @APIResponse(responseCode = "411", description = "The multipart body came without a Content-Length")
    @APIResponse(responseCode = "413", description = "The file, or the whole body, is larger than allowed")
    @APIResponse(responseCode = "415", description = "The bytes are of a type not accepted (an .exe named .pdf, say)")
    @APIResponse(responseCode = "422", description = "The appeal holds the most documents allowed")
    public Response upload(@PathParam("id") long id,
                           @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") List<FileUpload> file,
                           @RestForm("kind") @Schema(enumeration = {"INCOMING", "ANSWER", "INTERNAL"}) String kind,
                           @RestForm("public") @Schema(type = SchemaType.BOOLEAN) String isPublic) throws IOException {
        List<AttachmentService.Upload> files = file == null ? List.of()
                : file.stream().map(f -> new AttachmentService.Upload(f.uploadedFile(), f.fileName())).toList();
        AttachmentView view = attachments.upload(id, kind, isPublic, files);
        return Response.created(URI.create("/api/v1/appeals/" + id + "/attachments/" + view.id())).entity(view).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OPERATOR, Roles.OFFICE_STAFF, Roles.SUPERVISOR, Roles.EXECUTOR, Roles.ADMIN})
    @Operation(summary = "The documents of an appeal, oldest first",
            description = "Roles and scope as for reading the appeal. Removed documents only with removed=true.")
    @APIResponse(responseCode = "200", description = "All documents (nextCursor is always null)")
    public Page<AttachmentView> list(@PathParam("id") long id,
                                     @Parameter(description = "true: include removed documents",
                                             schema = @Schema(type = SchemaType.BOOLEAN))
                                     @QueryParam("removed") String removed) {
        return new Page<>(attachments.list(id, Boolean.TRUE.equals(Params.bool("removed", removed))), null);
    }

    @GET
    @Path("/{aid}")
    @RolesAllowed({Roles.OPERATOR, Roles.OFFICE_STAFF, Roles.SUPERVISOR, Roles.EXECUTOR, Roles.ADMIN})
    @Operation(summary = "Download a document",
            description = "Roles and scope as for reading the appeal. The bytes with their stored type, "
                    + "Content-Disposition (the original name, RFC 6266 with its UTF-8 form) and the SHA-256 as ETag; "
                    + "If-None-Match with it answers 304. A read of the applicant's personal data: recorded.")
    @APIResponse(responseCode = "200", description = "The bytes",
            headers = {@Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Content-Disposition", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "If-None-Match names the current ETag")
    @APIResponse(responseCode = "410", description = "The document was removed by a supervisor")
    public Response download(@PathParam("id") long id, @PathParam("aid") long aid,
                             @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        AttachmentService.Download download = attachments.download(id, aid);
        reads.appeal(download.appealId(), download.applicantIin(), download.applicantPhone());
        return Downloads.respond(download, ifNoneMatch);
    }

    @DELETE
    @Path("/{aid}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Remove a document",
            description = "Role: supervisor (own districts). A soft delete with a reason: the document is kept for "
                    + "the audit, leaves the list and the tracking page, and its download answers 410.")
    @APIResponse(responseCode = "200", description = "The document, marked removed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttachmentView.class)))
    @APIResponse(responseCode = "409", description = "Removed already")
    public AttachmentView remove(@PathParam("id") long id, @PathParam("aid") long aid, @Valid @NotNull Removal body) {
        return attachments.remove(id, aid, body.reason());
    }
}
