package kz.appeals.web;

import static io.restassured.RestAssured.given;
import static kz.appeals.support.CaseFixtures.assignment;
import static kz.appeals.support.CaseFixtures.done;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import kz.appeals.document.SampleFiles;
import kz.appeals.support.Browser;
import kz.appeals.support.CaseFixtures;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The executor in headless Chromium: a progress note, the answer letter attached and downloaded, the answer. */
@QuarkusTest
@TestProfile(BrowserTestProfile.class)
@WithTestResource(TestInfrastructure.class)
class ConsoleExecutorTest extends BrowserTestBase {
    /** The active answer templates in Russian (the appeal's language) the service offers executors (none where it keeps no such kind). */
    private static List<Map<String, Object>> answerDrafts() {
        var r = given().auth().oauth2(Tokens.of("executor")).queryParam("kind", "ANSWER_DRAFT").queryParam("language", "ru")
                .get("/api/v1/templates");
        if (r.statusCode() != 200) {
            return List.of();
        }
        List<Map<String, Object>> all = r.jsonPath().getList("items");
        return all.stream().filter(x -> "ANSWER_DRAFT".equals(x.get("kind")) && "ru".equals(x.get("language"))
                && !Boolean.FALSE.equals(x.get("active"))).toList();
    }

    @Test
    @DisplayName("the executor records a public progress note, attaches the answer letter, downloads it, and answers")
    void progressDocumentAnswer() throws IOException {
        long id = CaseFixtures.register("PVL");
        done("supervisor", id, "assignment", assignment("PVL-HOUSING"));

        Page page = signedIn("executor");
        page.locator("a[href='#cases?appeal=" + id + "']").click();
        ConsolePages.openAction(page, "progress");
        assertThat(page.locator("#appeal-status").innerText()).isEqualTo("Назначено исполнителю");
        assertThat(page.locator("#do-assignment").count()).as("assigning is the supervisor's").isZero();

        // a progress note the applicant may read
        page.locator("form[data-action=progress] textarea").fill("A fitter is sent to the building on Thursday.");
        page.locator("form[data-action=progress] input[type=checkbox]").check();
        page.locator("#do-progress").click();
        page.waitForCondition(() -> page.locator("#appeal-status").innerText().equals("На рассмотрении"));
        assertThat(page.locator("#timeline li.public").last().innerText())
                .contains("A fitter is sent to the building on Thursday.").contains("видно заявителю");

        // the answer letter: attached, listed, downloaded with the same bytes
        assertThat(page.locator("#no-documents").isVisible()).isTrue();
        page.locator("#upload-form input[type=file]").setInputFiles(new FilePayload("answer-letter.pdf", "application/pdf",
                SampleFiles.pdf()));
        page.locator("#upload-form select").selectOption("ANSWER");
        page.locator("#upload-form input[type=checkbox]").check();
        page.locator("#do-upload").click();
        page.locator("#document-list li").first().waitFor();
        assertThat(page.locator("#document-list").innerText()).contains("answer-letter.pdf").contains("ответ")
                .contains("видно заявителю");
        Download download = page.waitForDownload(() -> page.locator("#document-list button").first().click());
        assertThat(download.suggestedFilename()).isEqualTo("answer-letter.pdf");
        assertThat(Files.readAllBytes(download.path())).isEqualTo(SampleFiles.pdf());

        // the answer, from a template where the service keeps answer templates
        List<Map<String, Object>> drafts = answerDrafts();
        if (drafts.isEmpty()) {
            assertThat(page.locator("#template").count()).as("no answer templates: no picker").isZero();
            page.locator("form[data-action=resolution] textarea").fill("The heating was restored on Tuesday.");
        } else {
            page.locator("#template").selectOption(String.valueOf(drafts.get(0).get("code")));
            page.locator("#use-template").click();
            String expected = given().auth().oauth2(Tokens.of("executor")).queryParam("template", drafts.get(0).get("code"))
                    .get("/api/v1/appeals/" + id + "/answer-draft").then().statusCode(200).extract().path("text");
            page.waitForCondition(() -> !page.locator("form[data-action=resolution] textarea").inputValue().isEmpty());
            assertThat(page.locator("form[data-action=resolution] textarea").inputValue()).isEqualTo(expected);
        }
        page.locator("form[data-action=resolution] select[name=outcome]").selectOption("POSITIVE");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "console-executor");
        page.locator("#do-resolution").click();
        page.waitForCondition(() -> page.locator("#appeal-status").innerText().equals("Дан ответ"));
        assertThat(page.locator("#do-progress").count()).isZero();
        page.context().close();

        given().auth().oauth2(Tokens.of("supervisor")).get("/api/v1/appeals/" + id + "/attachments").then().statusCode(200)
                .body("items[0].kind", org.hamcrest.Matchers.equalTo("ANSWER"))
                .body("items[0].public", org.hamcrest.Matchers.equalTo(true));
        given().auth().oauth2(Tokens.of("supervisor")).get("/api/v1/appeals/" + id).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("RESOLVED"))
                .body("outcome", org.hamcrest.Matchers.equalTo("POSITIVE"));
    }
}
