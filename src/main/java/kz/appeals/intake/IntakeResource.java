package kz.appeals.intake;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import kz.appeals.appeal.AppealView;
import kz.appeals.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/appeals")
@Tag(name = "Intake")
public class IntakeResource {

    @Inject
    IntakeService intake;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PORTAL, Roles.OPERATOR, Roles.OFFICE_STAFF, Roles.ADMIN})
    @Operation(summary = "Register an appeal",
            description = "Roles: portal (channel PORTAL, Idempotency-Key required), operator (CALL_CENTER), "
                    + "office-staff (RECEPTION, WRITTEN; own districts), admin (any). The answer carries the "
                    + "registration number, the term (dueAt, 15 working days) and, for PORTAL appeals and applicants "
                    + "with a phone or an e-mail, the access code; repeatOf only when the caller may read the earlier "
                    + "appeal, never for the portal. The same Idempotency-Key with the same body replays the first "
                    + "answer, the same access code included; with another body: 422.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NewAppeal.class),
            examples = @ExampleObject(name = "call-center", value = """
                    {"channel": "CALL_CENTER", "type": "COMPLAINT", "topicCode": "UTIL_HEATING",
                     "districtCode": "PVL", "text": "No heating in building 12 on Lenin street since Monday.",
                     "applicant": {"kind": "INDIVIDUAL", "fullName": "Aigerim Sadykova", "iin": "900101300011",
                                   "phone": "+7 701 234 56 78", "groups": ["LARGE_FAMILY"]}}""")))
    @APIResponse(responseCode = "201", description = "Registered, or the replay of the first answer to this "
            + "Idempotency-Key (header Idempotent-Replayed: true)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppealView.class)))
    @APIResponse(responseCode = "404", description = "The reception is not visible to the caller")
    @APIResponse(responseCode = "409", description = "The reception is cancelled, not on the appeal's day, or held with "
            + "as many appeals recorded as citizens received")
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body")
    public Response register(@Valid @NotNull NewAppeal request,
                             @Parameter(description = "Client-chosen key that makes retries safe (required for portal)")
                             @HeaderParam("Idempotency-Key") String idempotencyKey) {
        IntakeService.Result result = intake.register(request, idempotencyKey);
        Response.ResponseBuilder answer = Response.status(201).entity(result.body()).type(MediaType.APPLICATION_JSON)
                .location(URI.create("/api/v1/appeals/" + result.appealId()));
        if (result.replayed()) {
            answer.header("Idempotent-Replayed", "true");
        }
        return answer.build();
    }
}
