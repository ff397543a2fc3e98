package kz.appeals.reception;

import static kz.appeals.reception.ReceptionFixtures.as;
import static kz.appeals.reception.ReceptionFixtures.at;
import static kz.appeals.reception.ReceptionFixtures.begun;
import static kz.appeals.reception.ReceptionFixtures.cancel;
import static kz.appeals.reception.ReceptionFixtures.etag;
import static kz.appeals.reception.ReceptionFixtures.hold;
import static kz.appeals.reception.ReceptionFixtures.newOfficial;
import static kz.appeals.reception.ReceptionFixtures.recordAppeal;
import static kz.appeals.reception.ReceptionFixtures.recordedAppeal;
import static kz.appeals.reception.ReceptionFixtures.scheduled;
import static kz.appeals.reception.ReceptionFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import kz.appeals.support.TestInfrastructure;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Appeals taken at receptions: which reception an appeal may name, and the figures of a reception. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class ReceptionAppealsTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    @DisplayName("the acceptance scenario: office schedules a deputy, records two appeals, marks it held with 3 citizens, finds it in the list")
    void acceptance() {
        long deputy = newOfficial("MAJILIS_DEPUTY");
        String campaign = ReceptionFixtures.uniqueCampaign();
        Number created = as("office").body("{\"officialId\": " + deputy + ", \"districtCode\": \"PVL\", \"format\": \"THEMATIC\","
                        + " \"campaignCode\": \"" + campaign + "\", \"scheduledAt\": \"" + begun() + "\"}")
                .post("/api/v1/receptions").then().statusCode(201).extract().path("id");
        long id = created.longValue();
        long first = recordedAppeal(id);
        long second = recordedAppeal(id);
        hold("office", id, etag("office", id), 3).then().statusCode(200)
                .body("status", equalTo("HELD"))
                .body("figures.citizensReceived", equalTo(3))
                .body("figures.appealsRecorded", equalTo(2))
                .body("appeals.id", containsInAnyOrder((int) first, (int) second));
        as("office").queryParam("officialType", "MAJILIS_DEPUTY").queryParam("status", "HELD")
                .queryParam("from", today().toString()).queryParam("to", today().toString())
                .queryParam("campaign", campaign)
                .get("/api/v1/receptions").then().statusCode(200)
                .body("items.id", hasItem((int) id))
                .body("items.find { it.id == " + id + " }.figures.appealsRecorded", equalTo(2))
                .body("items.find { it.id == " + id + " }.figures.citizensReceived", equalTo(3));
    }

    @Test
    @DisplayName("GET /receptions/{id} lists the appeals taken at it by number, status and outcome, without personal data")
    void appealsWithoutPersonalData() {
        long id = scheduled("office", newOfficial("MASLIKHAT_DEPUTY"), "PVL", at(today(), 9));
        recordAppeal("office", id, "PVL", null).then().statusCode(201).body("receptionId", equalTo((int) id));
        String body = as("office").get("/api/v1/receptions/" + id).then().statusCode(200)
                .body("appeals[0].registrationNumber", notNullValue())
                .body("appeals[0].status", equalTo("REGISTERED"))
                .body("appeals[0]", org.hamcrest.Matchers.hasKey("outcome"))
                .extract().asString();
        assertThat(body).doesNotContain("Test Citizen").doesNotContain("7012345678").doesNotContain("housing queue");
    }

    @Test
    @DisplayName("POST /appeals naming a reception of another district: 404 to office, 400 to admin")
    void wrongDistrict() {
        long ekb = scheduled("admin", newOfficial("OFFICE_HEAD", "EKB"), "EKB", at(today(), 10));
        recordAppeal("office", ekb, "PVL", null).then().statusCode(404).contentType("application/problem+json");
        recordAppeal("admin", ekb, "PVL", null).then().statusCode(400)
                .body("errors.field", hasItem("receptionId"))
                .body("detail", containsString("EKB"));
    }

    @Test
    @DisplayName("POST /appeals naming a cancelled reception answers 409")
    void cancelledReception() {
        long id = scheduled("office", newOfficial("OFFICE_HEAD"), "PVL", at(today(), 14));
        cancel("office", id, etag("office", id), "Hall unavailable").then().statusCode(200);
        recordAppeal("office", id, "PVL", null).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("cancelled"));
    }

    @Test
    @DisplayName("POST /appeals naming a reception of another day answers 409; backdated to its day, 201")
    void anotherDay() {
        long yesterday = scheduled("office", newOfficial("AGENCY_HEAD"), "PVL", at(today().minusDays(1), 10));
        recordAppeal("office", yesterday, "PVL", null).then().statusCode(409)
                .body("detail", containsString(today().minusDays(1).toString()));
        recordAppeal("office", yesterday, "PVL", at(today().minusDays(1), 11)).then().statusCode(201);
        long tomorrow = scheduled("office", newOfficial("AGENCY_HEAD"), "PVL", at(today().plusDays(1), 10));
        recordAppeal("office", tomorrow, "PVL", null).then().statusCode(409);
    }

    @Test
    @DisplayName("appeals beyond the citizens received: holding answers 400, and a held reception takes no extra appeal (409)")
    void citizensCoverAppeals() {
        long id = scheduled("office", newOfficial("MAJILIS_DEPUTY"), "PVL", begun());
        recordedAppeal(id);
        recordedAppeal(id);
        hold("office", id, etag("office", id), 1).then().statusCode(400).body("errors.field", hasItem("citizensReceived"));
        hold("office", id, etag("office", id), 2).then().statusCode(200);
        recordAppeal("office", id, "PVL", null).then().statusCode(409).body("detail", containsString("2 citizens"));
    }

    @Test
    @DisplayName("POST /receptions/{id}/cancellation once appeals are recorded at it answers 409")
    void noCancellingWithAppeals() {
        long id = scheduled("office", newOfficial("OFFICE_HEAD"), "PVL", at(today(), 12));
        recordedAppeal(id);
        cancel("office", id, etag("office", id), "Oops").then().statusCode(409).body("detail", containsString("held"));
    }

    @Test
    @DisplayName("GET /receptions/{id} counts citizens, appeals and positive answers: 2 of 3 positive is 0.6667")
    void figures() throws SQLException {
        long id = scheduled("office", newOfficial("MASLIKHAT_DEPUTY"), "PVL", begun());
        long a = recordedAppeal(id);
        long b = recordedAppeal(id);
        long c = recordedAppeal(id);
        hold("office", id, etag("office", id), 4).then().statusCode(200)
                .body("figures.positiveRate", equalTo(0.0f));
        // The case-control actions that set outcomes are being built on another branch;
        // until they are merged, the answers are given here directly in the database.
        answer(a, "POSITIVE");
        answer(b, "POSITIVE");
        answer(c, "REJECTED");
        JsonPath json = as("office").get("/api/v1/receptions/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(json.getInt("figures.citizensReceived")).isEqualTo(4);
        assertThat(json.getInt("figures.appealsRecorded")).isEqualTo(3);
        assertThat(json.getInt("figures.positive")).isEqualTo(2);
        assertThat(json.getDouble("figures.positiveRate")).isEqualTo(0.6667);
        assertThat(json.getList("appeals.outcome")).containsExactlyInAnyOrder("POSITIVE", "POSITIVE", "REJECTED");
    }

    private void answer(long appealId, String outcome) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("update appeal set status = 'RESOLVED', outcome = ?,"
                     + " answer = 'Answered in the test', answered_at = now(), answered_on = current_date where id = ?")) {
            s.setString(1, outcome);
            s.setLong(2, appealId);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }
}
