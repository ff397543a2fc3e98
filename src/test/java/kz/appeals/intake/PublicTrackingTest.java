package kz.appeals.intake;

import static io.restassured.RestAssured.given;
import static kz.appeals.support.IntakeFixtures.body;
import static kz.appeals.support.IntakeFixtures.newIin;
import static kz.appeals.support.IntakeFixtures.post;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.UUID;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A citizen follows a portal appeal with its access code; guessing is slowed down. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class PublicTrackingTest {

    private record Receipt(String number, String code, String iin) {
    }

    private static Receipt submit() {
        String iin = newIin();
        String applicant = "{\"kind\":\"INDIVIDUAL\",\"fullName\":\"Daulet Kenzhebayev\",\"iin\":\"" + iin
                + "\",\"phone\":\"+77017654321\",\"email\":\"daulet@example.kz\",\"postalAddress\":\"Pavlodar, Lenin 1\"}";
        Response r = post(Tokens.portal(), body("PORTAL", "INQUIRY", "EDU_KINDERGARTEN", "PVL", applicant, null),
                UUID.randomUUID().toString());
        r.then().statusCode(201);
        return new Receipt(r.path("registrationNumber"), r.path("accessCode"), iin);
    }

    private static Response track(String number, String code) {
        return given().header("X-Access-Code", code).get("/api/v1/public/appeals/" + number);
    }

    @Test
    @DisplayName("GET /public/appeals/{number} with the right code shows status and replies, no personal data")
    void rightCode() {
        Receipt receipt = submit();
        track(receipt.number(), receipt.code()).then().statusCode(200)
                .body("registrationNumber", equalTo(receipt.number()))
                .body("status", equalTo("REGISTERED"))
                .body("dueAt", notNullValue())
                .body("replies", hasSize(1))
                .body(not(containsString(receipt.iin())))
                .body(not(containsString("Kenzhebayev")))
                .body(not(containsString("+77017654321")))
                .body(not(containsString("daulet@example.kz")))
                .body(not(containsString("Lenin 1")));
    }

    @Test
    @DisplayName("the code is accepted in lower case and without dashes")
    void lenientCode() {
        Receipt receipt = submit();
        track(receipt.number(), receipt.code().toLowerCase().replace("-", "")).then().statusCode(200);
    }

    @Test
    @DisplayName("GET /public/appeals/{number} with a wrong code or an unknown number answers 404")
    void wrongCode() {
        Receipt receipt = submit();
        track(receipt.number(), "AAAA-BBBB-CCCC").then().statusCode(404).contentType("application/problem+json");
        track("1999-PVL-999999", receipt.code()).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @DisplayName("GET /public/appeals/{number} without the code header answers 400")
    void missingCode() {
        given().get("/api/v1/public/appeals/2026-PVL-000001").then().statusCode(400);
    }

    @Test
    @DisplayName("after 5 wrong codes for one number, every attempt answers 429 with Retry-After")
    void rateLimited() {
        Receipt receipt = submit();
        for (int i = 0; i < 5; i++) {
            track(receipt.number(), "WRNG-CODE-000" + i).then().statusCode(404);
        }
        track(receipt.number(), "WRNG-CODE-0009").then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue());
        track(receipt.number(), receipt.code()).then().statusCode(429);
        Receipt other = submit();
        track(other.number(), other.code()).then().statusCode(200);
    }
}
