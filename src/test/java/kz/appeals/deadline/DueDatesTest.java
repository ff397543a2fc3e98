package kz.appeals.deadline;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Terms in working days over the seeded calendar: weekends, holidays, moved days off, year ends. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class DueDatesTest {

    @Inject
    WorkingCalendar calendar;

    @ParameterizedTest(name = "received {0}: registered {1}, due {2}")
    @CsvSource({
            // an ordinary Monday: three plain weeks
            "2026-11-02, 2026-11-02, 2026-11-23",
            // a Saturday: registered on Monday
            "2026-11-21, 2026-11-23, 2026-12-14",
            // across Independence Day (16 Dec) and the New Year (1-2 Jan) and Orthodox Christmas (7 Jan)
            "2025-12-31, 2025-12-31, 2026-01-26",
            // received on New Year's Day: registered on the next working day, Monday 5 January
            "2026-01-01, 2026-01-05, 2026-01-27",
            // May 2026: Unity Day, Defender's Day, Victory Day on Saturday moved to Monday 11 May, Kurban Ait 27 May
            "2026-04-30, 2026-04-30, 2026-05-26",
            // Nauryz 2025 on Fri-Sun: its Saturday and Sunday move to Monday and Tuesday
            "2025-03-20, 2025-03-20, 2025-04-15"
    })
    void terms(String received, String registered, String due) {
        QuarkusTransaction.requiringNew().run(() -> {
            WorkingDays days = calendar.from(LocalDate.parse(received));
            LocalDate registeredOn = days.onOrAfter(LocalDate.parse(received));
            assertThat(registeredOn).hasToString(registered);
            assertThat(days.plus(registeredOn, 15)).hasToString(due);
        });
    }

    @Test
    @DisplayName("GET /calendar?year=2026 lists holidays and counts 246 working days")
    void calendarYear() {
        given().auth().oauth2(Tokens.of("operator")).get("/api/v1/calendar?year=2026")
                .then().statusCode(200)
                .body("year", equalTo(2026))
                .body("workingDays", equalTo(246))
                .body("days.date", hasItem("2026-05-11"));
    }

    @Test
    @DisplayName("PUT /calendar/{date} as admin: a holiday on a Sunday moves its day off to Monday")
    void adminRecordsHoliday() {
        // 2027-09-12 is a Sunday with nothing recorded; the next day is a plain Monday.
        given().auth().oauth2(Tokens.of("admin")).contentType("application/json")
                .body("{\"kind\":\"HOLIDAY\",\"name\":\"Test holiday\"}")
                .put("/api/v1/calendar/2027-09-12")
                .then().statusCode(200)
                .body("date", equalTo(java.util.List.of("2027-09-12", "2027-09-13")))
                .body("kind", equalTo(java.util.List.of("HOLIDAY", "DAY_OFF")));
        given().auth().oauth2(Tokens.of("admin")).delete("/api/v1/calendar/2027-09-13").then().statusCode(204);
        given().auth().oauth2(Tokens.of("admin")).delete("/api/v1/calendar/2027-09-12").then().statusCode(204);
        given().auth().oauth2(Tokens.of("operator")).contentType("application/json")
                .body("{\"kind\":\"HOLIDAY\",\"name\":\"x\"}").put("/api/v1/calendar/2027-09-12").then().statusCode(403);
    }

    @Test
    @DisplayName("the calendar held in memory follows every committed change, also one made by another instance, and no rolled-back one")
    void calendarCacheFollowsChanges() throws Exception {
        LocalDate day = LocalDate.parse("2027-10-13"); // a plain Wednesday
        QuarkusTransaction.requiringNew().run(() -> assertThat(calendar.all().isWorkingDay(day)).isTrue());
        // another instance (any other connection) records a day off
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("insert into calendar_day (day, kind, name, version) values (date '2027-10-13', 'DAY_OFF', 'Test', 0)");
        }
        QuarkusTransaction.requiringNew().run(() -> assertThat(calendar.all().isWorkingDay(day)).isFalse());
        // a change seen inside a transaction that rolls back is forgotten afterwards
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("delete from calendar_day where day = date '2027-10-13'");
        }
        QuarkusTransaction.requiringNew().run(() -> assertThat(calendar.all().isWorkingDay(day)).isTrue());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            jakarta.persistence.EntityManager em = io.quarkus.arc.Arc.container().instance(jakarta.persistence.EntityManager.class).get();
            em.createNativeQuery("insert into calendar_day (day, kind, name, version) values (date '2027-10-13', 'HOLIDAY', 'Rolled back', 0)")
                    .executeUpdate();
            assertThat(calendar.all().isWorkingDay(day)).isFalse();
            throw new IllegalStateException("roll back");
        }));
        QuarkusTransaction.requiringNew().run(() -> assertThat(calendar.all().isWorkingDay(day)).isTrue());
    }

    @Inject
    io.agroal.api.AgroalDataSource dataSource;
}
