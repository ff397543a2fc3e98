package kz.appeals.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.microsoft.playwright.Page;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import kz.appeals.support.Browser;
import kz.appeals.support.CaseFixtures;
import kz.appeals.support.IntakeFixtures;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The citizen's page /track/ in headless Chromium: no account, the number and the access code. */
@QuarkusTest
@TestProfile(BrowserTestProfile.class)
@WithTestResource(TestInfrastructure.class)
class TrackPageTest extends BrowserTestBase {
    static final String TRACK = "http://127.0.0.1:" + BrowserTestProfile.PORT + "/track/";
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
        assertThat(page.locator("#feedback-form").count()).as("feedback only once the appeal is closed").isZero();
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
    @DisplayName("the answer notice's link (?number=) fills in the number and leaves the code to the citizen")
    void linkFillsTheNumber() {
        JsonPath appeal = registered();
        Page page = browser.newPage();
        page.navigate(TRACK + "?number=" + appeal.getString("registrationNumber"));
        assertThat(page.locator("#number").inputValue()).isEqualTo(appeal.getString("registrationNumber"));
        assertThat(page.locator("#code").inputValue()).isEmpty();
        page.locator("#code").fill(appeal.getString("accessCode"));
        page.locator("#code").press("Enter");
        page.locator("#track-status").waitFor();
        assertThat(page.locator("#track-status").innerText()).isEqualTo("Зарегистрировано");
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

    @Test
    @DisplayName("on a closed appeal the citizen says in Kazakh that the problem is not solved: the answer is disputed; a second feedback is refused")
    void feedbackInKazakh() {
        JsonPath appeal = registered();
        long id = appeal.getLong("id");
        CaseFixtures.done("supervisor", id, "assignment", CaseFixtures.assignment("PVL-HOUSING"));
        CaseFixtures.done("executor", id, "resolution", CaseFixtures.resolution("EXPLAINED", "The repair is planned."));
        CaseFixtures.done("supervisor", id, "closure", Map.of());

        Page page = browser.newPage();
        page.navigate(TRACK + "?lang=kk");
        page.locator("#number").fill(appeal.getString("registrationNumber"));
        page.locator("#code").fill(appeal.getString("accessCode"));
        page.locator("#show").click();
        page.locator("#feedback-form").waitFor();
        assertThat(page.locator("#feedback legend").innerText()).isEqualTo("Мәселеңіз шешілді ме?");
        assertThat(page.locator("label[for=rating]").innerText()).startsWith("Жауапқа баға");
        page.locator("#solved-false").check();
        page.locator("#rating").selectOption("2");
        page.locator("#comment").fill("Still cold.");
        // what was typed survives a switch of language
        page.locator("#lang").selectOption("ru");
        assertThat(page.locator("#feedback legend").innerText()).isEqualTo("Решён ли ваш вопрос?");
        assertThat(page.locator("#comment").inputValue()).isEqualTo("Still cold.");
        assertThat(page.locator("#solved-false").isChecked()).isTrue();
        page.locator("#lang").selectOption("kk");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "track-feedback-kk");
        page.locator("#send-feedback").click();
        page.locator("#feedback-message .done").waitFor();
        assertThat(page.locator("#feedback-message").innerText()).isEqualTo("Рахмет. Жауап бақылаушыға қайта қарауға жіберілді.");
        given().auth().oauth2(Tokens.of("supervisor")).get("/api/v1/appeals/" + id + "/feedback").then().statusCode(200)
                .body("items[0].solved", equalTo(false)).body("items[0].rating", equalTo(2))
                .body("items[0].disputed", equalTo(true));

        // the same appeal looked up again: the form is offered, the service refuses a second verdict
        page.locator("#show").click();
        page.locator("#feedback-form").waitFor();
        page.locator("#solved-true").check();
        page.locator("#rating").selectOption("5");
        page.locator("#send-feedback").click();
        page.locator("#feedback-message .error").waitFor();
        assertThat(page.locator("#feedback-message").innerText()).isEqualTo("Бұл жауапқа пікір бұрын алынған.");
        given().auth().oauth2(Tokens.of("supervisor")).get("/api/v1/appeals/" + id + "/feedback").then().statusCode(200)
                .body("items.size()", equalTo(1));
        page.context().close();
    }
}
