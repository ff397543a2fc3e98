package kz.appeals.statistics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kz.appeals.common.LockKeys;
import kz.appeals.common.RegionTime;
import kz.appeals.support.IntakeFixtures;
import kz.appeals.support.Sql;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Figures follow writes at once: registrations, answers, calendar edits, officials' kinds. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class StatsLiveTest {

    @Inject
    AgroalDataSource dataSource;

    private static long figure(Map<String, String> total, String name) {
        return Long.parseLong(total.get(name));
    }

    @Test
    @DisplayName("an appeal registered and then answered shows in the very next GET /stats/appeals, compacted or not")
    void registeredThenAnswered() throws Exception {
        // Registered today, or on the next working day when today is not one.
        LocalDate today = RegionTime.localDate(Instant.now());
        String query = "from=" + today + "&to=" + today.plusDays(10);
        Map<String, String> before = StatsApi.total("analyst", query);
        long id = ((Number) IntakeFixtures.post(Tokens.of("operator"), IntakeFixtures.callCenter()).then().statusCode(201)
                .extract().path("id")).longValue();
        Map<String, String> registered = StatsApi.total("analyst", query);
        assertThat(figure(registered, "received")).isEqualTo(figure(before, "received") + 1);
        assertThat(figure(registered, "pending")).isEqualTo(figure(before, "pending") + 1);
        try (Connection c = dataSource.getConnection()) {
            Sql.updateOne(c, "update appeal set status = 'RESOLVED', outcome = 'POSITIVE', agency_code = 'PVL-HOUSING',"
                    + " answer = 'Repaired', answered_at = now(), answered_on = registered_on where id = ?", id);
            Map<String, String> answered = StatsApi.total("analyst", query);
            assertThat(figure(answered, "positive")).isEqualTo(figure(registered, "positive") + 1);
            assertThat(figure(answered, "pending")).isEqualTo(figure(registered, "pending") - 1);
            assertThat(answered.get("medianWorkingDaysToAnswer")).isNotEqualTo("null");

            c.createStatement().execute("select stats_compact()");
            assertThat(StatsApi.total("analyst", query)).as("compaction changes no figure").isEqualTo(answered);

            Sql.updateOne(c, "update appeal set status = 'IN_PROGRESS', outcome = null, answered_on = null, answered_at = null"
                    + " where id = ?", id);
            assertThat(StatsApi.total("analyst", query)).as("returned: pending again").isEqualTo(registered);
        }
    }

    @Test
    @DisplayName("a holiday recorded on a past day moves the working days to answer of the appeals that span it")
    void calendarEdit() throws Exception {
        String ref = "L-" + UUID.randomUUID();
        StatsApi.importLines(StatsApi.line(ref, "USP", "2024-06-10T09:00:00+05:00", "2024-06-20T12:00:00+05:00"));
        String query = "from=2024-06-10&to=2024-06-10&groupBy=districtCode";
        LocalDate day = LocalDate.of(2024, 6, 10);
        try (Connection c = dataSource.getConnection()) {
            String before = StatsApi.get("analyst", "appeals", query);
            assertRecount(c, day, query);
            given().auth().oauth2(Tokens.of("admin")).contentType("application/json")
                    .body("{\"kind\":\"HOLIDAY\",\"name\":\"Statistics test holiday\"}")
                    .put("/api/v1/calendar/2024-06-12").then().statusCode(200);
            try {
                Map<String, String> usp = StatsApi.periods(StatsApi.get("analyst", "appeals", query),
                        StatsRecount.APPEAL_FIGURES).get(0).groups().get("USP");
                assertThat(usp).isEqualTo(StatsRecount.appeals(c, day, day, "districtCode", Set.of(),
                        RegionTime.localDate(Instant.now())).get("USP"));
                assertRecount(c, day, query);
            } finally {
                given().auth().oauth2(Tokens.of("admin")).delete("/api/v1/calendar/2024-06-12").then().statusCode(204);
            }
            assertThat(StatsApi.get("analyst", "appeals", query)).isEqualTo(before);
        }
    }

    @Test
    @DisplayName("changing an official's kind moves their receptions between officialType groups")
    void officialKind() throws Exception {
        String ref = "LR-" + UUID.randomUUID();
        String name = "Live Official " + UUID.randomUUID().toString().substring(0, 8);
        StatsApi.importLines(StatsApi.line("L-" + UUID.randomUUID(), "TRK", "2024-10-15T11:00:00+05:00", "2024-10-18T11:00:00+05:00")
                .replace("\"channel\":\"WRITTEN\"", "\"channel\":\"RECEPTION\"")
                .replace("\"receivedAt\"", "\"reception\":{\"externalRef\":\"" + ref + "\",\"officialType\":\"MASLIKHAT_DEPUTY\","
                        + "\"officialName\":\"" + name + "\",\"heldAt\":\"2024-10-15T10:00:00+05:00\",\"format\":\"MOBILE\","
                        + "\"citizensReceived\":9},\"receivedAt\""));
        String query = "from=2024-10-01&to=2024-10-31&groupBy=officialType";
        try (Connection c = dataSource.getConnection()) {
            PreparedStatement ps = c.prepareStatement("update official set official_type = 'AGENCY_HEAD' where full_name = ?");
            ps.setString(1, name);
            assertThat(ps.executeUpdate()).isEqualTo(1);
            StatsApi.PeriodFigures october = StatsApi.periods(StatsApi.get("analyst", "receptions", query),
                    StatsRecount.RECEPTION_FIGURES).get(0);
            assertThat(october.groups()).isEqualTo(StatsRecount.receptions(c, LocalDate.of(2024, 10, 1),
                    LocalDate.of(2024, 10, 31), "officialType", Set.of()));
        }
    }

    private void assertRecount(Connection c, LocalDate day, String query) throws Exception {
        StatsApi.PeriodFigures p = StatsApi.periods(StatsApi.get("analyst", "appeals", query), StatsRecount.APPEAL_FIGURES).get(0);
        assertThat(p.groups()).isEqualTo(StatsRecount.appeals(c, day, day, "districtCode", Set.of(),
                RegionTime.localDate(Instant.now())));
    }

    @Test
    @DisplayName("compaction in chunks: after moving part of the pending deltas every figure is unchanged, and the rest stays pending")
    void partialCompaction() throws Exception {
        LocalDate today = RegionTime.localDate(Instant.now());
        String query = "from=" + today.minusDays(3) + "&to=" + today.plusDays(3) + "&groupBy=channel";
        try (Connection c = dataSource.getConnection()) {
            // a session lock on the compactor's key keeps the service's own compactor out while this
            // session compacts (its transaction lock on the same key is granted to this session only)
            c.createStatement().execute("select pg_advisory_lock(" + LockKeys.STATS_COMPACTOR.key() + ")");
            try {
                for (int i = 0; i < 3; i++) {
                    IntakeFixtures.post(Tokens.of("operator"), IntakeFixtures.callCenter()).then().statusCode(201);
                }
                String before = StatsApi.get("analyst", "appeals", query);
                long pending = Sql.count(c, "select count(*) from stats_appeal_delta");
                assertThat(pending).isGreaterThanOrEqualTo(3);
                assertThat(Sql.count(c, "select stats_compact(1)")).isBetween(1L, 2L);
                assertThat(Sql.count(c, "select count(*) from stats_appeal_delta")).isEqualTo(pending - 1);
                assertThat(StatsApi.get("analyst", "appeals", query)).isEqualTo(before);
            } finally {
                c.createStatement().execute("select pg_advisory_unlock(" + LockKeys.STATS_COMPACTOR.key() + ")");
            }
        }
    }

    @Test
    @DisplayName("the compactor vacuums the delta queue once it has moved enough deltas, and no figure changes")
    void queueVacuumed() throws Exception {
        String query = "from=2017-01-01&to=2017-12-31&groupBy=channel";
        String before = StatsApi.get("analyst", "appeals", query);
        try (Connection c = dataSource.getConnection()) {
            long vacuums = Sql.count(c, "select vacuum_count from pg_stat_user_tables where relname = 'stats_appeal_delta'");
            // pairs that cancel out: the compactor moves them like any delta, and no figure moves
            int pairs = (int) (StatsCompactor.VACUUM_AFTER / 2 + 1);
            try (PreparedStatement ps = c.prepareStatement("insert into stats_appeal_delta (sign, registered_on, district_code, channel, topic_code, agency_code,"
                    + " type, applicant_groups, is_repeat, resolved, outcome, working_days, due_on)"
                    + " select s.sign, date '2017-06-01', 'PVL', 'PORTAL', 'HOUSING', 'UNASSIGNED', 'STATEMENT', array['NONE'],"
                    + " false, true, 'POSITIVE', 3, null from generate_series(1, ?) g cross join (values (1), (-1)) s(sign)")) {
                ps.setInt(1, pairs);
                assertThat(ps.executeUpdate()).isEqualTo(2 * pairs);
            }
            assertThat(StatsApi.get("analyst", "appeals", query)).as("pending deltas that cancel out").isEqualTo(before);
            await("the compactor vacuums the delta queue")
                    .atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).pollInSameThread()
                    .until(() -> {
                        c.createStatement().execute("select pg_stat_clear_snapshot()");
                        return Sql.count(c, "select vacuum_count from pg_stat_user_tables where relname = 'stats_appeal_delta'");
                    }, vacuumCount -> vacuumCount > vacuums);
            assertThat(Sql.count(c, "select count(*) from stats_appeal_delta where registered_on = date '2017-06-01'")).isZero();
        }
        assertThat(StatsApi.get("analyst", "appeals", query)).as("compacted").isEqualTo(before);
    }


}
