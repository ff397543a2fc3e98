package kz.appeals.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.appeals.support.IntakeFixtures;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * With JSON logs switched on (here for the file handler; production switches the console with
 * QUARKUS_LOG_CONSOLE_JSON_ENABLED), every line is one JSON object, a request's lines carry its
 * id in "mdc", and personal data is masked exactly as in plain lines.
 */
@QuarkusTest
@TestProfile(JsonLogTest.JsonLogs.class)
@WithTestResource(TestInfrastructure.class)
class JsonLogTest {
    private static final Path LOG = Path.of("target", "test-service-json.log");
    private static final ObjectMapper JSON = new ObjectMapper();

    public static class JsonLogs implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.log.file.json.enabled", "true", "quarkus.log.file.path", LOG.toString());
        }
    }

    private static List<JsonNode> lines() throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(LOG)) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines;
    }

    @Test
    @DisplayName("an import's log line is a JSON object whose mdc.requestId is the X-Request-Id of the request")
    void requestIdInJson() throws Exception {
        String id = "json-" + UUID.randomUUID();
        given().auth().oauth2(Tokens.of("admin")).header("X-Request-Id", id).contentType("application/x-ndjson")
                .body(RequestIdTest.importLine()).post("/api/v1/imports/appeals").then().statusCode(200);
        assertThat(lines()).anySatisfy(line -> {
            assertThat(line.path("message").asText()).contains("Import by admin");
            assertThat(line.path("mdc").path("requestId").asText()).isEqualTo(id);
        });
    }

    @Test
    @DisplayName("an IIN, a phone and an e-mail logged by mistake are masked in the JSON line")
    void maskedInJson() throws Exception {
        String marker = "json-masking-" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        String iin = IntakeFixtures.newIin();
        String phone = "+7 701 " + (100 + (int) (System.nanoTime() % 800)) + " 45 67";
        String email = "citizen." + UUID.randomUUID().toString().substring(0, 8) + "@example.kz";
        Logger.getLogger("kz.appeals.test.json").infof("%s applicant %s, phone %s, mail %s", marker, iin, phone, email);

        String raw = Files.readString(LOG);
        assertThat(raw).doesNotContain(iin).doesNotContain(phone).doesNotContain(email);
        assertThat(lines()).anySatisfy(line ->
                assertThat(line.path("message").asText()).startsWith(marker + " applicant ************, phone ")
                        .contains("***@***"));
    }
}
