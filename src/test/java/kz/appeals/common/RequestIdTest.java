package kz.appeals.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import kz.appeals.support.IntakeFixtures;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every answer names its request in X-Request-Id; a problem body carries the same id, and the
 * log lines written for the request carry it too (target/test-service.log, plain format).
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class RequestIdTest {
    private static final Path LOG = Path.of("target", "test-service.log");

    /** One NDJSON line of the historical import: the import logs one line per request. */
    static byte[] importLine() {
        return ("{\"externalRef\":\"RID-" + UUID.randomUUID() + "\",\"channel\":\"WRITTEN\",\"type\":\"STATEMENT\","
                + "\"topicCode\":\"HOUSING_QUEUE\",\"districtCode\":\"PVL\",\"text\":\"Please confirm my place in the queue.\","
                + "\"applicant\":{\"kind\":\"INDIVIDUAL\",\"fullName\":\"Marat Ospanov\",\"iin\":\"" + IntakeFixtures.newIin() + "\"},"
                + "\"receivedAt\":\"2024-05-05T10:00:00+05:00\"}").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("GET /appeals/0 answers 404 with an X-Request-Id header and the same requestId in the problem body")
    void problemCarriesTheId() {
        String id = given().auth().oauth2(Tokens.of("chief")).get("/api/v1/appeals/0").then().statusCode(404)
                .contentType("application/problem+json")
                .header("X-Request-Id", matchesPattern("[0-9a-f]{16}"))
                .extract().header("X-Request-Id");
        given().auth().oauth2(Tokens.of("chief")).get("/api/v1/appeals/0").then().statusCode(404)
                .body("requestId", matchesPattern("[0-9a-f]{16}"))
                .body("requestId", not(equalTo(id)));
    }

    @Test
    @DisplayName("GET /districts without a token answers 401 whose problem body names the request")
    void unauthenticatedToo() {
        String header = given().get("/api/v1/districts").then().statusCode(401).extract().header("X-Request-Id");
        assertThat(header).isNotBlank();
        given().header("X-Request-Id", "gw-" + UUID.randomUUID()).get("/api/v1/districts").then().statusCode(401)
                .body("requestId", matchesPattern("gw-[0-9a-f-]{36}"));
    }

    @Test
    @DisplayName("a gateway's X-Request-Id is kept; one with spaces, or too long, is replaced by the service's own")
    void callersId() {
        String given = "gateway-" + UUID.randomUUID();
        given().auth().oauth2(Tokens.of("chief")).header("X-Request-Id", given).get("/api/v1/districts")
                .then().statusCode(200).header("X-Request-Id", equalTo(given));
        for (String bad : List.of("two words here", "x".repeat(65), "short")) {
            given().auth().oauth2(Tokens.of("chief")).header("X-Request-Id", bad).get("/api/v1/districts")
                    .then().statusCode(200).header("X-Request-Id", matchesPattern("[0-9a-f]{16}"));
        }
    }

    @Test
    @DisplayName("the log line an import writes carries the request's id")
    void logLinesCarryTheId() throws Exception {
        String id = "import-" + UUID.randomUUID();
        given().auth().oauth2(Tokens.of("admin")).header("X-Request-Id", id).contentType("application/x-ndjson")
                .body(importLine()).post("/api/v1/imports/appeals").then().statusCode(200)
                .header("X-Request-Id", equalTo(id));
        List<String> lines = Files.readAllLines(LOG).stream().filter(l -> l.contains(id)).toList();
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("Import by admin").contains("[" + id + "]"));
    }
}
