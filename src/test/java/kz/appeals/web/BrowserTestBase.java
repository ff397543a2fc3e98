package kz.appeals.web;

import com.microsoft.playwright.Page;
import kz.appeals.support.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * What every browser test class shares: one headless Chromium for the class, started before its
 * first test and closed after its last, and a console page signed in as a user. The classes keep
 * their own {@code @QuarkusTest}, profile and test resource, which Quarkus reads on the class itself.
 */
abstract class BrowserTestBase {
    static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    /** A new page (an empty browser profile) with the console open, signed in as the user on Keycloak's page. */
    static Page signedIn(String user) {
        Page page = browser.newPage();
        ConsolePages.signIn(page, user);
        return page;
    }
}
