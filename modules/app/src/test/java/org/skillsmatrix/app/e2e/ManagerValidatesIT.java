package org.skillsmatrix.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.app.e2e.Browsing.button;
import static org.skillsmatrix.app.e2e.Browsing.open;
import static org.skillsmatrix.app.e2e.Browsing.session;
import static org.skillsmatrix.app.e2e.Browsing.show;
import static org.skillsmatrix.app.e2e.Browsing.signIn;

import com.microsoft.playwright.ElementHandle;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.demo.DemoPeople;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.access.Role;
import org.skillsmatrix.domain.assessment.Assessment;
import org.skillsmatrix.domain.assessment.Assessments;
import org.skillsmatrix.domain.assessment.Source;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.gap.AnalyseTeamGaps;
import org.skillsmatrix.domain.gap.SkillCoverage;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.scale.Scale;
import org.skillsmatrix.domain.staffing.Need;
import org.skillsmatrix.domain.staffing.ProposeStaffing;
import org.skillsmatrix.domain.staffing.Staffing;
import org.skillsmatrix.domain.staffing.StaffingRequest;
import org.skillsmatrix.domain.whatif.AnalyseWhatIf;
import org.skillsmatrix.domain.whatif.Change;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The rating loop in a real browser on the demo organisation: the employee rates a skill their team falls short
 * in; their manager sees it in the team matrix and validates it from the cell; the gap view then counts the
 * target as met; the manager then asks what would happen if the employee left. On the way, a screenshot of every
 * main view for the user guide.
 */
class ManagerValidatesIT extends InChromium {

