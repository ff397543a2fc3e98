package kz.appeals.foundation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every failure the application produces is an RFC 9457 body without internals. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class ProblemShapeTest {

    private static RequestSpecification admin() {
        return given().auth().oauth2(Tokens.of("admin")).contentType("application/json");
    }

    static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("type", notNullValue())
                .body("title", notNullValue())
                .body("detail", notNullValue())
                .body("requestId", equalTo(response.extract().header("X-Request-Id")))
                .body(not(containsString("Exception")))
                .body(not(containsString("at kz.")))
                .body(not(containsString("SQL")));
    }

    @Test
    @DisplayName("POST /districts with invalid fields answers 400 naming each field")
    void validation() {
        problem(admin().body("{\"code\":\"bad code\",\"name\":\"\",\"kind\":\"VILLAGE\"}").post("/api/v1/districts").then(), 400)
                .body("errors.field", hasItem("code"))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("kind"));
    }

    @Test
    @DisplayName("POST /districts with an unknown property answers 400 naming it")
    void unknownProperty() {
        problem(admin().body("{\"code\":\"QQ\",\"name\":\"Q\",\"kind\":\"CITY\",\"admin\":true}").post("/api/v1/districts").then(), 400)
                .body("errors.field", hasItem("admin"));
    }

    @Test
    @DisplayName("POST /districts with malformed JSON answers 400")
    void malformed() {
        problem(admin().body("{\"code\": ").post("/api/v1/districts").then(), 400);
    }

    @Test
    @DisplayName("POST /districts with a number where text belongs answers 400")
    void wrongShape() {
        problem(admin().body("[1,2,3]").post("/api/v1/districts").then(), 400);
    }

    @Test
    @DisplayName("GET on an unknown path answers 404")
    void unknownPath() {
        problem(admin().get("/api/v1/nothing-here").then(), 404);
    }

    @Test
    @DisplayName("PUT /topics/{code} for an unknown topic answers 404")
    void unknownRecord() {
        problem(admin().body("{\"name\":\"x\"}").put("/api/v1/topics/NO_SUCH_TOPIC").then(), 404);
    }

    @Test
    @DisplayName("DELETE /districts answers 405")
    void methodNotAllowed() {
        problem(admin().delete("/api/v1/districts").then(), 405);
    }

    @Test
    @DisplayName("POST /districts for an existing code answers 409")
    void conflict() {
        problem(admin().body("{\"code\":\"PVL\",\"name\":\"Again\",\"kind\":\"CITY\"}").post("/api/v1/districts").then(), 409);
    }

    @Test
    @DisplayName("POST /districts as text/plain answers 415")
    void unsupportedMediaType() {
        problem(given().auth().oauth2(Tokens.of("admin")).contentType("text/plain").body("hello")
                .post("/api/v1/districts").then(), 415);
    }

    @Test
    @DisplayName("POST /districts with a body over 1 MB answers 413")
    void tooLarge() {
        problem(admin().body("{\"code\":\"" + "A".repeat(1_100_000) + "\"}").post("/api/v1/districts").then(), 413);
    }

    @Test
    @DisplayName("GET /calendar?year=abc answers 400")
    void badQueryParameter() {
        problem(admin().get("/api/v1/calendar?year=abc").then(), 400);
    }
}
