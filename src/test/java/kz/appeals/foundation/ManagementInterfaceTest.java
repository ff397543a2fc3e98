package kz.appeals.foundation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Health and metrics are served on the management interface (its own port, loopback by
 * default), not on the API port that the internet reaches; the API description stays public.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class ManagementInterfaceTest {

    /** The port the management interface listens on in this run (a free one: test-port 0). */
    @ConfigProperty(name = "quarkus.management.test-port")
    int managementPort;

    private RequestSpecification management() {
        return given().baseUri("http://127.0.0.1").port(managementPort);
    }

    @Test
    @DisplayName("GET /q/metrics on the API port answers 404, with or without a token")
    void noMetricsOnApiPort() {
        given().get("/q/metrics").then().statusCode(404);
        given().auth().oauth2(Tokens.of("admin")).get("/q/metrics").then().statusCode(404);
    }

    @Test
    @DisplayName("GET /q/health, /q/health/ready and /q/health/live on the API port answer 404")
    void noHealthOnApiPort() {
        for (String path : new String[] {"/q/health", "/q/health/ready", "/q/health/live"}) {
            given().get(path).then().statusCode(404);
        }
    }

    @Test
    @DisplayName("GET /q/health/ready on the management port answers 200 UP (the database is checked)")
    void healthOnManagementPort() {
        management().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body(containsString("Database connections health check"));
    }

    @Test
    @DisplayName("GET /q/metrics on the management port answers the Prometheus text with the service's meters")
    void metricsOnManagementPort() {
        management().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests_seconds"));
    }

    @Test
    @DisplayName("the management interface listens on its own port, on loopback only by default")
    void managementOnLoopback() {
        assertThat(managementPort).isPositive().isNotEqualTo(RestAssured.port);
        assertThat(ConfigProvider.getConfig().getValue("quarkus.management.host", String.class)).isEqualTo("127.0.0.1");
    }

    @Test
    @DisplayName("GET /q/openapi and /q/swagger-ui stay on the API port: the API description is public")
    void apiDescriptionOnApiPort() {
        given().accept("application/yaml").get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/appeals"));
        given().redirects().follow(true).get("/q/swagger-ui/").then().statusCode(200);
    }
}
