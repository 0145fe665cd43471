package org.skillsmatrix.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.app.keycloak.KeycloakServer;
import org.skillsmatrix.app.security.AgainstKeycloak;
import org.skillsmatrix.domain.demo.DemoPeople;

/**
 * Single sign-on as a manager meets it, in a real browser against the real Keycloak: the application sends
 * them to Keycloak's sign-in page, they sign in and see their skills, they sign out, and they are signed out of
 * Keycloak too. No page of the application breaks its Content-Security-Policy on the way.
 */
class KeycloakSignInE2EIT extends AgainstKeycloak {

    private static Chromium chromium;

    @BeforeAll
    static void startBrowser() {
        chromium = new Chromium();
    }

    @AfterAll
    static void stopBrowser() {
        chromium.close();
    }

    @Test
    void a_manager_signs_in_through_keycloak_sees_the_app_and_signs_out_of_both() {
        try (var browser = chromium.browser().newContext()) {
            var page = browser.newPage();
            var violations = PolicyViolations.on(page, app());

            page.navigate(app() + "/");
            assertSignInPageOfKeycloak(page);

            page.locator("#username").fill("manager");
            page.locator("#password").fill(KeycloakServer.DEMO_PASSWORD);
            page.locator("#kc-login").click();

            assertThat(page).hasURL(Pattern.compile("^" + literally(app()) + "/(\\?.*)?$"));
            assertThat(page.locator("#signed-in-user")).hasText("Maya Schmidt");
            assertThat(page.locator("#page-title")).hasText("My skills");
            assertThat(page.locator("#my-skills")).isVisible();
            assertThat(page.locator("#demo-mode-badge")).hasCount(0);
            assertThat(person(DemoPeople.MANAGER).subject()).isNotBlank();

            page.locator("#sign-out").click();

            assertThat(page).hasURL(app() + "/signed-out");
            assertThat(page.locator("#signed-out")).hasText("You are signed out");

            page.navigate(app() + "/");
            assertSignInPageOfKeycloak(page);
            assertThat(violations.all()).isEmpty();
        }
    }

    /** The text as a regular expression that the browser's JavaScript understands (which knows no {@code \Q...\E} quoting). */
    private static String literally(String text) {
        return text.replaceAll("[.*+?^${}()|\\[\\]\\\\/]", "\\\\$0");
    }

    private static void assertSignInPageOfKeycloak(Page page) {
        assertThat(page)
                .hasURL(Pattern.compile(
                        "^" + literally(keycloak().authorizationEndpoint().toString()) + "\\?.*"));
        assertThat(page.locator("#kc-form-login")).isVisible();
    }
}
