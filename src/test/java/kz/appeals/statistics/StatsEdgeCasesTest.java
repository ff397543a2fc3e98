package kz.appeals.statistics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kz.appeals.common.RegionTime;
import kz.appeals.support.Sql;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Edges of periods and cohorts. Other tests put appeals on the same days, so each check
 * compares the figures before and after this test's own appeals arrive or change.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class StatsEdgeCasesTest {

    @Inject
    AgroalDataSource dataSource;

    private static String ref() {
        return "E-" + UUID.randomUUID();
    }

    private static long figure(Map<String, String> total, String name) {
        return Long.parseLong(total.get(name));
    }

    @Test
    @DisplayName("GET /stats/appeals for an empty period answers zeros, rate 0.0000, median null, no groups")
    void emptyPeriod() {
        String body = StatsApi.get("analyst", "appeals", "from=2031-01-01&to=2031-12-31&groupBy=channel&compareYears=1");
        assertThat(body).contains("\"received\":0", "\"positiveRate\":0.0000", "\"medianWorkingDaysToAnswer\":null",
                "\"groups\":[]", "\"from\":\"2030-01-01\"");
        List<StatsApi.PeriodFigures> periods = StatsApi.periods(body, StatsRecount.APPEAL_FIGURES);
        assertThat(periods.get(0).total()).isEqualTo(StatsRecount.emptyAppeals());
        assertThat(periods.get(1).total()).isEqualTo(StatsRecount.emptyAppeals());
    }

    @Test
    @DisplayName("compareYears from 29 February 2024 compares with 28 February 2023 and 2022")
    void leapDay() {
        String query = "from=2024-02-29&to=2024-02-29&compareYears=2";
        Map<String, String> before = StatsApi.periods(StatsApi.get("analyst", "appeals", query), StatsRecount.APPEAL_FIGURES)
                .get(1).total();
        StatsApi.importLines(StatsApi.line(ref(), "AKS", "2023-02-28T10:00:00+05:00", null));
        List<StatsApi.PeriodFigures> after = StatsApi.periods(StatsApi.get("analyst", "appeals", query), StatsRecount.APPEAL_FIGURES);
        assertThat(after).extracting(StatsApi.PeriodFigures::from).map(Object::toString)
                .containsExactly("2024-02-29", "2023-02-28", "2022-02-28");
        assertThat(after).extracting(StatsApi.PeriodFigures::to).map(Object::toString)
                .containsExactly("2024-02-29", "2023-02-28", "2022-02-28");
        assertThat(figure(after.get(1).total(), "received")).isEqualTo(figure(before, "received") + 1);
    }

    @Test
    @DisplayName("an appeal received at 23:30 UTC on 31 December counts from the next local working day, in the next year")
    void timeZoneAndYearBoundary() throws Exception {
        String lastDay = "from=2025-12-31&to=2025-12-31";
        String firstWorkingDay = "from=2026-01-05&to=2026-01-05&groupBy=month";
        Map<String, String> lastBefore = StatsApi.total("analyst", lastDay);
        Map<String, String> firstBefore = StatsApi.total("analyst", firstWorkingDay);
        String late = ref();
        String inTime = ref();
        // 23:30 UTC is 04:30 on 1 January in Kazakhstan: 1-2 January are holidays, 3-4 a weekend.
        StatsApi.importLines(StatsApi.line(late, "PVL", "2025-12-31T23:30:00Z", null),
                StatsApi.line(inTime, "PVL", "2025-12-31T18:59:59Z", null));
        assertThat(registeredOn(late)).isEqualTo("2026-01-05");
        assertThat(registeredOn(inTime)).isEqualTo("2025-12-31");
        assertThat(figure(StatsApi.total("analyst", lastDay), "received")).isEqualTo(figure(lastBefore, "received") + 1);
        String body = StatsApi.get("analyst", "appeals", firstWorkingDay);
        assertThat(figure(StatsApi.periods(body, StatsRecount.APPEAL_FIGURES).get(0).total(), "received"))
                .isEqualTo(figure(firstBefore, "received") + 1);
        assertThat(StatsApi.periods(body, StatsRecount.APPEAL_FIGURES).get(0).groups()).containsOnlyKeys("2026-01");
    }

    @Test
    @DisplayName("an appeal answered after the period still counts as resolved and positive in its cohort")
    void answeredAfterThePeriod() {
        String january = "from=2024-01-10&to=2024-01-10";
        Map<String, String> before = StatsApi.total("analyst", january);
        StatsApi.importLines(StatsApi.line(ref(), "BAY", "2024-01-10T09:00:00+05:00", "2024-03-05T16:00:00+05:00"));
        Map<String, String> after = StatsApi.total("analyst", january);
        assertThat(figure(after, "received")).isEqualTo(figure(before, "received") + 1);
        assertThat(figure(after, "resolved")).isEqualTo(figure(before, "resolved") + 1);
        assertThat(figure(after, "positive")).isEqualTo(figure(before, "positive") + 1);
        assertThat(figure(after, "pending")).isEqualTo(figure(before, "pending"));
    }

    @Test
    @DisplayName("a reopened appeal is pending again and no longer positive, even when the outcome column is left set")
    void reopened() throws Exception {
        String day = "from=2024-04-16&to=2024-04-16";
        String cleared = ref();
        String stale = ref();
        StatsApi.importLines(StatsApi.line(cleared, "ZHL", "2024-04-16T09:00:00+05:00", "2024-04-20T12:00:00+05:00"),
                StatsApi.line(stale, "ZHL", "2024-04-16T09:30:00+05:00", "2024-04-22T12:00:00+05:00"));
        Map<String, String> before = StatsApi.total("analyst", day);
        try (Connection c = dataSource.getConnection()) {
            Sql.updateOne(c, "update appeal set status = 'IN_PROGRESS', outcome = null, answered_on = null, answered_at = null,"
                    + " closed_at = null where external_ref = ?", cleared);
            Sql.updateOne(c, "update appeal set status = 'IN_PROGRESS', closed_at = null where external_ref = ?", stale);
        }
        Map<String, String> after = StatsApi.total("analyst", day);
        assertThat(figure(after, "pending")).isEqualTo(figure(before, "pending") + 2);
        assertThat(figure(after, "resolved")).isEqualTo(figure(before, "resolved") - 2);
        assertThat(figure(after, "positive")).isEqualTo(figure(before, "positive") - 2);
        assertThat(figure(after, "received")).isEqualTo(figure(before, "received"));
    }

    @Test
    @DisplayName("GET /stats/appeals?groupBy=applicantGroup counts an appeal with two groups in both, and none under NONE")
    void applicantGroups() {
        String day = "from=2024-05-14&to=2024-05-14&groupBy=applicantGroup";
        List<StatsApi.PeriodFigures> before = StatsApi.periods(StatsApi.get("analyst", "appeals", day), StatsRecount.APPEAL_FIGURES);
        String two = StatsApi.line(ref(), "MAY", "2024-05-14T09:00:00+05:00", null)
                .replace("\"fullName\":\"Marat Ospanov\"", "\"fullName\":\"Marat Ospanov\",\"groups\":[\"VETERAN\",\"PENSIONER\"]");
        StatsApi.importLines(two, StatsApi.line(ref(), "MAY", "2024-05-14T10:00:00+05:00", null));
        StatsApi.PeriodFigures after = StatsApi.periods(StatsApi.get("analyst", "appeals", day), StatsRecount.APPEAL_FIGURES).get(0);
        assertThat(figure(after.total(), "received")).isEqualTo(figure(before.get(0).total(), "received") + 2);
        for (String group : List.of("VETERAN", "PENSIONER", "NONE")) {
            long earlier = before.get(0).groups().containsKey(group) ? figure(before.get(0).groups().get(group), "received") : 0;
            assertThat(figure(after.groups().get(group), "received")).as(group).isEqualTo(earlier + 1);
        }
    }

    @Test
    @DisplayName("an appeal answered on the holiday it arrived, before its registration day, takes 0 working days, compacted and rebuilt too")
    void answeredBeforeRegistration() throws Exception {
        // 1 January 2020 is a holiday and 2 January too: registered on Friday 3 January, answered on the 1st.
        StatsApi.importLines(StatsApi.line(ref(), "SHR", "2020-01-01T10:00:00+05:00", "2020-01-01T15:00:00+05:00"));
        Map<String, Map<String, String>> recount = districtsAsRecounted(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 31));
        assertThat(recount.get("SHR").get("medianWorkingDaysToAnswer")).isEqualTo("0");
    }

    @Test
    @DisplayName("an appeal answered two years after registration: the median takes its hundreds of working days, compacted and rebuilt too")
    void answeredYearsLater() throws Exception {
        // Alone in its district and month: its own working days are the district's median.
        StatsApi.importLines(StatsApi.line(ref(), "EKB", "2018-03-05T10:00:00+05:00", "2020-03-05T15:00:00+05:00"));
        Map<String, Map<String, String>> recount = districtsAsRecounted(LocalDate.of(2018, 3, 1), LocalDate.of(2018, 3, 31));
        assertThat(Integer.parseInt(recount.get("EKB").get("medianWorkingDaysToAnswer"))).isGreaterThan(400);
    }

    /**
     * Asserts that the figures of the period by district equal the recount as the triggers left
     * them, after compaction and after stats_rebuild(); returns the recount.
     */
    private Map<String, Map<String, String>> districtsAsRecounted(LocalDate first, LocalDate last) throws Exception {
        String query = "from=" + first + "&to=" + last + "&groupBy=districtCode";
        try (Connection c = dataSource.getConnection()) {
            Map<String, Map<String, String>> recount = StatsRecount.appeals(c, first, last, "districtCode", Set.of(),
                    RegionTime.localDate(Instant.now()));
            assertThat(StatsApi.periods(StatsApi.get("analyst", "appeals", query), StatsRecount.APPEAL_FIGURES).get(0).groups())
                    .isEqualTo(recount);
            c.createStatement().execute("select stats_compact()");
            assertThat(StatsApi.periods(StatsApi.get("analyst", "appeals", query), StatsRecount.APPEAL_FIGURES).get(0).groups())
                    .as("compacted").isEqualTo(recount);
            c.createStatement().execute("select stats_rebuild()");
            assertThat(StatsApi.periods(StatsApi.get("analyst", "appeals", query), StatsRecount.APPEAL_FIGURES).get(0).groups())
                    .as("after stats_rebuild()").isEqualTo(recount);
            return recount;
        }
    }

    private String registeredOn(String ref) throws Exception {
        return Sql.value(dataSource, String.class, "select registered_on::text from appeal where external_ref = ?", ref);
    }

    @Test
    @DisplayName("GET /stats/appeals?groupBy=agencyCode puts appeals without an agency under UNASSIGNED")
    void unassigned() {
        String day = "from=2024-07-09&to=2024-07-09&groupBy=agencyCode";
        StatsApi.importLines(StatsApi.line(ref(), "IRT", "2024-07-09T09:00:00+05:00", null));
        given().auth().oauth2(Tokens.of("analyst")).get("/api/v1/stats/appeals?" + day)
                .then().statusCode(200).body("groups.key", org.hamcrest.Matchers.hasItem("UNASSIGNED"));
    }
}
