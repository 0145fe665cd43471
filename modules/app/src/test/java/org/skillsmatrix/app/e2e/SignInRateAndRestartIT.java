package org.skillsmatrix.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.skillsmatrix.app.it.LocalRun;
import org.skillsmatrix.demo.DemoPeople;
import org.skillsmatrix.domain.assessment.Assessments;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.scale.Level;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The default run as a newcomer meets it: the sign-in page, a demo employee signing in and rating a skill
 * in a real browser, and the rating still there after the application restarts on the same data, which it keeps
 * on disk in its embedded database; the demo organisation is generated once, not again at the restart. The pages
 * break nothing of their Content-Security-Policy and miss none of their resources on the way.
 */
class SignInRateAndRestartIT {

    private static final String SKILL = "GraphQL";

    @RegisterExtension
    static final SharedChromium chromium = new SharedChromium();

    @TempDir
    Path data;

    private final List<PageProblems> pages = new ArrayList<>();

    @Test
    void a_demo_employee_signs_in_rates_a_skill_and_sees_it_after_a_restart() {
        var before = Instant.now();
        long people;
        long ratings;
        try (var app = LocalRun.start(data)) {
            var employee =
                    app.getBean(People.class).byEmail(DemoPeople.EMPLOYEE).orElseThrow();
            var assessments = app.getBean(Assessments.class);
            var skill = skillId(app);
            assertThat(assessments.current(employee.id()))
                    .noneMatch(rating ->
                            rating.skill().equals(skill) && rating.level().orElse(Level.NONE) == Level.EXPERT);

            var page = signedIn(app, "employee");
            assertThat(grid(page)).not().containsText("4 · Expert");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rate " + SKILL))
                    .click();
            var dialog = page.getByRole(AriaRole.DIALOG);
            dialog.getByText("4 · Expert").click();
            dialog.getByRole(AriaRole.TEXTBOX).fill("Designed the public schema of our partner API");
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save"))
                    .click();

            assertThat(dialog).isHidden();
            assertThat(grid(page)).containsText("4 · Expert");
            var newest = assessments.history(employee.id()).getFirst();
            assertThat(newest.skill()).isEqualTo(skill);
            assertThat(newest.level()).isEqualTo(Level.EXPERT);
            assertThat(newest.assessedAt()).isAfter(before);
            assertThat(newest.evidence()).isEqualTo("Designed the public schema of our partner API");
            // closed before its application stops, so that it does not go on calling a server that has gone
            page.close();
            people = app.getBean(People.class).count();
            ratings = assessments.count();
        }

        try (var app = LocalRun.start(data)) {
            assertThat(app.getBean(People.class).count())
                    .as("people after the restart")
                    .isEqualTo(people);
            var assessments = app.getBean(Assessments.class);
            assertThat(assessments.count()).as("assessments after the restart").isEqualTo(ratings);
            var employee =
                    app.getBean(People.class).byEmail(DemoPeople.EMPLOYEE).orElseThrow();
            assertThat(assessments.history(employee.id()).getFirst()).satisfies(newest -> {
                assertThat(newest.skill()).isEqualTo(skillId(app));
                assertThat(newest.level()).isEqualTo(Level.EXPERT);
                assertThat(newest.evidence()).isEqualTo("Designed the public schema of our partner API");
            });
            var page = signedIn(app, "employee");
            assertThat(grid(page)).containsText("4 · Expert");
        }
        assertThat(pages)
                .as("what the Content-Security-Policy refused or failed to load")
                .allSatisfy(page -> assertThat(page.all()).isEmpty());
    }

    private Page signedIn(ConfigurableApplicationContext app, String username) {
        var page = chromium.browser().newPage();
        var origin = LocalRun.address(app);
        pages.add(PageProblems.on(page, origin));
        page.navigate(LocalRun.address(app) + "/");
        assertThat(page.getByText("Demo mode").first()).isVisible();
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Username"))
                .fill(username);
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Password"))
                .fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page.getByText("Noah Fischer")).isVisible();
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Filter skills"))
                .fill(SKILL);
        return page;
    }

    /** The My skills grid, filtered down to the one skill. */
    private static Locator grid(Page page) {
        return page.locator("#my-skills");
    }

    private static SkillId skillId(ConfigurableApplicationContext app) {
        return app.getBean(Catalog.class).skills().stream()
                .filter(skill -> skill.name().equals(SKILL))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
