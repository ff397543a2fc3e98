package kz.appeals.foundation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Map;
import kz.appeals.common.RegionTime;
import kz.appeals.support.CaseFixtures;
import kz.appeals.support.IntakeFixtures;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every cursor list refuses, with 400 problem+json, a cursor that another list issued:
 * the cursor is signed by the same service, so only its binding to the list tells them apart.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class CursorBindingTest {

    /** One list: who reads it, its path, and the query that makes its first page hold one item of at least two. */
    private enum CursorList {
        APPEALS("chief", "/api/v1/appeals") {
            @Override
            Map<String, Object> query() {
                String word = CaseFixtures.marker("cursor");
                CaseFixtures.register("PVL", word);
                CaseFixtures.register("PVL", word);
                return Map.of("q", word);
            }
        },
        HISTORY("operator", "/api/v1/applicants/history") {
            @Override
            Map<String, Object> query() {
                String phone = IntakeFixtures.newPhone();
                for (int i = 0; i < 2; i++) {
                    IntakeFixtures.post(Tokens.of("operator"), IntakeFixtures.body("CALL_CENTER", "COMPLAINT", "UTIL_HEATING",
                            "PVL", IntakeFixtures.individual(null, phone), null)).then().statusCode(201);
                }
                return Map.of("phone", phone);
            }
        },
        RECEPTIONS("office", "/api/v1/receptions") {
            @Override
            Map<String, Object> query() {
                String campaign = "CURSOR-" + Long.toString(System.nanoTime(), 36).toUpperCase();
                LocalDate today = RegionTime.localDate(Instant.now());
                as("admin").body("{\"code\": \"" + campaign + "\", \"name\": {\"ru\": \"Cursor campaign\","
                                + " \"kk\": \"Cursor campaign\"}, \"kind\": \"OTHER\", \"from\": \"" + today + "\","
                                + " \"to\": \"" + today + "\", \"districts\": [\"PVL\"]}")
                        .post("/api/v1/campaigns").then().statusCode(201);
                for (int hour = 9; hour <= 10; hour++) {
                    Number official = as("admin").body("{\"fullName\": \"Cursor Official " + System.nanoTime()
                                    + "\", \"position\": \"Test position\", \"officialType\": \"OFFICE_HEAD\","
                                    + " \"districtCode\": \"PVL\"}")
                            .post("/api/v1/officials").then().statusCode(201).extract().path("id");
                    OffsetDateTime at = OffsetDateTime.of(RegionTime.localDate(Instant.now()), LocalTime.of(hour, 0),
                            RegionTime.ZONE);
                    as("office").body("{\"officialId\": " + official + ", \"districtCode\": \"PVL\", \"format\": \"THEMATIC\","
                                    + " \"campaignCode\": \"" + campaign + "\", \"scheduledAt\": \"" + at + "\"}")
                            .post("/api/v1/receptions").then().statusCode(201);
                }
                return Map.of("campaign", campaign);
            }
        };

        final String user;
        final String path;

        CursorList(String user, String path) {
            this.user = user;
            this.path = path;
        }

        abstract Map<String, Object> query();

        /** The nextCursor of a first page of one item. */
        String cursor() {
            return as(user).queryParams(query()).queryParam("limit", 1).get(path)
                    .then().statusCode(200).body("nextCursor", notNullValue()).extract().path("nextCursor");
        }
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user)).contentType("application/json");
    }

    @ParameterizedTest(name = "GET {1} with a cursor from {0} answers 400 problem+json")
    @CsvSource({
            "APPEALS, HISTORY", "APPEALS, RECEPTIONS",
            "HISTORY, APPEALS", "HISTORY, RECEPTIONS",
            "RECEPTIONS, APPEALS", "RECEPTIONS, HISTORY"})
    void aCursorOfAnotherListIsRefused(CursorList issuer, CursorList target) {
        String cursor = issuer.cursor();
        RequestSpecification request = as(target.user).queryParam("cursor", cursor);
        if (target == CursorList.HISTORY) {
            request.queryParam("phone", IntakeFixtures.newPhone());
        }
        request.get(target.path).then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("errors.field", hasItem("cursor"));
    }

    @ParameterizedTest(name = "GET {0} with its own cursor answers 200 (the control)")
    @CsvSource({"APPEALS", "HISTORY", "RECEPTIONS"})
    void itsOwnCursorIsAccepted(CursorList list) {
        Map<String, Object> query = list.query();
        String cursor = as(list.user).queryParams(query).queryParam("limit", 1).get(list.path)
                .then().statusCode(200).extract().path("nextCursor");
        as(list.user).queryParams(query).queryParam("limit", 1).queryParam("cursor", cursor).get(list.path)
                .then().statusCode(200).body("items.size()", equalTo(1));
    }
}
