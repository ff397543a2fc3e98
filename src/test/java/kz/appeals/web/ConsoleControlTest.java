package kz.appeals.web;

import static io.restassured.RestAssured.given;
import static kz.appeals.support.CaseFixtures.assignment;
import static kz.appeals.support.CaseFixtures.done;
import static kz.appeals.support.CaseFixtures.reason;
import static kz.appeals.support.CaseFixtures.resolution;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import kz.appeals.appeal.Dates;
import kz.appeals.support.Browser;
import kz.appeals.support.CaseFixtures;
import kz.appeals.support.IntakeFixtures;
import kz.appeals.support.NoticeFixtures;
import kz.appeals.support.NoticePeers;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The control officer in headless Chromium: the queue's filters (due soon, returned, disputed,
 * failed notices with their retry) and the actions of the appeal page (extend, redirect, reopen),
 * with the real mail server and SMS gateway so that a notice can fail.
 */
@QuarkusTest
@TestProfile(BrowserTestProfile.class)
@WithTestResource(TestInfrastructure.class)
@WithTestResource(NoticePeers.class)
class ConsoleControlTest extends BrowserTestBase {
    private static String link(long appealId) {
        return "a[href='#cases?appeal=" + appealId + "']";
    }

    @Test
    @DisplayName("the supervisor filters the queue: due within 2 working days, returned, disputed; a failed notice is retried and then sent")
    void filters() {
        String marker = CaseFixtures.marker("console");
        LocalDate in2 = Dates.workingDaysAfter(Dates.today(), 2);
        LocalDate received = Dates.workingDaysBefore(in2, 15);
        long dueSoon = CaseFixtures.registerWritten("office", "PVL", received.atTime(10, 0).atOffset(ZoneOffset.ofHours(5)), marker);

        long returned = CaseFixtures.register("PVL", marker);
        done("supervisor", returned, "assignment", assignment("PVL-HOUSING"));
        done("executor", returned, "resolution", resolution("POSITIVE", "Repaired"));
        done("supervisor", returned, "return", reason("The answer does not say when"));

        NoticeFixtures.Registered disputed = NoticeFixtures.register(null, IntakeFixtures.newPhone(), null, null);
        done("supervisor", disputed.id(), "assignment", assignment("PVL-HOUSING"));
        done("executor", disputed.id(), "resolution", resolution("POSITIVE", "Repaired"));
        done("supervisor", disputed.id(), "closure", Map.of());
        given().auth().oauth2(Tokens.of("operator")).contentType("application/json")
                .body(Map.of("solved", false, "rating", 1, "comment", "Still cold"))
                .post("/api/v1/appeals/" + disputed.id() + "/feedback").then().statusCode(201);

        String refused = IntakeFixtures.newPhone();
        NoticeFixtures.gatewayAnswers(refused, 400, 0);
        NoticeFixtures.Registered failing = NoticeFixtures.register(null, refused, null, null);
        long noticeId = ((Number) NoticeFixtures.awaitStatus(failing.id(), "REGISTRATION", "FAILED", Duration.ofSeconds(30))
                .get("id")).longValue();

        Page page = signedIn("supervisor");
        page.locator("#q-notices h3").waitFor();
        Browser.assertAccessible(page);
        Browser.screenshot(page, "console-control-queue");

        page.locator("#filter-dueSoon").click();
        page.locator("#q-dueSoon " + link(dueSoon)).waitFor();
        assertThat(page.locator("#q-overdue").count()).as("only the chosen filter is shown").isZero();
        assertThat(page.locator("#q-dueSoon").innerText()).contains("Срок истекает в течение 2 рабочих дней");

        page.locator("#filter-returned").click();
        page.locator("#q-returned " + link(returned)).waitFor();
        assertThat(page.locator("#q-returned " + link(dueSoon)).count()).isZero();

        page.locator("#filter-disputed").click();
        page.locator("#q-disputed " + link(disputed.id())).waitFor();
        assertThat(page.locator("#q-disputed " + link(returned)).count()).isZero();

        page.locator("#filter-notices").click();
        page.locator("#notice-" + noticeId).waitFor();
        assertThat(page.locator("#notice-" + noticeId).innerText()).contains(failing.number()).contains("Не доставлено")
                .contains("О регистрации").doesNotContain("REGISTRATION")
                .contains("invalid recipient").doesNotContain(refused);
        NoticeFixtures.gatewayAnswers(refused, 200, 0);
        page.locator("#retry-" + noticeId).click();
        page.waitForCondition(() -> page.locator("#notice-" + noticeId + " .notice-status").innerText().equals("Ожидает отправки"));
        assertThat(page.locator("#retry-" + noticeId).count()).isZero();
        NoticeFixtures.awaitStatus(failing.id(), "REGISTRATION", "SENT", Duration.ofSeconds(30));
        page.context().close();
    }

