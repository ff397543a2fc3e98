package kz.appeals.web;

import static io.restassured.RestAssured.given;
import static kz.appeals.web.ConsolePages.CONSOLE;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.List;
import kz.appeals.support.Browser;
import kz.appeals.support.IntakeFixtures;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Case control in headless Chromium: the supervisor assigns and closes, the executor answers. */
@QuarkusTest
@TestProfile(BrowserTestProfile.class)
@WithTestResource(TestInfrastructure.class)
class ConsoleCaseTest extends BrowserTestBase {
    private static String etag(String token, long id) {
        return given().auth().oauth2(token).get("/api/v1/appeals/" + id).then().statusCode(200).extract().header("ETag");
    }

    @Test
    @DisplayName("supervisor assigns from the queue; a change made meanwhile shows 'someone changed this appeal'; reload; executor answers; supervisor closes")
    void assignAnswerClose() {
        Response created = IntakeFixtures.post(Tokens.of("operator"), IntakeFixtures.callCenter());
        long id = created.then().statusCode(201).extract().jsonPath().getLong("id");
        String number = created.jsonPath().getString("registrationNumber");

        Page sup = signedIn("supervisor");
        sup.locator("a[href='#cases?appeal=" + id + "']").waitFor();
        Browser.assertAccessible(sup);
        Browser.screenshot(sup, "console-queue");
        sup.locator("a[href='#cases?appeal=" + id + "']").click();
        sup.locator("#do-assignment").waitFor();
        assertThat(sup.locator("h2").innerText()).isEqualTo(number);
        // exactly the actions the service lists for the supervisor, folded but for the next step (the assignment)
        assertThat(sup.locator("#actions details").evaluateAll("ds => ds.map(d => d.dataset.action + (d.open ? '+' : ''))"))
                .isEqualTo(List.of("assignment+", "redirection", "withdrawal"));
        sup.locator("form[data-action=assignment] select").selectOption("PVL-HOUSING");
        sup.locator("#do-assignment").click();
        sup.waitForCondition(() -> sup.locator("#appeal-status").innerText().equals("Назначено исполнителю"));
        assertThat(sup.locator("#timeline").innerText()).contains("Зарегистрировано").contains("Назначено исполнителю")
                .doesNotContain("· ASSIGNED ·").doesNotContain("· REGISTERED ·");
        Browser.assertAccessible(sup);
        Browser.screenshot(sup, "console-appeal");

        // the executor answers in their own browser
        Page ex = signedIn("executor");
        ex.locator("a[href='#cases?appeal=" + id + "']").click();
        ex.locator("#do-resolution").waitFor();
        assertThat(ex.locator("#actions details").evaluateAll("ds => ds.map(d => d.dataset.action + (d.open ? '+' : ''))"))
                .isEqualTo(List.of("progress", "resolution+"));
        ex.locator("form[data-action=resolution] select[name=outcome]").selectOption("POSITIVE");
        ex.locator("form[data-action=resolution] textarea").fill("The heating was restored on Tuesday.");
        Browser.assertAccessible(ex);
        ex.locator("#do-resolution").click();
        ex.waitForCondition(() -> ex.locator("#appeal-status").innerText().equals("Дан ответ"));
        ex.context().close();

        // the supervisor's page still shows the assigned appeal: assigning again is refused as stale
        ConsolePages.openAction(sup, "assignment");
        sup.locator("#do-assignment").click();
        sup.locator("#stale").waitFor();
        assertThat(sup.locator("#stale").innerText()).contains("Кто-то изменил это обращение");
        assertThat(sup.locator("body").innerText()).doesNotContain("412");
        sup.locator("#reload").click();
        sup.locator("#do-closure").waitFor();
        assertThat(sup.locator("#appeal-status").innerText()).isEqualTo("Дан ответ");
        sup.locator("#do-closure").click();
        sup.waitForCondition(() -> sup.locator("#appeal-status").innerText().equals("Закрыто"));
        given().auth().oauth2(Tokens.of("supervisor")).get("/api/v1/appeals/" + id).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("CLOSED"))
                .body("outcome", org.hamcrest.Matchers.equalTo("POSITIVE"));
        sup.context().close();
    }

    @Test
    @DisplayName("an appeal of another district is not in supervisor2's queue, and its page answers 'not found'")
    void otherDistrict() {
        long id = IntakeFixtures.post(Tokens.of("operator"), IntakeFixtures.callCenter())
                .then().statusCode(201).extract().jsonPath().getLong("id");
        assertThat(etag(Tokens.of("supervisor"), id)).isNotBlank();
        Page page = signedIn("supervisor2");
        page.locator("#main h3").first().waitFor();
        assertThat(page.locator("a[href='#cases?appeal=" + id + "']").count()).isZero();
        page.navigate(CONSOLE + "#cases?appeal=" + id);
        page.locator("#main .error").waitFor();
        assertThat(page.locator("#do-assignment").count()).isZero();
        page.context().close();
    }
}
