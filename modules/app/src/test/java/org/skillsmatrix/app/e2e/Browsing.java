package org.skillsmatrix.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.net.URI;

/** Signing in and finding one's way in the application as a person in a browser does. */
final class Browsing {

    private Browsing() {}

    /** A fresh browser session, as wide as a laptop screen, in British English. */
    static BrowserContext session(Browser browser) {
        return session(browser, "en-GB");
    }

    /** A fresh browser session, as wide as a laptop screen, asking for pages in the language, e.g. {@code de-DE}. */
    static BrowserContext session(Browser browser, String locale) {
        return browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1440, 900)
                .setLocale(locale)
                .setTimezoneId("Europe/Berlin"));
    }

    static Page signIn(BrowserContext session, String base, String username, String name) {
        var page = session.newPage();
        page.navigate(base + "/");
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Username"))
                .fill(username);
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Password"))
                .fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page.locator("#signed-in-user")).hasText(name);
        return page;
    }

    /** Signs in with a demo account from the German sign-in page, in a session asking for German. */
    static Page signInInGerman(BrowserContext session, String base, String username) {
        var page = session.newPage();
        page.navigate(base + "/");
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Benutzername"))
                .fill(username);
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Passwort"))
                .fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden"))
                .click();
        assertThat(page.locator("#sign-out")).hasText("Abmelden");
        return page;
    }

    /**
     * Waits until the page has loaded and Vaadin's client has no request to the server under way, so that what a
     * test does next reaches the page as the server left it.
     */
    static void settle(Page page) {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.waitForFunction(
                "() => !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients"
                        + " || Object.values(window.Vaadin.Flow.clients).every(client => !client.isActive || !client.isActive())");
    }

    /** Opens a page of the application; where it does not open, the failure says what the server answered. */
    static void open(Page page, String base, String path) {
        var response = page.navigate(base + "/" + path);
        try {
            assertThat(page.locator("#page-title")).not().isEmpty();
        } catch (AssertionError notOpened) {
            throw new AssertionError(
                    "/" + path + " did not open: the answer was "
                            + (response == null ? "none" : response.status() + " " + response.headers())
                            + " and the browser is at " + page.url(),
                    notOpened);
        }
    }

    /**
     * Shows the view at the path as the application's links do, unless the page shows it already (the home page after
     * signing in), and waits until its title is shown.
     */
    static void show(Page page, String base, String path) {
        var title = page.locator("#page-title");
        var target = "/" + path;
        if (!URI.create(page.url()).getPath().equals(target)) {
            var before = title.textContent();
            page.evaluate(
                    "path => { history.pushState(null, '', path); dispatchEvent(new PopStateEvent('popstate')); }",
                    target);
            assertThat(page).hasURL(base + target);
            assertThat(title).not().hasText(before);
        }
        assertThat(title).not().isEmpty();
    }

    static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }
}
