package kz.appeals.feedback;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import kz.appeals.support.CaseFixtures;
import kz.appeals.support.IntakeFixtures;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The citizen's verdict after closure: once per closure, within the window, with the right code;
 * "not solved" puts the appeal on the supervisors' list of disputes, which reopening or a
 * dismissal with a reason takes it off.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class FeedbackTest {
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    @Inject
    FeedbackConfig config;

    @Inject
    AgroalDataSource dataSource;

    record Closed(long id, String number, String code) {
    }

    /** A PORTAL appeal of Pavlodar taken through to CLOSED with a positive answer. */
    static Closed closedAppeal() {
        String applicant = IntakeFixtures.individual(IntakeFixtures.newIin(), IntakeFixtures.newPhone());
        Response r = IntakeFixtures.post(Tokens.portal(),
                IntakeFixtures.body("PORTAL", "COMPLAINT", "UTIL_HEATING", "PVL", applicant, null), UUID.randomUUID().toString());
        r.then().statusCode(201);
        long id = ((Number) r.path("id")).longValue();
        CaseFixtures.done("supervisor", id, "assignment", CaseFixtures.assignment("PVL-HOUSING"));
        CaseFixtures.done("executor", id, "resolution", CaseFixtures.resolution("POSITIVE", "The valve was replaced."));
        CaseFixtures.done("supervisor", id, "closure", Map.of());
        return new Closed(id, r.path("registrationNumber"), r.path("accessCode"));
    }

    static Map<String, Object> verdict(boolean solved, int rating, String comment) {
        return comment == null ? Map.of("solved", solved, "rating", rating)
                : Map.of("solved", solved, "rating", rating, "comment", comment);
    }

    static ValidatableResponse fromCitizen(Closed appeal, String code, Object body) {
        int n = CLIENTS.incrementAndGet();
        return given().header("X-Access-Code", code).header("X-Forwarded-For", "10.88." + (n >> 8 & 0xff) + "." + (n & 0xff))
                .contentType("application/json").body(body)
                .post("/api/v1/public/appeals/" + appeal.number() + "/feedback").then();
    }

    static ValidatableResponse byPhone(String user, long id, Object body) {
        return given().auth().oauth2(Tokens.of(user)).contentType("application/json").body(body)
                .post("/api/v1/appeals/" + id + "/feedback").then();
    }

    /** Whether the appeal is on the caller's list of disputed answers. */
    static boolean disputed(String user, Closed appeal) {
        return given().auth().oauth2(Tokens.of(user))
                .get("/api/v1/appeals?disputed=true&q=" + appeal.number()).then().statusCode(200)
                .extract().jsonPath().getList("items.id", Long.class).contains(appeal.id());
    }

    static List<String> timeline(long id) {
        return given().auth().oauth2(Tokens.of("supervisor")).get("/api/v1/appeals/" + id + "/events")
                .then().statusCode(200).extract().jsonPath().getList("items.kind");
    }

    @Test
    @DisplayName("POST /public/appeals/{no}/feedback with the code is taken once per closure: a second try, public or by phone, is 409")
    void oncePerClosure() {
        Closed appeal = closedAppeal();
        fromCitizen(appeal, appeal.code(), verdict(true, 5, "Warm again, thank you")).statusCode(201)
                .body("solved", equalTo(true)).body("rating", equalTo(5));
        fromCitizen(appeal, appeal.code(), verdict(false, 1, null)).statusCode(409).contentType("application/problem+json");
        byPhone("operator", appeal.id(), verdict(false, 1, null)).statusCode(409);
        assertThat(timeline(appeal.id())).contains("FEEDBACK").doesNotContain("DISPUTED");
        assertThat(disputed("supervisor", appeal)).isFalse();
        given().auth().oauth2(Tokens.of("supervisor")).get("/api/v1/appeals/" + appeal.id() + "/feedback")
                .then().statusCode(200).body("items", org.hamcrest.Matchers.hasSize(1))
                .body("items[0].channel", equalTo("PUBLIC")).body("items[0].outcome", equalTo("POSITIVE"))
                .body("items[0].comment", equalTo("Warm again, thank you"));
    }

    @Test
    @DisplayName("feedback on an appeal that is not closed is 409; after the window it is 410")
    void notClosedAndLate() throws Exception {
        String applicant = IntakeFixtures.individual(IntakeFixtures.newIin(), IntakeFixtures.newPhone());
        Response r = IntakeFixtures.post(Tokens.portal(),
                IntakeFixtures.body("PORTAL", "COMPLAINT", "UTIL_HEATING", "PVL", applicant, null), UUID.randomUUID().toString());
        Closed open = new Closed(((Number) r.path("id")).longValue(), r.path("registrationNumber"), r.path("accessCode"));
        fromCitizen(open, open.code(), verdict(true, 4, null)).statusCode(409).contentType("application/problem+json");

        Closed late = closedAppeal();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "update appeal set closed_at = closed_at - make_interval(secs => ?) - interval '1 minute' where id = ?")) {
            s.setDouble(1, config.window().toSeconds());
            s.setLong(2, late.id());
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        fromCitizen(late, late.code(), verdict(true, 4, null)).statusCode(410).contentType("application/problem+json");
        byPhone("operator", late.id(), verdict(true, 4, null)).statusCode(410);
    }

    @Test
    @DisplayName("a wrong code is 404, no code 400, a rating out of 1..5, a fractional or quoted rating, a number for solved, or an unknown property 400; nothing is recorded")
    void badRequests() {
        Closed appeal = closedAppeal();
        fromCitizen(appeal, "AAAA-BBBB-CCCC", verdict(false, 1, null)).statusCode(404);
        fromCitizen(appeal, closedAppeal().code(), verdict(false, 1, null)).statusCode(404);
        given().contentType("application/json").body(verdict(true, 3, null))
                .post("/api/v1/public/appeals/" + appeal.number() + "/feedback").then().statusCode(400);
        fromCitizen(appeal, appeal.code(), verdict(true, 6, null)).statusCode(400)
                .body("errors[0].field", equalTo("rating"));
        fromCitizen(appeal, appeal.code(), Map.of("solved", true, "rating", 3, "stars", 3)).statusCode(400);
        fromCitizen(appeal, appeal.code(), Map.of("rating", 3)).statusCode(400);
        // a number is a JSON number, a flag a JSON boolean: nothing is truncated or guessed
        fromCitizen(appeal, appeal.code(), Map.of("solved", true, "rating", 4.9)).statusCode(400)
                .body("errors[0].field", equalTo("rating"));
        fromCitizen(appeal, appeal.code(), Map.of("solved", true, "rating", "5")).statusCode(400)
                .body("errors[0].field", equalTo("rating"));
        fromCitizen(appeal, appeal.code(), Map.of("solved", 1, "rating", 5)).statusCode(400)
                .body("errors[0].field", equalTo("solved"));
        given().auth().oauth2(Tokens.of("supervisor")).get("/api/v1/appeals/" + appeal.id() + "/feedback")
                .then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    @DisplayName("solved=false puts the appeal on GET /appeals?disputed=true of its district's supervisors; reopening takes it off, and the next closure takes new feedback")
    void disputedThenReopened() {
        Closed appeal = closedAppeal();
        fromCitizen(appeal, appeal.code(), verdict(false, 2, "Still cold in the flat")).statusCode(201);
        assertThat(timeline(appeal.id())).contains("DISPUTED");
        assertThat(disputed("supervisor", appeal)).isTrue();
        assertThat(disputed("chief", appeal)).isTrue();
        assertThat(disputed("supervisor2", appeal)).isFalse();
        assertThat(given().auth().oauth2(Tokens.of("supervisor")).get("/api/v1/appeals?disputed=false&q=" + appeal.number())
                .then().statusCode(200).extract().jsonPath().getList("items.id", Long.class)).doesNotContain(appeal.id());
        // the citizen does not see the internal entry
        assertThat(given().header("X-Access-Code", appeal.code()).header("X-Forwarded-For", "10.89.0.1")
                .get("/api/v1/public/appeals/" + appeal.number()).then().statusCode(200)
                .extract().jsonPath().getList("replies.kind")).doesNotContain("DISPUTED");

        CaseFixtures.done("supervisor", appeal.id(), "reopening", CaseFixtures.reason("The applicant contests the answer"));
        assertThat(disputed("supervisor", appeal)).isFalse();
        fromCitizen(appeal, appeal.code(), verdict(true, 5, null)).statusCode(409);

        CaseFixtures.done("executor", appeal.id(), "resolution", CaseFixtures.resolution("POSITIVE", "The riser was fixed."));
        CaseFixtures.done("supervisor", appeal.id(), "closure", Map.of());
        fromCitizen(appeal, appeal.code(), verdict(true, 5, null)).statusCode(201);
        assertThat(disputed("supervisor", appeal)).isFalse();
        given().auth().oauth2(Tokens.of("supervisor")).get("/api/v1/appeals/" + appeal.id() + "/feedback")
                .then().statusCode(200).body("items", org.hamcrest.Matchers.hasSize(2))
                .body("items[0].disputed", equalTo(false)).body("items[1].solved", equalTo(true));
    }

    @Test
    @DisplayName("a supervisor of the district dismisses a dispute with a reason the citizen reads, with If-Match like every "
            + "action (428 without, 412 stale, the new ETag back); others cannot; a second dismissal is 409")
    void dismissed() {
        Closed appeal = closedAppeal();
        byPhone("operator", appeal.id(), verdict(false, 1, "Said by phone: nothing was done")).statusCode(201)
                .body("channel", equalTo("PHONE")).body("disputed", equalTo(true));
        String path = "/api/v1/appeals/" + appeal.id() + "/feedback/dismissal";
        Map<String, String> reason = Map.of("reason", "The repair act of 12 November is signed by the applicant");
        String etag = CaseFixtures.etag("supervisor", appeal.id());
        given().auth().oauth2(Tokens.of("supervisor2")).contentType("application/json").header("If-Match", etag)
                .body(reason).post(path).then().statusCode(404);
        given().auth().oauth2(Tokens.of("executor")).contentType("application/json").header("If-Match", etag)
                .body(reason).post(path).then().statusCode(403);
        given().auth().oauth2(Tokens.of("supervisor")).contentType("application/json").header("If-Match", etag)
                .body(Map.of()).post(path).then().statusCode(400);
        given().auth().oauth2(Tokens.of("supervisor")).contentType("application/json").body(reason).post(path)
                .then().statusCode(428).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of("supervisor")).contentType("application/json").header("If-Match", "\"0-0\"")
                .body(reason).post(path).then().statusCode(412).contentType("application/problem+json");
        assertThat(disputed("supervisor", appeal)).as("refused dismissals change nothing").isTrue();
        String next = given().auth().oauth2(Tokens.of("supervisor")).contentType("application/json").header("If-Match", etag)
                .body(reason).post(path).then().statusCode(200).body("disputed", equalTo(false))
                .body("dismissedBy", equalTo("supervisor")).extract().header("ETag");
        assertThat(next).isNotEqualTo(etag).isEqualTo(CaseFixtures.etag("supervisor", appeal.id()));
        assertThat(disputed("supervisor", appeal)).isFalse();
        // a decision taken on the disputed appeal as it was read before the dismissal is refused
        CaseFixtures.act("supervisor", appeal.id(), "reopening", CaseFixtures.reason("Cold again"), etag).statusCode(412);
        given().auth().oauth2(Tokens.of("supervisor")).contentType("application/json").header("If-Match", next)
                .body(reason).post(path).then().statusCode(409);
        Response tracking = given().header("X-Access-Code", appeal.code()).header("X-Forwarded-For", "10.89.0.2")
                .get("/api/v1/public/appeals/" + appeal.number());
        assertThat(tracking.jsonPath().getList("replies.kind")).contains("DISPUTE_DISMISSED");
        assertThat(tracking.asString()).contains("The repair act of 12 November");
    }

    @Test
    @DisplayName("feedback by phone: operators, office staff and supervisors within their scope; not executors, analysts or another district")
    void byPhoneScope() {
        Closed appeal = closedAppeal();
        byPhone("executor", appeal.id(), verdict(true, 4, null)).statusCode(403);
        byPhone("analyst", appeal.id(), verdict(true, 4, null)).statusCode(403);
        byPhone("supervisor2", appeal.id(), verdict(true, 4, null)).statusCode(404);
        byPhone("office2", appeal.id(), verdict(true, 4, null)).statusCode(404);
        given().contentType("application/json").body(verdict(true, 4, null))
                .post("/api/v1/appeals/" + appeal.id() + "/feedback").then().statusCode(401);
        byPhone("office", appeal.id(), verdict(true, 4, null)).statusCode(201).body("channel", equalTo("PHONE"))
                .body("recordedBy", equalTo("office"));
        given().auth().oauth2(Tokens.of("supervisor2")).get("/api/v1/appeals/" + appeal.id() + "/feedback")
                .then().statusCode(404);
    }
}