    @Test
    @DisplayName("on the appeal page the supervisor extends the term, redirects an appeal and reopens a closed one, each with its ETag")
    void actions() {
        long assigned = CaseFixtures.register("PVL");
        done("supervisor", assigned, "assignment", assignment("PVL-HOUSING"));
        LocalDate due = LocalDate.parse(given().auth().oauth2(Tokens.of("supervisor")).get("/api/v1/appeals/" + assigned)
                .then().statusCode(200).extract().path("dueAt"));
        LocalDate extended = Dates.workingDaysAfter(due, 5);
        long registered = CaseFixtures.register("PVL");
        long closed = CaseFixtures.register("PVL");
        done("supervisor", closed, "assignment", assignment("PVL-HOUSING"));
        done("executor", closed, "resolution", resolution("REJECTED", "Not within the law"));
        done("supervisor", closed, "closure", Map.of());

        Page page = signedIn("supervisor");
        page.navigate(ConsolePages.CONSOLE + "#cases?appeal=" + assigned);
        ConsolePages.openAction(page, "extension");
        assertThat(page.locator("#do-closure").count()).as("an assigned appeal cannot be closed").isZero();
        Browser.assertAccessible(page);
        page.locator("form[data-action=extension] input[type=date]").fill(extended.toString());
        page.locator("form[data-action=extension] textarea").fill("An inspection of the building is needed");
        Browser.screenshot(page, "console-appeal-actions");
        page.locator("#do-extension").click();
        String shown = String.format("%02d.%02d.%d", extended.getDayOfMonth(), extended.getMonthValue(), extended.getYear());
        page.waitForCondition(() -> page.locator("#appeal-due").innerText().contains(shown));
        assertThat(page.locator("#appeal-due").innerText()).contains("продлён");
        assertThat(page.locator("#timeline").innerText()).contains("An inspection of the building is needed");

        page.navigate(ConsolePages.CONSOLE + "#cases?appeal=" + registered);
        ConsolePages.openAction(page, "redirection");
        page.locator("form[data-action=redirection] input").fill("Department of Justice of Pavlodar region");
        page.locator("form[data-action=redirection] textarea").fill("Outside the competence of the city's bodies");
        page.locator("#do-redirection").click();
        page.waitForCondition(() -> page.locator("#appeal-status").innerText().equals("Перенаправлено"));
        assertThat(page.locator("#main dl").innerText()).contains("Department of Justice of Pavlodar region");
        assertThat(page.locator("#actions form").count()).as("nothing follows a redirection").isZero();
        assertThat(page.locator("#no-actions").innerText()).isEqualTo("Сейчас по этому обращению действий для вас нет.");

        page.navigate(ConsolePages.CONSOLE + "#cases?appeal=" + closed);
        page.locator("#do-reopening").waitFor();
        page.locator("form[data-action=reopening] textarea").fill("The applicant contests the answer");
        page.locator("#do-reopening").click();
        page.waitForCondition(() -> page.locator("#appeal-status").innerText().equals("На рассмотрении"));
        page.locator("details[data-action=extension]").waitFor();
        assertThat(page.locator("#timeline").innerText()).contains("Рассмотрение возобновлено");
        page.context().close();

        given().auth().oauth2(Tokens.of("supervisor")).get("/api/v1/appeals/" + assigned).then().statusCode(200)
                .body("dueAt", org.hamcrest.Matchers.equalTo(extended.toString()))
                .body("extended", org.hamcrest.Matchers.equalTo(true));
        given().auth().oauth2(Tokens.of("supervisor")).get("/api/v1/appeals/" + registered).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("REDIRECTED"));
    }
}
