package kz.appeals.intake;

import static io.restassured.RestAssured.given;
import static kz.appeals.support.IntakeFixtures.body;
import static kz.appeals.support.IntakeFixtures.individual;
import static kz.appeals.support.IntakeFixtures.newIin;
import static kz.appeals.support.IntakeFixtures.newPhone;
import static kz.appeals.support.IntakeFixtures.post;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The same applicant on the same topic within 12 months: a repeat appeal, linked to the earlier one. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class RepeatAppealsTest {

    private static int register(String user, String channel, String topic, String district, String applicant) {
        return post(Tokens.of(user), body(channel, "COMPLAINT", topic, district, applicant, null))
                .then().statusCode(201).extract().path("id");
    }

    @Test
    @DisplayName("a second appeal with the same IIN and topic is linked to the first")
    void sameIinSameTopic() {
        String iin = newIin();
        int first = register("operator", "CALL_CENTER", "UTIL_WATER", "PVL", individual(iin, null));
        post(Tokens.of("operator"), body("CALL_CENTER", "COMPLAINT", "UTIL_WATER", "PVL", individual(iin, newPhone()), null))
                .then().statusCode(201).body("repeatOf", equalTo(first));
    }

    @Test
    @DisplayName("the same IIN on another topic is not a repeat")
    void otherTopic() {
        String iin = newIin();
        register("operator", "CALL_CENTER", "UTIL_WATER", "PVL", individual(iin, null));
        post(Tokens.of("operator"), body("CALL_CENTER", "COMPLAINT", "UTIL_GAS", "PVL", individual(iin, null), null))
                .then().statusCode(201).body("repeatOf", nullValue());
    }

    @Test
    @DisplayName("without an IIN the phone identifies the applicant, in any notation")
    void samePhone() {
        String phone = newPhone();
        int first = register("operator", "CALL_CENTER", "ROADS_WINTER", "PVL", individual(null, phone));
        String local = "8" + phone.substring(2);
        post(Tokens.of("operator"), body("CALL_CENTER", "COMPLAINT", "ROADS_WINTER", "PVL", individual(null, local), null))
                .then().statusCode(201).body("repeatOf", equalTo(first));
    }

    @Test
    @DisplayName("GET /applicants/history?iin= lists the applicant's appeals, newest first, for the operator")
    void historyByIin() {
        String iin = newIin();
        int first = register("operator", "CALL_CENTER", "HEALTH_ACCESS", "PVL", individual(iin, null));
        int second = register("office2", "WRITTEN", "EDU_SCHOOL", "EKB", individual(iin, null));
        given().auth().oauth2(Tokens.of("operator")).get("/api/v1/applicants/history?iin=" + iin)
                .then().statusCode(200)
                .body("items.id", contains(second, first))
                .body("items[0].registrationNumber", notNullValue())
                .body("nextCursor", nullValue());
    }

    @Test
    @DisplayName("GET /applicants/history is limited to the office worker's districts")
    void historyScoped() {
        String iin = newIin();
        register("operator", "CALL_CENTER", "HEALTH_ACCESS", "PVL", individual(iin, null));
        given().auth().oauth2(Tokens.of("office2")).get("/api/v1/applicants/history?iin=" + iin)
                .then().statusCode(200).body("items", empty());
        given().auth().oauth2(Tokens.of("office")).get("/api/v1/applicants/history?iin=" + iin)
                .then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    @DisplayName("GET /applicants/history pages with a cursor")
    void historyPages() {
        String phone = newPhone();
        for (int i = 0; i < 3; i++) {
            register("operator", "CALL_CENTER", "OTHER_MISC", "PVL", individual(null, phone));
        }
        String cursor = given().auth().oauth2(Tokens.of("operator"))
                .queryParam("limit", 2).queryParam("phone", phone).get("/api/v1/applicants/history")
                .then().statusCode(200).body("items", hasSize(2)).extract().path("nextCursor");
        given().auth().oauth2(Tokens.of("operator"))
                .queryParam("limit", 2).queryParam("phone", phone).queryParam("cursor", cursor)
                .get("/api/v1/applicants/history")
                .then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    @DisplayName("GET /applicants/history as analyst or executor answers 403; with a forged cursor 400")
    void historyRolesAndCursor() {
        given().auth().oauth2(Tokens.of("analyst")).get("/api/v1/applicants/history?iin=" + newIin()).then().statusCode(403);
        given().auth().oauth2(Tokens.of("executor")).get("/api/v1/applicants/history?iin=" + newIin()).then().statusCode(403);
        given().auth().oauth2(Tokens.of("operator")).get("/api/v1/applicants/history?iin=" + newIin() + "&cursor=abc")
                .then().statusCode(400);
        given().auth().oauth2(Tokens.of("operator")).get("/api/v1/applicants/history?iin=" + newIin() + "&limit=501")
                .then().statusCode(400);
    }
}