    @Test
    void the_employee_rates_the_manager_validates_in_the_matrix_and_the_gap_closes() {
        var base = base();
        var noah = person(DemoPeople.EMPLOYEE);
        var maya = person(DemoPeople.MANAGER);
        var payments = payments();
        var manager = Actor.of(maya.id(), Role.MANAGER, Role.EMPLOYEE);
        var gap = app.getBean(AnalyseTeamGaps.class).analyse(manager, payments.id()).skills().stream()
                .filter(coverage -> coverage.hasTarget() && coverage.shortfall() == 1)
                .filter(coverage -> validatedBelow(app, noah.id(), coverage))
                .sorted(Comparator.comparing(
                        coverage -> !skill(app, coverage).name().equals("Authentication")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("Payments falls one person short of a target Noah misses"));
        var skill = skill(app, gap);
        var level = gap.countingLevel();
        var levelText = level.value() + " · ";

        // the manager looks at the team's gaps
        var page = signedIn("manager", "Maya Schmidt");
        show(page, base, "gaps/" + payments.id());
        var before = targetsMet(page);
        screenshots.save(page, "05-gaps");
        // the trend under the gaps: a chart of eight quarters and now, and the table with every figure
        var trend = page.locator("#gap-trend-section");
        trend.scrollIntoViewIfNeeded();
        assertThat(page.locator("#gap-trend svg")).isVisible();
        assertThat(page.locator("#gap-trend-table")).containsText("Now");
        assertThat(page.locator("#gap-trend svg")).containsText("Trend of " + payments.name());
        screenshots.save(page, trend, "20-gap-trend");

        // the sign-in page, then the employee rates the skill on My skills
        var employeeSession = session(chromium.browser());
        var loginPage = employeeSession.newPage();
        loginPage.navigate(base + "/");
        assertThat(loginPage.getByText("Demo mode").first()).isVisible();
        screenshots.save(loginPage, "01-sign-in");
        loginPage.close();
        var employee = signIn(employeeSession, base, "employee", "Noah Fischer");
        screenshots.save(employee, "02-my-skills");
        employee.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Filter skills"))
                .fill(skill.name());
        employee.keyboard().press("Enter");
        employee.waitForLoadState(LoadState.NETWORKIDLE);
        var rating = employee.locator("#rating-dialog");
        openDialog(button(employee, "Rate " + skill.name()), rating);
        rating.getByText(levelText + levelName(app, level)).first().click();
        rating.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(employee.getByText("Saved your rating of " + skill.name())).isVisible();
        assertThat(rating).isHidden();
        var selfRated = newest(app, noah.id(), skill);
        assertThat(selfRated.source()).isEqualTo(Source.SELF);
        assertThat(selfRated.level()).isEqualTo(level);
        show(employee, base, "profile");
        assertThat(employee.locator("#profile-radar svg")).isVisible();
        screenshots.save(employee, "03-my-profile");
        button(employee, "Sign out").click();
        assertThat(employee.getByText("You are signed out")).isVisible();

        // the manager sees the self-rating in the matrix and validates it from the cell
        open(page, base, "gaps/" + payments.id());
        assertThat(targetsMet(page))
                .as("a self-rating alone does not count over a manager's")
                .isEqualTo(before);
        show(page, base, "matrix/" + payments.id());
        assertThat(page.locator("#team-matrix")).isVisible();
        screenshots.save(page, "04-team-matrix");
        seeSelfRating(page, "Noah Fischer", skill, level);
        var cell = cell(page, "Noah Fischer", skill.name(), "^[0-" + (level.value() - 1) + "]$");
        cell.click();
        var dialog = page.locator("#manager-rating-dialog");
        assertThat(page.getByRole(AriaRole.DIALOG)).containsText("Their own rating: " + levelText);
        button(page, "Validate " + levelText + levelName(app, level)).click();
        assertThat(page.getByText("Saved your rating of Noah Fischer in " + skill.name()))
                .isVisible();
        assertThat(dialog).isHidden();
        var validated = newest(app, noah.id(), skill);
        assertThat(validated.source()).isEqualTo(Source.MANAGER);
        assertThat(validated.assessor()).isEqualTo(maya.id());
        assertThat(validated.level()).isEqualTo(level);

        // the gap view counts the target as met now
        show(page, base, "gaps/" + payments.id());
        assertThat(targetsMet(page)).isEqualTo(before + 1);

        show(page, base, "calibration/" + payments.id());
        assertThat(page.locator("#divergences")).isVisible();
        screenshots.save(page, "06-calibration");
        open(page, base, "people-finder?skill=" + skill.id() + "&level=" + level.value());
        assertThat(page.locator("#finder-count")).containsText("match");
        screenshots.save(page, "07-people-finder");
        show(page, base, "profile/" + noah.id());
        assertThat(page.locator("#profile-timeline svg")).isVisible();
        screenshots.save(page, "08-person-profile");

        // what if Noah left: from his profile, Payments today and after, as the domain answers it
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("What if Noah Fischer leaves?"))
                .click();
        assertThat(page.locator("#page-title")).containsText("What if · " + payments.name());
        var answer = page.locator("#what-if-answer");
        assertThat(answer).containsText(payments.name());
        assertThat(answer).containsText("Targets met");
        var expected =
                app.getBean(AnalyseWhatIf.class).ask(manager, List.of(new Change.Leaves(noah.id()))).teams().stream()
                        .filter(outcome -> outcome.team().id().equals(payments.id()))
                        .findFirst()
                        .orElseThrow();
        assertThat(expected.targetsBroken())
                .as("the target Noah's validated rating just met has nobody to spare")
                .anyMatch(change -> change.skill().equals(skill.id()));
        var after = expected.after();
        assertThat(answer).containsText(after.targetsMet() + " of " + after.targets());
        for (var broken : expected.targetsBroken()) {
            var name = app.getBean(Catalog.class)
                    .skill(broken.skill())
                    .orElseThrow()
                    .name();
            assertThat(answer).containsText(name + ": target no longer met");
        }
        assertThat(page.locator("#team-risk")).isVisible();
        screenshots.save(page, "16-what-if");

        // staffing: from the menu, a request for the skill, the proposal as the domain makes it, a swap, Back
        staffs(app, page, manager);

        var hr = signedIn("hr", "Hannah Ruiz");
        show(hr, base, "organisation-gaps");
        assertThat(hr.locator("#organisation-gaps")).isVisible();
        // the privacy threshold: the page says so, and a skill held by 1 to 4 people shows "fewer than 5"
        assertThat(hr.locator("#privacy-note"))
                .containsText("a count of fewer than 5 people is not shown here, in the reports or the API");
        assertThat(hr.locator(
                                "#organisation-gaps vaadin-grid-cell-content",
                                new Page.LocatorOptions().setHasText(java.util.regex.Pattern.compile("^fewer than 5$")))
                        .first())
                .isAttached();
        screenshots.save(hr, "09-organisation-gaps");
        show(hr, base, "admin/teams");
        screenshots.save(hr, "11-admin-teams");
        show(hr, base, "admin/people");
        screenshots.save(hr, "12-admin-people");

        var admin = signedIn("admin", "Adam Novak");
        show(admin, base, "admin/catalog");
        assertThat(admin.locator("#catalog")).isVisible();
        screenshots.save(admin, "10-admin-catalog");
        show(admin, base, "admin/role-profiles");
        screenshots.save(admin, "13-admin-role-profiles");
        open(admin, base, "matrix");
        assertThat(admin.locator("#error-message")).hasText("You are not allowed to do this.");
    }

