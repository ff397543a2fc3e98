package kz.appeals.foundation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** End to end with tokens from the real Keycloak (password grant on appeals-cli). */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class SecurityEndToEndTest {

    @Test
    @DisplayName("GET /districts without a token answers 401 problem+json")
    void noToken() {
        given().get("/api/v1/districts")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401))
                .body("title", equalTo("Unauthorized"));
    }

    @Test
    @DisplayName("GET /districts with a malformed token answers 401")
    void garbageToken() {
        given().auth().oauth2("not-a-token").get("/api/v1/districts")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    @DisplayName("GET /districts as office lists the region's districts")
    void officeReadsDistricts() {
        given().auth().oauth2(Tokens.of("office")).get("/api/v1/districts")
                .then().statusCode(200)
                .body("items.code", hasItem("PVL"))
                .body("items.code", hasItem("EKB"))
                .body("items.size()", greaterThan(10));
    }

    @Test
    @DisplayName("GET /topics with the portal's service-account token answers 200")
    void portalReadsTopics() {
        given().auth().oauth2(Tokens.portal()).get("/api/v1/topics")
                .then().statusCode(200)
                .body("items.size()", greaterThan(30));
    }

    @Test
    @DisplayName("POST /districts as analyst answers 403 problem+json")
    void wrongRole() {
        given().auth().oauth2(Tokens.of("analyst")).contentType("application/json")
                .body("{\"code\":\"ZZZ\",\"name\":\"Nowhere\",\"kind\":\"CITY\"}")
                .post("/api/v1/districts")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403));
    }

    @Test
    @DisplayName("PUT /topics/{code} as admin renames a topic")
    void adminWrites() {
        String code = "T" + System.nanoTime() % 1_000_000_000L;
        given().auth().oauth2(Tokens.of("admin")).contentType("application/json")
                .body("{\"code\":\"" + code + "\",\"name\":\"Trees\",\"groupCode\":\"OTHER\",\"groupName\":\"Other\"}")
                .post("/api/v1/topics")
                .then().statusCode(201).body("code", equalTo(code)).body("active", equalTo(true));
        given().auth().oauth2(Tokens.of("admin")).contentType("application/json")
                .body("{\"name\":\"Trees and parks\",\"active\":false}")
                .put("/api/v1/topics/" + code)
                .then().statusCode(200).body("name", equalTo("Trees and parks")).body("active", equalTo(false));
    }
}
