package kz.appeals.appeal;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The appeal an action of case control is on and the version the caller saw, as every
 * {@code POST /appeals/{id}/<action>} takes them ({@code @BeanParam}): one declaration and one
 * description of the If-Match rule for all the actions.
 */
public class ActionTarget {
    @PathParam("id")
    public long id;

    @Parameter(required = true, description = "The ETag of GET /appeals/{id}: missing 428, stale 412", example = "\"153-4\"")
    @HeaderParam("If-Match")
    public String ifMatch;
}
