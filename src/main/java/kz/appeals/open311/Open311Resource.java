package kz.appeals.open311;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.appeals.common.ProblemException;
import kz.appeals.common.ProblemResponsesFilter;
import kz.appeals.common.ValidationException;
import kz.appeals.open311.Spark.Format;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Open311 GeoReport v2 and the service-request updates extension, as the specification has them:
 * the format is the resource's extension (.xml, the required one, or .json), the POST is
 * form-encoded, and errors answer {@code errors/error} with {@code code} and {@code description}
 * in the format asked for. No bearer token: reading is public (nothing personal is shown), and
 * filing takes a client's api_key. Resource-wide exception mappers keep errors in GeoReport's shape.
 */
@Path("/open311/v2")
@PermitAll
@Tag(name = Open311Resource.TAG, description = "Open311 GeoReport v2 (XML and JSON) for civic-reporting clients")
@SecurityRequirements
public class Open311Resource {
    public static final String TAG = ProblemResponsesFilter.OPEN311_TAG;
    private static final String FORMAT = "{format: xml|json}";
    private static final String FORMAT_DOC = "xml (the required format) or json";

    @Inject
    Open311Service service;

    @Inject
    Open311Queries queries;

    @GET
    @Path("discovery." + FORMAT)
    @Operation(summary = "Service discovery: the endpoint, its specification and formats")
    @APIResponse(responseCode = "200", description = "discovery (XML) or its JSON object", content = {
            @Content(mediaType = "text/xml"), @Content(mediaType = MediaType.APPLICATION_JSON)})
    public Response discovery(@Parameter(description = FORMAT_DOC) @PathParam("format") String format,
                              @Context UriInfo uri) {
        String url = uri.getBaseUri().resolve("open311/v2").toString();
        return answer(format, 200, "discovery", service.discovery(url));
    }

    @GET
    @Path("services." + FORMAT)
    @Operation(summary = "GET Service List: every active topic as a realtime service")
    @APIResponse(responseCode = "200", description = "services/service (XML) or a JSON array", content = {
            @Content(mediaType = "text/xml"), @Content(mediaType = MediaType.APPLICATION_JSON)})
    @APIResponse(responseCode = "404", description = "jurisdiction_id names another jurisdiction (errors/error)")
    public Response services(@PathParam("format") String format,
                             @QueryParam("jurisdiction_id") String jurisdictionId) {
        service.requireJurisdiction(jurisdictionId);
        return answer(format, 200, "services", service.services());
    }

    @GET
    @Path("services/{service_code}." + FORMAT)
    @Operation(summary = "GET Service Definition: the attributes a request of the service takes (district, appeal_type)")
    @APIResponse(responseCode = "200", description = "service_definition (XML) or its JSON object", content = {
            @Content(mediaType = "text/xml"), @Content(mediaType = MediaType.APPLICATION_JSON)})
    @APIResponse(responseCode = "404", description = "Unknown or inactive service_code, or another jurisdiction")
    public Response definition(@PathParam("format") String format, @PathParam("service_code") String serviceCode,
                               @QueryParam("jurisdiction_id") String jurisdictionId) {
        service.requireJurisdiction(jurisdictionId);
        return answer(format, 200, "service_definition", service.definition(serviceCode));
    }