    /**
     * The manager opens Staffing from the menu, asks for two people at Proficient (the form's level) or above in the first skill
     * whose proposal names someone with a stand-in, sees the people the use case proposes, swaps the first such
     * person for their first stand-in, and goes Back to the proposal before the swap.
     */
    private void staffs(ConfigurableApplicationContext app, Page page, Actor manager) {
        var staffing = app.getBean(ProposeStaffing.class);
        var skills = app.getBean(Catalog.class).skills().stream()
                .filter(skill -> !skill.retired())
                .toList();
        Skill skill = null;
        Staffing expected = null;
        for (var candidate : skills) {
            var answer = staffing.propose(
                    manager, StaffingRequest.of(List.of(new Need(candidate.id(), Level.PROFICIENT, 2))));
            if (answer.proposed().stream()
                    .anyMatch(person -> !person.alternatives().isEmpty())) {
                skill = candidate;
                expected = answer;
                break;
            }
        }
        assertThat(expected)
                .as("a skill in which the manager's people could stand in for each other")
                .isNotNull();
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Staffing").setExact(true))
                .click();
        assertThat(page.locator("#page-title")).containsText("Staffing");
        var skillBox = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Skill 1"));
        skillBox.fill(skill.name());
        page.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName(skill.name()).setExact(true))
                .click();
        page.getByRole(AriaRole.SPINBUTTON, new Page.GetByRoleOptions().setName("People, skill 1"))
                .fill("2");
        button(page, "Propose people").click();
        var proposed = page.locator("#staffing-proposed");
        assertThat(page.locator("#staffing-summary")).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*staffing\\?need=" + skill.id() + "%3A3%3A2$"));
        var names = expected.proposed().stream().map(Staffing.Proposed::name).toList();
        assertThat(proposed.locator(".staffing-person h3 a")).hasText(names.toArray(String[]::new));
        screenshots.save(page, "17-staffing");

