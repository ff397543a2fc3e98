package kz.appeals.reception;

import static io.restassured.RestAssured.given;
import static kz.appeals.reception.ReceptionFixtures.as;
import static kz.appeals.reception.ReceptionFixtures.at;
import static kz.appeals.reception.ReceptionFixtures.cancel;
import static kz.appeals.reception.ReceptionFixtures.etag;
import static kz.appeals.reception.ReceptionFixtures.hold;
import static kz.appeals.reception.ReceptionFixtures.newOfficial;
import static kz.appeals.reception.ReceptionFixtures.schedule;
import static kz.appeals.reception.ReceptionFixtures.scheduled;
import static kz.appeals.reception.ReceptionFixtures.today;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import kz.appeals.support.TestInfrastructure;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Who sees which reception, and the list: filters, keyset pages and refused parameters. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class ReceptionScopeTest {

    @Test
    @DisplayName("GET, holding, cancellation and events of a PVL reception as office2 or supervisor2 answer 404")
    void otherDistrictsSeeNothing() {
        long id = scheduled("office", newOfficial("OFFICE_HEAD"), "PVL", at(today(), 10));
        String tag = etag("office", id);
        for (String user : new String[] {"office2", "supervisor2"}) {
            as(user).get("/api/v1/receptions/" + id).then().statusCode(404).contentType("application/problem+json");
            as(user).get("/api/v1/receptions/" + id + "/events").then().statusCode(404);
            hold(user, id, tag, 1).then().statusCode(404);
            cancel(user, id, tag, "Not mine").then().statusCode(404);
            as(user).get("/api/v1/receptions?districtCode=PVL").then().statusCode(200)
                    .body("items.id", not(hasItem((int) id)));
        }
        // Nothing changed: the owners still see it scheduled.
        as("office").get("/api/v1/receptions/" + id).then().statusCode(200).body("status", equalTo("SCHEDULED"));
    }

    @Test
    @DisplayName("GET /receptions/{id} of a PVL reception as supervisor, chief and admin answers 200")
    void supervisorsAndAdminSee() {
        long id = scheduled("office", newOfficial("OFFICE_HEAD"), "PVL", at(today(), 11));
        for (String user : new String[] {"supervisor", "chief", "admin"}) {
            as(user).get("/api/v1/receptions/" + id).then().statusCode(200).header("ETag", notNullValue());
        }
        as("chief").get("/api/v1/receptions?districtCode=PVL&from=" + today() + "&to=" + today())
                .then().statusCode(200).body("items.id", hasItem((int) id));
    }

    @Test
    @DisplayName("POST /receptions in EKB as supervisor2 answers 201, as supervisor 403; chief schedules anywhere")
    void supervisorsScheduleInTheirDistricts() {
        schedule("supervisor2", newOfficial("MASLIKHAT_DEPUTY", "EKB"), "EKB", at(today(), 10), null).then().statusCode(201);
        schedule("supervisor", newOfficial("MASLIKHAT_DEPUTY", "EKB"), "EKB", at(today(), 10), null).then().statusCode(403);
        schedule("chief", newOfficial("MASLIKHAT_DEPUTY", "AKS"), "AKS", at(today(), 10), null).then().statusCode(201);
    }

    @ParameterizedTest(name = "as {0}")
    @ValueSource(strings = {"analyst", "operator", "executor"})
    @DisplayName("GET /receptions, GET /receptions/{id} and POST /receptions as a role without receptions answer 403")
    void otherRolesForbidden(String user) {
        long id = scheduled("admin", newOfficial("OFFICE_HEAD"), "PVL", at(today(), 12));
        as(user).get("/api/v1/receptions").then().statusCode(403).contentType("application/problem+json");
        as(user).get("/api/v1/receptions/" + id).then().statusCode(403);
        as(user).get("/api/v1/receptions/" + id + "/events").then().statusCode(403);
        schedule(user, newOfficial("OFFICE_HEAD"), "PVL", at(today(), 12), null).then().statusCode(403);
        hold(user, id, etag("admin", id), 1).then().statusCode(403);
    }

    @Test
    @DisplayName("GET /receptions without a token answers 401")
    void noToken() {
        given().get("/api/v1/receptions").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    @DisplayName("GET /receptions filters by campaign, dates, official type, status and district, latest first, in keyset pages")
    void filtersAndPages() {
        long official = newOfficial("MAJILIS_DEPUTY");
        String campaign = ReceptionFixtures.uniqueCampaign();
        long twoDaysAgo = thematic(official, campaign, 2);
        long yesterday = thematic(official, campaign, 1);
        long todays = thematic(official, campaign, 0);
        RequestSpecification base = as("office").queryParam("campaign", campaign.toLowerCase());

        String next = base.queryParam("limit", 2).get("/api/v1/receptions").then().statusCode(200)
                .body("items.id", contains((int) todays, (int) yesterday))
                .body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        as("office").queryParam("campaign", campaign).queryParam("limit", 2).queryParam("cursor", next)
                .get("/api/v1/receptions").then().statusCode(200)
                .body("items.id", contains((int) twoDaysAgo))
                .body("nextCursor", nullValue());

        String day = today().minusDays(1).toString();
        list(campaign, "from", day, "to", day).body("items.id", contains((int) yesterday));
        list(campaign, "officialType", "MAJILIS_DEPUTY").body("items.size()", equalTo(3));
        list(campaign, "officialType", "AGENCY_HEAD").body("items", empty());
        list(campaign, "districtCode", "EKB").body("items", empty());
        cancel("office", yesterday, etag("office", yesterday), "Moved").then().statusCode(200);
        list(campaign, "status", "CANCELLED").body("items.id", contains((int) yesterday))
                .body("items[0].format", equalTo("THEMATIC"))
                .body("items[0].campaignCode", equalTo(campaign))
                .body("items[0].campaign", equalTo("Test campaign " + campaign));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"limit=501", "limit=0", "limit=ten", "cursor=forged", "from=2026-13-01",
            "from=2026-11-10&to=2026-11-01", "status=POSTPONED", "officialType=MAYOR"})
    @DisplayName("GET /receptions with an invalid parameter answers 400")
    void invalidParameters(String query) {
        as("office").get("/api/v1/receptions?" + query).then().statusCode(400).contentType("application/problem+json")
                .body("errors", notNullValue());
    }

    private static long thematic(long official, String campaign, int daysAgo) {
        Number id = as("office").body("{\"officialId\": " + official + ", \"districtCode\": \"PVL\", \"format\": \"THEMATIC\","
                        + " \"campaignCode\": \"" + campaign + "\", \"scheduledAt\": \"" + at(today().minusDays(daysAgo), 10) + "\"}")
                .post("/api/v1/receptions").then().statusCode(201).extract().path("id");
        return id.longValue();
    }

    private static io.restassured.response.ValidatableResponse list(String campaign, String... params) {
        RequestSpecification spec = as("office").queryParam("campaign", campaign);
        for (int i = 0; i < params.length; i += 2) {
            spec.queryParam(params[i], params[i + 1]);
        }
        return spec.get("/api/v1/receptions").then().statusCode(200);
    }
}
