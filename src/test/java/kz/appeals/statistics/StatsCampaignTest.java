package kz.appeals.statistics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kz.appeals.common.RegionTime;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The campaign walk-through of docs/receptions-and-campaigns.md, then its figures: a themed week in two districts with a
 * reception holding two appeals and a third appeal by phone, beside last year's themed week; read
 * by campaign in JSON and CSV, appeals and receptions, and against the recount.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class StatsCampaignTest {
    @Inject
    AgroalDataSource dataSource;

    private final LocalDate today = RegionTime.localDate(Instant.now());

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user)).contentType("application/json");
    }

    private static String code(String prefix) {
        return (prefix + "-" + Long.toString(System.nanoTime(), 36)).toUpperCase(Locale.ROOT);
    }

    private static void campaign(String code, LocalDate from, LocalDate to, String... districts) {
        as("admin").body("{\"code\": \"" + code + "\", \"name\": {\"ru\": \"Неделя поддержки семьи\", \"kk\":"
                        + " \"Отбасын қолдау апталығы\"}, \"kind\": \"THEMED_WEEK\", \"from\": \"" + from + "\", \"to\": \""
                        + to + "\", \"districts\": [\"" + String.join("\", \"", districts) + "\"]}")
                .post("/api/v1/campaigns").then().statusCode(201);
    }

    private static long appeal(String user, String body) {
        return ((Number) as(user).body(body).post("/api/v1/appeals").then().statusCode(201).extract().path("id")).longValue();
    }

    @Test
    @DisplayName("GET /stats/appeals and /stats/receptions?groupBy=campaign count a week's campaign, name it, and compare"
            + " it with last year's campaign of its kind, in JSON and CSV")
    void themedWeek() throws Exception {
        String week = code("FW");
        String lastYear = code("FW0");
        campaign(week, today, today.plusDays(6), "PVL", "EKB");
        LocalDate yearAgo = today.minusYears(1);
        campaign(lastYear, yearAgo, yearAgo.plusDays(6), "PVL");

        Number official = as("admin").body("{\"fullName\": \"Campaign Deputy " + week + "\", \"position\": \"Deputy\","
                + " \"officialType\": \"MASLIKHAT_DEPUTY\", \"districtCode\": \"PVL\"}")
                .post("/api/v1/officials").then().statusCode(201).extract().path("id");
        long reception = ((Number) as("office").body("{\"officialId\": " + official + ", \"districtCode\": \"PVL\","
                        + " \"format\": \"THEMATIC\", \"campaignCode\": \"" + week + "\", \"scheduledAt\": \""
                        + OffsetDateTime.of(today, LocalTime.of(10, 0), RegionTime.ZONE) + "\"}")
                .post("/api/v1/receptions").then().statusCode(201).extract().path("id")).longValue();
        for (String name : List.of("Aigerim Sadykova", "Nurlan Ospanov")) {
            appeal("office", "{\"channel\": \"RECEPTION\", \"receptionId\": " + reception + ", \"type\": \"STATEMENT\","
                    + " \"topicCode\": \"SOCIAL_FAMILIES\", \"districtCode\": \"PVL\", \"text\": \"Please explain the"
                    + " allowance for large families.\", \"applicant\": {\"kind\": \"INDIVIDUAL\", \"fullName\": \"" + name
                    + "\", \"phone\": \"+77012345678\", \"groups\": [\"LARGE_FAMILY\"]}}");
        }
        String etag = as("office").get("/api/v1/receptions/" + reception).then().statusCode(200).extract().header("ETag");
        as("office").header("If-Match", etag).body("{\"citizensReceived\": 2}").post("/api/v1/receptions/" + reception + "/holding")
                .then().statusCode(200);
        appeal("operator", "{\"channel\": \"CALL_CENTER\", \"campaignCode\": \"" + week + "\", \"type\": \"INQUIRY\","
                + " \"topicCode\": \"SOCIAL_FAMILIES\", \"districtCode\": \"EKB\", \"text\": \"When is the family support"
                + " week reception in Ekibastuz?\", \"applicant\": {\"kind\": \"INDIVIDUAL\", \"fullName\": \"Dana"
                + " Akhmetova\", \"phone\": \"+77017654321\"}}");
        // last year's week: one appeal, answered positively (a weekday, so that it is registered that day)
        LocalDate day = yearAgo;
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        StatsApi.importLines(StatsApi.line("CW-" + lastYear, "PVL", day + "T10:00:00+05:00", day + "T15:00:00+05:00")
                .replaceFirst("^\\{", "{\"campaignCode\": \"" + lastYear + "\", "));

        String query = "from=" + today + "&to=" + today.plusDays(6) + "&groupBy=campaign&compareYears=1";
        JsonPath json = new JsonPath(StatsApi.get("analyst", "appeals", query));
        Map<String, Object> row = json.getMap("groups.find { it.key == '" + week + "' }");
        assertThat(row).containsEntry("kind", "THEMED_WEEK").containsEntry("nameRu", "Неделя поддержки семьи")
                .containsEntry("nameKk", "Отбасын қолдау апталығы").containsEntry("received", 3).containsEntry("pending", 3);
        Map<String, Object> earlier = json.getMap("comparisons[0].groups.find { it.key == '" + week + "' }");
        assertThat(earlier).as("last year's themed weeks under this week's code").isNotNull();
        assertThat((Integer) earlier.get("received")).isGreaterThanOrEqualTo(1);
        assertThat((Integer) earlier.get("positive")).isGreaterThanOrEqualTo(1);
        assertThat(json.getMap("comparisons[0].groups.find { it.key == '" + lastYear + "' }"))
                .as("last year's campaign is compared under this year's code, not listed itself").isNull();

        String csv = given().auth().oauth2(Tokens.of("analyst")).accept("text/csv").get("/api/v1/stats/appeals?" + query)
                .then().statusCode(200).extract().asString();
        assertThat(csv.lines()).anySatisfy(l -> assertThat(l).startsWith(today + "/" + today.plusDays(6) + ",group," + week
                + ",THEMED_WEEK,Неделя поддержки семьи,Отбасын қолдау апталығы,3,0,3,"));

        JsonPath receptions = new JsonPath(StatsApi.get("analyst", "receptions", query));
        assertThat(receptions.getMap("groups.find { it.key == '" + week + "' }")).containsEntry("kind", "THEMED_WEEK")
                .containsEntry("receptionsHeld", 1).containsEntry("citizensReceived", 2).containsEntry("appealsReceived", 2);

        // and every row equals the recount
        List<StatsApi.PeriodFigures> periods = StatsApi.periods(json.prettify(), StatsRecount.APPEAL_FIGURES);
        try (Connection c = dataSource.getConnection()) {
            assertThat(periods.get(0).groups()).isEqualTo(StatsRecount.appeals(c, today, today.plusDays(6), "campaign",
                    Set.of(), today));
            assertThat(periods.get(1).groups()).isEqualTo(StatsRecount.byKind(periods.get(0).groups().keySet(),
                    StatsRecount.campaignKinds(c), StatsRecount.appeals(c, yearAgo, yearAgo.plusDays(6), "campaignKind",
                            Set.of(), today)));
        }
    }
}
