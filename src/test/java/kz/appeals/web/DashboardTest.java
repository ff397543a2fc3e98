package kz.appeals.web;

import static io.restassured.RestAssured.given;
import static kz.appeals.web.ConsolePages.digits;
import static kz.appeals.web.ConsolePages.reportCell;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.appeals.common.RegionTime;
import kz.appeals.support.Browser;
import kz.appeals.support.CaseFixtures;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The analyst's dashboard in headless Chromium: every figure it shows is the one the statistics
 * API gives for the same period, the CSV it saves is the API's CSV, and the campaigns listed are
 * those whose period overlaps the one chosen.
 */
@QuarkusTest
@TestProfile(BrowserTestProfile.class)
@WithTestResource(TestInfrastructure.class)
class DashboardTest extends BrowserTestBase {
    static LocalDate today() {
        return RegionTime.localDate(Instant.now());
    }

    private static JsonPath stats(String what, LocalDate from, LocalDate to, String extra) {
        return given().auth().oauth2(Tokens.of("analyst"))
                .get("/api/v1/stats/" + what + "?from=" + from + "&to=" + to + extra)
                .then().statusCode(200).extract().jsonPath();
    }

    /** An appeal answered positively and closed, one assigned only, in two districts: figures that are not all zero. */
    private static void someAppeals() {
        long closed = CaseFixtures.register("PVL");
        CaseFixtures.done("supervisor", closed, "assignment", CaseFixtures.assignment("PVL-HOUSING"));
        CaseFixtures.done("executor", closed, "resolution", CaseFixtures.resolution("POSITIVE", "Repaired."));
        CaseFixtures.done("supervisor", closed, "closure", Map.of());
        CaseFixtures.register("EKB");
    }

