package kz.appeals.appeal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.appeals.appeal.AppealViews.Versioned;
import kz.appeals.common.PersonalDataReads;
import kz.appeals.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The actions of case control, one endpoint each. Which status allows which action, and
 * for whom, is the table in {@link AppealLifecycle}; the roles are repeated here so that
 * the API document shows them (a test keeps the two equal). Every action needs If-Match
 * ({@link ActionTarget}).
 */
@Path("/api/v1/appeals/{id}")
@Tag(name = "Case control")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
// The union of the actions' roles: a floor for any method added without its own.
@RolesAllowed({Roles.SUPERVISOR, Roles.EXECUTOR, Roles.OFFICE_STAFF})
@APIResponse(responseCode = "200", description = "The appeal after the action, with its new ETag",
        headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppealView.class)))
@APIResponse(responseCode = "403", description = "No role of the caller allows this action; or the role that allows it "
        + "lacks its claim (district, agency) or does not reach this appeal, which another role lets the caller read")
@APIResponse(responseCode = "404", description = "No such appeal in the caller's scope")
@APIResponse(responseCode = "409", description = "The current status does not allow this action: the problem names "
        + "currentStatus and allowedActions")
@APIResponse(responseCode = "412", description = "If-Match is not the current ETag: someone changed the appeal")
@APIResponse(responseCode = "428", description = "If-Match is missing")
public class CaseActionResource {
    private static final String ROLES_SUPERVISOR = "Roles: supervisor (own districts; \"*\": the region). ";
    private static final String ROLES_EXECUTOR = "Roles: executor (appeals assigned to their agency), supervisor. ";

    @Inject
    CaseService cases;

    @Inject
    PersonalDataReads reads;

    @POST
    @Path("/assignment")
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Assign the appeal to an agency", description = ROLES_SUPERVISOR
            + "REGISTERED, ASSIGNED or IN_PROGRESS → ASSIGNED. Names the agency and optionally one of its officials; "
            + "reassignment is allowed until the appeal is resolved. The note is internal. The agency, and the official "
            + "when one is named, must be of the appeal's district or region-level: one of another district answers 422 "
            + "(the appeal is redirected instead).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ActionRequests.Assignment.class), examples = @ExampleObject(name = "assign",
            value = "{\"agencyCode\": \"PVL-HOUSING\", \"officialId\": 9, \"note\": \"Check the heating unit\"}")))
    @APIResponse(responseCode = "422", description = "The agency or the official is of another district and not "
            + "region-level; the detail points to redirection")
    public Response assignment(@BeanParam ActionTarget target, @Valid @NotNull ActionRequests.Assignment body) {
        return act(target, body, cases::assign);
    }

    @POST
    @Path("/progress")
    @RolesAllowed({Roles.EXECUTOR, Roles.SUPERVISOR})
    @Operation(summary = "Record progress", description = ROLES_EXECUTOR
            + "ASSIGNED or IN_PROGRESS → IN_PROGRESS. A note, public (the applicant reads it) or internal.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ActionRequests.Progress.class), examples = @ExampleObject(name = "progress",
            value = "{\"note\": \"An inspection is scheduled for Thursday\", \"public\": true}")))
    public Response progress(@BeanParam ActionTarget target, @Valid @NotNull ActionRequests.Progress body) {
        return act(target, body, cases::progress);
    }

    @POST
    @Path("/extension")
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Extend the term", description = ROLES_SUPERVISOR
            + "ASSIGNED or IN_PROGRESS, status unchanged. A later due date (a working day, at most two months from "
            + "registration in all) with a reason; applicantNoticeBy is set to 3 working days from today.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ActionRequests.Extension.class), examples = @ExampleObject(name = "extend",
            value = "{\"dueAt\": \"2026-12-30\", \"reason\": \"An inspection of the building is needed\"}")))
    public Response extension(@BeanParam ActionTarget target, @Valid @NotNull ActionRequests.Extension body) {
        return act(target, body, cases::extend);
    }

    @POST
    @Path("/redirection")
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Redirect to a body outside the register", description = ROLES_SUPERVISOR
            + "REGISTERED, ASSIGNED or IN_PROGRESS → REDIRECTED, outcome REDIRECTED. Flagged redirectedLate when later "
            + "than 3 working days after registration.")
    public Response redirection(@BeanParam ActionTarget target, @Valid @NotNull ActionRequests.Redirection body) {
        return act(target, body, cases::redirect);
    }

    @POST
    @Path("/resolution")
    @RolesAllowed({Roles.EXECUTOR, Roles.SUPERVISOR})
    @Operation(summary = "Propose the answer", description = ROLES_EXECUTOR
            + "ASSIGNED or IN_PROGRESS → RESOLVED. Outcome POSITIVE, EXPLAINED or REJECTED and the answer text; sets "
            + "answeredAt. The supervisor then closes or returns it.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ActionRequests.Resolution.class), examples = @ExampleObject(name = "resolve",
            value = "{\"outcome\": \"POSITIVE\", \"answer\": \"The heating was restored on 12 November.\"}")))
    public Response resolution(@BeanParam ActionTarget target, @Valid @NotNull ActionRequests.Resolution body) {
        return act(target, body, cases::resolve);
    }

    @POST
    @Path("/return")
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Return the answer for rework", description = ROLES_SUPERVISOR
            + "RESOLVED → IN_PROGRESS with a reason. Clears outcome, answer and answeredAt; the timeline keeps them.")
    public Response returnAnswer(@BeanParam ActionTarget target, @Valid @NotNull ActionRequests.Return body) {
        return act(target, body, cases::returnAnswer);
    }

    @POST
    @Path("/closure")
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Accept the answer and close", description = ROLES_SUPERVISOR
            + "RESOLVED → CLOSED; sets closedAt. The answer becomes a public entry of the timeline. The body is {} "
            + "(or empty).")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ActionRequests.Closure.class)))
    public Response closure(@BeanParam ActionTarget target, ActionRequests.Closure body) {
        return ok(cases.close(target.id, target.ifMatch));
    }

    @POST
    @Path("/reopening")
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Reopen a closed appeal", description = ROLES_SUPERVISOR
            + "CLOSED → IN_PROGRESS with a reason (the applicant contests the answer). Clears outcome, answer, "
            + "answeredAt and closedAt.")
    public Response reopening(@BeanParam ActionTarget target, @Valid @NotNull ActionRequests.Reopening body) {
        return act(target, body, cases::reopen);
    }

    @POST
    @Path("/withdrawal")
    @RolesAllowed({Roles.SUPERVISOR, Roles.OFFICE_STAFF})
    @Operation(summary = "Withdraw at the applicant's request", description = "Roles: supervisor, office-staff "
            + "(own districts). REGISTERED, ASSIGNED or IN_PROGRESS → WITHDRAWN, outcome TERMINATED.")
    public Response withdrawal(@BeanParam ActionTarget target, @Valid @NotNull ActionRequests.Withdrawal body) {
        return act(target, body, cases::withdraw);
    }

    /** An action's service call: the appeal, the If-Match the caller sent, the request. */
    @FunctionalInterface
    private interface Action<B> {
        Versioned on(long id, String ifMatch, B body);
    }

    private <B> Response act(ActionTarget target, B body, Action<B> action) {
        return ok(action.on(target.id, target.ifMatch, body));
    }

    private Response ok(Versioned result) {
        // the answer carries the applicant: a read of personal data
        reads.appeal(result.view().id(), result.view().applicant().iin(), result.view().applicant().phone());
        return Response.ok(result.view()).header(HttpHeaders.ETAG, result.etag()).build();
    }
}
