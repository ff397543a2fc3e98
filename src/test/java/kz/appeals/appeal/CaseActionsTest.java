package kz.appeals.appeal;

import static io.restassured.RestAssured.given;
import static kz.appeals.support.CaseFixtures.act;
import static kz.appeals.support.CaseFixtures.assignment;
import static kz.appeals.support.CaseFixtures.done;
import static kz.appeals.support.CaseFixtures.etag;
import static kz.appeals.support.CaseFixtures.progress;
import static kz.appeals.support.CaseFixtures.reason;
import static kz.appeals.support.CaseFixtures.redirection;
import static kz.appeals.support.CaseFixtures.register;
import static kz.appeals.support.CaseFixtures.registerWritten;
import static kz.appeals.support.CaseFixtures.resolution;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The actions one by one: preconditions, races, roles and what each action writes. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class CaseActionsTest {

    private static JsonPath read(long id) {
        return given().auth().oauth2(Tokens.of("chief")).get("/api/v1/appeals/" + id)
                .then().statusCode(200).extract().jsonPath();
    }

    private static List<Map<String, Object>> events(long id) {
        return given().auth().oauth2(Tokens.of("chief")).get("/api/v1/appeals/" + id + "/events")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    private static long countKind(long id, String kind) {
        return events(id).stream().filter(e -> kind.equals(e.get("kind"))).count();
    }

    @Test
    @DisplayName("GET /appeals/{id} answers the ETag that POST /assignment then accepts, and the action answers the next one")
    void etagRoundTrip() {
        long id = register("PVL");
        String first = etag("supervisor", id);
        String second = act("supervisor", id, "assignment", assignment("PVL-HOUSING"), first)
                .statusCode(200).header("ETag", notNullValue())
                .body("status", equalTo("ASSIGNED")).body("agencyCode", equalTo("PVL-HOUSING"))
                .extract().header("ETag");
        assertThat(second).isNotEqualTo(first).isEqualTo(etag("supervisor", id));
    }

    @Test
    @DisplayName("POST /appeals/{id}/assignment without If-Match answers 428 and changes nothing")
    void missingIfMatch() {
        long id = register("PVL");
        act("supervisor", id, "assignment", assignment("PVL-HOUSING"), null)
                .statusCode(428).contentType("application/problem+json").body("status", equalTo(428));
        assertThat(read(id).getString("status")).isEqualTo("REGISTERED");
        assertThat(countKind(id, "ASSIGNED")).isZero();
    }

    @Test
    @DisplayName("POST /appeals/{id}/progress with a stale If-Match answers 412 and changes nothing")
    void staleIfMatch() {
        long id = register("PVL");
        String stale = etag("supervisor", id);
        done("supervisor", id, "assignment", assignment("PVL-HOUSING"));
        act("supervisor", id, "progress", progress("Late news", false), stale)
                .statusCode(412).contentType("application/problem+json").body("status", equalTo(412));
        act("supervisor", id, "progress", progress("Late news", false), "*").statusCode(412);
        act("supervisor", id, "progress", progress("Late news", false), "W/" + etag("supervisor", id)).statusCode(412);
        assertThat(countKind(id, "PROGRESS")).isZero();
    }

    @Test
    @DisplayName("two concurrent POST /progress with the same If-Match: one answers 200, the other 412, the timeline shows one")
    void concurrentActions() throws Exception {
        long id = register("PVL");
        done("supervisor", id, "assignment", assignment("PVL-HOUSING"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 1; round <= 3; round++) {
                String tag = etag("supervisor", id);
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<Integer>> answers = new ArrayList<>();
                for (String who : List.of("supervisor", "executor")) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        return act(who, id, "progress", progress("Note of " + who, false), tag).extract().statusCode();
                    }));
                }
                List<Integer> codes = new ArrayList<>();
                for (Future<Integer> f : answers) {
                    codes.add(f.get());
                }
                assertThat(codes).as("round %d", round).containsExactlyInAnyOrder(200, 412);
                assertThat(countKind(id, "PROGRESS")).as("round %d", round).isEqualTo(round);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("two concurrent POST /assignment to two agencies with the same If-Match: one answers 200, the other 412;"
            + " one ASSIGNED entry, and the appeal names the winner's agency")
    void concurrentAssignments() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 1; round <= 3; round++) {
                long id = register("PVL");
                String tag = etag("chief", id);
                CyclicBarrier start = new CyclicBarrier(2);
                Map<String, Future<Integer>> answers = new java.util.LinkedHashMap<>();
                for (String agency : List.of("PVL-HOUSING", "PVL-SOCIAL")) {
                    answers.put(agency, pool.submit(() -> {
                        start.await();
                        return act("chief", id, "assignment", assignment(agency), tag).extract().statusCode();
                    }));
                }
                List<Integer> codes = new ArrayList<>();
                String winner = null;
                for (Map.Entry<String, Future<Integer>> answer : answers.entrySet()) {
                    int code = answer.getValue().get();
                    codes.add(code);
                    if (code == 200) {
                        winner = answer.getKey();
                    }
                }
                assertThat(codes).as("round %d", round).containsExactlyInAnyOrder(200, 412);
                assertThat(countKind(id, "ASSIGNED")).as("round %d", round).isEqualTo(1);
                assertThat(read(id).getString("agencyCode")).as("round %d", round).isEqualTo(winner);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("POST /extension moves the due date, flags the appeal and sets the day the applicant must be told by")
    void extension() {
        long id = register("PVL");
        done("supervisor", id, "assignment", assignment("PVL-HOUSING"));
        JsonPath before = read(id);
        String newDue = Dates.workingDayOnOrAfter(before.getString("dueAt"), 7);
        act("supervisor", id, "extension", Map.of("dueAt", newDue, "reason", "An inspection is needed"))
                .statusCode(200)
                .body("dueAt", equalTo(newDue))
                .body("extended", equalTo(true))
                .body("status", equalTo("ASSIGNED"))
                .body("applicantNoticeBy", equalTo(Dates.workingDaysFromToday(3)));
        assertThat(events(id)).anySatisfy(e -> {
            assertThat(e.get("kind")).isEqualTo("EXTENDED");
            assertThat(e.get("public")).isEqualTo(true);
            assertThat((String) e.get("note")).contains("dueAt: " + before.getString("dueAt") + " → " + newDue);
        });
    }

    @Test
    @DisplayName("POST /extension beyond two months from registration, not later than the term, or to a day off answers 400")
    void extensionLimits() {
        long id = register("PVL");
        done("supervisor", id, "assignment", assignment("PVL-HOUSING"));
        JsonPath appeal = read(id);
        String registeredOn = appeal.getString("registeredAt").substring(0, 10);
        String limit = java.time.LocalDate.parse(registeredOn).plusMonths(2).toString();
        String beyond = Dates.workingDayOnOrAfter(limit, 1);
        extend(id, beyond).statusCode(400).body("errors.field", hasItem("dueAt"));
        extend(id, appeal.getString("dueAt")).statusCode(400).body("errors.field", hasItem("dueAt"));
        extend(id, Dates.dayOffAfter(appeal.getString("dueAt"))).statusCode(400).body("errors.field", hasItem("dueAt"));
        // The last working day within the two months is allowed, and a second extension cannot pass it.
        String last = Dates.lastWorkingDayOnOrBefore(limit);
        extend(id, last).statusCode(200).body("dueAt", equalTo(last));
        extend(id, beyond).statusCode(400);
        assertThat(countKind(id, "EXTENDED")).isEqualTo(1);
    }

    private static io.restassured.response.ValidatableResponse extend(long id, String dueAt) {
        return act("supervisor", id, "extension", Map.of("dueAt", dueAt, "reason", "More time"));
    }

    @Test
    @DisplayName("POST /redirection later than 3 working days after registration flags redirectedLate")
    void lateRedirection() {
        OffsetDateTime received = OffsetDateTime.now(ZoneOffset.ofHours(5)).minusDays(20);
        long late = registerWritten("office", "PVL", received, "");
        act("supervisor", late, "redirection", redirection("Ministry of Justice"))
                .statusCode(200)
                .body("status", equalTo("REDIRECTED"))
                .body("outcome", equalTo("REDIRECTED"))
                .body("redirectedTo", equalTo("Ministry of Justice"))
                .body("redirectedLate", equalTo(true));
        long timely = register("PVL");
        act("supervisor", timely, "redirection", redirection("Ministry of Justice"))
                .statusCode(200).body("redirectedLate", equalTo(false));
    }

    @Test
    @DisplayName("POST /resolution sets outcome, answer and answeredAt; outcome REDIRECTED there answers 400")
    void resolutionSetsAnswer() {
        long id = register("PVL");
        done("supervisor", id, "assignment", assignment("PVL-HOUSING"));
        act("executor", id, "resolution", resolution("REDIRECTED", "Sent elsewhere"))
                .statusCode(400).body("errors.field", hasItem("outcome"));
        act("executor", id, "resolution", resolution("POSITIVE", "The heating was restored."))
                .statusCode(200)
                .body("status", equalTo("RESOLVED"))
                .body("outcome", equalTo("POSITIVE"))
                .body("answer", equalTo("The heating was restored."))
                .body("answeredAt", notNullValue());
    }

    @Test
    @DisplayName("POST /return clears outcome, answer and answeredAt; the timeline keeps the returned answer")
    void returnClearsAnswer() {
        long id = register("PVL");
        done("supervisor", id, "assignment", assignment("PVL-HOUSING"));
        done("executor", id, "resolution", resolution("REJECTED", "Nothing can be done, sorry."));
        act("supervisor", id, "return", reason("Explain which rule applies"))
                .statusCode(200)
                .body("status", equalTo("IN_PROGRESS"))
                .body("outcome", nullValue()).body("answer", nullValue()).body("answeredAt", nullValue());
        assertThat(events(id)).anySatisfy(e -> assertThat((String) e.get("note")).contains("Nothing can be done, sorry."));
    }

    @Test
    @DisplayName("POST /closure with an empty JSON body closes; POST /reopening clears outcome, answer and closedAt")
    void closureAndReopening() {
        long id = register("PVL");
        done("supervisor", id, "assignment", assignment("PVL-HOUSING"));
        done("executor", id, "resolution", resolution("POSITIVE", "Done."));
        given().auth().oauth2(Tokens.of("supervisor")).header("If-Match", etag("supervisor", id))
                .contentType("application/json").post("/api/v1/appeals/" + id + "/closure")
                .then().statusCode(200).body("status", equalTo("CLOSED")).body("closedAt", notNullValue())
                .body("workingDaysLeft", nullValue()).body("overdue", equalTo(false));
        act("supervisor", id, "reopening", reason("The applicant contests the answer"))
                .statusCode(200)
                .body("status", equalTo("IN_PROGRESS"))
                .body("outcome", nullValue()).body("answeredAt", nullValue()).body("closedAt", nullValue())
                .body("workingDaysLeft", notNullValue());
    }

    @Test
    @DisplayName("POST /withdrawal by office staff ends the appeal with outcome TERMINATED")
    void withdrawalByOffice() {
        long id = register("PVL");
        act("office", id, "withdrawal", reason("Written request of the applicant"))
                .statusCode(200).body("status", equalTo("WITHDRAWN")).body("outcome", equalTo("TERMINATED"));
    }

    @Test
    @DisplayName("POST /assignment with an official of another agency or an unknown agency answers 400")
    void assignmentChecks() {
        long id = register("PVL");
        act("supervisor", id, "assignment", Map.of("agencyCode", "PVL-HOUSING", "officialId", 11))
                .statusCode(400).body("errors.field", hasItem("officialId"));
        act("supervisor", id, "assignment", assignment("NO-SUCH-AGENCY"))
                .statusCode(400).body("errors.field", hasItem("agencyCode"));
        act("supervisor", id, "assignment", Map.of("agencyCode", "PVL-HOUSING", "admin", true))
                .statusCode(400).body("errors.field", hasItem("admin"));
        act("supervisor", id, "assignment", Map.of("agencyCode", "PVL-HOUSING", "officialId", 9, "note", "Urgent"))
                .statusCode(200).body("officialId", equalTo(9));
    }

    @Test
    @DisplayName("POST /assignment to another agency takes the appeal out of the first executor's sight (404)")
    void reassignment() {
        long id = register("PVL");
        done("supervisor", id, "assignment", assignment("PVL-HOUSING"));
        done("executor", id, "progress", progress("Started", false));
        act("supervisor", id, "assignment", assignment("PVL-SOCIAL"))
                .statusCode(200).body("status", equalTo("ASSIGNED")).body("agencyCode", equalTo("PVL-SOCIAL"));
        given().auth().oauth2(Tokens.of("executor")).get("/api/v1/appeals/" + id).then().statusCode(404);
        assertThat(events(id)).anySatisfy(e -> {
            assertThat(e.get("kind")).isEqualTo("REASSIGNED");
            assertThat((String) e.get("note")).contains("agencyCode: PVL-HOUSING → PVL-SOCIAL");
        });
    }

    @Test
    @DisplayName("POST /assignment as executor, POST /progress as operator, analyst or portal answer 403")
    void rolesPerAction() {
        long id = register("PVL");
        done("supervisor", id, "assignment", assignment("PVL-HOUSING"));
        String tag = etag("supervisor", id);
        act("executor", id, "assignment", assignment("PVL-SOCIAL"), tag).statusCode(403);
        act("executor", id, "withdrawal", reason("No"), tag).statusCode(403);
        act("office", id, "progress", progress("Not mine", false), tag).statusCode(403);
        for (String user : List.of("operator", "analyst", "admin", "portaluser")) {
            act(user, id, "progress", progress("Not mine", false), tag).statusCode(403);
        }
        given().auth().oauth2(Tokens.portal()).contentType("application/json").header("If-Match", tag)
                .body(progress("Not mine", false)).post("/api/v1/appeals/" + id + "/progress").then().statusCode(403);
        assertThat(etag("supervisor", id)).isEqualTo(tag);
    }
}
