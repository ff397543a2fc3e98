package kz.appeals.statistics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import kz.appeals.catalogue.CatalogueService;
import kz.appeals.common.RegionTime;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Property: for random registers, ranges, groupings, comparison years and callers, every
 * figure of /stats equals a recount in plain SQL over the raw tables. The recount covers
 * every row of the database, whoever put it there, so it holds while other tests add
 * appeals (test classes run one after the other). Seeded: -Dstats.seed=N replays a run.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class StatsPropertyTest {
    static final long SEED = Long.getLong("stats.seed", new Random().nextLong());
    private static boolean imported;
    /** This run's mark on its appeals, receptions and campaigns (upper case: campaign codes are). */
    private static final String RUN_TAG = UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    CatalogueService catalogue;

    private final Random random = new Random(SEED);
    /** Groups with appeals that were compared: the recount must not be comparing empty answers. */
    private int comparedGroups;

    @BeforeAll
    static void printSeed() {
        // up front, so that a run that hangs or dies is replayable too, not only one that fails
        System.out.println("StatsPropertyTest seed " + SEED + " (replay with -Dstats.seed=" + SEED + ")");
    }

    @BeforeEach
    void importRegisterOnce() throws SQLException {
        if (imported) {
            return;
        }
        String run = RUN_TAG;
        List<String> districts = codes("select code from district where active");
        StatsRegister register = new StatsRegister(SEED, run, codes("select code from topic where active"),
                districts, servingAgencies(districts), Instant.now());
        // In parts, so that one request stays well inside the client's timeout on a busy machine.
        List<String> lines = register.ndjson(2500, 150).lines().toList();
        for (int from = 0; from < lines.size(); from += 500) {
            String part = String.join("\n", lines.subList(from, Math.min(lines.size(), from + 500))) + "\n";
            given().auth().oauth2(Tokens.of("admin")).contentType("application/x-ndjson")
                    .body(part.getBytes(StandardCharsets.UTF_8))
                    .post("/api/v1/imports/appeals")
                    .then().statusCode(200).body("rejected", equalTo(0));
        }
        try (Connection c = dataSource.getConnection()) {
            new StatsMutations(c, new Random(SEED), run).apply();
        }
        imported = true;
    }

    @Test
    @DisplayName("GET /stats/appeals equals the SQL recount for random ranges, groupings, comparisons and callers")
    void appealsEqualRecount() throws Exception {
        for (int q = 0; q < 60; q++) {
            checkAppeals(randomQuery(List.of("channel", "districtCode", "topicCode", "topicGroup", "agencyCode",
                    "officialId", "type", "applicantGroup", "campaign", "month")));
        }
        assertThat(comparedGroups).as("seed " + SEED + ": groups with appeals compared").isGreaterThan(200);
    }

    @Test
    @DisplayName("GET /stats/receptions equals the SQL recount for random ranges, groupings, comparisons and callers")
    void receptionsEqualRecount() throws Exception {
        for (int q = 0; q < 30; q++) {
            checkReceptions(randomQuery(List.of("officialType", "officialId", "districtCode", "format", "campaign", "month")));
        }
        assertThat(comparedGroups).as("seed " + SEED + ": groups with receptions compared").isGreaterThan(30);
    }

    @Test
    @DisplayName("the register exercises every control figure: none of them is compared as zeros only")
    void controlFiguresAreExercised() throws Exception {
        Query all = new Query("analyst", LocalDate.of(2023, 1, 1), LocalDate.of(2026, 12, 31), null, 0);
        Map<String, String> total = StatsApi.periods(StatsApi.get(all.user(), "appeals", all.text()),
                StatsRecount.APPEAL_FIGURES).get(0).total();
        for (String figure : List.of("answeredOnTime", "answeredLate", "extended", "redirected", "redirectedLate",
                "returned", "reopened", "collective", "anonymous", "feedbackCount", "confirmedPositive", "disputed",
                "noticesLate", "noticesOnTime")) {
            assertThat(Long.parseLong(total.get(figure))).as("seed " + SEED + ": " + figure).isGreaterThan(0);
        }
        checkAppeals(all);
        checkAppeals(new Query("analyst", all.from(), all.to(), "officialId", 0));
        checkAppeals(new Query("analyst", all.from(), all.to(), "campaign", 0));
    }

    @Test
    @DisplayName("GET /stats/appeals and /stats/receptions by campaign name each campaign and compare it with the"
            + " campaigns of its kind a year earlier, in JSON and CSV")
    void campaignsNamedAndComparedByKind() throws Exception {
        Query year = new Query("analyst", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "campaign", 1);
        String body = StatsApi.get(year.user(), "appeals", year.text());
        io.restassured.path.json.JsonPath json = new io.restassured.path.json.JsonPath(body);
        List<Map<String, Object>> groups = json.getList("groups");
        List<Map<String, Object>> earlier = json.getList("comparisons[0].groups");
        int campaigns = 0;
        try (Connection c = dataSource.getConnection()) {
            Map<String, String> kinds = StatsRecount.campaignKinds(c);
            for (Map<String, Object> g : groups) {
                String key = (String) g.get("key");
                assertThat(g.get("kind")).as("seed " + SEED + ": " + key).isEqualTo(key.equals("NONE") ? null : kinds.get(key));
                if (key.startsWith("S" + RUN_TAG)) {
                    campaigns++;
                    assertThat((String) g.get("nameRu")).startsWith("Кампания ");
                    assertThat((String) g.get("nameKk")).startsWith("Науқан ");
                }
            }
            assertThat(campaigns).as("seed " + SEED + ": this register's campaigns of 2025").isGreaterThanOrEqualTo(2);
            assertThat(earlier).as("seed " + SEED + ": campaigns of the same kind in 2024").isNotEmpty();
        }
        checkAppeals(year);
        checkReceptions(new Query("analyst", year.from(), year.to(), "campaign", 1));
        String csv = given().auth().oauth2(Tokens.of("analyst")).accept("text/csv")
                .get("/api/v1/stats/appeals?" + year.text()).then().statusCode(200).extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).startsWith("period,level,key,kind,nameRu,nameKk,received,");
        // total and groups of both years: as many rows as the JSON has
        assertThat(lines).hasSize(1 + 2 + groups.size() + earlier.size());
        Map<String, Object> first = groups.get(0);
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("2025-01-01/2025-12-31,group," + first.get("key") + ","
                + (first.get("kind") == null ? "" : first.get("kind")) + ",")
                .contains("," + first.get("received") + ","));
    }

    @Test
    @DisplayName("an imported redirection is late exactly when it came after the third working day after registration,"
            + " holidays and moved days off included")
    void importedRedirectionsLateByWorkingDays() throws Exception {
        // the deadline is the third working day after registration: a redirection on any later day,
        // a day off included, is late
        String sql = "select count(*), count(*) filter (where a.redirected_late),"
                + " count(*) filter (where a.redirected_late is distinct from (a.answered_on > a.deadline)),"
                + " count(*) filter (where exists (select 1 from calendar_day c where c.day > a.registered_on"
                + "   and c.day <= a.answered_on and c.kind <> 'WORKING_DAY'))"
                + " from (select x.*, (select x.registered_on + n.i from generate_series(1, 40) n(i)"
                + "   left join calendar_day cd on cd.day = x.registered_on + n.i"
                + "   where case when cd.kind is null then extract(dow from x.registered_on + n.i) not in (0, 6)"
                + "   else cd.kind = 'WORKING_DAY' end order by n.i offset 2 limit 1) as deadline"
                + "   from appeal x where x.status = 'REDIRECTED' and x.external_ref like 'S-%'"
                + "   and exists (select 1 from appeal_event e where e.appeal_id = x.id and e.kind = 'REDIRECTED')) a";
        try (Connection c = dataSource.getConnection(); var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            assertThat(rs.getLong(1)).as("imported redirections").isGreaterThan(20);
            assertThat(rs.getLong(2)).as("late ones").isGreaterThan(0).isLessThan(rs.getLong(1));
            assertThat(rs.getLong(4)).as("spanning a holiday or a day off").isGreaterThan(0);
            assertThat(rs.getLong(3)).as("whose flag disagrees with the working days").isZero();
        }
    }

    @Test
    @DisplayName("stats_rebuild() recomputes the same figures as the triggers kept")
    void rebuildKeepsFigures() throws Exception {
        Query year = new Query("analyst", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "districtCode", 2);
        String before = StatsApi.get(year.user(), "appeals", year.text());
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().execute("select stats_rebuild()");
        }
        assertThat(StatsApi.get(year.user(), "appeals", year.text())).isEqualTo(before);
        checkAppeals(year);
        checkAppeals(new Query("supervisor", LocalDate.of(2024, 2, 10), LocalDate.of(2025, 3, 20), "applicantGroup", 1));
        checkAppeals(new Query("chief", LocalDate.of(2024, 3, 5), LocalDate.of(2025, 9, 20), "officialId", 1));
        checkAppeals(new Query("analyst", LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31), "topicGroup", 2));
        checkReceptions(new Query("analyst", LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31), "officialId", 1));
    }

    record Query(String user, LocalDate from, LocalDate to, String groupBy, int compareYears) {
        String text() {
            return "from=" + from + "&to=" + to + "&compareYears=" + compareYears + (groupBy == null ? "" : "&groupBy=" + groupBy);
        }

        /** The supervisor of the demo realm is limited to Pavlodar; chief, analyst and admin see the region. */
        Set<String> districts() {
            return user.equals("supervisor") ? Set.of("PVL") : Set.of();
        }
    }

    private Query randomQuery(List<String> groupings) {
        String user = List.of("analyst", "supervisor", "chief", "admin").get(random.nextInt(4));
        LocalDate from;
        LocalDate to;
        switch (random.nextInt(4)) {
            case 0 -> {
                from = LocalDate.of(2023 + random.nextInt(4), 1, 1);
                to = from.plusYears(1).minusDays(1);
            }
            case 1 -> {
                from = LocalDate.of(2023 + random.nextInt(4), 1 + random.nextInt(12), 1);
                to = from.plusMonths(1 + random.nextInt(14)).minusDays(1);
            }
            default -> {
                from = LocalDate.of(2022, 10, 1).plusDays(random.nextInt(4 * 365 + 100));
                to = from.plusDays(random.nextInt(random.nextBoolean() ? 40 : 900));
            }
        }
        String groupBy = random.nextInt(8) == 0 ? null : groupings.get(random.nextInt(groupings.size()));
        return new Query(user, from, to, groupBy, random.nextInt(4));
    }

    private void checkAppeals(Query q) throws SQLException {
        List<StatsApi.PeriodFigures> answer = StatsApi.periods(StatsApi.get(q.user(), "appeals", q.text()),
                StatsRecount.APPEAL_FIGURES);
        LocalDate today = RegionTime.localDate(Instant.now());
        assertThat(answer).as(context(q)).hasSize(q.compareYears() + 1);
        try (Connection c = dataSource.getConnection()) {
            for (int k = 0; k < answer.size(); k++) {
                StatsApi.PeriodFigures p = answer.get(k);
                assertThat(p.from()).as(context(q)).isEqualTo(q.from().minusYears(k));
                assertThat(p.to()).as(context(q)).isEqualTo(q.to().minusYears(k));
                Map<String, Map<String, String>> total = StatsRecount.appeals(c, p.from(), p.to(), null, q.districts(), today);
                assertThat(p.total()).as(context(q) + " period " + p.from() + " total").isEqualTo(total.get(StatsRecount.TOTAL));
                if (q.groupBy() != null) {
                    Map<String, Map<String, String>> groups = k > 0 && q.groupBy().equals("campaign")
                            ? StatsRecount.byKind(answer.get(0).groups().keySet(), StatsRecount.campaignKinds(c),
                            StatsRecount.appeals(c, p.from(), p.to(), "campaignKind", q.districts(), today))
                            : StatsRecount.appeals(c, p.from(), p.to(), q.groupBy(), q.districts(), today);
                    assertThat(p.groups()).as(context(q) + " period " + p.from() + " groups").isEqualTo(groups);
                    comparedGroups += p.groups().size();
                }
            }
        }
    }

    private void checkReceptions(Query q) throws SQLException {
        List<StatsApi.PeriodFigures> answer = StatsApi.periods(StatsApi.get(q.user(), "receptions", q.text()),
                StatsRecount.RECEPTION_FIGURES);
        try (Connection c = dataSource.getConnection()) {
            for (int k = 0; k < answer.size(); k++) {
                StatsApi.PeriodFigures p = answer.get(k);
                assertThat(p.total()).as(context(q) + " period " + p.from() + " total")
                        .isEqualTo(StatsRecount.receptions(c, p.from(), p.to(), null, q.districts()).get(StatsRecount.TOTAL));
                if (q.groupBy() != null) {
                    Map<String, Map<String, String>> groups = k > 0 && q.groupBy().equals("campaign")
                            ? StatsRecount.byKind(answer.get(0).groups().keySet(), StatsRecount.campaignKinds(c),
                            StatsRecount.receptions(c, p.from(), p.to(), "campaignKind", q.districts()))
                            : StatsRecount.receptions(c, p.from(), p.to(), q.groupBy(), q.districts());
                    assertThat(p.groups()).as(context(q) + " period " + p.from() + " groups").isEqualTo(groups);
                    comparedGroups += p.groups().size();
                }
            }
        }
    }

    private static String context(Query q) {
        return "seed " + SEED + " (replay with -Dstats.seed=" + SEED + "), " + q.user() + " " + q.text();
    }

    /** Each district's active agencies that may answer its appeals, by the catalogue's one rule. */
    private Map<String, List<String>> servingAgencies(List<String> districts) throws SQLException {
        Map<String, String> agencyDistricts = new java.util.TreeMap<>();
        try (Connection c = dataSource.getConnection(); var rs = c.createStatement()
                .executeQuery("select code, district_code from agency where active order by code")) {
            while (rs.next()) {
                agencyDistricts.put(rs.getString(1), rs.getString(2));
            }
        }
        Map<String, List<String>> out = new java.util.TreeMap<>();
        for (String district : districts) {
            out.put(district, agencyDistricts.entrySet().stream()
                    .filter(a -> catalogue.serves(a.getValue(), district)).map(Map.Entry::getKey).toList());
            assertThat(out.get(district)).as("agencies serving " + district).isNotEmpty();
        }
        return out;
    }

    private List<String> codes(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); var rs = c.createStatement().executeQuery(sql + " order by code")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
