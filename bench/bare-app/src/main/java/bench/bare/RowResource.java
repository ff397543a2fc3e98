package bench.bare;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The one endpoint: reads one row through Hibernate and answers it as JSON. */
@Path("/row")
public class RowResource {
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public District row() {
        return District.findById("PVL");
    }
}
