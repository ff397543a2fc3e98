package kz.appeals.notice;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kz.appeals.common.PersonalDataReads;
import kz.appeals.notice.NoticeDtos.AnswerDraft;
import kz.appeals.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An answer started from a template: what an executor edits before resolving the appeal. */
@Path("/api/v1/appeals/{id}/answer-draft")
@Tag(name = "Notices")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.EXECUTOR, Roles.SUPERVISOR, Roles.ADMIN})
public class AnswerDraftResource {

    @Inject
    AnswerDrafts drafts;

    @Inject
    PersonalDataReads reads;

    @GET
    @Operation(summary = "An answer drafted from an answer template",
            description = "Roles: executor (appeals assigned to their agency), supervisor (own districts), admin. The "
                    + "active ANSWER_DRAFT template of that code (GET /templates?kind=ANSWER_DRAFT&language=...) rendered "
                    + "for the appeal in its applicant's language: {registrationNumber}, {applicantName}, {registeredOn}, "
                    + "{dueOn}, {districtName}, {agencyName}, {topicName} filled in. Nothing is stored; the applicant's "
                    + "name in it is recorded in the personal-data access log.")
    @APIResponse(responseCode = "200", description = "The draft")
    @APIResponse(responseCode = "400", description = "No template code")
    @APIResponse(responseCode = "404", description = "No such appeal in the caller's scope, or no such active template")
    @APIResponse(responseCode = "422", description = "The template is a notice template, not an answer template, or "
            + "it is in another language than the applicant's")
    public AnswerDraft draft(@PathParam("id") long id,
                             @Parameter(description = "Code of an answer template", required = true)
                             @QueryParam("template") String template) {
        AnswerDrafts.Drafted drafted = drafts.draft(id, template);
        reads.appeal(id, drafted.applicantIin(), drafted.applicantPhone());
        return drafted.draft();
    }
}
