package kz.appeals.intake;

import static io.restassured.RestAssured.given;
import static kz.appeals.support.IntakeFixtures.body;
import static kz.appeals.support.IntakeFixtures.individual;
import static kz.appeals.support.IntakeFixtures.newIin;
import static kz.appeals.support.IntakeFixtures.newPhone;
import static kz.appeals.support.IntakeFixtures.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kz.appeals.support.Sql;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The same applicant on the same topic within 12 months: a repeat appeal, linked to the earlier one. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class RepeatAppealsTest {

    @Inject
    AgroalDataSource dataSource;

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

    // --- who learns of the link: only a caller who may read the earlier appeal

    @Test
    @DisplayName("POST /appeals by PVL office staff repeating an EKB appeal answers without repeatOf; "
            + "GET /appeals/{id}, its list item and events show no link, while the register keeps it")
    void officeOfAnotherDistrictDoesNotLearnOfTheEarlierAppeal() throws Exception {
        String iin = newIin();
        int earlier = register("office2", "WRITTEN", "SOCIAL_PENSIONS", "EKB", individual(iin, null));
        Response answer = post(Tokens.of("office"), body("WRITTEN", "COMPLAINT", "SOCIAL_PENSIONS", "PVL", individual(iin, null), null));
        answer.then().statusCode(201).body("repeatOf", nullValue()).body(not(containsStringIgnoringCase("repeat")));
        int id = answer.path("id");
        assertThat(storedRepeatOf(id)).isEqualTo((long) earlier);

        given().auth().oauth2(Tokens.of("office")).get("/api/v1/appeals/" + id)
                .then().statusCode(200).body("repeatOf", nullValue());
        given().auth().oauth2(Tokens.of("office")).queryParam("q", answer.<String>path("registrationNumber"))
                .get("/api/v1/appeals").then().statusCode(200)
                .body("items.id", contains(id)).body("items[0].repeatOf", nullValue());
        given().auth().oauth2(Tokens.of("office")).get("/api/v1/applicants/history?iin=" + iin)
                .then().statusCode(200).body("items.id", contains(id)).body("items[0].repeatOf", nullValue());
        given().auth().oauth2(Tokens.of("office")).get("/api/v1/appeals/" + id + "/events")
                .then().statusCode(200).body("items.note", everyItem(not(containsStringIgnoringCase("repeat"))));
        assertThat(eventNotesMentioningRepeat(id)).isEmpty();
    }

    @Test
    @DisplayName("POST /appeals by a caller who may read the earlier appeal answers with repeatOf, "
            + "and GET /appeals/{id} and the list show it")
    void callerWhoReadsTheEarlierAppealSeesTheLink() {
        String iin = newIin();
        int earlier = register("operator", "CALL_CENTER", "SOCIAL_PENSIONS", "PVL", individual(iin, null));
        int id = post(Tokens.of("office"), body("WRITTEN", "COMPLAINT", "SOCIAL_PENSIONS", "PVL", individual(iin, null), null))
                .then().statusCode(201).body("repeatOf", equalTo(earlier)).extract().path("id");
        given().auth().oauth2(Tokens.of("office")).get("/api/v1/appeals/" + id)
                .then().statusCode(200).body("repeatOf", equalTo(earlier));
        given().auth().oauth2(Tokens.of("chief")).get("/api/v1/appeals/" + id)
                .then().statusCode(200).body("repeatOf", equalTo(earlier));
        given().auth().oauth2(Tokens.of("office")).get("/api/v1/applicants/history?iin=" + iin)
                .then().statusCode(200).body("items.repeatOf", contains(earlier, null));
    }

    @Test
    @DisplayName("POST /appeals by the portal never answers with repeatOf, nor does its replay, though the register links it")
    void portalNeverLearnsOfTheEarlierAppeal() throws Exception {
        String iin = newIin();
        int earlier = register("operator", "CALL_CENTER", "SOCIAL_PENSIONS", "PVL", individual(iin, null));
        String request = body("PORTAL", "COMPLAINT", "SOCIAL_PENSIONS", "PVL", individual(iin, null), null);
        String key = UUID.randomUUID().toString();
        Response answer = post(Tokens.portal(), request, key);
        answer.then().statusCode(201).body("repeatOf", nullValue()).body(not(containsStringIgnoringCase("repeat")));
        post(Tokens.portal(), request, key).then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("repeatOf", nullValue());
        assertThat(storedRepeatOf(answer.path("id"))).isEqualTo((long) earlier);
    }

    @Test
    @DisplayName("GET /public/appeals/{number} of a repeat appeal shows no event that mentions the repeat, nor does the stored timeline publish one")
    void publicTrackingShowsNoRepeat() throws Exception {
        String phone = newPhone();
        register("operator", "CALL_CENTER", "SOCIAL_PENSIONS", "EKB", individual(null, phone));
        Response answer = post(Tokens.portal(), body("PORTAL", "COMPLAINT", "SOCIAL_PENSIONS", "PVL", individual(null, phone), null),
                UUID.randomUUID().toString());
        answer.then().statusCode(201);
        int id = answer.path("id");
        assertThat(storedRepeatOf(id)).isNotNull();
        given().header("X-Access-Code", answer.<String>path("accessCode"))
                .header("X-Forwarded-For", "10.250.0." + (id % 250))
                .get("/api/v1/public/appeals/" + answer.<String>path("registrationNumber"))
                .then().statusCode(200)
                .body("replies", hasSize(1))
                .body(not(containsStringIgnoringCase("repeat")));
        assertThat(eventNotesMentioningRepeat(id)).isEmpty();
    }

    private Long storedRepeatOf(int id) throws Exception {
        return Sql.value(dataSource, Long.class, "select repeat_of from appeal where id = ?", (long) id);
    }

    /** Timeline entries of the appeal, public or internal, whose note or kind speaks of a repeat. */
    private List<String> eventNotesMentioningRepeat(int id) throws Exception {
        List<String> notes = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select kind || ': ' || coalesce(note, '') from appeal_event"
                     + " where appeal_id = ? and (note ilike '%repeat%' or kind ilike '%repeat%')")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    notes.add(rs.getString(1));
                }
            }
        }
        return notes;
    }
}
