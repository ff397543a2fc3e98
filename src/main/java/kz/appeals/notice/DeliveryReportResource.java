package kz.appeals.notice;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import kz.appeals.common.ValidationException;
import kz.appeals.notice.NoticeDtos.DeliveryReport;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The SMS gateway's callback: whether a message it took reached the applicant. */
@Path("/api/v1/notices/delivery-reports")
@Tag(name = "Notices")
public class DeliveryReportResource {

    @Inject
    DeliveryReports reports;

    @Inject
    Validator validator;

    @POST
    @PermitAll
    @GatewayKeyRequired
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The SMS gateway reports a message delivered or undeliverable",
            description = "No token: the gateway's key (appeals.notices.sms.report-key) in X-Gateway-Key, checked before "
                    + "the body is read (401 whatever the body; after 5 wrong keys from one client address in ten "
                    + "minutes 429 until the window ends, the right key included). The notice "
                    + "of that messageId, SENT, becomes DELIVERED (a public NOTICE_DELIVERED on the timeline) or FAILED "
                    + "with the gateway's reason (NOTICE_FAILED; listed for supervisors, who may retry it). Idempotent: a "
                    + "report the notice already reflects answers 204 and changes nothing.")
    @APIResponse(responseCode = "204", description = "Taken (or already known)")
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "401", description = "No key, a wrong key, or no key configured")
    @APIResponse(responseCode = "404", description = "No SMS notice with this messageId")
    @APIResponse(responseCode = "409", description = "The notice is not SENT (not sent yet: report again later; or "
            + "an earlier report said otherwise)")
    @APIResponse(responseCode = "429", description = "Too many wrong keys from this client address; see Retry-After")
    @Parameter(name = GatewayKeyFilter.HEADER, in = ParameterIn.HEADER, description = "The gateway's key", required = true,
            schema = @Schema(type = SchemaType.STRING))
    public void report(DeliveryReport body) {
        // the key was checked by GatewayKeyFilter, before the body was read
        if (body == null) {
            throw new ValidationException("body", "is required");
        }
        Set<ConstraintViolation<DeliveryReport>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        reports.apply(body);
    }
}
