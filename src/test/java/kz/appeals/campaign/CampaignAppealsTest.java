package kz.appeals.campaign;

import static io.restassured.RestAssured.given;
import static kz.appeals.campaign.CampaignFixtures.appeal;
import static kz.appeals.campaign.CampaignFixtures.appealId;
import static kz.appeals.campaign.CampaignFixtures.as;
import static kz.appeals.campaign.CampaignFixtures.at;
import static kz.appeals.campaign.CampaignFixtures.body;
import static kz.appeals.campaign.CampaignFixtures.etag;
import static kz.appeals.campaign.CampaignFixtures.reception;
import static kz.appeals.campaign.CampaignFixtures.running;
import static kz.appeals.campaign.CampaignFixtures.today;
import static kz.appeals.campaign.CampaignFixtures.token;
import static kz.appeals.campaign.CampaignFixtures.withToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kz.appeals.support.CaseFixtures;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Appeals in a campaign: tagged at intake on any channel or through their reception, and listed by campaign in scope. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class CampaignAppealsTest {

    @Inject
    AgroalDataSource dataSource;

    private static String tagged(String code) {
        return "\"campaignCode\": \"" + code + "\"";
    }

    @Test
    @DisplayName("the walk-through: a week in PVL and EKB, a reception with two appeals, a third by phone, all listed by the campaign")
    void walkThrough() {
        String code = running("PVL", "EKB");
        long receptionId = reception("office", "PVL", code);
        long first = appealId(appeal("office", "RECEPTION", "PVL", "\"receptionId\": " + receptionId));
        long second = appealId(appeal("office", "RECEPTION", "PVL", "\"receptionId\": " + receptionId + ", " + tagged(code)));
        long third = appealId(appeal("operator", "CALL_CENTER", "EKB", tagged(code)));
        as("admin").get("/api/v1/appeals/" + first).then().statusCode(200)
                .body("campaignCode", equalTo(code)).body("receptionId", equalTo((int) receptionId));
        as("admin").get("/api/v1/appeals?campaign=" + code).then().statusCode(200)
                .body("items.id", contains((int) third, (int) second, (int) first))
                .body("items.campaignCode", contains(code, code, code));
        as("admin").get("/api/v1/receptions/" + receptionId).then().statusCode(200)
                .body("figures.appealsRecorded", equalTo(2));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"WRITTEN", "CALL_CENTER", "PORTAL"})
    @DisplayName("POST /appeals of any channel tagged with a running campaign of its district answers 201 with campaignCode")
    void anyChannel(String channel) {
        String code = running("PVL");
        String user = switch (channel) {
            case "WRITTEN" -> "office";
            case "CALL_CENTER" -> "operator";
            default -> null;
        };
        if (user == null) {
            given().auth().oauth2(Tokens.portal()).contentType("application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .body("{\"channel\": \"PORTAL\", \"type\": \"STATEMENT\", \"topicCode\": \"HOUSING_QUEUE\","
                            + " \"districtCode\": \"PVL\", \"text\": \"Please tell me about benefits for large families.\","
                            + " \"applicant\": {\"kind\": \"INDIVIDUAL\", \"fullName\": \"Test Citizen\","
                            + " \"phone\": \"+77012345678\"}, " + tagged(code) + "}")
                    .post("/api/v1/appeals").then().statusCode(201).body("campaignCode", equalTo(code));
        } else {
            appeal(user, channel, "PVL", tagged(code)).then().statusCode(201).body("campaignCode", equalTo(code));
        }
    }

    @Test
    @DisplayName("POST /appeals tagged with a campaign of another district, received before it, or deactivated answers 422; unknown 400")
    void refused() {
        String code = running("PVL");
        appeal("operator", "CALL_CENTER", "EKB", tagged(code)).then().statusCode(422)
                .contentType("application/problem+json").body("detail", containsString("not in EKB"));
        appeal("office", "WRITTEN", "PVL", tagged(code) + ", \"receivedAt\": \"" + at(today().minusDays(4), 10) + "\"")
                .then().statusCode(422).body("detail", containsString("runs from"));
        appeal("operator", "CALL_CENTER", "PVL", "\"campaignCode\": \"NO-SUCH-CAMPAIGN\"").then().statusCode(400)
                .body("errors.field", hasItem("campaignCode"));
        as("admin").header("If-Match", etag(code))
                .body(body(code, "THEMED_WEEK", today().minusDays(3), today().plusDays(7), List.of("PVL"), "\"active\": false"))
                .put("/api/v1/campaigns/" + code).then().statusCode(200);
        appeal("operator", "CALL_CENTER", "PVL", tagged(code)).then().statusCode(422)
                .body("detail", containsString("no longer active"));
        as("admin").get("/api/v1/appeals?campaign=" + code).then().statusCode(200).body("items", empty());
    }

    @Test
    @DisplayName("an appeal at a campaign's reception naming another campaign answers 422; at a plain reception it may name one")
    void receptionDecides() {
        String code = running("PVL");
        String other = running("PVL");
        long inCampaign = reception("office", "PVL", code);
        appeal("office", "RECEPTION", "PVL", "\"receptionId\": " + inCampaign + ", " + tagged(other))
                .then().statusCode(422).body("detail", containsString("belongs to campaign " + code));
        Number plain = as("office").body("{\"officialId\": " + CampaignFixtures.official("PVL") + ", \"districtCode\": \"PVL\","
                        + " \"format\": \"REGULAR\", \"scheduledAt\": \"" + at(today(), 15) + "\"}")
                .post("/api/v1/receptions").then().statusCode(201).extract().path("id");
        appeal("office", "RECEPTION", "PVL", "\"receptionId\": " + plain + ", " + tagged(other))
                .then().statusCode(201).body("campaignCode", equalTo(other));
        appeal("office", "RECEPTION", "PVL", "\"receptionId\": " + plain).then().statusCode(201)
                .body("campaignCode", equalTo(null));
    }

    @Test
    @DisplayName("GET /appeals?campaign= is scoped like the list: other district, other agency, no claim, wrong role, no token")
    void listScoped() {
        String code = running("PVL", "EKB");
        long pvl = appealId(appeal("operator", "CALL_CENTER", "PVL", tagged(code)));
        long ekb = appealId(appeal("operator", "CALL_CENTER", "EKB", tagged(code)));
        as("operator").get("/api/v1/appeals?campaign=" + code).then().statusCode(200)
                .body("items.id", containsInAnyOrder((int) pvl, (int) ekb));
        as("supervisor").get("/api/v1/appeals?campaign=" + code).then().statusCode(200).body("items.id", contains((int) pvl));
        as("office2").get("/api/v1/appeals?campaign=" + code).then().statusCode(200).body("items.id", contains((int) ekb));
        // Executors see the campaign's appeals assigned to their agency only.
        as("executor").get("/api/v1/appeals?campaign=" + code).then().statusCode(200).body("items", empty());
        CaseFixtures.done("supervisor", pvl, "assignment", CaseFixtures.assignment("PVL-HOUSING"));
        as("executor").get("/api/v1/appeals?campaign=" + code).then().statusCode(200).body("items.id", contains((int) pvl));
        as("executor2").get("/api/v1/appeals?campaign=" + code).then().statusCode(200).body("items", empty());
        withToken(token("supervisor", null)).get("/api/v1/appeals?campaign=" + code).then().statusCode(403);
        as("analyst").get("/api/v1/appeals?campaign=" + code).then().statusCode(403);
        given().get("/api/v1/appeals?campaign=" + code).then().statusCode(401);
        as("operator").get("/api/v1/appeals?campaign=" + "x".repeat(40)).then().statusCode(400);
    }

    @Test
    @DisplayName("POST /appeals racing an uncommitted change of the campaign's period waits for it and is judged by the new period")
    void raceWithAnEdit() throws Exception {
        String code = running("PVL");
        Tokens.of("operator");
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection c = dataSource.getConnection()) {
            // Another writer moves the campaign to start tomorrow and has not committed yet.
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement(
                    "update campaign set starts_on = ?, version = version + 1 where code = ?")) {
                s.setObject(1, today().plusDays(1));
                s.setString(2, code);
                assertThat(s.executeUpdate()).isEqualTo(1);
            }
            Future<Integer> status = pool.submit(() -> appeal("operator", "CALL_CENTER", "PVL", tagged(code)).statusCode());
            awaitBlockedOnCampaign(status);
            c.commit();
            // Read before the change, the campaign would have let today's appeal in (201).
            assertThat(status.get(30, TimeUnit.SECONDS)).isEqualTo(422);
        } finally {
            pool.shutdownNow();
        }
        as("admin").get("/api/v1/appeals?campaign=" + code).then().statusCode(200).body("items", empty());
    }

    /** Until the intake request waits on the campaign's row, locked by the test's open transaction. */
    private void awaitBlockedOnCampaign(Future<Integer> request) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select count(*) from pg_stat_activity where datname = current_database()"
                     + " and wait_event_type = 'Lock' and query like '%from campaign%for share%'")) {
            await("the intake request waits on the campaign being changed")
                    .atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).pollInSameThread()
                    .failFast(() -> {
                        if (request.isDone()) {
                            throw new AssertionError("the intake request answered " + request.get()
                                    + " without waiting on the change of the campaign");
                        }
                    })
                    .until(() -> {
                        try (ResultSet rs = s.executeQuery()) {
                            rs.next();
                            return rs.getInt(1) > 0;
                        }
                    });
        }
    }

    @Test
    @DisplayName("public tracking of a campaign's appeal with a wrong code answers 404, with the right one shows no campaign")
    void publicTracking() {
        String code = running("PVL");
        var created = appeal("operator", "CALL_CENTER", "PVL", tagged(code)).then().statusCode(201).extract();
        String number = created.path("registrationNumber");
        String accessCode = created.path("accessCode");
        given().header("X-Access-Code", "AAAA-BBBB-CCCC").get("/api/v1/public/appeals/" + number).then().statusCode(404);
        given().header("X-Access-Code", accessCode).get("/api/v1/public/appeals/" + number).then().statusCode(200)
                .body(not(containsString(code)));
    }
}