    @POST
    @Path("requests." + FORMAT)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "POST Service Request: files an appeal (channel PORTAL) with the client's api_key",
            description = "Form fields: api_key, jurisdiction_id, service_code, lat and long or address_string, email, "
                    + "device_id, account_id, first_name, last_name, phone, description (10 to 4000 characters), "
                    + "media_url, attribute[district] (required), attribute[appeal_type]. Registered at once: the answer "
                    + "carries service_request_id (the registration number). An Idempotency-Key header makes retries "
                    + "safe: the same key and form answer the same request.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED,
            schema = @Schema(type = SchemaType.STRING, example = "api_key=o311_...&service_code=UTIL_HEATING"
                    + "&attribute%5Bdistrict%5D=PVL&lat=52.2873&long=76.9674&first_name=Aigerim&last_name=Sadykova"
                    + "&email=aigerim%40example.kz&description=No+heating+in+building+12+since+Monday")))
    @APIResponse(responseCode = "200", description = "service_requests/request with service_request_id, service_notice, "
            + "account_id", content = {@Content(mediaType = "text/xml"), @Content(mediaType = MediaType.APPLICATION_JSON)})
    @APIResponse(responseCode = "400", description = "A parameter is missing or invalid (errors/error)")
    @APIResponse(responseCode = "403", description = "api_key missing, unknown or revoked (errors/error)")
    @APIResponse(responseCode = "404", description = "Unknown service_code, or another jurisdiction (errors/error)")
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another form (errors/error)")
    @APIResponse(responseCode = "429", description = "The client's rate limit is reached; see Retry-After (errors/error)")
    public Response file(@PathParam("format") String format, String body,
                         @Parameter(description = "Optional client-chosen key that makes retries safe")
                         @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return answer(format, 200, "service_requests", service.file(Open311Form.parse(body), idempotencyKey));
    }

    @GET
    @Path("requests." + FORMAT)
    @Operation(summary = "GET Service Requests: requests filed through this gateway",
            description = "service_request_id (comma-separated; overrides the rest), service_code (comma-separated), "
                    + "start_date and end_date (W3C date-times with offset, at most 90 days apart, default the last 90 "
                    + "days), status (open, closed). At most 1000, newest first. No personal data.")
    @APIResponse(responseCode = "200", description = "service_requests/request (XML) or a JSON array", content = {
            @Content(mediaType = "text/xml"), @Content(mediaType = MediaType.APPLICATION_JSON)})
    @APIResponse(responseCode = "400", description = "A bad date, a range over 90 days, an unknown status (errors/error)")
    public Response requests(@PathParam("format") String format,
                             @QueryParam("jurisdiction_id") String jurisdictionId,
                             @QueryParam("service_request_id") String ids,
                             @QueryParam("service_code") String serviceCodes,
                             @QueryParam("start_date") String startDate,
                             @QueryParam("end_date") String endDate,
                             @QueryParam("status") String status) {
        service.requireJurisdiction(jurisdictionId);
        List<String> idList = Open311Queries.list(ids);
        Open311Queries.RequestsQuery q = idList != null
                ? new Open311Queries.RequestsQuery(idList, null, null, null)
                : new Open311Queries.RequestsQuery(null, Open311Queries.list(serviceCodes),
                        W3cDates.range(startDate, endDate, Instant.now()), Open311Queries.statuses(status));
        return answer(format, 200, "service_requests", queries.requests(q));
    }

    @GET
    @Path("requests/{service_request_id}." + FORMAT)
    @Operation(summary = "GET Service Request: one request by its service_request_id (the registration number)")
    @APIResponse(responseCode = "200", description = "service_requests/request (XML) or a JSON array of one", content = {
            @Content(mediaType = "text/xml"), @Content(mediaType = MediaType.APPLICATION_JSON)})
    @APIResponse(responseCode = "404", description = "No request of this gateway has this id (errors/error)")
    public Response request(@PathParam("format") String format, @PathParam("service_request_id") String id,
                            @QueryParam("jurisdiction_id") String jurisdictionId) {
        service.requireJurisdiction(jurisdictionId);
        return answer(format, 200, "service_requests", queries.request(id));
    }

    @GET
    @Path("tokens/{token}." + FORMAT)
    @Operation(summary = "GET service_request_id from a token: always 404, requests are registered at once (realtime)")
    @APIResponse(responseCode = "404", description = "No such token (errors/error)")
    public Response token(@PathParam("format") String format, @PathParam("token") String token,
                          @QueryParam("jurisdiction_id") String jurisdictionId) {
        service.requireJurisdiction(jurisdictionId);
        throw Open311Exception.notFound("token " + token + " was not found: this endpoint registers requests at once "
                + "and answers their service_request_id, never a token");
    }

    @GET
    @Path("servicerequestupdates." + FORMAT)
    @Operation(summary = "GET Service Request Updates (the updates extension FixMyStreet deploys)",
            description = "Updates of this gateway's requests between start_date and end_date (at most 90 days, default "
                    + "the last 90), oldest first, at most 1000: status OPEN, IN_PROGRESS, CLOSED, FIXED, "
                    + "NO_FURTHER_ACTION or NOT_COUNCILS_RESPONSIBILITY, description from public timeline entries only.")
    @APIResponse(responseCode = "200", description = "service_request_updates/request_update (XML) or a JSON array",
            content = {@Content(mediaType = "text/xml"), @Content(mediaType = MediaType.APPLICATION_JSON)})
    @APIResponse(responseCode = "400", description = "A bad date or a range over 90 days (errors/error)")
    public Response updates(@PathParam("format") String format,
                            @QueryParam("jurisdiction_id") String jurisdictionId,
                            @QueryParam("start_date") String startDate,
                            @QueryParam("end_date") String endDate) {
        service.requireJurisdiction(jurisdictionId);
        return answer(format, 200, "service_request_updates",
                queries.updates(W3cDates.range(startDate, endDate, Instant.now())));
    }

    @ServerExceptionMapper
    public Response open311Error(Open311Exception e, UriInfo uri) {
        Response r = error(uri, e.status(), e.getMessage());
        return e.retryAfterSeconds() > 0
                ? Response.fromResponse(r).header("Retry-After", Long.toString(e.retryAfterSeconds())).build() : r;
    }

    @ServerExceptionMapper
    public Response invalid(ValidationException e, UriInfo uri) {
        return error(uri, 400, Open311Form.asOpen311(e).getMessage());
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return error(uri, e.status(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        String description = switch (status) {
            case 404 -> "No resource at this address";
            case 405 -> "This method is not allowed here";
            case 415 -> "POST requests takes application/x-www-form-urlencoded";
            default -> "The request could not be handled";
        };
        return error(uri, status, description);
    }

    private static Response answer(String extension, int status, String root, Object value) {
        Format format = Format.ofExtension(extension);
        return Response.status(status).type(format.mediaType).entity(Spark.write(format, root, value))
                // Public, credential-free data: any web page may read it (as other GeoReport servers allow).
                .header("Access-Control-Allow-Origin", "*").build();
    }

    private static Response error(UriInfo uri, int status, String description) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", status);
        error.put("description", description);
        return answer(Format.ofPath(uri.getPath()).name().toLowerCase(java.util.Locale.ROOT), status, "errors",
                List.of(error));
    }
}
