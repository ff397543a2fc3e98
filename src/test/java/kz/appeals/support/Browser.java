package kz.appeals.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Headless Chromium for the console's end-to-end tests: the machine's own chromium (Debian's
 * package, {@code APPEALS_TEST_CHROMIUM} to point elsewhere) driven by Playwright, with the flags
 * that keep it off the network except for the service and Keycloak. Each test gets a fresh context
 * (no cookies, no storage), screenshots go to target/screenshots, and {@link #assertAccessible}
 * runs axe-core on the page as it is.
 */
public final class Browser implements AutoCloseable {
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final List<String> FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    public Browser() {
        playwright = Playwright.create();
        String executable = System.getenv().getOrDefault("APPEALS_TEST_CHROMIUM", "/usr/bin/chromium");
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(executable)).setHeadless(true).setArgs(FLAGS));
    }

    /** A page in a new, empty context (as a new browser profile would be). */
    public Page newPage() {
        BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(1280, 900).setLocale("ru-RU"));
        Page page = context.newPage();
        page.setDefaultTimeout(20_000);
        return page;
    }

    /** Keycloak's own login form (the realm's login page), filled in as a user would. */
    public static void signInOnKeycloak(Page page, String user) {
        page.waitForURL(url -> url.contains("/realms/appeals/protocol/openid-connect/auth"));
        page.locator("#username").fill(user);
        page.locator("#password").fill(user);
        page.locator("#kc-login").click();
    }

    public static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /** No serious or critical axe-core violation on the page as it stands (WCAG 2.1 A and AA rules). */
    public static void assertAccessible(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze();
        List<String> bad = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(Browser::describe).toList();
        assertThat(bad).as("axe-core violations on " + page.url()).isEmpty();
        assertThat(results.getPasses()).as("axe-core checked something").isNotEmpty();
    }

    private static String describe(Rule v) {
        return v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
