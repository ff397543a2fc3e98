package kz.appeals.open311;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import kz.appeals.security.Caller;
import kz.appeals.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Administrators issue, list and revoke the keys of Open311 clients. */
@Path("/api/v1/open311/clients")
@Tag(name = "Open311 clients")
@RolesAllowed(Roles.ADMIN)
public class Open311ClientsResource {

    @Inject
    Open311Clients clients;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue a client key",
            description = "Role: admin. Answers the key once: it is stored as its SHA-256 and cannot be shown again. The "
                    + "name is recorded on every appeal the client files; one active client per name. rateLimit: "
                    + "requests per minute (default 60).")
    @APIResponse(responseCode = "201", description = "The client and its key",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Open311Dtos.IssuedClient.class)))
    @APIResponse(responseCode = "409", description = "A client of this name holds an active key")
    public Response issue(@Valid @NotNull Open311Dtos.NewClient in) {
        Open311Dtos.IssuedClient issued = clients.issue(in, caller.name());
        return Response.created(URI.create("/api/v1/open311/clients/" + issued.id())).entity(issued)
                .type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The clients, newest first, revoked ones included (keys are never shown again)",
            description = "Role: admin.")
    public Open311Dtos.ClientList list() {
        return new Open311Dtos.ClientList(clients.list());
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke a client's key",
            description = "Role: admin. The key stops working at once; the client stays listed as revoked, and the "
                    + "appeals it filed keep its name. Revoking a revoked client changes nothing.")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = "No such client")
    public Response revoke(@PathParam("id") long id) {
        clients.revoke(id, caller.name());
        return Response.noContent().build();
    }
}
