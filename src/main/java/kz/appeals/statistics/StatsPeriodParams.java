package kz.appeals.statistics;

import jakarta.ws.rs.QueryParam;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The period of a statistics call and the earlier years to compare it with, as both
 * {@code GET /stats/appeals} and {@code GET /stats/receptions} take them ({@code @BeanParam}):
 * one declaration, one description, one parse ({@link StatsRequest#parse}). The grouping stays
 * with each endpoint, whose keys differ. Values arrive as text so that a malformed one is a 400
 * naming it.
 */
public class StatsPeriodParams {
    @Parameter(description = "First day, inclusive (YYYY-MM-DD)", required = true, example = "2025-01-01",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    @QueryParam("from")
    public String from;

    @Parameter(description = "Last day, inclusive; less than 10 years after from", required = true,
            example = "2025-10-31", schema = @Schema(type = SchemaType.STRING, format = "date"))
    @QueryParam("to")
    public String to;

    @Parameter(description = "Add the same dates of the N previous years (29 February becomes 28)", example = "1",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "10", defaultValue = "0"))
    @QueryParam("compareYears")
    public String compareYears;

    /** The checked request with the endpoint's grouping; every invalid value is named in a single 400. */
    <G extends Enum<G>> StatsRequest<G> parse(String groupBy, Class<G> groupings, Function<G, String> name) {
        return StatsRequest.parse(from, to, groupBy, compareYears, StatsRequest.all(groupings), name);
    }
}
