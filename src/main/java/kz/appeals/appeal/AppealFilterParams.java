package kz.appeals.appeal;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The query parameters that select appeals, as {@code GET /appeals} and {@code GET /appeals/export}
 * both take them ({@code @BeanParam}): one declaration, one description, one parse
 * ({@link AppealFilter#parse}), one SQL ({@code AppealQueries.addFilters}), so that the export
 * selects exactly the rows the list shows and never ignores a filter its caller sent. Values
 * arrive as text so that a malformed one is a 400 naming it.
 */
public class AppealFilterParams {
    @Parameter(schema = @Schema(implementation = AppealStatus.class))
    @QueryParam("status")
    public String status;

    @Parameter(schema = @Schema(implementation = Channel.class))
    @QueryParam("channel")
    public String channel;

    @Parameter(example = "PVL")
    @QueryParam("districtCode")
    public String districtCode;

    @Parameter(example = "UTIL_HEATING")
    @QueryParam("topicCode")
    public String topicCode;

    @Parameter(example = "PVL-HOUSING")
    @QueryParam("agencyCode")
    public String agencyCode;

    @Parameter(description = "true: open past the due date; false: the others", schema = @Schema(type = SchemaType.BOOLEAN))
    @QueryParam("overdue")
    public String overdue;

    @Parameter(description = "Received on or after this local date", schema = @Schema(type = SchemaType.STRING, format = "date"))
    @QueryParam("receivedFrom")
    public String receivedFrom;

    @Parameter(description = "Received on or before this local date", schema = @Schema(type = SchemaType.STRING, format = "date"))
    @QueryParam("receivedTo")
    public String receivedTo;

    @Parameter(description = "A registration number, or words that all occur in the text", example = "heating")
    @QueryParam("q")
    public String q;

    @Parameter(description = "A campaign's code (letter case aside): the appeals that belong to it", example = "FAMILY-WEEK-2026")
    @QueryParam("campaign")
    public String campaign;

    @Parameter(description = "true: closed appeals whose applicant said the answer did not solve the problem, "
            + "until a supervisor reopens the appeal or dismisses the dispute; false: the others",
            schema = @Schema(type = SchemaType.BOOLEAN))
    @QueryParam("disputed")
    public String disputed;

    @Parameter(description = "n (0 to 15): open appeals not yet overdue whose term ends today or within the next n "
            + "working days (the control queue's \"due soon\")", schema = @Schema(type = SchemaType.INTEGER), example = "2")
    @QueryParam("dueWithin")
    public String dueWithin;

    @Parameter(description = "true: appeals whose answer a supervisor returned at least once (with status=IN_PROGRESS: "
            + "those awaiting a new answer); false: the others", schema = @Schema(type = SchemaType.BOOLEAN))
    @QueryParam("returned")
    public String returned;

    /** The filter these select. */
    public AppealFilter parse() {
        return AppealFilter.parse(status, channel, districtCode, topicCode, agencyCode, overdue, receivedFrom, receivedTo,
                q, campaign, disputed, dueWithin, returned);
    }
}
