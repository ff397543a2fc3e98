package kz.appeals.appeal;

import static io.restassured.RestAssured.given;
import static kz.appeals.support.CaseFixtures.act;
import static kz.appeals.support.CaseFixtures.assignment;
import static kz.appeals.support.CaseFixtures.done;
import static kz.appeals.support.CaseFixtures.etag;
import static kz.appeals.support.CaseFixtures.marker;
import static kz.appeals.support.CaseFixtures.progress;
import static kz.appeals.support.CaseFixtures.reason;
import static kz.appeals.support.CaseFixtures.register;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who sees which appeal: districts for supervisors and office staff, the assigned agency
 * for executors, the region for operators, chief and admin; 404 outside the scope, 403
 * for the roles that never read appeals.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class CaseScopeTest {

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(user.equals("portal-service") ? Tokens.portal() : Tokens.of(user));
    }

    /** A Pavlodar appeal assigned to PVL-HOUSING, its text carrying {@code marker}. */
    private static long pavlodarAppeal(String marker) {
        long id = register("PVL", marker);
        done("supervisor", id, "assignment", assignment("PVL-HOUSING"));
        return id;
    }

    @ParameterizedTest(name = "GET /appeals/'{id}' and its events, a PVL appeal assigned to PVL-HOUSING, as {0} answer {1}")
    @CsvSource({
            "supervisor, 200", "chief, 200", "office, 200", "executor, 200", "operator, 200", "admin, 200",
            "supervisor2, 404", "office2, 404", "executor2, 404",
            "analyst, 403", "portaluser, 403", "portal-service, 403"})
    void readScope(String user, int status) {
        long id = pavlodarAppeal("");
        as(user).get("/api/v1/appeals/" + id).then().statusCode(status).contentType(
                status == 200 ? "application/json" : "application/problem+json");
        as(user).get("/api/v1/appeals/" + id + "/events").then().statusCode(status);
    }

    @Test
    @DisplayName("GET /appeals/{id} of an appeal not yet assigned answers 404 to every executor")
    void executorSeesOnlyAssigned() {
        long id = register("PVL");
        as("executor").get("/api/v1/appeals/" + id).then().statusCode(404);
        as("supervisor").get("/api/v1/appeals/" + id).then().statusCode(200);
    }

    @Test
    @DisplayName("GET /appeals/{id} of an unknown id answers 404 like one out of scope")
    void unknownId() {
        as("chief").get("/api/v1/appeals/999999999").then().statusCode(404).contentType("application/problem+json");
    }

    @ParameterizedTest(name = "GET /appeals?q= as {0} lists {1} of a PVL appeal assigned to PVL-HOUSING and an EKB one")
    @CsvSource({
            "supervisor, PVL", "office, PVL", "executor, PVL", "supervisor2, EKB", "office2, EKB", "executor2, ''",
            "chief, EKB PVL", "operator, EKB PVL", "admin, EKB PVL"})
    void listScope(String user, String districts) {
        String word = marker("scope");
        pavlodarAppeal(word);
        register("EKB", word);
        List<String> seen = as(user).queryParam("q", word).get("/api/v1/appeals")
                .then().statusCode(200).extract().jsonPath().getList("items.districtCode");
        List<String> expected = districts.isBlank() ? List.of() : List.of(districts.split(" "));
        assertThat(seen).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest(name = "GET /appeals as {0} answers 403")
    @CsvSource({"analyst", "portaluser", "portal-service"})
    void listForbidden(String user) {
        as(user).get("/api/v1/appeals").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @DisplayName("POST actions on an appeal outside the caller's districts or agency answer 404")
    void actionsOutOfScope() {
        long id = pavlodarAppeal("");
        String tag = etag("supervisor", id);
        act("supervisor2", id, "assignment", assignment("EKB-HOUSING"), tag).statusCode(404);
        act("executor2", id, "progress", progress("Not ours", false), tag).statusCode(404);
        act("office2", id, "withdrawal", reason("Not ours"), tag).statusCode(404);
        act("executor", id, "progress", progress("Ours", true), tag).statusCode(200).body("status", equalTo("IN_PROGRESS"));
    }
}
