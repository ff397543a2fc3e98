package kz.appeals.common;

import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the error answers every operation can give, all as problem+json, so the
 * resources only declare what is particular to them.
 */
public class ProblemResponsesFilter implements OASFilter {
    /**
     * The tag of operations that answer errors in a format of their own, not problem+json: Open311
     * GeoReport v2 answers {@code errors/error} in XML or JSON, as its clients expect.
     */
    public static final String OPEN311_TAG = "Open311 GeoReport v2";

    private static final Map<String, String> COMMON = new TreeMap<>(Map.of(
            "400", "Invalid input: problem+json with errors[] naming each field",
            "401", "No valid bearer token",
            "403", "The caller's role does not allow this operation",
            "500", "Unexpected failure (no internals are disclosed)",
            "503", "The register is temporarily unavailable; retry after Retry-After seconds"));

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        if (operation.getTags() != null && operation.getTags().contains(OPEN311_TAG)) {
            return open311(operation, responses);
        }
        boolean open = operation.getSecurity() == null || operation.getSecurity().isEmpty();
        for (Map.Entry<String, String> e : COMMON.entrySet()) {
            boolean securityAnswer = e.getKey().equals("401") || e.getKey().equals("403");
            if (open && securityAnswer) {
                continue;
            }
            if (!responses.hasAPIResponse(e.getKey())) {
                responses.addAPIResponse(e.getKey(), OASFactory.createAPIResponse().description(e.getValue()));
            }
        }
        if (operation.getRequestBody() != null && !responses.hasAPIResponse("413")) {
            responses.addAPIResponse("413", OASFactory.createAPIResponse().description(
                    "The request body is larger than its cap (announced or chunked): 1 MB, or 2 GB for the import by default"));
        }
        // A stable order keeps the committed document comparable.
        Map<String, APIResponse> sorted = new TreeMap<>(responses.getAPIResponses());
        APIResponses ordered = OASFactory.createAPIResponses();
        for (Map.Entry<String, APIResponse> e : sorted.entrySet()) {
            char first = e.getKey().charAt(0);
            if (first == '4' || first == '5') {
                e.getValue().setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
            }
            ordered.addAPIResponse(e.getKey(), e.getValue());
        }
        operation.setResponses(ordered);
        return operation;
    }

    /** GeoReport's errors: errors/error with code and description, in the format of the request's extension. */
    private static Operation open311(Operation operation, APIResponses responses) {
        if (!responses.hasAPIResponse("400")) {
            responses.addAPIResponse("400", OASFactory.createAPIResponse().description("Invalid input (errors/error)"));
        }
        if (!responses.hasAPIResponse("500")) {
            responses.addAPIResponse("500", OASFactory.createAPIResponse().description("Unexpected failure"));
        }
        Map<String, APIResponse> sorted = new TreeMap<>(responses.getAPIResponses());
        APIResponses ordered = OASFactory.createAPIResponses();
        for (Map.Entry<String, APIResponse> e : sorted.entrySet()) {
            char first = e.getKey().charAt(0);
            if (first == '4' && e.getValue().getContent() == null) {
                e.getValue().setContent(OASFactory.createContent()
                        .addMediaType("text/xml", OASFactory.createMediaType())
                        .addMediaType("application/json", OASFactory.createMediaType()));
            }
            ordered.addAPIResponse(e.getKey(), e.getValue());
        }
        operation.setResponses(ordered);
        return operation;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        // Problem is referenced only from responses added here: make sure its schema is present.
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null
                && !openAPI.getComponents().getSchemas().containsKey("Problem")) {
            openAPI.getComponents().addSchema("Problem", OASFactory.createSchema()
                    .addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.OBJECT)
                    .description("RFC 9457 problem details"));
        }
    }
}
