package kz.appeals.open311;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.appeals.support.CaseFixtures;
import kz.appeals.support.TestInfrastructure;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The JSON answers against GeoReport v2's JSON schemas (test resources open311-schema, which state
 * the published schemas' constraints). Where no schema is published (discovery, the POST answer,
 * errors, the updates extension) the fields are checked one by one.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class Open311SchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private static final String W3C = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+05:00";

    private static Set<ValidationMessage> validate(String schema, String json) throws Exception {
        JsonSchema s = FACTORY.getSchema(SchemaLocation.of("classpath:open311-schema/" + schema), CONFIG);
        return s.validate(JSON.readTree(json));
    }

    private static String body(String path) {
        return Open311Api.get(path).then().statusCode(200).contentType("application/json").extract().asString();
    }

    @Test
    @DisplayName("the schemas bite: an answer without service_code or with status 'pending' is refused")
    void schemasRefuseWrongAnswers() throws Exception {
        assertThat(validate("requests.json", "[{\"service_request_id\":\"1\",\"status\":\"pending\",\"service_code\":\"X\","
                + "\"requested_datetime\":\"2026-12-01T10:15:30+05:00\"}]")).isNotEmpty();
        assertThat(validate("services.json", "[{\"service_name\":\"x\",\"metadata\":true,\"type\":\"realtime\"}]")).isNotEmpty();
        assertThat(validate("requests.json", "[{\"service_request_id\":\"1\",\"status\":\"open\",\"service_code\":\"X\","
                + "\"requested_datetime\":\"yesterday\"}]")).isNotEmpty();
        assertThat(validate("requests.json", "[{\"service_request_id\":\"1\",\"status\":\"open\",\"service_code\":\"X\","
                + "\"requested_datetime\":\"2026-12-01T10:15:30+05:00\"}]")).isEmpty();
    }

    @Test
    @DisplayName("GET services.json and services/{code}.json are valid against the published schemas")
    void services() throws Exception {
        assertThat(validate("services.json", body("services.json"))).isEmpty();
        assertThat(validate("service-definition.json", body("services/UTIL_HEATING.json"))).isEmpty();
    }

    @Test
    @DisplayName("GET requests.json and requests/{id}.json, open and closed, are valid against the published schemas")
    void requests() throws Exception {
        String key = Open311Api.issueKey("Schema client", null);
        Map<String, String> form = Open311Api.form(key);
        form.put("media_url", "https://photos.example.kz/p/2.jpg");
        form.put("address_string", "Lenin street 1");
        String open = Open311Api.file(form);
        String closed = Open311Api.file(Open311Api.form(key));
        long id = ((Number) Open311GatewayTest.staffView(closed).get("id")).longValue();
        CaseFixtures.done("supervisor", id, "assignment", CaseFixtures.assignment("PVL-HOUSING"));
        CaseFixtures.done("executor", id, "resolution", CaseFixtures.resolution("EXPLAINED", "Heating starts on Monday."));
        CaseFixtures.done("supervisor", id, "closure", Map.of());

        String one = body("requests/" + open + ".json");
        assertThat(validate("requests.json", one)).isEmpty();
        String both = body("requests.json?service_request_id=" + open + "," + closed);
        assertThat(validate("requests.json", both)).isEmpty();
        assertThat(JSON.readTree(both)).hasSize(2);
        assertThat(validate("requests.json", body("requests.json"))).isEmpty();
        for (JsonNode request : JSON.readTree(both)) {
            for (String field : List.of("requested_datetime", "updated_datetime", "expected_datetime")) {
                assertThat(request.get(field).asText()).as(field).matches(W3C);
            }
        }
    }

    @Test
    @DisplayName("discovery, the POST answer, errors and updates (no published schema) have exactly their fields")
    void unpublishedShapes() throws Exception {
        JsonNode discovery = JSON.readTree(body("discovery.json"));
        assertThat(fields(discovery)).containsExactly("changeset", "contact", "key_service", "endpoints");
        assertThat(fields(discovery.get("endpoints").get(0)))
                .containsExactly("specification", "url", "changeset", "type", "formats");

        String key = Open311Api.issueKey("Shape client", null);
        Map<String, String> form = Open311Api.form(key);
        form.put("account_id", "shape-1");
        JsonNode posted = JSON.readTree(Open311Api.post("json", form).then().statusCode(200).extract().asString());
        assertThat(posted.isArray()).isTrue();
        assertThat(fields(posted.get(0))).containsExactly("service_request_id", "service_notice", "account_id");
        assertThat(posted.get(0).get("service_request_id").isTextual()).isTrue();

        JsonNode errors = JSON.readTree(Open311Api.get("services/NOPE.json").then().statusCode(404).extract().asString());
        assertThat(errors.isArray()).isTrue();
        assertThat(fields(errors.get(0))).containsExactly("code", "description");
        assertThat(errors.get(0).get("code").isInt()).isTrue();

        JsonNode updates = JSON.readTree(body("servicerequestupdates.json"));
        assertThat(updates.isArray()).isTrue();
        assertThat(updates).isNotEmpty();
        for (JsonNode u : updates) {
            assertThat(fields(u)).containsExactly("update_id", "service_request_id", "status", "updated_datetime",
                    "description", "media_url");
            assertThat(u.get("status").asText()).isIn("OPEN", "IN_PROGRESS", "CLOSED", "FIXED", "NO_FURTHER_ACTION",
                    "NOT_COUNCILS_RESPONSIBILITY");
            assertThat(u.get("updated_datetime").asText()).matches(W3C);
        }
    }

    private static List<String> fields(JsonNode node) {
        List<String> out = new java.util.ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }
}
