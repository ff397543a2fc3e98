package kz.appeals.web;

import static io.restassured.RestAssured.given;
import static kz.appeals.web.ConsolePages.CONSOLE;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kz.appeals.common.RegionTime;
import kz.appeals.support.Browser;
import kz.appeals.support.IntakeFixtures;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Office staff in headless Chromium: the week's receptions, one scheduled and held, appeals taken at it, a paper letter. */
@QuarkusTest
@TestProfile(BrowserTestProfile.class)
@WithTestResource(TestInfrastructure.class)
class ConsoleOfficeTest extends BrowserTestBase {
    /** A new official of Pavlodar city, so that no other test's reception overlaps the one scheduled here. */
    private static String newOfficial() {
        String name = "Console Deputy " + Long.toString(System.nanoTime(), 36);
        given().auth().oauth2(Tokens.of("admin")).contentType("application/json")
                .body("{\"fullName\": \"" + name + "\", \"position\": \"Deputy of the Pavlodar City Maslikhat\","
                        + " \"officialType\": \"MASLIKHAT_DEPUTY\", \"districtCode\": \"PVL\"}")
                .post("/api/v1/officials").then().statusCode(201);
        return name;
    }

    @Test
    @DisplayName("office staff schedule a reception for today, register two appeals taken at it by keyboard, and mark it held")
    void scheduleHoldAndTakeAppeals() {
        String official = newOfficial();
        Page page = signedIn("office");
        page.locator("#week-title").waitFor();
        assertThat(page.locator("nav a[aria-current=page]").innerText()).isEqualTo("График приёмов");
        Browser.assertAccessible(page);

        // schedule: the official by name, today at local midnight (begun, so it can be held today)
        String option = page.locator("#rs-official option").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(official)).getAttribute("value");
        page.locator("#rs-official").selectOption(option);
        page.locator("#rs-district").selectOption("PVL");
        page.locator("#rs-day").fill(RegionTime.localDate(Instant.now()).toString());
        page.locator("#rs-time").fill("00:00");
        page.locator("#rs-submit").click();
        var row = page.locator("#schedule-table tbody tr").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(official));
        row.waitFor();
        assertThat(row.innerText()).contains("Назначен").contains("PVL").contains("00:00");
        Browser.screenshot(page, "console-receptions");

        // on the day: open it and take two appeals in place, from the keyboard alone
        row.locator("a").click();
        page.locator("#ra-fullName").waitFor();
        assertThat(page.locator("#reception-status").innerText()).isEqualTo("Назначен");
        String[] numbers = new String[2];
        for (int i = 0; i < 2; i++) {
            page.locator("#ra-fullName").focus();
            page.keyboard().type("Citizen " + i + " Nurlanovna");
            page.keyboard().press("Tab");
            page.keyboard().type(IntakeFixtures.newPhone());
            page.keyboard().press("Tab");                         // no postal address
            page.keyboard().press("Tab");                         // type: a complaint
            page.keyboard().press("Tab");
            page.keyboard().type("Heating supply and hot water");
            page.keyboard().press("Tab");
            page.keyboard().type("Cold radiators in the school, visitor " + i);
            page.keyboard().press("Control+Enter");
            page.locator("#ra-number, #ra-message .error").first().waitFor();
            assertThat(page.locator("#ra-message .error").allInnerTexts()).as("the register's answer").isEmpty();
            int n = i + 1;
            page.waitForCondition(() -> page.locator("#reception-appeal-count").innerText().equals(Integer.toString(n)));
            numbers[i] = page.locator("#ra-number").innerText();
            assertThat(page.locator("#reception-appeals").innerText()).contains(numbers[i]);
            assertThat((Boolean) page.evaluate("document.activeElement.id === 'ra-fullName'"))
                    .as("ready for the next citizen").isTrue();
        }
        assertThat(numbers[0]).isNotEqualTo(numbers[1]);

        // the reception is held: three citizens came, two of them with an appeal
        page.locator("#hold-citizens").fill("3");
        page.locator("#hold-submit").click();
        page.waitForCondition(() -> page.locator("#reception-status").innerText().equals("Проведён"));
        assertThat(page.locator("#reception-citizens").innerText()).isEqualTo("3");
        assertThat(page.locator("#hold-submit").count()).isZero();
        Browser.assertAccessible(page);
        Browser.screenshot(page, "console-reception");

        // what the browser recorded, read back through the API
        for (String number : numbers) {
            JsonPath appeal = given().auth().oauth2(Tokens.of("office")).queryParam("q", number).get("/api/v1/appeals")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(appeal.getString("items[0].channel")).isEqualTo("RECEPTION");
            long id = appeal.getLong("items[0].id");
            assertThat(given().auth().oauth2(Tokens.of("office")).get("/api/v1/appeals/" + id).then().statusCode(200)
                    .extract().jsonPath().getLong("receptionId")).isPositive();
        }
        page.context().close();
    }

    @Test
    @DisplayName("office staff register a paper letter received three days ago; the register keeps that date and the channel WRITTEN")
    void paperLetter() {
        Page page = signedIn("office");
        page.locator("nav a[href='#letter']").click();
        page.locator("#wl-fullName").waitFor();
        assertThat((Boolean) page.evaluate("document.activeElement.id === 'wl-fullName'")).isTrue();
        LocalDate received = RegionTime.localDate(Instant.now()).minusDays(3);
        page.keyboard().type("Serikbayev Almas");
        page.keyboard().press("Tab");
        page.keyboard().type("+7 701 555 12 34");
        page.keyboard().press("Tab");
        page.keyboard().type("Pavlodar, Lenin street 5, flat 12");
        page.keyboard().press("Tab");
        page.keyboard().press("Tab");
        page.keyboard().type("Heating supply and hot water");
        page.locator("#wl-district").selectOption("PVL");
        page.locator("#wl-received").fill(received.toString());
        page.locator("#wl-text").focus();
        page.keyboard().type("A letter about the heating of house 5.");
        Browser.assertAccessible(page);
        page.keyboard().press("Control+Enter");
        page.locator("#wl-number, #wl-message .error").first().waitFor();
        assertThat(page.locator("#wl-message .error").allInnerTexts()).as("the register's answer").isEmpty();
        String number = page.locator("#wl-number").innerText();
        assertThat(number).matches("\\d{4}-PVL-\\d{6}");
        assertThat(page.locator("#wl-code").innerText()).as("a phone was given: the access code").isNotBlank();
        Browser.screenshot(page, "console-letter");

        JsonPath list = given().auth().oauth2(Tokens.of("office")).queryParam("q", number).get("/api/v1/appeals")
                .then().statusCode(200).extract().jsonPath();
        assertThat(list.getString("items[0].channel")).isEqualTo("WRITTEN");
        assertThat(list.getString("items[0].receivedAt")).startsWith(received.toString());
        assertThat(list.getList("items")).hasSize(1);
        page.context().close();
    }

    @Test
    @DisplayName("the week's schedule moves by week; office2 (EKB) does not see a PVL reception")
    void weekNavigationAndScope() {
        String official = newOfficial();
        LocalDate nextWeek = RegionTime.localDate(Instant.now()).plusDays(7);
        long id = given().auth().oauth2(Tokens.of("office")).contentType("application/json")
                .body("{\"officialId\": " + officialId(official) + ", \"districtCode\": \"PVL\", \"format\": \"MOBILE\","
                        + " \"scheduledAt\": \"" + nextWeek + "T11:00:00+05:00\"}")
                .post("/api/v1/receptions").then().statusCode(201).extract().jsonPath().getLong("id");
        Page page = signedIn("office");
        page.locator("#week-title").waitFor();
        assertThat(page.locator("a[href='#receptions?reception=" + id + "']").count()).isZero();
        page.locator("#week-next").click();
        page.locator("a[href='#receptions?reception=" + id + "']").waitFor();
        assertThat(page.locator("#schedule-table").innerText()).contains(official).contains("Выездной");
        assertThat((Boolean) page.evaluate("document.activeElement.id === 'week-next'")).isTrue();
        page.context().close();

        Page other = signedIn("office2");
        other.locator("#week-title").waitFor();
        other.locator("#week-next").click();
        other.waitForCondition(() -> other.locator("#week-title").innerText().contains(
                String.format("%02d.%02d", nextWeek.minusDays(nextWeek.getDayOfWeek().getValue() - 1L).getDayOfMonth(),
                        nextWeek.minusDays(nextWeek.getDayOfWeek().getValue() - 1L).getMonthValue())));
        assertThat(other.locator("a[href='#receptions?reception=" + id + "']").count()).isZero();
        assertThat(other.locator("#rs-official option").allInnerTexts()).noneMatch(o -> o.contains(official));
        other.context().close();
    }

    private static long officialId(String name) {
        List<java.util.Map<String, Object>> all = given().auth().oauth2(Tokens.of("office")).get("/api/v1/officials")
                .then().statusCode(200).extract().jsonPath().getList("items");
        return all.stream().filter(o -> name.equals(o.get("fullName"))).map(o -> ((Number) o.get("id")).longValue())
                .findFirst().orElseThrow();
    }
}
