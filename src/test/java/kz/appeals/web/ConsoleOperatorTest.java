package kz.appeals.web;

import static io.restassured.RestAssured.given;
import static kz.appeals.web.ConsolePages.CONSOLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.microsoft.playwright.Page;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import kz.appeals.support.Browser;
import kz.appeals.support.IntakeFixtures;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The console in headless Chromium: sign-in on Keycloak's page, the operator's call, sign-out. */
@QuarkusTest
@TestProfile(BrowserTestProfile.class)
@WithTestResource(TestInfrastructure.class)
class ConsoleOperatorTest extends BrowserTestBase {
    @Test
    @DisplayName("GET /console/config.json names the realm and the public client; the page carries a CSP without any other host")
    void settings() {
        given().get("/console/config.json").then().statusCode(200)
                .body("issuer", equalTo(TestInfrastructure.ISSUER))
                .body("clientId", equalTo("appeals-web"));
        given().get("/console/").then().statusCode(200)
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("Content-Security-Policy", containsString("connect-src 'self' http://127.0.0.1:"));
        given().redirects().follow(false).get("/console").then().statusCode(302).header("Location", containsString("/console/"));
    }

    @Test
    @DisplayName("the operator signs in on Keycloak's page, finds the caller's earlier appeal, registers the call by keyboard, signs out")
    void operatorRegistersACall() {
        String phone = IntakeFixtures.newPhone();
        String earlier = IntakeFixtures.post(Tokens.of("operator"), IntakeFixtures.body("CALL_CENTER", "COMPLAINT",
                "UTIL_HEATING", "PVL", IntakeFixtures.individual(null, phone), null))
                .then().statusCode(201).extract().path("registrationNumber");

        Page page = browser.newPage();
        page.navigate(CONSOLE);
        page.locator("#signin").waitFor();
        Browser.assertAccessible(page);
        Browser.screenshot(page, "console-signin");
        page.locator("#signin").click();
        Browser.signInOnKeycloak(page, "operator");

        // back in the console: the phone field has the focus; everything from here is typed
        page.waitForURL(CONSOLE);
        page.locator("#phone").waitFor();
        assertThat(page.locator(".who").innerText()).contains("operator");
        assertThat((Boolean) page.evaluate("document.activeElement.id === 'phone'")).isTrue();
        assertThat((Object) page.evaluate("JSON.stringify(localStorage)")).asString().doesNotContain("ey");
        page.keyboard().type(phone);
        page.keyboard().press("Enter");
        page.locator("#history-table").waitFor();
        assertThat(page.locator("#history-table").innerText()).contains(earlier);

        assertThat((Boolean) page.evaluate("document.activeElement.id === 'fullName'")).isTrue();
        page.keyboard().type("Marat Ospanov");
        page.keyboard().press("Tab");                        // type of appeal: the first, a complaint
        page.keyboard().press("Tab");
        page.keyboard().type("Heating supply and hot water"); // the topic, by its name
        page.keyboard().press("Tab");
        page.keyboard().type("Pavlodar");                     // the district, by the select's type-ahead
        assertThat(page.locator("#district").inputValue()).isIn("PVL", "REG", "PVD");
        page.keyboard().press("Tab");
        page.keyboard().type("No heating in building 12 since Monday.");
        page.keyboard().press("Control+Enter");

        page.locator("#registration-number").waitFor();
        String number = page.locator("#registration-number").innerText();
        String code = page.locator("#access-code").innerText();
        assertThat(number).matches("\\d{4}-[A-Z]+-\\d{6}");
        assertThat(code).matches("[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}");
        assertThat((Boolean) page.evaluate("document.activeElement.id === 'intake-message'")).isTrue();
        Browser.assertAccessible(page);
        Browser.screenshot(page, "console-operator");

        // what the browser registered, read back through the API
        JsonPath appeal = given().auth().oauth2(Tokens.of("operator"))
                .queryParam("q", number).get("/api/v1/appeals").then().statusCode(200).extract().jsonPath();
        assertThat(appeal.getString("items[0].registrationNumber")).isEqualTo(number);
        assertThat(appeal.getString("items[0].channel")).isEqualTo("CALL_CENTER");
        assertThat(appeal.getString("items[0].topicCode")).isEqualTo("UTIL_HEATING");
        assertThat(appeal.getString("items[0].repeatOf")).as("a repeat of the earlier call").isNotNull();
        // the code read back to the caller opens the citizen's view
        given().header("X-Access-Code", code).get("/api/v1/public/appeals/" + number)
                .then().statusCode(200).body("status", equalTo("REGISTERED"));

        page.locator("#signout").click();
        page.locator("#signin").waitFor();
        assertThat(page.locator("#phone").count()).isZero();
        // the Keycloak session ended too: signing in again shows the login form, not the console
        page.locator("#signin").click();
        page.locator("#username").waitFor();
        page.context().close();
    }

    @Test
    @DisplayName("the analyst is signed in and sees the dashboard only, no operator screen")
    void screensFollowRoles() {
        Page page = signedIn("analyst");
        page.waitForURL(CONSOLE);
        assertThat(page.locator("#phone").count()).isZero();
        page.locator("#report-table").waitFor();
        assertThat(page.locator("nav a").allInnerTexts()).containsExactly("Аналитика");
        page.context().close();
    }
}
