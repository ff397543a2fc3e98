package kz.appeals.statistics;

import static kz.appeals.support.CaseFixtures.assignment;
import static kz.appeals.support.CaseFixtures.done;
import static kz.appeals.support.CaseFixtures.reason;
import static kz.appeals.support.CaseFixtures.redirection;
import static kz.appeals.support.CaseFixtures.resolution;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import kz.appeals.common.RegionTime;
import kz.appeals.support.CaseFixtures;
import kz.appeals.support.Sql;
import kz.appeals.support.TestInfrastructure;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The control figures follow the case actions themselves (not SQL written by hand): a late
 * answer, an extension that makes the same answer timely, a returned and a reopened answer, a
 * redirection within and past 3 working days, the applicants' feedback and disputes (taken by phone,
 * dismissed, ended by a reopening), notices recorded on time and marked late by the deadline
 * watch. Each check compares the figures of the last
 * weeks before and after, and the answer with the recount over the raw tables.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class StatsControlFiguresTest {
    private static final String SUP = "supervisor";
    private static final String EX = "executor";

    @Inject
    AgroalDataSource dataSource;

    private final LocalDate today = RegionTime.localDate(Instant.now());
    /** Until a week ahead: an appeal received on a day off is registered on the next working day. */
    private final LocalDate last = today.plusDays(7);
    private final String query = "from=" + today.minusDays(40) + "&to=" + last;

    private Map<String, String> figures() {
        return StatsApi.total("analyst", query);
    }

    /** How each figure moved between two answers. */
    private static Map<String, Long> moved(Map<String, String> before, Map<String, String> after) {
        Map<String, Long> out = new HashMap<>();
        for (String f : StatsRecount.APPEAL_FIGURES) {
            if (!f.endsWith("Rate") && !f.startsWith("median") && !f.equals("averageRating")) {
                out.put(f, Long.parseLong(after.get(f)) - Long.parseLong(before.get(f)));
            }
        }
        return out;
    }

    /** A paper letter of PVL received 28 days ago: its 15 working days have run out. */
    private static long oldLetter() {
        return CaseFixtures.registerWritten("office", "PVL", OffsetDateTime.now(ZoneOffset.ofHours(5)).minusDays(28),
                CaseFixtures.marker("ctl"));
    }

    private void assertRecount() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            assertThat(figures()).isEqualTo(StatsRecount.appeals(c, today.minusDays(40), last, null, Set.of(), today)
                    .get(StatsRecount.TOTAL));
        }
    }

    @Test
    @DisplayName("an answer after the due date counts late; after an extension to a later day, the same answer is on time")
    void lateAndExtended() throws Exception {
        long late = oldLetter();
        long extended = oldLetter();
        Map<String, String> before = figures();
        done(SUP, late, "assignment", assignment("PVL-HOUSING"));
        done(EX, late, "resolution", resolution("POSITIVE", "The boiler was repaired."));
        done(SUP, extended, "assignment", assignment("PVL-HOUSING"));
        done(SUP, extended, "extension", Map.of("dueAt", nextWorkingDayAfter(today.plusDays(3)).toString(),
                "reason", "An inspection of the heating network is needed"));
        done(EX, extended, "resolution", resolution("EXPLAINED", "The network is inspected on Monday."));
        Map<String, String> after = figures();
        Map<String, Long> moved = moved(before, after);
        assertThat(moved).containsEntry("answeredLate", 1L).containsEntry("answeredOnTime", 1L)
                .containsEntry("extended", 1L).containsEntry("positive", 1L).containsEntry("explained", 1L);
        assertRecount();
    }

    @Test
    @DisplayName("a returned answer and a reopened appeal stay counted as returned and reopened whatever follows")
    void returnedAndReopened() throws Exception {
        long id = CaseFixtures.register("PVL", CaseFixtures.marker("ctl"));
        Map<String, String> before = figures();
        done(SUP, id, "assignment", assignment("PVL-HOUSING"));
        done(EX, id, "resolution", resolution("POSITIVE", "The valve was replaced."));
        done(SUP, id, "return", reason("Say when the heating came back"));
        assertThat(moved(before, figures())).containsEntry("returned", 1L).containsEntry("answeredOnTime", 0L)
                .containsEntry("reopened", 0L);
        done(EX, id, "resolution", resolution("POSITIVE", "The valve was replaced; heating is back."));
        done(SUP, id, "closure", Map.of());
        done(SUP, id, "reopening", reason("The applicant says it is cold again"));
        Map<String, Long> moved = moved(before, figures());
        assertThat(moved).containsEntry("returned", 1L).containsEntry("reopened", 1L).containsEntry("answeredOnTime", 0L)
                .containsEntry("pending", 0L);
        done(EX, id, "resolution", resolution("POSITIVE", "The riser was replaced."));
        done(SUP, id, "closure", Map.of());
        assertThat(moved(before, figures())).containsEntry("returned", 1L).containsEntry("reopened", 1L)
                .containsEntry("answeredOnTime", 1L);
        assertRecount();
    }

    @Test
    @DisplayName("a redirection on the day of registration is timely; one 28 days after receipt is late")
    void redirections() throws Exception {
        long timely = CaseFixtures.register("PVL", CaseFixtures.marker("ctl"));
        long late = oldLetter();
        Map<String, String> before = figures();
        done(SUP, timely, "redirection", redirection("Prosecutor's office"));
        done(SUP, late, "redirection", redirection("Prosecutor's office"));
        assertThat(moved(before, figures())).containsEntry("redirected", 2L).containsEntry("redirectedLate", 1L)
                .containsEntry("answeredLate", 0L).containsEntry("answeredOnTime", 0L);
        assertRecount();
    }

    @Test
    @DisplayName("collective and anonymous appeals are counted as they are registered")
    void collectiveAndAnonymous() throws Exception {
        Map<String, String> before = figures();
        io.restassured.RestAssured.given().auth().oauth2(kz.appeals.support.Tokens.of("office"))
                .contentType("application/json")
                .body(Map.of("channel", "WRITTEN", "type", "COMPLAINT", "topicCode", "UTIL_HEATING", "districtCode", "PVL",
                        "text", "The residents of building 12 ask for the heating to be repaired.", "signatories", 12,
                        "applicant", Map.of("kind", "INDIVIDUAL", "fullName", "Aigerim Sadykova", "phone", "+77012345678")))
                .post("/api/v1/appeals").then().statusCode(201);
        io.restassured.RestAssured.given().auth().oauth2(kz.appeals.support.Tokens.of("office"))
                .contentType("application/json")
                .body(Map.of("channel", "WRITTEN", "type", "REPORT", "topicCode", "UTIL_HEATING", "districtCode", "PVL",
                        "text", "Someone is stealing the heating pipes of building 12.",
                        "applicant", Map.of("kind", "ANONYMOUS")))
                .post("/api/v1/appeals").then().statusCode(201);
        assertThat(moved(before, figures())).containsEntry("received", 2L).containsEntry("collective", 1L)
                .containsEntry("anonymous", 1L);
        assertRecount();
    }

    @Test
    @DisplayName("feedback taken by phone counts; a dispute counts until a supervisor dismisses it or reopens the appeal,"
            + " and a reopening sets the feedback aside")
    void feedbackAndDisputes() throws Exception {
        long confirmed = closedPositive();
        long dismissed = closedPositive();
        long reopened = closedPositive();
        Map<String, String> before = figures();
        feedback(confirmed, true, 5);
        feedback(dismissed, false, 2);
        feedback(reopened, false, 1);
        Map<String, String> after = figures();
        assertThat(moved(before, after)).containsEntry("feedbackCount", 3L).containsEntry("confirmedPositive", 1L)
                .containsEntry("disputed", 2L);
        assertRecount();

        io.restassured.RestAssured.given().auth().oauth2(kz.appeals.support.Tokens.of(SUP)).contentType("application/json")
                .header("If-Match", kz.appeals.support.CaseFixtures.etag(SUP, dismissed))
                .body(reason("The heating was checked on site and works")).post("/api/v1/appeals/" + dismissed + "/feedback/dismissal")
                .then().statusCode(200);
        assertThat(moved(before, figures())).containsEntry("feedbackCount", 3L).containsEntry("disputed", 1L);
        done(SUP, reopened, "reopening", reason("The applicant says it is cold again"));
        assertThat(moved(before, figures())).containsEntry("feedbackCount", 2L).containsEntry("confirmedPositive", 1L)
                .containsEntry("disputed", 0L).containsEntry("positive", -1L);
        assertRecount();

        // answered and closed again: the earlier feedback was on the earlier closure
        done(EX, reopened, "resolution", resolution("POSITIVE", "The riser was replaced."));
        done(SUP, reopened, "closure", Map.of());
        assertThat(moved(before, figures())).containsEntry("feedbackCount", 2L).containsEntry("disputed", 0L);
        feedback(reopened, true, 4);
        assertThat(moved(before, figures())).containsEntry("feedbackCount", 3L).containsEntry("confirmedPositive", 2L);
        assertRecount();
    }

    @Test
    @DisplayName("a notice recorded by staff by its day counts on time; one still owed after its day counts late once the"
            + " deadline watch has marked it")
    void noticesOnTimeAndLate() throws Exception {
        long fresh = CaseFixtures.register("PVL", CaseFixtures.marker("ctl"));
        long old = oldLetter();
        Map<String, String> before = figures();
        io.restassured.RestAssured.given().auth().oauth2(kz.appeals.support.Tokens.of("operator"))
                .contentType("application/json")
                .body(Map.of("kind", "REGISTRATION", "channel", "PHONE", "note", "Read out the number"))
                .post("/api/v1/appeals/" + fresh + "/notices").then().statusCode(201);
        assertThat(moved(before, figures())).containsEntry("noticesOnTime", 1L).containsEntry("noticesLate", 0L);
        watch.fire(new kz.appeals.appeal.WatchRan(today));
        // the old letter's registration notice, owed since 25 days
        assertThat(moved(before, figures()).get("noticesLate")).isGreaterThanOrEqualTo(1L);
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select count(*) filter (where late), count(*) from notice"
                     + " where appeal_id = ?")) {
            ps.setLong(1, old);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getLong(1)).as("late notices of the old letter").isEqualTo(rs.getLong(2)).isPositive();
            }
        }
        assertRecount();
    }

    @Inject
    jakarta.enterprise.event.Event<kz.appeals.appeal.WatchRan> watch;

    /** A call-center appeal of PVL answered positively and closed. */
    private static long closedPositive() {
        long id = CaseFixtures.register("PVL", CaseFixtures.marker("ctl"));
        done(SUP, id, "assignment", assignment("PVL-HOUSING"));
        done(EX, id, "resolution", resolution("POSITIVE", "The valve was replaced."));
        done(SUP, id, "closure", Map.of());
        return id;
    }

    private static void feedback(long id, boolean solved, int rating) {
        io.restassured.RestAssured.given().auth().oauth2(kz.appeals.support.Tokens.of("operator"))
                .contentType("application/json").body(Map.of("solved", solved, "rating", rating))
                .post("/api/v1/appeals/" + id + "/feedback").then().statusCode(201);
    }

    private LocalDate nextWorkingDayAfter(LocalDate day) throws Exception {
        return Sql.value(dataSource, LocalDate.class, "select d::date from generate_series(?::date, ?::date + 20,"
                + " interval '1 day') d where stats_is_working_day(d::date) order by d limit 1", day, day);
    }
}
