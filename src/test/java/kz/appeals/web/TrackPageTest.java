package kz.appeals.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import kz.appeals.support.Browser;
import kz.appeals.support.IntakeFixtures;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The citizen's page /track/ in headless Chromium: no account, the number and the access code. */
@QuarkusTest
@TestProfile(BrowserTestProfile.class)
@WithTestResource(TestInfrastructure.class)
class TrackPageTest {
    static final String TRACK = "http://127.0.0.1:" + BrowserTestProfile.PORT + "/track/";
    static Browser browser;

    @BeforeAll
    static void start() {
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    private static JsonPath registered() {
        return IntakeFixtures.post(Tokens.of("operator"), IntakeFixtures.callCenter())
                .then().statusCode(201).extract().jsonPath();
    }

    @Test
    @DisplayName("a citizen follows an appeal in Kazakh, switches to Russian; no personal data on the page")
    void followsInKazakhAndRussian() {
        JsonPath appeal = registered();
        Page page = browser.newPage();
        page.navigate(TRACK + "?lang=kk");
        assertThat(page.locator("h1").innerText()).isEqualTo("Өтінішті қарау барысы");
        Browser.assertAccessible(page);
        page.locator("#number").fill(appeal.getString("registrationNumber"));
        page.locator("#code").fill(appeal.getString("accessCode").toLowerCase());
        page.locator("#code").press("Enter");
        page.locator("#track-status").waitFor();
        assertThat(page.locator("#track-status").innerText()).isEqualTo("Тіркелді");
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("kk");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "track-kk");

        page.locator("#lang").selectOption("ru");
        assertThat(page.locator("#track-status").innerText()).isEqualTo("Зарегистрировано");
        assertThat(page.locator("h1").innerText()).isEqualTo("Ход рассмотрения обращения");
        String text = page.locator("body").innerText();
        assertThat(text).doesNotContain("Aigerim").doesNotContain("heating").doesNotContain("+7701");
        Browser.screenshot(page, "track-ru");
        page.context().close();
    }

    @Test
    @DisplayName("a wrong access code shows 'not found' and nothing of the appeal")
    void wrongCode() {
        JsonPath appeal = registered();
        Page page = browser.newPage();
        page.navigate(TRACK);
        page.locator("#number").fill(appeal.getString("registrationNumber"));
        page.locator("#code").fill("AAAA-AAAA-AAAA");
        page.locator("#show").click();
        page.locator("#result .error").waitFor();
        assertThat(page.locator("#result").innerText()).contains("не найдено");
        assertThat(page.locator("#track-status").count()).isZero();
        page.context().close();
    }
}
