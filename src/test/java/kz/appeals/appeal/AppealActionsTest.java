package kz.appeals.appeal;

import static io.restassured.RestAssured.given;
import static kz.appeals.support.CaseFixtures.assignment;
import static kz.appeals.support.CaseFixtures.progress;
import static kz.appeals.support.CaseFixtures.redirection;
import static kz.appeals.support.CaseFixtures.resolution;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import kz.appeals.deadline.WorkingCalendar;
import kz.appeals.support.IntakeFixtures;
import kz.appeals.support.CaseFixtures;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code actions} of an appeal's staff view: what the caller may do now. Written out per role
 * and status here (not read from the code), and checked over HTTP against the actions themselves:
 * for every status and caller, the listed actions are exactly those that, when tried, are not
 * refused (403, 404 or 409), and each of them succeeds.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class AppealActionsTest {
    private static final List<String> ACTIONS = List.of("assignment", "progress", "extension", "redirection",
            "resolution", "return", "closure", "reopening", "withdrawal");
    private static final AtomicLong USERS = new AtomicLong(System.nanoTime() % 1_000_000);

    /**
     * The demo users, and callers with two roles (signed tokens): an operator who is also an executor of
     * EKB-HOUSING (reads every appeal, answers none of PVL-HOUSING's) and an EKB office worker who is also
     * an executor of PVL-HOUSING (acts on Pavlodar appeals as executor only).
     */
    private static final List<String> CALLERS = List.of("supervisor", "chief", "supervisor2", "office", "office2",
            "executor", "executor2", "operator", "admin", "operator+executor2", "office2+executor");

    @Inject
    WorkingCalendar calendar;

    private static String token(String caller) {
        return switch (caller) {
            case "operator+executor2" -> signed(List.of("operator", "executor"), Map.of("agency", "EKB-HOUSING"));
            case "office2+executor" -> signed(List.of("office-staff", "executor"),
                    Map.of("district", "EKB", "agency", "PVL-HOUSING"));
            default -> Tokens.of(caller);
        };
    }

    private static String signed(List<String> roles, Map<String, Object> claims) {
        var builder = Tokens.claims("actions-test-" + USERS.incrementAndGet(), roles.get(0))
                .claim("realm_access", Map.of("roles", roles));
        claims.forEach(builder::claim);
        return Tokens.sign(builder);
    }

    private static Response read(String caller, long id) {
        return given().auth().oauth2(token(caller)).get("/api/v1/appeals/" + id);
    }

    @ParameterizedTest(name = "GET /appeals/'{id}' of a {0} appeal of PVL-HOUSING lists for {1}: [{2}]")
    @CsvSource({
            "REGISTERED, supervisor, assignment redirection withdrawal",
            "REGISTERED, chief, assignment redirection withdrawal",
            "REGISTERED, office, withdrawal",
            "REGISTERED, operator, ''",
            "REGISTERED, admin, ''",
            "ASSIGNED, supervisor, assignment progress extension redirection resolution withdrawal",
            "ASSIGNED, executor, progress resolution",
            "ASSIGNED, office, withdrawal",
            "ASSIGNED, operator+executor2, ''",
            "ASSIGNED, office2+executor, progress resolution",
            "IN_PROGRESS, executor, progress resolution",
            "IN_PROGRESS, chief, assignment progress extension redirection resolution withdrawal",
            "RESOLVED, supervisor, return closure",
            "RESOLVED, executor, ''",
            "RESOLVED, office, ''",
            "CLOSED, supervisor, reopening",
            "CLOSED, executor, ''",
            "REDIRECTED, supervisor, ''",
            "WITHDRAWN, executor, ''"})
    void listedPerRoleAndStatus(String status, String caller, String expected) {
        long id = CaseFixtures.appealIn(status);
        List<String> listed = read(caller, id).then().statusCode(200).extract().jsonPath().getList("actions", String.class);
        assertThat(listed).as("actions of %s for %s", status, caller)
                .containsExactlyElementsOf(expected.isBlank() ? List.of() : List.of(expected.split(" ")));
    }

    @Test
    @DisplayName("an executor of another agency who reads the appeal through another role gets no actions, and progress answers 403")
    void executorOfAnotherAgency() {
        long id = CaseFixtures.appealIn("IN_PROGRESS");
        String etag = read("operator+executor2", id).then().statusCode(200).body("actions", emptyIterable())
                .extract().header("ETag");
        given().auth().oauth2(token("operator+executor2")).contentType("application/json").header("If-Match", etag)
                .body(progress("Not ours", false)).post("/api/v1/appeals/" + id + "/progress")
                .then().statusCode(403);
        read("executor2", id).then().statusCode(404);
    }

    @Test
    @DisplayName("the answer to an action lists what its caller may do next: after the answer the executor none, after the closure the supervisor a reopening")
    void actionAnswerListsNext() {
        long id = CaseFixtures.appealIn("IN_PROGRESS");
        String etag = read("executor", id).then().extract().header("ETag");
        given().auth().oauth2(token("executor")).contentType("application/json").header("If-Match", etag)
                .body(resolution("POSITIVE", "Done.")).post("/api/v1/appeals/" + id + "/resolution")
                .then().statusCode(200).body("actions", emptyIterable());
        etag = read("supervisor", id).then().body("actions", contains("return", "closure")).extract().header("ETag");
        given().auth().oauth2(token("supervisor")).contentType("application/json").header("If-Match", etag)
                .body(Map.of()).post("/api/v1/appeals/" + id + "/closure")
                .then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("CLOSED"))
                .body("actions", contains("reopening"));
    }

    @Test
    @DisplayName("the intake answer and the citizen's public view carry no actions")
    void notInIntakeNorPublic() {
        Response created = IntakeFixtures.post(Tokens.of("operator"), IntakeFixtures.callCenter());
        created.then().statusCode(201).body("$", not(hasKey("actions")));
        String number = created.jsonPath().getString("registrationNumber");
        given().header("X-Access-Code", created.jsonPath().getString("accessCode"))
                .get("/api/v1/public/appeals/" + number).then().statusCode(200).body("$", not(hasKey("actions")));
    }

    /**
     * Every caller on an appeal in the status: what the view lists is exactly what is not refused
     * when tried, each with a valid body and the current ETag. A refusal changes nothing (as
     * LifecycleTransitionsTest checks), so the callers share the appeal; a success changes it, so
     * what follows is tried on a new appeal in the same status. A caller who cannot read the appeal
     * (404) gets no view and is refused every action.
     */
    @ParameterizedTest(name = "every caller on a {0} appeal: the listed actions are those that are not refused")
    @ValueSource(strings = {"REGISTERED", "ASSIGNED", "IN_PROGRESS", "RESOLVED", "CLOSED", "REDIRECTED", "WITHDRAWN"})
    void listedAreExactlyThoseNotRefused(String status) {
        Map<String, String> mismatches = new LinkedHashMap<>();
        long id = CaseFixtures.appealIn(status);
        String etag = read("chief", id).header("ETag");
        for (String caller : CALLERS) {
            Response view = read(caller, id);
            assertThat(view.statusCode()).as("%s reads a %s appeal", caller, status).isIn(200, 404);
            Set<String> listed = view.statusCode() == 200
                    ? new TreeSet<>(view.jsonPath().getList("actions", String.class)) : Set.of();
            Set<String> taken = new TreeSet<>();
            List<String> answers = new ArrayList<>();
            for (String action : ACTIONS) {
                int answer = given().auth().oauth2(token(caller)).contentType("application/json").header("If-Match", etag)
                        .body(CaseFixtures.bodyFor(action, id, calendar)).post("/api/v1/appeals/" + id + "/" + action).statusCode();
                answers.add(action + " " + answer);
                if (answer != 403 && answer != 404 && answer != 409) {
                    taken.add(action);
                    assertThat(answer).as("%s by %s on a %s appeal", action, caller, status).isEqualTo(200);
                    id = CaseFixtures.appealIn(status);
                    etag = read("chief", id).header("ETag");
                }
            }
            if (!taken.equals(listed)) {
                mismatches.put(caller, "listed " + listed + ", answered " + answers);
            }
        }
        assertThat(mismatches).as("callers whose listed actions differ from what they may take").isEmpty();
    }
}