    /**
     * A small register of last year and of this year's past months, imported as an administrator
     * would (NDJSON): months, districts, channels, topic groups and outcomes that differ, so that
     * every chart and the earlier year have something to show. Known references are skipped, so
     * importing it again changes nothing.
     */
    private static void importRegister() {
        String[] districts = {"PVL", "PVL", "EKB", "AKS", "BAY"};
        String[] channels = {"CALL_CENTER", "WRITTEN", "PORTAL"};
        String[] topics = {"UTIL_HEATING", "HOUSING_QUEUE", "ROADS_REPAIR", "EDU_KINDERGARTEN", "SOCIAL_FAMILIES"};
        StringBuilder lines = new StringBuilder();
        for (int year = today().getYear() - 1; year <= today().getYear(); year++) {
            for (int month = 1; month <= 12; month++) {
                LocalDate day = LocalDate.of(year, month, 10);
                if (!day.isBefore(today().withDayOfMonth(1))) {
                    break;
                }
                for (int k = 0; k < 3 + (month * 7 + year) % 5; k++) {
                    String outcome = k % 4 == 3 ? "EXPLAINED" : (k + month) % 6 == 5 ? "REJECTED" : "POSITIVE";
                    OffsetDateTime received = OffsetDateTime.of(day, LocalTime.of(10, k), RegionTime.ZONE);
                    lines.append(String.format("{\"externalRef\": \"DASH-%d-%02d-%d\", \"channel\": \"%s\", \"type\": \"STATEMENT\","
                                    + " \"topicCode\": \"%s\", \"districtCode\": \"%s\", \"text\": \"Imported for the dashboard.\","
                                    + " \"applicant\": {\"kind\": \"INDIVIDUAL\", \"fullName\": \"Imported Applicant\", \"phone\": \"+77010000000\"},"
                                    + " \"receivedAt\": \"%s\", \"resolution\": {\"agencyCode\": \"REG-AKIMAT\", \"resolvedAt\": \"%s\","
                                    + " \"outcome\": \"%s\", \"answer\": \"Answered.\"}}%n",
                            year, month, k, channels[(k + month) % 3], topics[(k + month) % 5], districts[k % 5], received,
                            received.plusDays(6), outcome));
                }
            }
        }
        given().auth().oauth2(Tokens.of("admin")).contentType("application/x-ndjson").body(lines.toString().getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/imports/appeals").then().statusCode(200).body("rejected", org.hamcrest.Matchers.equalTo(0));
    }

    /** A reception held today by a new official of the kind, with the citizens received. */
    private static void heldReception(String officialType, int citizens) {
        Number official = given().auth().oauth2(Tokens.of("admin")).contentType("application/json")
                .body("{\"fullName\": \"Dashboard Official " + System.nanoTime() + "\", \"position\": \"Test position\","
                        + " \"officialType\": \"" + officialType + "\", \"districtCode\": \"PVL\"}")
                .post("/api/v1/officials").then().statusCode(201).extract().path("id");
        OffsetDateTime midnight = OffsetDateTime.of(today(), LocalTime.MIDNIGHT, RegionTime.ZONE);
        Response scheduled = given().auth().oauth2(Tokens.of("office")).contentType("application/json")
                .body("{\"officialId\": " + official + ", \"districtCode\": \"PVL\", \"format\": \"REGULAR\","
                        + " \"scheduledAt\": \"" + midnight + "\"}")
                .post("/api/v1/receptions");
        Number id = scheduled.then().statusCode(201).extract().path("id");
        String etag = given().auth().oauth2(Tokens.of("office")).get("/api/v1/receptions/" + id)
                .then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(Tokens.of("office")).contentType("application/json").header("If-Match", etag)
                .body("{\"citizensReceived\": " + citizens + "}")
                .post("/api/v1/receptions/" + id + "/holding").then().statusCode(200);
    }

    private static String campaign(LocalDate from, LocalDate to) {
        String code = ("DT-" + Long.toString(System.nanoTime(), 36)).toUpperCase(Locale.ROOT);
        given().auth().oauth2(Tokens.of("admin")).contentType("application/json")
                .body("{\"code\": \"" + code + "\", \"name\": {\"ru\": \"Неделя поддержки семьи " + code + "\","
                        + " \"kk\": \"Отбасын қолдау апталығы " + code + "\"}, \"kind\": \"THEMED_WEEK\", \"from\": \""
                        + from + "\", \"to\": \"" + to + "\", \"districts\": [\"PVL\", \"EKB\"]}")
                .post("/api/v1/campaigns").then().statusCode(201);
        return code;
    }

    /** A rate of the API (0..1, 4 decimals) as the page's digits: a percent with one decimal, rounded half up. */
    private static long rateDigits(Object rate) {
        return new BigDecimal(rate.toString()).movePointRight(2).setScale(1, RoundingMode.HALF_UP).movePointRight(1).longValueExact();
    }

    private static long held(JsonPath receptions, String period, List<String> types) {
        List<Map<String, Object>> groups = receptions.getList(period + "groups");
        return groups.stream().filter(g -> types.contains((String) g.get("key")))
                .mapToLong(g -> ((Number) g.get("receptionsHeld")).longValue()).sum();
    }

    @Test
    @DisplayName("the analyst's dashboard shows the API's figures for the period and two earlier years, charts with text, the campaigns of the period, and saves the API's CSV")
    void dashboardShowsTheApiFigures() throws IOException {
        importRegister();
        someAppeals();
        heldReception("AGENCY_HEAD", 4);
        heldReception("MASLIKHAT_DEPUTY", 7);
        LocalDate from = LocalDate.of(today().getYear(), 1, 1);
        LocalDate to = today().plusDays(14);   // an appeal made on a day off is registered on the next working day
        String inPeriod = campaign(today().minusDays(2), today().plusDays(4));
        String longAgo = campaign(LocalDate.of(2019, 3, 4), LocalDate.of(2019, 3, 8));

        Page page = signedIn("analyst");
        // the analyst's one screen, with this year to today by default
        page.locator("#report-table").waitFor();
        assertThat(page.locator("nav a").allInnerTexts()).containsExactly("Аналитика");
        assertThat(page.locator("#dash-from").inputValue()).isEqualTo(from.toString());
        assertThat(page.locator("#dash-to").inputValue()).isEqualTo(today().toString());

        ConsolePages.showPeriod(page, from, to, 2);
        JsonPath appeals = stats("appeals", from, to, "&compareYears=2");
        JsonPath receptions = stats("receptions", from, to, "&groupBy=officialType&compareYears=2");
        assertThat(page.locator("#report-table thead th").count()).isEqualTo(4);
        assertThat(page.locator("#report-table thead th").nth(1).innerText())
                .isEqualTo(String.format("01.01.%d – %s", from.getYear(), to.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"))));
        assertThat(page.locator("#report-table thead th").nth(3).innerText()).startsWith("01.01." + (from.getYear() - 2));
        assertThat(appeals.getLong("total.received")).as("this year's appeals").isPositive();
        assertThat(appeals.getLong("comparisons[0].total.received")).as("last year's appeals").isPositive();
        for (int p = 0; p < 3; p++) {
            String at = p == 0 ? "" : "comparisons[" + (p - 1) + "].";
            assertThat(digits(reportCell(page, "received", p))).isEqualTo(appeals.getLong(at + "total.received"));
            assertThat(digits(reportCell(page, "positive", p))).isEqualTo(appeals.getLong(at + "total.positive"));
            assertThat(digits(reportCell(page, "positiveRate", p))).isEqualTo(rateDigits(appeals.get(at + "total.positiveRate")));
            assertThat(digits(reportCell(page, "receptionsHeld", p))).isEqualTo(receptions.getLong(at + "total.receptionsHeld"));
            assertThat(digits(reportCell(page, "heldByAgencyHeads", p))).isEqualTo(held(receptions, at, List.of("AGENCY_HEAD")));
            assertThat(digits(reportCell(page, "heldByDeputies", p)))
                    .isEqualTo(held(receptions, at, List.of("MAJILIS_DEPUTY", "MASLIKHAT_DEPUTY")));
            assertThat(digits(reportCell(page, "citizensReceived", p))).isEqualTo(receptions.getLong(at + "total.citizensReceived"));
        }
        assertThat(held(receptions, "", List.of("AGENCY_HEAD"))).isPositive();
        assertThat(held(receptions, "", List.of("MAJILIS_DEPUTY", "MASLIKHAT_DEPUTY"))).isPositive();

        // each chart is an image with a title and a description naming every value; its table holds the API's groups
        assertThat(page.locator("svg[role=img]").count()).isEqualTo(4);
        for (Locator chart : page.locator("svg[role=img]").all()) {
            String[] names = chart.getAttribute("aria-labelledby").split(" ");
            assertThat(page.locator("#" + names[0]).textContent()).isNotBlank();
            assertThat(page.locator("#" + names[1]).textContent()).isNotBlank();
        }
        JsonPath districts = stats("appeals", from, to, "&groupBy=districtCode");
        List<Map<String, Object>> groups = districts.getList("groups");
        assertThat(page.locator("#districts-table tbody tr").count()).isEqualTo(groups.size());
        for (Map<String, Object> g : groups) {
            Locator cells = page.locator("#districts-table tr[data-key='" + g.get("key") + "'] td");
            assertThat(digits(cells.nth(0))).isEqualTo(((Number) g.get("received")).longValue());
            assertThat(digits(cells.nth(1))).isEqualTo(((Number) g.get("positive")).longValue());
            assertThat(digits(cells.nth(2))).isEqualTo(rateDigits(g.get("positiveRate")));
        }
        assertThat(page.locator("#districts-table tr[data-key='PVL'] th").innerText()).isNotEqualTo("PVL");  // the district's name
        String pvlDescription = page.locator("#dash-districts svg desc").textContent();
        assertThat(pvlDescription).contains(page.locator("#districts-table tr[data-key='PVL'] th").innerText());
        JsonPath months = stats("appeals", from, to, "&groupBy=month&compareYears=1");
        List<Map<String, Object>> perMonth = months.getList("groups");
        assertThat(perMonth).isNotEmpty();
        for (Map<String, Object> g : perMonth) {
            assertThat(digits(page.locator("#months-table tr[data-key='" + g.get("key") + "'] td").first()))
                    .isEqualTo(((Number) g.get("received")).longValue());
        }
        String aMonth = (String) perMonth.get(0).get("key");
        assertThat(page.locator("#channels-table tr[data-key='CALL_CENTER'] th").innerText()).isEqualTo("Call-центр");

        // the campaigns whose period overlaps the chosen one, and their figures where the API groups by campaign
        Locator row = page.locator("#campaigns-table tr[data-campaign='" + inPeriod + "']");
        assertThat(row.locator("th").innerText()).isEqualTo("Неделя поддержки семьи " + inPeriod + " (" + inPeriod + ")");
        assertThat(row.locator("td").nth(0).innerText()).isEqualTo("Тематическая неделя");
        assertThat(page.locator("#campaigns-table tr[data-campaign='" + longAgo + "']").count()).isEqualTo(0);
        int byCampaign = given().auth().oauth2(Tokens.of("analyst"))
                .get("/api/v1/stats/appeals?from=" + from + "&to=" + to + "&groupBy=campaign").statusCode();
        if (byCampaign == 200) {
            assertThat(page.locator("#campaigns-no-figures").count()).isEqualTo(0);
            assertThat(digits(row.locator("td").nth(3))).isZero();    // no appeal of this test is in the campaign
        } else {
            assertThat(byCampaign).isEqualTo(400);
            assertThat(page.locator("#campaigns-no-figures").innerText()).contains("пока не даёт");
            assertThat(row.locator("td").nth(3).innerText()).isEqualTo("—");
        }

        Browser.assertAccessible(page);
        Browser.screenshot(page, "console-dashboard");

        // the report's CSV is the API's own, fetched with the token and saved as a file
        Download download = page.waitForDownload(() -> page.locator("#dash-report button[data-csv^='appeals-']").click());
        assertThat(download.suggestedFilename()).isEqualTo("appeals-" + from + "-" + to + ".csv");
        String saved = Files.readString(download.path(), StandardCharsets.UTF_8);
        String api = given().auth().oauth2(Tokens.of("analyst")).accept("text/csv")
                .get("/api/v1/stats/appeals?from=" + from + "&to=" + to + "&compareYears=2")
                .then().statusCode(200).extract().asString();
        assertThat(saved).isEqualTo(api).contains("received");
        assertThat(page.locator("#dash-report [role=status]").innerText()).contains(download.suggestedFilename());
        Download months2 = page.waitForDownload(() -> page.locator("#dash-months button[data-csv]").click());
        assertThat(Files.readString(months2.path(), StandardCharsets.UTF_8)).contains(aMonth);

        // in Kazakh, and a period that ends before it starts is refused before any request
        page.locator("#lang").selectOption("kk");
        page.locator("#dash-results[data-period]").waitFor();
        page.locator("#report-table caption").waitFor();
        assertThat(page.locator("h2").innerText()).isEqualTo("Талдау");
        page.waitForCondition(() -> page.locator("#report-table tr[data-figure='received'] th").innerText().equals("Түскен өтініштер"));
        Browser.assertAccessible(page);
        page.locator("#dash-from").fill(to.toString());
        page.locator("#dash-to").fill(from.toString());
        page.locator("#dash-show").click();
        page.locator("#dash-message .error").waitFor();
        assertThat(page.locator("#dash-message").innerText()).contains("Кезеңді көрсетіңіз");
        page.context().close();
    }

    @Test
    @DisplayName("a supervisor has no dashboard in the console; an analyst's dashboard of a year without campaigns says so")
    void rolesAndEmptyCampaigns() {
        Page sup = signedIn("supervisor");
        sup.locator("#main h3").first().waitFor();
        assertThat(sup.locator("nav a[href='#dashboard']").count()).isEqualTo(0);
        sup.context().close();

        Page page = signedIn("analyst");
        page.navigate(ConsolePages.CONSOLE + "#dashboard?from=2001-01-01&to=2001-12-31&years=0");   // a link to a period
        page.locator("#dash-results[data-period='2001-01-01/2001-12-31']").waitFor();
        assertThat(page.locator("#report-table thead th").count()).isEqualTo(2);
        assertThat(page.locator("#campaigns-none").isVisible()).isTrue();
        assertThat(page.locator("#dash-districts svg desc").textContent()).isEqualTo("Нет обращений за период.");
        page.context().close();
    }
}
