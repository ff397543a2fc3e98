package kz.appeals.audit;

import static io.restassured.RestAssured.given;
import static kz.appeals.audit.AuditApi.register;
import static kz.appeals.audit.AuditApi.rows;
import static kz.appeals.audit.AuditApi.subjectOf;
import static kz.appeals.audit.AuditApi.uniqueToken;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.appeals.audit.AuditApi.Applicant;
import kz.appeals.support.CaseFixtures;
import kz.appeals.support.IntakeFixtures;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every read of an applicant's personal data leaves one row in the access log (who, as which
 * role, when, which appeal or applicant, which endpoint, from where), and nothing else does.
 * The rows are read back through the admin's query, which first writes what is still queued.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class PersonalDataReadsTest {
    private static final List<String> LOOPBACK = List.of("127.0.0.1", "::1");

    @Inject
    AgroalDataSource dataSource;

    @Test
    @DisplayName("GET /appeals/{id} records the reader's subject, user name, role, the endpoint, the appeal and the client address")
    void fullViewIsRecorded() {
        long id = register(Applicant.fresh());
        String token = Tokens.of("supervisor");
        OffsetDateTime before = OffsetDateTime.now().minusSeconds(5);
        // a client cannot name its own address: X-Forwarded-For counts only from a trusted proxy
        given().auth().oauth2(token).header("X-Forwarded-For", "203.0.113.9").get("/api/v1/appeals/" + id)
                .then().statusCode(200);

        List<Map<String, Object>> rows = rows("appealId=" + id);
        assertThat(rows).hasSize(1);
        Map<String, Object> row = rows.get(0);
        assertThat(row).containsEntry("subject", subjectOf(token)).containsEntry("username", "supervisor")
                .containsEntry("role", "supervisor").containsEntry("endpoint", "GET /api/v1/appeals/{id}")
                .containsEntry("appealId", (int) id);
        assertThat(LOOPBACK).contains((String) row.get("clientAddress"));
        OffsetDateTime at = OffsetDateTime.parse((String) row.get("accessedAt"));
        assertThat(at).isAfter(before).isBefore(OffsetDateTime.now().plusSeconds(5));
        assertThat(at.getOffset().getTotalSeconds()).as("local time, UTC+5").isEqualTo(5 * 3600);
    }

    @Test
    @DisplayName("POST /appeals/{id}/assignment answers with the applicant, so it is recorded as a read too")
    void actionAnswerIsRecorded() {
        long id = register(Applicant.fresh());
        CaseFixtures.done("supervisor", id, "assignment", CaseFixtures.assignment("PVL-HOUSING"));

        assertThat(rows("appealId=" + id)).extracting(r -> r.get("endpoint"))
                .containsExactly("POST /api/v1/appeals/{id}/assignment", "GET /api/v1/appeals/{id}");
    }

    @Test
    @DisplayName("GET /applicants/history?iin= records one row per appeal shown, found by that IIN and by each appeal")
    void historyByIinIsRecorded() {
        Applicant applicant = Applicant.fresh();
        long first = register(applicant);
        long second = register(applicant);
        String token = Tokens.of("operator");
        given().auth().oauth2(token).get("/api/v1/applicants/history?iin=" + applicant.iin())
                .then().statusCode(200);

        List<Map<String, Object>> rows = rows("iin=" + applicant.iin());
        assertThat(rows).extracting(r -> r.get("appealId")).containsExactlyInAnyOrder((int) first, (int) second);
        assertThat(rows).allSatisfy(r -> assertThat(r).containsEntry("endpoint", "GET /api/v1/applicants/history")
                .containsEntry("role", "operator").containsEntry("username", "operator")
                .containsEntry("subject", subjectOf(token)));
        assertThat(rows("appealId=" + first)).hasSize(1);
    }

    @Test
    @DisplayName("GET /applicants/history?phone= that finds nothing is recorded as a lookup of that phone, in any notation")
    void emptyHistoryByPhoneIsRecorded() {
        String phone = IntakeFixtures.newPhone();   // +7701xxxxxxx, nobody's
        given().auth().oauth2(Tokens.of("office")).queryParam("phone", phone).get("/api/v1/applicants/history")
                .then().statusCode(200);

        List<Map<String, Object>> rows = AuditApi.rowsOfPhone("8 " + phone.substring(2, 5) + " " + phone.substring(5));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsEntry("username", "office").containsEntry("role", "office-staff")
                .doesNotContainKey("appealId");
    }

    @Test
    @DisplayName("GET /appeals/{id} of an applicant is found by the applicant's IIN and phone: who looked at my data")
    void viewsAreFoundByIinAndPhone() {
        Applicant applicant = Applicant.fresh();
        long id = register(applicant);
        given().auth().oauth2(Tokens.of("chief")).get("/api/v1/appeals/" + id).then().statusCode(200);

        assertThat(rows("iin=" + applicant.iin())).extracting(r -> r.get("appealId"), r -> r.get("username"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple((int) id, "chief"));
        assertThat(AuditApi.rowsOfPhone(applicant.phone())).extracting(r -> r.get("appealId"))
                .containsExactly((int) id);
        assertThat(rows("iin=" + IntakeFixtures.newIin())).isEmpty();
    }

    @Test
    @DisplayName("statistics, catalogues, the list, the timeline and public tracking record nothing; one full view records one row")
    void otherReadsRecordNothing() {
        String marker = CaseFixtures.marker("audit");
        long id = CaseFixtures.register("PVL", marker);
        String analyst = uniqueToken("analyst", null);
        given().auth().oauth2(analyst).get("/api/v1/stats/appeals?from=2026-01-01&to=2026-12-31&groupBy=districtCode")
                .then().statusCode(200);
        given().auth().oauth2(analyst).get("/api/v1/districts").then().statusCode(200);
        given().auth().oauth2(analyst).get("/api/v1/topics").then().statusCode(200);
        String supervisor = uniqueToken("supervisor", "PVL");
        given().auth().oauth2(supervisor).get("/api/v1/appeals?q=" + marker).then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.contains((int) id));
        given().auth().oauth2(supervisor).get("/api/v1/appeals/" + id + "/events").then().statusCode(200);
        given().auth().oauth2(supervisor).get("/api/v1/officials").then().statusCode(200);

        assertThat(rows("subject=" + subjectOf(analyst))).isEmpty();
        assertThat(rows("subject=" + subjectOf(supervisor))).isEmpty();
        assertThat(rows("appealId=" + id)).isEmpty();

        given().auth().oauth2(supervisor).get("/api/v1/appeals/" + id).then().statusCode(200);
        assertThat(rows("subject=" + subjectOf(supervisor))).extracting(r -> r.get("appealId")).containsExactly((int) id);
    }

    @Test
    @DisplayName("GET /public/appeals/{number} with the citizen's code records nothing")
    void publicTrackingRecordsNothing() {
        Applicant applicant = Applicant.fresh();
        Response intake = IntakeFixtures.post(Tokens.portal(),
                IntakeFixtures.body("PORTAL", "INQUIRY", "EDU_KINDERGARTEN", "PVL", applicant.json(), null),
                UUID.randomUUID().toString());
        intake.then().statusCode(201);
        long id = ((Number) intake.path("id")).longValue();
        given().header("X-Access-Code", intake.<String>path("accessCode"))
                .get("/api/v1/public/appeals/" + intake.<String>path("registrationNumber")).then().statusCode(200);

        assertThat(rows("appealId=" + id)).isEmpty();
        assertThat(rows("iin=" + applicant.iin())).isEmpty();
    }

    @Test
    @DisplayName("the access log holds no name, IIN, phone, e-mail or address of the applicants whose data was read")
    void noPersonalValueIsStored() throws Exception {
        Applicant applicant = Applicant.fresh();
        long id = register(applicant);
        given().auth().oauth2(Tokens.of("supervisor")).get("/api/v1/appeals/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.of("operator")).get("/api/v1/applicants/history?iin=" + applicant.iin())
                .then().statusCode(200);
        given().auth().oauth2(Tokens.of("operator")).queryParam("phone", applicant.phone())
                .get("/api/v1/applicants/history").then().statusCode(200);
        assertThat(rows("appealId=" + id)).hasSize(3);

        String table;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select string_agg(t::text, E'\\n') from personal_data_access t")) {
            rs.next();
            table = rs.getString(1);
        }
        assertThat(table).isNotBlank()
                .doesNotContain(applicant.iin())
                .doesNotContain(applicant.phone()).doesNotContain(applicant.phone().substring(1))
                .doesNotContain(applicant.phone().substring(2))
                .doesNotContain(applicant.email())
                .doesNotContain(applicant.name()).doesNotContain("Tleubergenova")
                .doesNotContain(applicant.address());
    }

    @Test
    @DisplayName("GET /appeals/{id} with a token whose subject is longer than the table keeps is recorded, and the log goes on")
    void overlongSubjectDoesNotStopTheLog() {
        long id = register(Applicant.fresh());
        String subject = "s".repeat(300);
        String token = Tokens.sign(Tokens.claims("operator-long", "operator").subject(subject));
        given().auth().oauth2(token).get("/api/v1/appeals/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.of("operator")).get("/api/v1/appeals/" + id).then().statusCode(200);

        assertThat(rows("appealId=" + id)).extracting(r -> r.get("username"), r -> r.get("subject"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("operator", subjectOf(Tokens.of("operator"))),
                        org.assertj.core.groups.Tuple.tuple("operator-long", subject.substring(0, 255)));
    }

    @Test
    @DisplayName("reads are recorded within a bounded time without any query asking for them")
    void queuedRowsReachTheTable() {
        long id = register(Applicant.fresh());
        given().auth().oauth2(Tokens.of("operator")).get("/api/v1/appeals/" + id).then().statusCode(200);
        // the background writer runs every 200 ms (appeals.audit.flush-interval); poll the table, bounded
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> count("select count(*) from personal_data_access where appeal_id = " + id) == 1);
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
