package org.skillsmatrix.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.skillsmatrix.app.keycloak.KeycloakServer;
import org.skillsmatrix.app.security.AgainstKeycloak;
import org.skillsmatrix.demo.DemoPeople;

/**
 * Single sign-on as a manager meets it, in a real browser against the real Keycloak: the application sends
 * them to Keycloak's sign-in page, they sign in and see their skills, they sign out, and they are signed out of
 * Keycloak too. No page of the application breaks its Content-Security-Policy on the way.
 */
class KeycloakSignInE2EIT extends AgainstKeycloak {

    @RegisterExtension
    static final SharedChromium chromium = new SharedChromium();

    @Test
    void a_manager_signs_in_through_keycloak_sees_the_app_and_signs_out_of_both() {
        try (var browser = chromium.browser().newContext()) {
            var page = browser.newPage();
            var problems = PageProblems.on(page, app());

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
            assertThat(problems.all()).isEmpty();
        }
    }

    /** The text as a regular expression that the browser's JavaScript understands (which knows no {@code \Q...\E} quoting). */
    private static String literally(String text) {
        return text.replaceAll("[.*+?^${}()|\\[\\]\\\\/]", "\\\\$0");
    }

    /**
     * Each demo role through Keycloak, each in a browser of its own: the roles come from the tokens, and the
     * menu offers what they allow: team views to managers and HR, the organisation to HR, people and teams to
     * HR and admins, the catalog to admins, My skills and the profile to everyone.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "employee, Noah Fischer,  '',                                         matrix organisation-gaps admin/catalog admin/people",
        "manager,  Maya Schmidt,  matrix,                                     organisation-gaps admin/catalog admin/people",
        "hr,       Hannah Ruiz,   matrix organisation-gaps admin/people,      admin/catalog",
        "admin,    Adam Novak,    admin/catalog,                              matrix organisation-gaps",
    })
    void each_demo_role_signs_in_through_keycloak_and_is_offered_what_it_may_open(
            String username, String name, String offered, String notOffered) {
        try (var browser = chromium.browser().newContext()) {
            var page = browser.newPage();
            var problems = PageProblems.on(page, app());
            page.navigate(app() + "/");
            assertSignInPageOfKeycloak(page);
            page.locator("#username").fill(username);
            page.locator("#password").fill(KeycloakServer.DEMO_PASSWORD);
            page.locator("#kc-login").click();

            assertThat(page.locator("#signed-in-user")).hasText(name);
            @SuppressWarnings("unchecked")
            var menu = (List<String>)
                    page.locator("vaadin-side-nav-item").evaluateAll("items => items.map(item => item.path)");
            assertThat(menu).contains("", "profile");
            assertThat(menu).containsAll(routes(offered)).doesNotContainAnyElementsOf(routes(notOffered));
            assertThat(problems.all()).isEmpty();
        }
    }

    private static List<String> routes(String spaceSeparated) {
        return Arrays.stream(spaceSeparated.strip().split(" +"))
                .filter(route -> !route.isEmpty())
                .toList();
    }

    private static void assertSignInPageOfKeycloak(Page page) {
        assertThat(page)
                .hasURL(Pattern.compile(
                        "^" + literally(keycloak().authorizationEndpoint().toString()) + "\\?.*"));
        assertThat(page.locator("#kc-form-login")).isVisible();
    }
}
