package kz.appeals.deadline;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.List;
import kz.appeals.common.RegionTime;
import kz.appeals.common.Params;
import kz.appeals.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/calendar")
@Tag(name = "Catalogues")
@RolesAllowed({Roles.PORTAL, Roles.OPERATOR, Roles.OFFICE_STAFF, Roles.SUPERVISOR, Roles.EXECUTOR, Roles.ANALYST, Roles.ADMIN})
public class CalendarResource {

    @Inject
    CalendarService service;

    @GET
    @Operation(summary = "The working-day calendar of a year",
            description = "Roles: every role. Lists the days that differ from Monday-to-Friday and counts the working days.")
    public CalendarView year(@QueryParam("year") String year) {
        Integer y = Params.integer("year", year);
        return service.year(y == null ? RegionTime.localDate(java.time.Instant.now()).getYear() : y);
    }

    @PUT
    @Path("/{date}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Record a holiday, a day off or a working weekend day",
            description = "Roles: admin. A holiday on a weekend also records its moved day off, unless moveDayOff is false.")
    @APIResponse(responseCode = "200", description = "The days recorded")
    public List<CalendarView.Day> put(@PathParam("date") String date, @Valid @NotNull CalendarView.DayInput input) {
        return service.put(parse(date), input);
    }

    @DELETE
    @Path("/{date}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Remove a calendar entry", description = "Roles: admin.")
    @APIResponse(responseCode = "204", description = "Removed")
    public void remove(@PathParam("date") String date) {
        service.remove(parse(date));
    }

    private static LocalDate parse(String date) {
        return Params.date("date", date);
    }
}
