package kz.appeals.intake;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kz.appeals.common.Cursors;
import kz.appeals.common.Page;
import kz.appeals.common.PageRequest;
import kz.appeals.common.Params;
import kz.appeals.common.PersonalDataReads;
import kz.appeals.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/applicants/history")
@Tag(name = "Intake")
public class ApplicantHistoryResource {

    @Inject
    ApplicantHistoryService history;

    @Inject
    Cursors cursors;

    @Inject
    PersonalDataReads reads;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OPERATOR, Roles.OFFICE_STAFF, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "An applicant's earlier appeals (repeat appeals)",
            description = "Roles: operator (whole region), office-staff and supervisor (the districts of their token's district "
                    + "claim; \"*\" the whole region; none: 403), admin. "
                    + "Give iin or phone (any common notation). Newest first, keyset paging.")
    public Page<ApplicantHistoryService.Item> history(@QueryParam("iin") String iin, @QueryParam("phone") String phone,
                                                      @QueryParam("limit") String limit,
                                                      @QueryParam("cursor") String cursor) {
        Page<ApplicantHistoryService.Item> page = history.history(blankToNull(iin), blankToNull(phone),
                PageRequest.of(Params.integer("limit", limit), cursor, cursors, ApplicantHistoryService.CURSOR));
        reads.lookup(iin, phone, page.items().stream().map(ApplicantHistoryService.Item::id).toList());
        return page;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
