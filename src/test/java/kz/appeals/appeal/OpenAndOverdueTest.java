package kz.appeals.appeal;

import static io.restassured.RestAssured.given;
import static kz.appeals.support.CaseFixtures.assignment;
import static kz.appeals.support.CaseFixtures.done;
import static kz.appeals.support.CaseFixtures.marker;
import static kz.appeals.support.CaseFixtures.reason;
import static kz.appeals.support.CaseFixtures.registerWritten;
import static kz.appeals.support.CaseFixtures.resolution;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * One definition of "open", and so of "overdue": {@link AppealStatus#isOpen()} in Java and
 * appeal_status_is_open() in SQL, which the appeal view, the list filter, the deadline watch
 * and the statistics all follow. An answered appeal (RESOLVED) waits for the control
 * officer, not for the executor: it is not overdue, and it is again once its answer is returned.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class OpenAndOverdueTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    DeadlineWatch watch;

    @Test
    @DisplayName("appeal_status_is_open() in SQL answers as AppealStatus.isOpen() for every status")
    void sqlAgreesWithJava() throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select appeal_status_is_open(?)")) {
            for (AppealStatus status : AppealStatus.values()) {
                ps.setString(1, status.name());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    assertThat(rs.getBoolean(1)).as(status.name()).isEqualTo(status.isOpen());
                }
            }
        }
    }

    @Test
    @DisplayName("an answered appeal past its term is overdue nowhere (view, list, watch, gauge, /stats) until its answer is returned")
    void answeredIsNotOverdue() {
        String word = marker("answered");
        // received 29 days ago: its 15 working days have run out
        OffsetDateTime received = OffsetDateTime.now(ZoneOffset.ofHours(5)).minusDays(29);
        long id = registerWritten("office", "PVL", received, word);
        done("supervisor", id, "assignment", assignment("PVL-HOUSING"));
        done("executor", id, "resolution", resolution("POSITIVE", "The heating is back."));
        JsonPath view = view(id);
        LocalDate due = LocalDate.parse(view.getString("dueAt"));
        LocalDate registered = LocalDate.parse(view.getString("registeredAt").substring(0, 10));
        LocalDate watchDay = Dates.workingDaysAfter(due, 1);
        String stats = "from=" + registered + "&to=" + registered + "&groupBy=districtCode";

        assertThat(view.getBoolean("overdue")).isFalse();
        assertThat(view.<Object>get("workingDaysLeft")).as("no term left to count once answered").isNull();
        assertThat(overdueList(word)).isEmpty();
        DeadlineWatch.Run answered = watch.run(watchDay);
        assertThat(events(id)).doesNotContain("OVERDUE");
        int statsAnswered = overdueInStats(stats);

        done("supervisor", id, "return", reason("Say when the heating came back"));
        assertThat(view(id).getBoolean("overdue")).isTrue();
        assertThat(overdueList(word)).containsExactly(id);
        DeadlineWatch.Run returned = watch.run(watchDay);
        assertThat(events(id)).contains("OVERDUE");
        assertThat(returned.overdueOpen() - answered.overdueOpen()).as("the gauge").isEqualTo(1);
        assertThat(overdueInStats(stats) - statsAnswered).as("/stats overdue").isEqualTo(1);
    }

    private static JsonPath view(long id) {
        return given().auth().oauth2(Tokens.of("chief")).get("/api/v1/appeals/" + id)
                .then().statusCode(200).extract().jsonPath();
    }

    private static List<Long> overdueList(String word) {
        return given().auth().oauth2(Tokens.of("chief")).queryParam("q", word).queryParam("overdue", "true")
                .get("/api/v1/appeals").then().statusCode(200).extract().jsonPath().getList("items.id", Long.class);
    }

    private static List<String> events(long id) {
        return given().auth().oauth2(Tokens.of("chief")).get("/api/v1/appeals/" + id + "/events")
                .then().statusCode(200).extract().jsonPath().getList("items.kind");
    }

    private static int overdueInStats(String query) {
        return given().auth().oauth2(Tokens.of("admin")).get("/api/v1/stats/appeals?" + query)
                .then().statusCode(200).extract().path("total.overdue");
    }
}
