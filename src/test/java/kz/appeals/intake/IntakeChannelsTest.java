package kz.appeals.intake;

import static io.restassured.RestAssured.given;
import static kz.appeals.support.IntakeFixtures.body;
import static kz.appeals.support.IntakeFixtures.individual;
import static kz.appeals.support.IntakeFixtures.newIin;
import static kz.appeals.support.IntakeFixtures.newPhone;
import static kz.appeals.support.IntakeFixtures.post;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each channel is open to its role only, and staff register in their own districts. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class IntakeChannelsTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    @DisplayName("POST /appeals as operator (CALL_CENTER) answers 201 with number, term, Location and, for an "
            + "applicant with a phone, an access code")
    void operatorCallCenter() {
        post(Tokens.of("operator"), body("CALL_CENTER", "COMPLAINT", "UTIL_HEATING", "PVL", individual(newIin(), newPhone()), null))
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/appeals/\\d+"))
                .body("registrationNumber", matchesPattern("20\\d\\d-PVL-\\d{6}"))
                .body("status", equalTo("REGISTERED"))
                .body("channel", equalTo("CALL_CENTER"))
                .body("registeredAt", endsWith("+05:00"))
                .body("dueAt", matchesPattern("\\d{4}-\\d\\d-\\d\\d"))
                .body("accessCode", matchesPattern("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}"));
    }

    @Test
    @DisplayName("POST /appeals as office staff (WRITTEN) for an applicant with an e-mail answers an access code; "
            + "without phone or e-mail none")
    void accessCodeNeedsAContact() {
        String withEmail = "{\"kind\":\"INDIVIDUAL\",\"fullName\":\"Aigerim Sadykova\",\"email\":\"aigerim@example.kz\"}";
        post(Tokens.of("office"), body("WRITTEN", "STATEMENT", "HOUSING_QUEUE", "PVL", withEmail, null))
                .then().statusCode(201)
                .body("accessCode", matchesPattern("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}"));
        post(Tokens.of("office"), body("WRITTEN", "STATEMENT", "HOUSING_QUEUE", "PVL", individual(newIin(), null), null))
                .then().statusCode(201)
                .body("accessCode", nullValue());
    }

    @Test
    @DisplayName("POST /appeals with the portal's service account (PORTAL) answers 201 with an access code once")
    void portal() {
        post(Tokens.portal(), body("PORTAL", "STATEMENT", "HOUSING_QUEUE", "EKB", individual(newIin(), null), null),
                UUID.randomUUID().toString())
                .then().statusCode(201)
                .body("channel", equalTo("PORTAL"))
                .body("registrationNumber", matchesPattern("20\\d\\d-EKB-\\d{6}"))
                .body("accessCode", matchesPattern("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}"));
    }

    @Test
    @DisplayName("POST /appeals as portal without Idempotency-Key answers 400")
    void portalNeedsKey() {
        post(Tokens.portal(), body("PORTAL", "STATEMENT", "HOUSING_QUEUE", "EKB", individual(newIin(), null), null))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    @DisplayName("POST /appeals as office (WRITTEN, own district) answers 201")
    void officeWritten() {
        post(Tokens.of("office"), body("WRITTEN", "PROPOSAL", "ROADS_REPAIR", "PVL", individual(null, newPhone()), null))
                .then().statusCode(201).body("channel", equalTo("WRITTEN"));
    }

    @Test
    @DisplayName("POST /appeals as office in another district answers 403 and registers nothing")
    void officeOtherDistrict() throws Exception {
        String phone = newPhone();
        post(Tokens.of("office"), body("WRITTEN", "PROPOSAL", "ROADS_REPAIR", "EKB", individual(null, phone), null))
                .then().statusCode(403).contentType("application/problem+json");
        assertNoAppealWithPhone(phone);
    }

    @Test
    @DisplayName("GET /appeals/{id} of another district's appeal as office2 answers 404")
    void otherDistrictReadIsNotFound() {
        String location = post(Tokens.of("office"), body("WRITTEN", "INQUIRY", "EDU_SCHOOL", "PVL", individual(null, newPhone()), null))
                .then().statusCode(201).extract().header("Location");
        given().auth().oauth2(Tokens.of("office2")).get(location.substring(location.indexOf("/api/")))
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @DisplayName("POST /appeals as office (RECEPTION) at today's reception of its district answers 201")
    void officeReception() throws Exception {
        long reception = scheduleReceptionToday("PVL");
        post(Tokens.of("office"), body("RECEPTION", "COMPLAINT", "LAND_PLOT", "PVL", individual(newIin(), null),
                "\"receptionId\":" + reception))
                .then().statusCode(201).body("receptionId", equalTo((int) reception));
    }

    @Test
    @DisplayName("POST /appeals (RECEPTION) at a cancelled reception answers 409")
    void cancelledReception() throws Exception {
        long reception = scheduleReceptionToday("PVL");
        exec("update reception set status = 'CANCELLED', cancel_reason = 'test' where id = " + reception);
        post(Tokens.of("office"), body("RECEPTION", "COMPLAINT", "LAND_PLOT", "PVL", individual(newIin(), null),
                "\"receptionId\":" + reception))
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    @DisplayName("POST /appeals (RECEPTION) without receptionId answers 400")
    void receptionRequired() {
        post(Tokens.of("office"), body("RECEPTION", "COMPLAINT", "LAND_PLOT", "PVL", individual(newIin(), null), null))
                .then().statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItem("receptionId"));
    }

    @Test
    @DisplayName("POST /appeals as admin may use any channel")
    void adminAnyChannel() {
        post(Tokens.of("admin"), body("WRITTEN", "STATEMENT", "OTHER_MISC", "AKS", individual(newIin(), null), null))
                .then().statusCode(201).body("registrationNumber", matchesPattern("20\\d\\d-AKS-\\d{6}"));
    }

    @ParameterizedTest(name = "POST /appeals as {0} with channel {1} answers 403")
    @CsvSource({"operator,PORTAL", "operator,WRITTEN", "office,CALL_CENTER", "office,PORTAL", "supervisor,WRITTEN",
            "executor,CALL_CENTER", "analyst,CALL_CENTER", "portaluser,CALL_CENTER"})
    void wrongRole(String user, String channel) throws Exception {
        String phone = newPhone();
        post(Tokens.of(user), body(channel, "COMPLAINT", "UTIL_HEATING", "PVL", individual(null, phone), null))
                .then().statusCode(403).contentType("application/problem+json");
        assertNoAppealWithPhone(phone);
    }

    @Test
    @DisplayName("POST /appeals without a token answers 401")
    void noToken() {
        given().contentType("application/json").body(kz.appeals.support.IntakeFixtures.callCenter())
                .post("/api/v1/appeals").then().statusCode(401);
    }

    @Test
    @DisplayName("every registration writes the first, public event of the timeline")
    void firstEvent() throws Exception {
        int id = post(Tokens.of("operator"), kz.appeals.support.IntakeFixtures.callCenter())
                .then().statusCode(201).body("id", notNullValue()).extract().path("id");
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.createStatement().executeQuery(
                     "select kind, public_entry, status_after, actor, actor_role from appeal_event where appeal_id = " + id)) {
            org.assertj.core.api.Assertions.assertThat(rs.next()).isTrue();
            org.assertj.core.api.Assertions.assertThat(rs.getString(1)).isEqualTo("REGISTERED");
            org.assertj.core.api.Assertions.assertThat(rs.getBoolean(2)).isTrue();
            org.assertj.core.api.Assertions.assertThat(rs.getString(3)).isEqualTo("REGISTERED");
            org.assertj.core.api.Assertions.assertThat(rs.getString(4)).isEqualTo("operator");
            org.assertj.core.api.Assertions.assertThat(rs.getString(5)).isEqualTo("operator");
            org.assertj.core.api.Assertions.assertThat(rs.next()).isFalse();
        }
    }

    /** Receptions are scheduled through their own API elsewhere; here rows are enough (a new official each). */
    private long scheduleReceptionToday(String district) throws Exception {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(5)).withHour(0).withMinute(30);
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.createStatement().executeQuery(
                     "with o as (insert into official (id, full_name, position, official_type, district_code)"
                             + " values (nextval('official_seq'), 'Test Deputy', 'Deputy', 'MASLIKHAT_DEPUTY', '" + district + "') returning id)"
                             + " insert into reception (id, official_id, district_code, format, scheduled_at, scheduled_until, status, created_by, created_at)"
                             + " select nextval('reception_seq'), o.id, '" + district + "', 'REGULAR', '" + start + "', '"
                             + start.plusHours(23) + "', 'SCHEDULED', 'test', now() from o returning id")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void exec(String sql) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().execute(sql);
        }
    }

    private void assertNoAppealWithPhone(String phone) throws Exception {
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.createStatement().executeQuery(
                     "select count(*) from appeal where applicant_phone = '" + phone + "'")) {
            rs.next();
            org.assertj.core.api.Assertions.assertThat(rs.getInt(1)).isZero();
        }
    }
}
