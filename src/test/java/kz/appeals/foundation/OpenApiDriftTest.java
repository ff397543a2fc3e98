package kz.appeals.foundation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.appeals.support.TestInfrastructure;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The committed API document is what the service serves; regenerate it with
 * {@code dev/openapi.sh}. Compared as YAML trees: key order within a schema may vary.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class OpenApiDriftTest {

    @Test
    @DisplayName("GET /q/openapi equals the committed openapi/openapi.yaml")
    void committedDocumentMatches() throws Exception {
        String served = given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        Path committed = Path.of("openapi", "openapi.yaml");
        assertThat(Files.exists(committed)).as("openapi/openapi.yaml is committed").isTrue();
        YAMLMapper yaml = new YAMLMapper();
        JsonNode expected = yaml.readTree(served);
        JsonNode actual = yaml.readTree(Files.readString(committed));
        assertThat(actual)
                .as("openapi/openapi.yaml is stale: run dev/openapi.sh and commit the result")
                .isEqualTo(expected);
        assertThat(expected.path("paths").size()).as("the served document lists the API").isGreaterThan(5);
    }
}
