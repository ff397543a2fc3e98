package kz.appeals.web;

import static io.restassured.RestAssured.given;
import static kz.appeals.web.ConsolePages.digits;
import static kz.appeals.web.ConsolePages.reportCell;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.microsoft.playwright.Page;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Instant;
import java.time.LocalDate;
import kz.appeals.common.RegionTime;
import kz.appeals.support.Browser;
import kz.appeals.support.IntakeFixtures;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The whole life of one call, in one browser and through Keycloak's login page at every change of
 * user: the operator registers it, the supervisor assigns it, the executor answers it, the
 * supervisor closes it, the analyst sees it counted, and the citizen, with no account, follows it
 * and gives feedback. Each user signs out before the next signs in.
 */
@QuarkusTest
@TestProfile(BrowserTestProfile.class)
@WithTestResource(TestInfrastructure.class)
class WholeStoryTest extends BrowserTestBase {
    static final String TRACK = TrackPageTest.TRACK;
    /** Opens the appeal from the signed-in user's list. */
    private static void open(Page page, long id) {
        page.locator("a[href='#cases?appeal=" + id + "']").first().click();
        page.locator("#appeal-status").waitFor();
    }

    @Test
    @DisplayName("operator registers a call, supervisor assigns, executor answers, supervisor closes, the analyst's figures grow by one, the citizen follows it and gives feedback")
    void wholeStory() {
        LocalDate today = RegionTime.localDate(Instant.now());
        LocalDate from = LocalDate.of(today.getYear(), 1, 1);
        LocalDate to = today.plusDays(14);   // a call on a day off is registered on the next working day
        String phone = IntakeFixtures.newPhone();
        String answer = "The heating of building 12 was restored on Tuesday.";
        Page page = browser.newPage();

        // the analyst's figures before the call
        ConsolePages.signIn(page, "analyst");
        page.locator("#report-table").waitFor();
        ConsolePages.showPeriod(page, from, to, 1);
        long received = digits(reportCell(page, "received", 0));
        long positive = digits(reportCell(page, "positive", 0));
        ConsolePages.signOut(page);

        // 1. the operator registers the call
        ConsolePages.signIn(page, "operator");
        page.locator("#phone").fill(phone);
        page.locator("#lookup").click();
        page.locator("#history h3").waitFor();
        page.locator("#fullName").fill("Marat Ospanov");
        page.locator("#type").selectOption("COMPLAINT");
        page.locator("#topic").fill("Heating supply and hot water");
        page.locator("#district").selectOption("PVL");
        page.locator("#text").fill("No heating in building 12 since Monday.");
        page.locator("#register").click();
        page.locator("#registration-number").waitFor();
        String number = page.locator("#registration-number").innerText();
        String code = page.locator("#access-code").innerText();
        long id = given().auth().oauth2(Tokens.of("supervisor")).queryParam("q", number).get("/api/v1/appeals")
                .then().statusCode(200).body("items[0].registrationNumber", equalTo(number))
                .extract().jsonPath().getLong("items[0].id");
        ConsolePages.signOut(page);

        // 2. the supervisor assigns it to the housing department of Pavlodar
        ConsolePages.signIn(page, "supervisor");
        open(page, id);
        assertThat(page.locator("#appeal-status").innerText()).isEqualTo("Зарегистрировано");
        page.locator("form[data-action=assignment] select").selectOption("PVL-HOUSING");
        page.locator("#do-assignment").click();
        page.waitForCondition(() -> page.locator("#appeal-status").innerText().equals("Назначено исполнителю"));
        ConsolePages.signOut(page);

        // 3. the executor of that department answers it
        ConsolePages.signIn(page, "executor");
        open(page, id);
        page.locator("form[data-action=resolution] select[name=outcome]").selectOption("POSITIVE");
        page.locator("form[data-action=resolution] textarea").fill(answer);
        page.locator("#do-resolution").click();
        page.waitForCondition(() -> page.locator("#appeal-status").innerText().equals("Дан ответ"));
        ConsolePages.signOut(page);

        // 4. the supervisor accepts the answer and closes it
        ConsolePages.signIn(page, "supervisor");
        open(page, id);
        page.locator("#do-closure").click();
        page.waitForCondition(() -> page.locator("#appeal-status").innerText().equals("Закрыто"));
        ConsolePages.signOut(page);

        // 5. the analyst sees one more appeal received and one more considered positively
        ConsolePages.signIn(page, "analyst");
        page.locator("#report-table").waitFor();
        ConsolePages.showPeriod(page, from, to, 1);
        assertThat(digits(reportCell(page, "received", 0))).isEqualTo(received + 1);
        assertThat(digits(reportCell(page, "positive", 0))).isEqualTo(positive + 1);
        Browser.screenshot(page, "story-analyst");
        ConsolePages.signOut(page);
        page.context().close();

        // 6. the citizen, with no account, follows it with the number and the code, and says it is solved
        Page citizen = browser.newPage();
        citizen.navigate(TRACK);
        citizen.locator("#number").fill(number);
        citizen.locator("#code").fill(code);
        citizen.locator("#show").click();
        citizen.locator("#track-status").waitFor();
        assertThat(citizen.locator("#track-status").innerText()).isEqualTo("Закрыто");
        assertThat(citizen.locator("#track-outcome").innerText()).isEqualTo("Рассмотрено положительно");
        assertThat(citizen.locator("#replies").innerText()).contains(answer);
        assertThat(citizen.locator("body").innerText()).doesNotContain("Marat").doesNotContain(phone);
        Browser.assertAccessible(citizen);
        citizen.locator("#solved-true").check();
        citizen.locator("#rating").selectOption("5");
        citizen.locator("#comment").fill("Warm again, thank you.");
        Browser.screenshot(citizen, "story-track-feedback");
        citizen.locator("#send-feedback").click();
        citizen.locator("#feedback-message .done").waitFor();
        assertThat(citizen.locator("#feedback-message").innerText()).isEqualTo("Спасибо, ваш отзыв принят.");
        assertThat(citizen.locator("#feedback-form").count()).isZero();
        given().auth().oauth2(Tokens.of("supervisor")).get("/api/v1/appeals/" + id + "/feedback").then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].solved", equalTo(true))
                .body("items[0].rating", equalTo(5))
                .body("items[0].comment", equalTo("Warm again, thank you."));
        citizen.context().close();
    }
}
