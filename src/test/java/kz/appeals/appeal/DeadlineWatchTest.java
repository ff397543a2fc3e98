package kz.appeals.appeal;

import static io.restassured.RestAssured.given;
import static kz.appeals.support.CaseFixtures.assignment;
import static kz.appeals.support.CaseFixtures.done;
import static kz.appeals.support.CaseFixtures.etag;
import static kz.appeals.support.CaseFixtures.register;
import static kz.appeals.support.CaseFixtures.resolution;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The daily deadline watch, run on chosen dates instead of today: "due soon" two working
 * days before the term ends, "overdue" after it, each once, open appeals only.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class DeadlineWatchTest {

    @Inject
    DeadlineWatch watch;

    /** Metrics are served on the management interface, not on the API port. */
    @ConfigProperty(name = "quarkus.management.test-port")
    int managementPort;

    private static LocalDate dueOf(long id) {
        return LocalDate.parse(given().auth().oauth2(Tokens.of("chief")).get("/api/v1/appeals/" + id)
                .then().statusCode(200).extract().<String>path("dueAt"));
    }

    private static List<String> kinds(long id) {
        return given().auth().oauth2(Tokens.of("chief")).get("/api/v1/appeals/" + id + "/events")
                .then().statusCode(200).extract().jsonPath().getList("items.kind");
    }

    @Test
    @DisplayName("the watch records DUE_SOON two working days before the term and OVERDUE after it, each once")
    void dueSoonThenOverdue() {
        long id = register("PVL");
        LocalDate due = dueOf(id);
        LocalDate twoBefore = Dates.workingDaysBefore(due, 2);
        LocalDate threeBefore = Dates.workingDaysBefore(due, 3);
        LocalDate dayAfter = Dates.workingDaysAfter(due, 1);

        watch.run(threeBefore);
        assertThat(kinds(id)).containsExactly("REGISTERED");

        String before = etag("chief", id);
        DeadlineWatch.Run soon = watch.run(twoBefore);
        assertThat(soon.workingDay()).isTrue();
        assertThat(soon.dueSoonRecorded()).isGreaterThanOrEqualTo(1);
        assertThat(soon.dueSoonOpen()).isGreaterThanOrEqualTo(1);
        assertThat(etag("chief", id)).as("the mark is a change of the appeal").isNotEqualTo(before);
        watch.run(twoBefore);
        watch.run(due);
        assertThat(kinds(id)).containsExactly("REGISTERED", "DUE_SOON");

        DeadlineWatch.Run late = watch.run(dayAfter);
        assertThat(late.overdueRecorded()).isGreaterThanOrEqualTo(1);
        assertThat(late.overdueOpen()).isGreaterThanOrEqualTo(1);
        watch.run(dayAfter);
        watch.run(Dates.workingDaysAfter(due, 5));
        assertThat(kinds(id)).containsExactly("REGISTERED", "DUE_SOON", "OVERDUE");

        Map<String, Object> overdue = given().auth().oauth2(Tokens.of("chief")).get("/api/v1/appeals/" + id + "/events")
                .then().extract().jsonPath().getMap("items[2]");
        assertThat(overdue.get("actor")).isEqualTo("system");
        assertThat(overdue.get("public")).isEqualTo(false);
        assertThat((String) overdue.get("note")).contains(due.toString());
    }

    @Test
    @DisplayName("the watch leaves appeals that are no longer open alone")
    void closedAppealsAreNotMarked() {
        long id = register("PVL");
        done("supervisor", id, "assignment", assignment("PVL-HOUSING"));
        done("executor", id, "resolution", resolution("POSITIVE", "Done."));
        done("supervisor", id, "closure", Map.of());
        watch.run(Dates.workingDaysAfter(dueOf(id), 1));
        assertThat(kinds(id)).containsExactly("REGISTERED", "ASSIGNED", "RESOLVED", "CLOSED");
    }

    @Test
    @DisplayName("the watch does nothing on a non-working day")
    void nonWorkingDay() {
        long id = register("PVL");
        LocalDate sunday = Dates.workingDaysAfter(dueOf(id), 1).with(DayOfWeek.SUNDAY);
        DeadlineWatch.Run run = watch.run(sunday);
        assertThat(run.workingDay()).isFalse();
        assertThat(run.overdueRecorded() + run.dueSoonRecorded()).isZero();
        assertThat(kinds(id)).containsExactly("REGISTERED");
    }

    @Test
    @DisplayName("GET /q/metrics on the management port exposes the watch's gauges and counters")
    void metrics() {
        long id = register("PVL");
        watch.run(Dates.workingDaysAfter(dueOf(id), 1));
        given().baseUri("http://127.0.0.1").port(managementPort).get("/q/metrics").then().statusCode(200)
                .body(containsString("appeals_overdue "))
                .body(containsString("appeals_due_soon "))
                .body(containsString("appeals_deadline_marks_total{kind=\"OVERDUE\"}"));
    }

}
