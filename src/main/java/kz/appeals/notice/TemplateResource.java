package kz.appeals.notice;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import kz.appeals.appeal.Language;
import kz.appeals.common.Page;
import kz.appeals.common.Params;
import kz.appeals.notice.NoticeDtos.TemplateInput;
import kz.appeals.notice.NoticeDtos.TemplateView;
import kz.appeals.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Notice and answer templates: staff read the active ones, administrators keep them all. */
@Path("/api/v1/templates")
@Tag(name = "Notices")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OPERATOR, Roles.OFFICE_STAFF, Roles.SUPERVISOR, Roles.EXECUTOR, Roles.ADMIN})
public class TemplateResource {
    private static final String PLACEHOLDERS = " Placeholders in braces: {registrationNumber}, {applicantName}, "
            + "{registeredOn}, {dueOn}, {districtName} in every kind; {accessCode} (REGISTRATION), {reason} (EXTENSION, "
            + "REDIRECTION, REOPENING), {redirectedTo} (REDIRECTION), {answer}, {outcome}, {agencyName}, {accessCode}, "
            + "{feedbackUrl} (ANSWER), {agencyName}, {topicName} (ANSWER_DRAFT). "
            + "Another placeholder, or a stray brace, answers 400.";

    @Inject
    TemplateService templates;

    @GET
    @Operation(summary = "Templates, of a kind and a language when given",
            description = "Roles: operator, office-staff, supervisor, executor (the active templates), admin (all). "
                    + "kind=ANSWER_DRAFT&language=ru lists the answer templates an executor may start a Russian answer "
                    + "from (GET /appeals/{id}/answer-draft?template=CODE).")
    public Page<TemplateView> list(
            @Parameter(schema = @Schema(implementation = NoticeKind.class)) @QueryParam("kind") String kind,
            @Parameter(schema = @Schema(implementation = Language.class)) @QueryParam("language") String language) {
        return new Page<>(templates.list(Params.enumValue("kind", kind, NoticeKind.class),
                Params.enumValue("language", language, Language.class)), null);
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "One template", description = "Roles: operator, office-staff, supervisor, executor (an active "
            + "template), admin (any).")
    @APIResponse(responseCode = "404", description = "No such template (or, but for admins, not active)")
    public TemplateView get(@PathParam("code") String code) {
        return templates.get(code);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add a template", description = "Roles: admin. Active by default; one notice template is active "
            + "per kind and language, so an active new one retires the other; answer templates (ANSWER_DRAFT) are any "
            + "number per language." + PLACEHOLDERS)
    @APIResponse(responseCode = "201", description = "The template")
    @APIResponse(responseCode = "400", description = "Invalid body, an unknown placeholder or a stray brace")
    @APIResponse(responseCode = "409", description = "A template with this code exists")
    public Response create(@Valid @NotNull TemplateInput body) {
        TemplateView view = templates.create(body);
        return Response.created(URI.create("/api/v1/templates/" + view.code())).entity(view).build();
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change a template", description = "Roles: admin. Activating it retires the other active one "
            + "of its kind and language; the active one itself cannot be deactivated or moved to another kind or "
            + "language (409) until another is activated." + PLACEHOLDERS)
    @APIResponse(responseCode = "200", description = "The template")
    @APIResponse(responseCode = "400", description = "Invalid body, an unknown placeholder or a stray brace")
    @APIResponse(responseCode = "404", description = "No such template")
    @APIResponse(responseCode = "409", description = "It is the active template of its kind and language")
    public TemplateView update(@PathParam("code") String code, @Valid @NotNull TemplateInput body) {
        return templates.update(code, body);
    }

    @DELETE
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Delete a template that is not in use", description = "Roles: admin.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such template")
    @APIResponse(responseCode = "409", description = "It is the active template of its kind and language")
    public void delete(@PathParam("code") String code) {
        templates.delete(code);
    }
}
