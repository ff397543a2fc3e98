package kz.appeals.appeal;

import static io.restassured.RestAssured.given;
import static kz.appeals.support.CaseFixtures.act;
import static kz.appeals.support.CaseFixtures.assignment;
import static kz.appeals.support.CaseFixtures.done;
import static kz.appeals.support.CaseFixtures.progress;
import static kz.appeals.support.CaseFixtures.reason;
import static kz.appeals.support.CaseFixtures.register;
import static kz.appeals.support.CaseFixtures.resolution;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The timeline after a whole life: every step, who took it, in which role, and whether the applicant sees it. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class TimelineTest {

    @Test
    @DisplayName("GET /appeals/{id}/events after a full life lists every step in order with actor, role and visibility")
    void fullLife() {
        long id = register("PVL");
        String dueAt = given().auth().oauth2(Tokens.of("supervisor")).get("/api/v1/appeals/" + id)
                .then().extract().path("dueAt");
        String extendedTo = Dates.workingDayOnOrAfter(dueAt, 7);

        done("supervisor", id, "assignment", Map.of("agencyCode", "PVL-HOUSING", "note", "Check the boiler house"));
        done("executor", id, "progress", progress("An inspection is scheduled for Thursday", true));
        done("executor", id, "progress", progress("Boiler house contractor called", false));
        done("supervisor", id, "extension", Map.of("dueAt", extendedTo, "reason", "Spare parts are on their way"));
        done("executor", id, "resolution", resolution("EXPLAINED", "First answer"));
        done("supervisor", id, "return", reason("Say when the heating comes back"));
        done("executor", id, "resolution", resolution("POSITIVE", "The heating was restored on Friday."));
        done("supervisor", id, "closure", Map.of());
        act("supervisor", id, "closure", Map.of()).statusCode(409);
        done("supervisor", id, "reopening", reason("The applicant says it is cold again"));
        done("supervisor", id, "resolution", resolution("POSITIVE", "The valve was replaced."));
        done("supervisor", id, "closure", Map.of());

        JsonPath timeline = given().auth().oauth2(Tokens.of("supervisor")).get("/api/v1/appeals/" + id + "/events")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> events = timeline.getList("items");

        assertThat(timeline.getList("items.kind")).containsExactly("REGISTERED", "ASSIGNED", "PROGRESS", "PROGRESS",
                "EXTENDED", "RESOLVED", "RETURNED", "RESOLVED", "CLOSED", "REOPENED", "RESOLVED", "CLOSED");
        assertThat(timeline.getList("items.actor")).containsExactly("operator", "supervisor", "executor", "executor",
                "supervisor", "executor", "supervisor", "executor", "supervisor", "supervisor", "supervisor", "supervisor");
        assertThat(timeline.getList("items.actorRole")).containsExactly("operator", "supervisor", "executor", "executor",
                "supervisor", "executor", "supervisor", "executor", "supervisor", "supervisor", "supervisor", "supervisor");
        assertThat(timeline.getList("items.public")).containsExactly(true, false, true, false,
                true, false, false, false, true, true, false, true);
        assertThat(timeline.getList("items.statusBefore")).containsExactly(null, "REGISTERED", "ASSIGNED", "IN_PROGRESS",
                "IN_PROGRESS", "IN_PROGRESS", "RESOLVED", "IN_PROGRESS", "RESOLVED", "CLOSED", "IN_PROGRESS", "RESOLVED");
        assertThat(timeline.getList("items.statusAfter")).containsExactly("REGISTERED", "ASSIGNED", "IN_PROGRESS",
                "IN_PROGRESS", "IN_PROGRESS", "RESOLVED", "IN_PROGRESS", "RESOLVED", "CLOSED", "IN_PROGRESS", "RESOLVED",
                "CLOSED");

        assertThat(note(events, 1)).contains("agencyCode: none → PVL-HOUSING").contains("Check the boiler house");
        assertThat(note(events, 4)).contains("dueAt: " + dueAt + " → " + extendedTo).contains("Spare parts");
        assertThat(note(events, 5)).contains("outcome: none → EXPLAINED").contains("First answer");
        assertThat(note(events, 6)).contains("outcome: EXPLAINED → none").contains("Say when the heating comes back");
        assertThat(note(events, 8)).contains("POSITIVE").contains("The heating was restored on Friday.");
        assertThat(note(events, 9)).contains("outcome: POSITIVE → none").contains("cold again");

        List<String> times = timeline.getList("items.occurredAt");
        // From the first action on (registration may be stamped with the next working day's start).
        for (int i = 2; i < times.size(); i++) {
            assertThat(OffsetDateTime.parse(times.get(i))).isAfterOrEqualTo(OffsetDateTime.parse(times.get(i - 1)));
        }
        assertThat(times.get(0)).endsWith("+05:00");

        JsonPath appeal = given().auth().oauth2(Tokens.of("supervisor")).get("/api/v1/appeals/" + id)
                .then().statusCode(200).extract().jsonPath();
        assertThat(appeal.getString("status")).isEqualTo("CLOSED");
        assertThat(appeal.getString("outcome")).isEqualTo("POSITIVE");
        assertThat(appeal.getString("answer")).isEqualTo("The valve was replaced.");
        assertThat(appeal.getString("dueAt")).isEqualTo(extendedTo);
        assertThat(appeal.getBoolean("extended")).isTrue();
        assertThat(appeal.getString("answeredAt")).isNotNull();
        assertThat(appeal.getString("closedAt")).isNotNull();
        assertThat(appeal.getString("agencyCode")).isEqualTo("PVL-HOUSING");
        assertThat(appeal.<Object>get("workingDaysLeft")).isNull();
    }

    @Test
    @DisplayName("GET /appeals/{id}/events of a new appeal holds its public registration entry only")
    void newAppeal() {
        long id = register("PVL");
        given().auth().oauth2(Tokens.of("operator")).get("/api/v1/appeals/" + id + "/events")
                .then().statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.equalTo(1))
                .body("items[0].kind", org.hamcrest.Matchers.equalTo("REGISTERED"))
                .body("items[0].public", org.hamcrest.Matchers.equalTo(true))
                .body("nextCursor", org.hamcrest.Matchers.nullValue());
    }

    private static String note(List<Map<String, Object>> events, int index) {
        return (String) events.get(index).get("note");
    }
}
