package org.skillsmatrix.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.RequestOptions;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.skillsmatrix.app.SkillsMatrixApplication;
import org.skillsmatrix.app.it.LocalRun;
import org.skillsmatrix.app.keycloak.KeycloakServer;
import org.skillsmatrix.app.keycloak.RealmAdministration;
import org.skillsmatrix.app.security.AgainstKeycloak;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An administrator ends a user's session in Keycloak while the user works on one node (B) of two sharing a database.
 * Keycloak sends its logout token to the back-channel logout URL, which here is the other node (A), as behind a load
 * balancer. The user's sessions on node B end within seconds, the Vaadin UI's with them: their next click sends them
 * to sign in. Another user signed in on node B stays signed in.
 */
class BackChannelLogoutIT extends AgainstKeycloak {

    private static final Duration AT_MOST = Duration.ofSeconds(15);

    @RegisterExtension
    static final SharedChromium chromium = new SharedChromium();

    @Autowired
    private DataSource dataSource;

    @Test
    void ending_a_users_session_in_keycloak_ends_it_on_a_node_keycloak_did_not_call() throws Exception {
        try (var nodeA = nodeOnTheSameDatabase();
                var employee = chromium.browser().newContext();
                var manager = chromium.browser().newContext()) {
            var realm = new RealmAdministration(keycloak());
            realm.setBackChannelLogoutUrl(LocalRun.address(nodeA) + "/logout/connect/back-channel/keycloak");
            try {
                var employeePage = signIn(employee, "employee", "Noah Fischer");
                var managerPage = signIn(manager, "manager", "Maya Schmidt");
                assertThat(status(employee)).isEqualTo(200);

                long asked = System.nanoTime();
                realm.signOut("employee");
                long started = System.nanoTime();
                await("the employee's session on node B signed out")
                        .atMost(AT_MOST)
                        .pollInterval(Duration.ofMillis(100))
                        .until(() -> status(employee) != 200);
                System.out.printf(
                        "Back-channel logout: Keycloak's admin API answered after %.1f s; the session on the other"
                                + " node was ended %.1f s later%n",
                        (started - asked) / 1e9, (System.nanoTime() - started) / 1e9);

                assertThat(status(employee)).isEqualTo(302);
                employeePage.locator("vaadin-side-nav-item[path='profile']").click();
                assertThat(employeePage)
                        .hasURL(Pattern.compile("^"
                                + literally(keycloak().authorizationEndpoint().toString()) + "\\?.*"));
                assertThat(employeePage.locator("#kc-form-login")).isVisible();

                assertThat(status(manager)).as("another user on the same node").isEqualTo(200);
                managerPage.locator("vaadin-side-nav-item[path='profile']").click();
                assertThat(managerPage).hasURL(app() + "/profile");
                assertThat(managerPage.locator("#signed-in-user")).hasText("Maya Schmidt");
            } finally {
                realm.setBackChannelLogoutUrl("http://localhost:8080/logout/connect/back-channel/keycloak");
            }
        }
    }

    /** The text as a regular expression that the browser's JavaScript understands (no {@code \\Q...\\E} quoting). */
    private static String literally(String text) {
        return text.replaceAll("[.*+?^${}()|\\[\\]\\\\/]", "\\\\$0");
    }

    /** Signs in on node B in a browser of its own, through Keycloak's sign-in page. */
    private Page signIn(BrowserContext browser, String username, String name) {
        var page = browser.newPage();
        page.navigate(app() + "/");
        page.locator("#username").fill(username);
        page.locator("#password").fill(KeycloakServer.DEMO_PASSWORD);
        page.locator("#kc-login").click();
        assertThat(page.locator("#signed-in-user"))
                .hasText(name, new LocatorAssertions.HasTextOptions().setTimeout(60_000));
        return page;
    }

    /** What node B answers the browser's request for the home page, with its cookies and no redirect followed. */
    private int status(BrowserContext browser) {
        return browser.request()
                .get(app() + "/", RequestOptions.create().setMaxRedirects(0))
                .status();
    }

    private ConfigurableApplicationContext nodeOnTheSameDatabase() throws SQLException {
        var database = dataSource.unwrap(HikariDataSource.class);
        return new SpringApplicationBuilder(SkillsMatrixApplication.class)
                .run(
                        "--server.port=0",
                        "--skills-matrix.oidc.issuer-uri=" + keycloak().issuerUri(),
                        "--skills-matrix.oidc.client-secret=" + KeycloakServer.WEB_CLIENT_SECRET,
                        "--spring.datasource.url=" + database.getJdbcUrl(),
                        "--spring.datasource.username=" + database.getUsername(),
                        "--spring.datasource.password=" + Objects.toString(database.getPassword(), ""));
    }
}