        var out = expected.proposed().stream()
                .filter(person -> !person.alternatives().isEmpty())
                .findFirst()
                .orElseThrow();
        var in = out.alternatives().getFirst();
        proposed.locator(".staffing-person[data-person='" + out.person() + "']")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Swap for " + in.name()))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*pin=" + in.person() + ".*"));
        assertThat(proposed.locator(".staffing-person h3").first()).containsText(in.name() + "pinned");
        assertThat(proposed).not().containsText(out.name());

        page.goBack();
        assertThat(page).hasURL(Pattern.compile(".*staffing\\?need=" + skill.id() + "%3A3%3A2$"));
        assertThat(proposed.locator(".staffing-person h3 a")).hasText(names.toArray(String[]::new));
    }

    /**
     * Clicks a button in a grid row until its dialog opens: a filter that was just applied may still be
     * replacing the row's button, and a click on the replaced one goes nowhere.
     */
    private static void openDialog(Locator button, Locator dialog) {
        for (int attempt = 1; attempt <= 3; attempt++) {
            button.click();
            try {
                dialog.waitFor(new Locator.WaitForOptions()
                        .setState(WaitForSelectorState.ATTACHED)
                        .setTimeout(3_000));
                return;
            } catch (TimeoutError e) {
                // the click reached a button the grid had replaced; the next one reaches the new button
            }
        }
        assertThat(dialog).isAttached();
    }

    /** The number before "of" in the gap view's "Targets met" figure. */
    private static int targetsMet(Page page) {
        var figures = page.locator("#gap-figures").textContent();
        var matcher = Pattern.compile("(\\d+) of (\\d+)").matcher(figures);
        assertThat(matcher.find()).as(figures).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    /** Narrows the team matrix to one skill with its Skills filter, which is in view. */
    static void filterToSkill(Page page, Skill skill) {
        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Skills"))
                .fill(skill.name());
        page.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName(skill.name()).setExact(true))
                .click();
        page.keyboard().press("Escape");
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator("#matrix-summary")).containsText("× 1 skill");
    }

    /**
     * Filters the team matrix to the skill, sees the person's own rating there at the level among the self-ratings,
     * and shows the levels that count again.
     */
    static void seeSelfRating(Page page, String name, Skill skill, Level level) {
        filterToSkill(page, skill);
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Self-ratings"))
                .check();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        cell(page, name, skill.name(), "^" + level.value() + "$");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Level that counts"))
                .check();
        page.waitForLoadState(LoadState.NETWORKIDLE);
    }

    /**
     * A body cell of the heatmap, once its text matches: in the row whose row header holds the person's name, under
     * the column whose header is the skill's name. The grid renders its cells into slots, so the cells are found
     * through its shadow DOM, and a body cell belongs to the header cell of the same column.
     */
    static ElementHandle cell(Page page, String name, String skill, String text) {
        var handle = page.waitForFunction(
                "([name, skill, text]) => {"
                        + " const grid = document.querySelector('#team-matrix');"
                        + " if (!grid || grid.loading) { return null; }"
                        + " const content = cell => cell.querySelector('slot')?.assignedElements()[0];"
                        + " const header = [...grid.shadowRoot.querySelectorAll('thead#header th')]"
                        + "   .find(th => content(th)?.textContent.trim() === skill);"
                        + " if (!header) { return null; }"
                        + " for (const row of grid.shadowRoot.querySelectorAll('tbody#items tr')) {"
                        + "   const cells = [...row.querySelectorAll('td')];"
                        + "   const person = cells.find(td => td.getAttribute('role') === 'rowheader');"
                        + "   const cell = cells.find(td => td._column === header._column);"
                        + "   const shown = cell && content(cell);"
                        + "   if (person && content(person)?.textContent.trim() === name && shown"
                        + "       && new RegExp(text).test(shown.textContent.trim())) { return shown; }"
                        + " }"
                        + " return null; }",
                List.of(name, skill, text));
        var element = handle.asElement();
        assertThat(element).as("the cell of %s in %s", name, skill).isNotNull();
        return element;
    }

    /**
     * Whether a manager rated the person below the target's level: then the person's own higher rating does not
     * count until a manager validates it.
     */
    private static boolean validatedBelow(ConfigurableApplicationContext app, PersonId person, SkillCoverage coverage) {
        return app.getBean(Assessments.class).current(person).stream()
                .filter(rating -> rating.skill().equals(coverage.skill()))
                .findFirst()
                .flatMap(rating -> rating.validatedLevel())
                .map(level -> !level.isAtLeast(coverage.countingLevel()))
                .orElse(false);
    }

    /** The person's newest rating of the skill: the demo organisation's history reaches up to today. */
    private static Assessment newest(ConfigurableApplicationContext app, PersonId person, Skill skill) {
        return app.getBean(Assessments.class).history(person).stream()
                .filter(assessment -> assessment.skill().equals(skill.id()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no rating of " + skill.name() + " among "
                        + app.getBean(Assessments.class).history(person).stream()
                                .limit(3)
                                .toList()));
    }

    private static Skill skill(ConfigurableApplicationContext app, SkillCoverage coverage) {
        return app.getBean(Catalog.class).skill(coverage.skill()).orElseThrow();
    }

    private static String levelName(ConfigurableApplicationContext app, Level level) {
        return app.getBean(Scale.class).levels().get(level.value()).name();
    }
}
