package kz.appeals.campaign;

import static io.restassured.RestAssured.given;
import static kz.appeals.campaign.CampaignFixtures.as;
import static kz.appeals.campaign.CampaignFixtures.body;
import static kz.appeals.campaign.CampaignFixtures.code;
import static kz.appeals.campaign.CampaignFixtures.create;
import static kz.appeals.campaign.CampaignFixtures.etag;
import static kz.appeals.campaign.CampaignFixtures.reception;
import static kz.appeals.campaign.CampaignFixtures.running;
import static kz.appeals.campaign.CampaignFixtures.today;
import static kz.appeals.campaign.CampaignFixtures.token;
import static kz.appeals.campaign.CampaignFixtures.withToken;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The campaign catalogue: who reads and keeps it, what it refuses, and the list. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class CampaignCatalogueTest {

    @Test
    @DisplayName("POST /campaigns as admin answers 201 with Location and ETag; GET shows it with links to its lists")
    void createAndRead() {
        String code = code();
        LocalDate from = today().plusDays(5);
        create("admin", code, from, from.plusDays(4), "PVL", "EKB").then().statusCode(201)
                .header("Location", containsString("/api/v1/campaigns/" + code))
                .header("ETag", notNullValue())
                .body("code", equalTo(code))
                .body("name.kk", equalTo("Отбасын қолдау апталығы " + code))
                .body("kind", equalTo("THEMED_WEEK"))
                .body("from", equalTo(from.toString()))
                .body("to", equalTo(from.plusDays(4).toString()))
                .body("districts", contains("EKB", "PVL"))
                .body("active", equalTo(true))
                .body("createdBy", equalTo("admin"));
        for (String user : new String[] {"portaluser", "analyst", "executor", "operator", "office2", "supervisor2"}) {
            boolean staff = user.startsWith("office") || user.startsWith("supervisor");
            as(user).get("/api/v1/campaigns/" + code).then().statusCode(200)
                    .header("ETag", notNullValue())
                    .body("name.ru", equalTo("Неделя поддержки семьи " + code))
                    .body("links.receptions", equalTo("/api/v1/receptions?campaign=" + code))
                    .body("links.appeals", equalTo("/api/v1/appeals?campaign=" + code))
                    // who made it is staff's business, not the portal's, an analyst's, an operator's or an executor's
                    .body("createdBy", staff ? equalTo("admin") : nullValue());
        }
    }

    @Test
    @DisplayName("GET /campaigns/{code} of an unknown code answers 404 problem+json")
    void unknown() {
        as("admin").get("/api/v1/campaigns/NO-SUCH-" + code()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"code", "to", "districts", "name.kk", "kind", "unknown"})
    @DisplayName("POST /campaigns with an invalid field answers 400 naming it, and stores nothing")
    void invalid(String field) {
        String code = code();
        LocalDate from = today();
        String body = switch (field) {
            case "code" -> body("family week", "THEMED_WEEK", from, from, List.of("PVL"), null);
            case "to" -> body(code, "THEMED_WEEK", from, from.minusDays(1), List.of("PVL"), null);
            case "districts" -> body(code, "THEMED_WEEK", from, from, List.of("PVL", "NOWHERE"), null);
            case "name.kk" -> body(code, "THEMED_WEEK", from, from, List.of("PVL"), null).replaceFirst("\"kk\": \"[^\"]*\"", "\"kk\": \" \"");
            case "kind" -> body(code, "CONCERT", from, from, List.of("PVL"), null);
            default -> body(code, "THEMED_WEEK", from, from, List.of("PVL"), "\"budget\": 100");
        };
        as("admin").body(body).post("/api/v1/campaigns").then().statusCode(400)
                .contentType("application/problem+json")
                .body(field.equals("kind") || field.equals("unknown") ? "detail" : "errors.field",
                        field.equals("kind") || field.equals("unknown") ? notNullValue() : hasItem(field));
        as("admin").get("/api/v1/campaigns/" + code).then().statusCode(404);
    }

    @Test
    @DisplayName("POST /campaigns without districts or without code answers 400")
    void requiredFields() {
        as("admin").body(body(code(), "OTHER", today(), today(), List.of(), null)).post("/api/v1/campaigns")
                .then().statusCode(400).body("errors.field", hasItem("districts"));
        as("admin").body(body(null, "OTHER", today(), today(), List.of("PVL"), null)).post("/api/v1/campaigns")
                .then().statusCode(400).body("errors.field", hasItem("code"));
    }

    @Test
    @DisplayName("POST /campaigns with a code in use answers 409")
    void duplicate() {
        String code = running("PVL");
        create("admin", code, today(), today(), "EKB").then().statusCode(409).contentType("application/problem+json");
        as("admin").get("/api/v1/campaigns/" + code).then().body("districts", contains("PVL"));
    }

    // Keepers: office staff keep the campaigns of their own districts; everyone else but the admin reads only.

    @Test
    @DisplayName("POST /campaigns as office (PVL) for PVL answers 201; for PVL and EKB, or EKB alone, 403")
    void officeKeepsItsOwnDistricts() {
        create("office", code(), today(), today().plusDays(2), "PVL").then().statusCode(201)
                .body("createdBy", equalTo("office"));
        String code = code();
        create("office", code, today(), today().plusDays(2), "PVL", "EKB").then().statusCode(403)
                .contentType("application/problem+json");
        create("office", code, today(), today().plusDays(2), "EKB").then().statusCode(403);
        as("admin").get("/api/v1/campaigns/" + code).then().statusCode(404);
    }

    @Test
    @DisplayName("PUT /campaigns/{code} of a PVL campaign as office2 (EKB) answers 403 and changes nothing")
    void anotherDistrictCannotEdit() {
        String code = running("PVL");
        String tag = etag(code);
        as("office2").header("If-Match", tag)
                .body(body(code, "LEGAL_ADVICE", today(), today().plusDays(9), List.of("PVL"), null))
                .put("/api/v1/campaigns/" + code).then().statusCode(403).contentType("application/problem+json");
        // Nor may office (PVL) take it to EKB, which is not theirs.
        as("office").header("If-Match", tag)
                .body(body(code, "THEMED_WEEK", today(), today().plusDays(9), List.of("PVL", "EKB"), null))
                .put("/api/v1/campaigns/" + code).then().statusCode(403);
        as("admin").get("/api/v1/campaigns/" + code).then().statusCode(200)
                .header("ETag", equalTo(tag)).body("kind", equalTo("THEMED_WEEK"));
    }

    @Test
    @DisplayName("a PVL and EKB campaign: office (PVL) cannot change it, admin can")
    void sharedCampaignIsTheAdmins() {
        String code = running("PVL", "EKB");
        String changed = body(code, "MOBILE_OFFICE", today().minusDays(3), today().plusDays(7), List.of("PVL", "EKB"), null);
        as("office").header("If-Match", etag(code)).body(changed).put("/api/v1/campaigns/" + code)
                .then().statusCode(403);
        as("admin").header("If-Match", etag(code)).body(changed).put("/api/v1/campaigns/" + code)
                .then().statusCode(200).body("kind", equalTo("MOBILE_OFFICE"));
    }

    @ParameterizedTest(name = "as {0}")
    @ValueSource(strings = {"supervisor", "chief", "operator", "executor", "analyst", "portaluser"})
    @DisplayName("POST and PUT /campaigns as a role that does not keep campaigns answer 403")
    void otherRolesReadOnly(String user) {
        create(user, code(), today(), today(), "PVL").then().statusCode(403).contentType("application/problem+json");
        String code = running("PVL");
        as(user).header("If-Match", etag(code)).body(body(code, "OTHER", today(), today(), List.of("PVL"), null))
                .put("/api/v1/campaigns/" + code).then().statusCode(403);
        as(user).get("/api/v1/campaigns?districtCode=PVL").then().statusCode(200);
    }

    @Test
    @DisplayName("office staff without a district claim answer 403; with \"*\" they keep any district")
    void claims() {
        withToken(token("office-staff", null)).body(body(code(), "OTHER", today(), today(), List.of("PVL"), null))
                .post("/api/v1/campaigns").then().statusCode(403).contentType("application/problem+json");
        withToken(token("office-staff", "*")).body(body(code(), "OTHER", today(), today(), List.of("PVL", "AKS"), null))
                .post("/api/v1/campaigns").then().statusCode(201);
        withToken(token("office-staff", List.of("PVL", "EKB")))
                .body(body(code(), "OTHER", today(), today(), List.of("PVL", "EKB"), null))
                .post("/api/v1/campaigns").then().statusCode(201);
    }

    @Test
    @DisplayName("GET /campaigns and GET /campaigns/{code} without a token answer 401; a tampered token 401")
    void noToken() {
        String code = running("PVL");
        given().get("/api/v1/campaigns").then().statusCode(401).contentType("application/problem+json");
        given().get("/api/v1/campaigns/" + code).then().statusCode(401);
        given().contentType("application/json").body(body(code(), "OTHER", today(), today(), List.of("PVL"), null))
                .post("/api/v1/campaigns").then().statusCode(401);
        given().auth().oauth2(Tokens.of("admin") + "x").get("/api/v1/campaigns").then().statusCode(401);
    }

    // Changes: optimistic concurrency, an unchangeable code, and a span that keeps what the campaign holds.

    @Test
    @DisplayName("PUT /campaigns/{code} without If-Match answers 428, with a stale one 412; with the ETag 200 and a new ETag")
    void ifMatch() {
        String code = running("PVL");
        String tag = etag(code);
        String changed = body(code, "LEGAL_ADVICE", today(), today().plusDays(9), List.of("PVL", "AKS"),
                "\"description\": \"Lawyers answer on Fridays\", \"active\": false");
        as("admin").body(changed).put("/api/v1/campaigns/" + code).then().statusCode(428);
        as("admin").header("If-Match", "\"" + code + "-99\"").body(changed).put("/api/v1/campaigns/" + code)
                .then().statusCode(412);
        as("admin").header("If-Match", tag).body(changed).put("/api/v1/campaigns/" + code).then().statusCode(200)
                .header("ETag", not(equalTo(tag)))
                .body("kind", equalTo("LEGAL_ADVICE"))
                .body("districts", contains("AKS", "PVL"))
                .body("description", equalTo("Lawyers answer on Fridays"))
                .body("active", equalTo(false));
        as("admin").header("If-Match", tag).body(changed).put("/api/v1/campaigns/" + code).then().statusCode(412);
    }

    @Test
    @DisplayName("PUT /campaigns/{code} with another code in the body answers 400; of an unknown code 404")
    void codeNeverChanges() {
        String code = running("PVL");
        as("admin").header("If-Match", etag(code))
                .body(body(code(), "OTHER", today(), today(), List.of("PVL"), null))
                .put("/api/v1/campaigns/" + code).then().statusCode(400).body("errors.field", hasItem("code"));
        String unknown = code();
        as("admin").header("If-Match", "\"x\"").body(body(null, "OTHER", today(), today(), List.of("PVL"), null))
                .put("/api/v1/campaigns/" + unknown).then().statusCode(404);
    }

    @Test
    @DisplayName("PUT /campaigns/{code} that would leave its reception outside the period or districts answers 409")
    void keepsItsReceptions() {
        String code = running("PVL", "EKB");
        reception("office", "PVL", code);
        as("admin").header("If-Match", etag(code))
                .body(body(code, "THEMED_WEEK", today().plusDays(1), today().plusDays(7), List.of("PVL", "EKB"), null))
                .put("/api/v1/campaigns/" + code).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("1 reception(s)"));
        as("admin").header("If-Match", etag(code))
                .body(body(code, "THEMED_WEEK", today().minusDays(3), today().plusDays(7), List.of("EKB"), null))
                .put("/api/v1/campaigns/" + code).then().statusCode(409);
        // Widening, or dropping a district it holds nothing in, is fine.
        as("admin").header("If-Match", etag(code))
                .body(body(code, "THEMED_WEEK", today().minusDays(10), today().plusDays(20), List.of("PVL"), null))
                .put("/api/v1/campaigns/" + code).then().statusCode(200).body("districts", contains("PVL"));
    }

    @Test
    @DisplayName("GET /campaigns filters by district, kind, active and period, latest first, in keyset pages")
    void listFiltersAndPages() {
        // A far-future period that no other test uses keeps this list to the campaigns made here.
        LocalDate base = LocalDate.of(2099, 1, 1).plusDays(System.nanoTime() % 3000);
        String first = code();
        String second = code();
        String third = code();
        create("admin", first, base, base.plusDays(6), "PVL").then().statusCode(201);
        as("admin").body(body(second, "LEGAL_ADVICE", base.plusDays(10), base.plusDays(10), List.of("EKB"), null))
                .post("/api/v1/campaigns").then().statusCode(201);
        as("admin").body(body(third, "THEMED_WEEK", base.plusDays(20), base.plusDays(26), List.of("PVL", "EKB"),
                "\"active\": false")).post("/api/v1/campaigns").then().statusCode(201);
        String period = "from=" + base + "&to=" + base.plusDays(30);

        String next = as("analyst").get("/api/v1/campaigns?limit=2&" + period).then().statusCode(200)
                .body("items.code", contains(third, second))
                .body("items[0].links", nullValue())
                .body("nextCursor", notNullValue()).extract().path("nextCursor");
        as("analyst").get("/api/v1/campaigns?limit=2&" + period + "&cursor=" + next).then().statusCode(200)
                .body("items.code", contains(first)).body("nextCursor", nullValue());
        as("analyst").get("/api/v1/campaigns?districtCode=PVL&" + period).then().body("items.code", contains(third, first));
        as("analyst").get("/api/v1/campaigns?kind=LEGAL_ADVICE&" + period).then().body("items.code", contains(second));
        as("analyst").get("/api/v1/campaigns?active=true&" + period).then().body("items.code", contains(second, first));
        as("analyst").get("/api/v1/campaigns?from=" + base.plusDays(7) + "&to=" + base.plusDays(19))
                .then().body("items.code", contains(second));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"limit=0", "limit=501", "cursor=forged", "kind=CONCERT", "active=maybe", "from=2026-13-01",
            "from=2026-02-10&to=2026-02-01"})
    @DisplayName("GET /campaigns with an invalid parameter answers 400")
    void invalidParameters(String query) {
        as("office").get("/api/v1/campaigns?" + query).then().statusCode(400).contentType("application/problem+json");
    }
}
