package org.skillsmatrix.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.skillsmatrix.app.it.LocalRun;
import org.skillsmatrix.app.keycloak.KeycloakServer;
import org.skillsmatrix.app.keycloak.UsesKeycloak;
import org.skillsmatrix.domain.people.People;

/**
 * The README's way to start for real, in Chromium against the real Keycloak: the application on an empty database
 * of its own, without the demo organisation. HR signs in through Keycloak, is added from the token, and finds the
 * setup checklist on My skills with every step to do; importing people and teams from its first link ticks that
 * step off.
 */
@UsesKeycloak
class EmptyStartIT {

    @RegisterExtension
    static final SharedChromium chromium = new SharedChromium();

    private static final String PEOPLE = """
            email,name,teams,manages
            ines.berg@example.com,Ines Berg,Platform,Platform
            tom.weber@example.com,Tom Weber,Platform,
            """;

    private final Screenshots screenshots = Screenshots.configured();

    @TempDir
    Path data;

    @Test
    void hr_signs_in_to_an_empty_organisation_and_the_setup_checklist_ticks_off_the_people_imported() {
        var keycloak = KeycloakServer.get();
        try (var app = LocalRun.start(
                        data,
                        "--skills-matrix.demo-data.enabled=false",
                        "--skills-matrix.oidc.issuer-uri=" + keycloak.issuerUri(),
                        "--skills-matrix.oidc.client-secret=" + KeycloakServer.WEB_CLIENT_SECRET);
                var session = Browsing.session(chromium.browser())) {
            var base = LocalRun.address(app);
            assertThat(app.getBean(People.class).count())
                    .as("nobody before the first sign-in")
                    .isZero();
            var page = session.newPage();
            var problems = PageProblems.on(page, base);

            page.navigate(base + "/");
            page.locator("#username").fill("hr");
            page.locator("#password").fill(KeycloakServer.DEMO_PASSWORD);
            page.locator("#kc-login").click();

            assertThat(page.locator("#signed-in-user")).hasText("Hannah Ruiz");
            assertThat(page.locator("#setup-checklist")).containsText("Set up your organisation");
            for (var step : new String[] {"#setup-people", "#setup-catalog", "#setup-targets", "#setup-rate"}) {
                assertThat(page.locator(step + " .setup-state")).hasText("To do");
            }
            screenshots.save(page, "33-setup-checklist");

            page.locator("#setup-people")
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Import from the HR system"))
                    .click();
            assertThat(page.locator("#page-title")).hasText("Import");
            page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("People and teams"))
                    .check();
            page.locator("#import-create-teams").click();
            page.locator("#import-upload input[type=file]")
                    .setInputFiles(new FilePayload("people.csv", "text/csv", PEOPLE.getBytes(StandardCharsets.UTF_8)));
            assertThat(page.locator("#import-status"))
                    .hasText("“people.csv” is valid (2 rows). Importing it will make these changes:"
                            + " 2 people added, 0 changed, 0 unchanged; 1 team added, 0 changed.");
            page.locator("#import-apply").click();
            assertThat(page.locator("#import-status"))
                    .hasText("Imported “people.csv”: 2 people added, 0 changed, 0 unchanged; 1 team added, 0 changed.");

            Browsing.show(page, base, "");
            assertThat(page.locator("#setup-people .setup-state")).hasText("Done");
            assertThat(page.locator("#setup-targets .setup-state")).hasText("To do");
            assertThat(app.getBean(People.class).count())
                    .as("Hannah and the two imported")
                    .isEqualTo(3);
            assertThat(problems.all()).isEmpty();
        }
    }
}
