package kz.appeals.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import kz.appeals.support.Browser;

/** What the console's browser tests do again and again: sign in and out, and read the analyst's dashboard. */
final class ConsolePages {
    static final String CONSOLE = "http://127.0.0.1:" + BrowserTestProfile.PORT + "/console/";

    private ConsolePages() {
    }

    /** Opens the console in this page and signs in on Keycloak's page; a signed-in session would skip the form and fail here. */
    static void signIn(Page page, String user) {
        if (!page.url().startsWith(CONSOLE)) {
            page.navigate(CONSOLE);
        }
        page.locator("#signin").click();
        Browser.signInOnKeycloak(page, user);
        page.locator("#signout").waitFor();
        assertThat(page.locator(".who").innerText()).contains(user);
    }

    /** Signs out (the Keycloak session ends too) and waits for the console's sign-in button. */
    static void signOut(Page page) {
        page.locator("#signout").click();
        page.locator("#signin").waitFor();
        assertThat(page.locator("#signout").count()).isZero();
    }

    /**
     * Unfolds the form of an action on the appeal page (only the next step of the usual course is
     * open by itself) and waits for its button.
     */
    static void openAction(Page page, String action) {
        Locator details = page.locator("details[data-action=" + action + "]");
        details.waitFor();
        if (details.getAttribute("open") == null) {
            details.locator("summary").click();
        }
        page.locator("#do-" + action).waitFor();
    }

    /** Shows the dashboard for the period and waits until its figures are drawn. */
    static void showPeriod(Page page, LocalDate from, LocalDate to, int years) {
        page.locator("#dash-from").fill(from.toString());
        page.locator("#dash-to").fill(to.toString());
        page.locator("#dash-years").selectOption(Integer.toString(years));
        page.locator("#dash-show").click();
        page.locator("#dash-results[data-period='" + from + "/" + to + "']").waitFor();
    }

    /** A cell of the report table: the figure's row, the period's column (0: the chosen period). */
    static Locator reportCell(Page page, String figure, int period) {
        return page.locator("#report-table tr[data-figure='" + figure + "'] td").nth(period);
    }

    /** The digits of a cell as shown (thousands separators and the percent sign dropped). */
    static long digits(Locator cell) {
        String text = cell.innerText().replaceAll("[^0-9]", "");
        assertThat(text).as("a figure in " + cell).isNotEmpty();
        return Long.parseLong(text);
    }
}
