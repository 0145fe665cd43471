package org.skillsmatrix.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.app.e2e.Browsing.session;
import static org.skillsmatrix.app.e2e.Browsing.signIn;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.skillsmatrix.app.it.LocalRun;
import org.skillsmatrix.demo.DemoPeople;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.access.Role;
import org.skillsmatrix.domain.people.MaintainPeople;
import org.skillsmatrix.domain.people.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * HR reads the audit trail in a real browser: filtered by a person, the trail shows who added them; the filter
 * stays in the address through a reload, and the export downloads the filtered trail as CSV.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditTrailIT {

    @RegisterExtension
    static final SharedChromium chromium = new SharedChromium();

    private final Screenshots screenshots = Screenshots.configured();

    @Autowired
    ConfigurableApplicationContext app;

    @Test
    void hr_filters_the_trail_by_a_person_reloads_and_exports_it() throws IOException {
        var base = LocalRun.address(app);
        var hr = app.getBean(People.class).byEmail(DemoPeople.HR).orElseThrow();
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var name = "Audrey Trail " + suffix;
        var email = "audrey." + suffix + "@example.com";
        var added = app.getBean(MaintainPeople.class).add(Actor.of(hr.id(), Role.HR), name, email, null);

        var page = signIn(session(chromium.browser()), base, "hr", "Hannah Ruiz");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Audit trail"))
                .click();
        assertThat(page.locator("#page-title")).hasText("Audit trail");

        var person = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Person"));
        person.fill("Audrey Trail " + suffix);
        page.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName(name).setExact(true))
                .click();

        var trail = page.locator("#audit-trail");
        assertThat(trail).containsText("person.added");
        assertThat(trail).containsText(name + " <" + email + ">");
        page.waitForURL("**/audit?person=" + added.id());
        screenshots.save(page, "29-audit-trail");

        page.reload();
        assertThat(person).hasValue(name);
        assertThat(page.locator("#audit-trail")).containsText("person.added");

        var download = page.waitForDownload(() -> page.locator("#audit-export").click());
        assertThat(download.suggestedFilename())
                .startsWith("skills-matrix_audit-trail_")
                .endsWith(".csv");
        var lines = Files.readAllLines(download.path(), StandardCharsets.UTF_8);
        assertThat(lines.getFirst()).isEqualTo("at,actor_id,actor,kind,action,subject,about,detail");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains(",people,person.added," + added.id() + "," + name + ",");
    }
}
