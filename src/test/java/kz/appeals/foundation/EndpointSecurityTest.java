package kz.appeals.foundation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** An endpoint that forgot its security annotation is closed, not open to everyone. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class EndpointSecurityTest {

    @Test
    @DisplayName("GET an endpoint without a security annotation answers 401 without a token and 403 with any role's token")
    void unannotatedEndpointIsDenied() {
        given().get("/test-only/unannotated").then().statusCode(401).body(not(containsString("reached")));
        for (String user : new String[] {"admin", "operator", "analyst"}) {
            given().auth().oauth2(Tokens.of(user)).get("/test-only/unannotated").then()
                    .statusCode(403).contentType("application/problem+json").body(not(containsString("reached")));
        }
        assertThat(ConfigProvider.getConfig().getValue("quarkus.security.jaxrs.deny-unannotated-endpoints", Boolean.class))
                .isTrue();
    }

    @Test
    @DisplayName("GET /public/appeals/{number} (public tracking, @PermitAll) still answers without a token")
    void publicTrackingStaysOpen() {
        given().header("X-Access-Code", "AAAA-BBBB-CCCC").get("/api/v1/public/appeals/2020-PVL-999999")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
