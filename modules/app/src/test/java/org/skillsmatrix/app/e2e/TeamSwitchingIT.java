package org.skillsmatrix.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.app.e2e.Browsing.open;
import static org.skillsmatrix.app.e2e.Browsing.show;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.demo.DemoPeople;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.access.Role;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.team.BrowseTeams;
import org.skillsmatrix.domain.team.Team;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Team switching in a real browser, as HR meets it: on Gaps, Calibration and the team matrix the Team selector
 * opens another team's page, and Back the one before, never an error page; a team view opened from the menu takes
 * the shown team's own address, so Back after another team shows that team again. What if, from the menu, keeps the
 * people picked and where they move in its address through a reload. Then a failure nobody foresaw, with a table of
 * the database gone: the page keeps the layout and the menu and names an error id, no exception.
 */
class TeamSwitchingIT extends InChromium {

    @BeforeAll
    static void allowForSlowFirstPages() {
        // the first pages after a cold start take a while on a small, busy machine
        PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
    }

    @Test
    void hr_switches_teams_on_every_team_view_goes_back_and_meets_a_failure_inside_the_layout() {
        var base = base();
        var hannah = app.getBean(People.class).byEmail(DemoPeople.HR).orElseThrow();
        List<Team> teams = app.getBean(BrowseTeams.class).readable(Actor.of(hannah.id(), Role.HR));
        assertThat(teams).hasSizeGreaterThan(1);
        var first = teams.get(0);
        var second = teams.get(1);
        var page = signedIn("hr", "Hannah Ruiz");

        for (var view : List.of("gaps", "calibration", "matrix")) {
            show(page, base, view + "/" + first.id());
            assertThat(page.locator("#page-title")).containsText(first.name());

            choose(page, second);
            assertThat(page.locator("#page-title")).containsText(second.name());
            assertThat(page).hasURL(base + "/" + view + "/" + second.id());
            assertNoRawError(page);

            screenshots.save(page, "team-switched-" + view);
            page.goBack();
            assertThat(page.locator("#page-title")).containsText(first.name());
            assertNoRawError(page);
        }

        page.locator("vaadin-side-nav-item[path='gaps']").click();
        assertThat(page).hasURL(base + "/gaps/" + first.id());
        choose(page, second);
        assertThat(page).hasURL(base + "/gaps/" + second.id());
        page.goBack();
        assertThat(page).hasURL(base + "/gaps/" + first.id());
        assertThat(page.locator("#page-title")).containsText(first.name());

        page.locator("vaadin-side-nav-item[path='what-if']").click();
        assertThat(page).hasURL(base + "/what-if/" + first.id());
        var member = app.getBean(People.class)
                .byId(first.members().iterator().next())
                .orElseThrow();
        page.locator("#what-if-people input").fill(member.name());
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(member.name()))
                .first()
                .click();
        // the picker stays open for more people until closed
        page.keyboard().press("Escape");
        assertThat(page).hasURL(base + "/what-if/" + first.id() + "?person=" + member.id());
        page.locator("#what-if-destination").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("They move to " + second.name()))
                .click();
        assertThat(page).hasURL(base + "/what-if/" + first.id() + "?person=" + member.id() + "&to=" + second.id());
        page.reload();
        assertThat(page.locator("#what-if-people")).containsText(member.name());
        assertThat(page.locator("#what-if-destination")).containsText("They move to " + second.name());
        assertThat(page.locator("#what-if-answer")).containsText(second.name());
        screenshots.save(page, "what-if-reloaded");

        var jdbc = app.getBean(JdbcTemplate.class);
        jdbc.execute("alter table team_target rename to team_target_away");
        try {
            open(page, base, "gaps/" + second.id());
        } finally {
            jdbc.execute("alter table team_target_away rename to team_target");
        }
        assertThat(page.locator("#main-menu")).isVisible();
        assertThat(page.locator("#error-message")).containsText("Something went wrong on our side");
        assertThat(page.locator("#error-id")).hasText(Pattern.compile("[0-9a-f-]{36}"));
        assertNoRawError(page);
        assertThat(page.content()).doesNotContain("team_target");
        screenshots.save(page, "error-page");
        page.setViewportSize(390, 844);
        assertThat(page.locator("#error-id")).isVisible();
        screenshots.save(page, "error-page-phone");
    }

    /** Opens the Team selector and picks the team, as a person does. */
    private static void choose(Page page, Team team) {
        page.locator("#team-chooser").click();
        page.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName(team.name()).setExact(true))
                .click();
    }

    private static void assertNoRawError(Page page) {
        assertThat(page.locator("body")).not().containsText("exception");
        assertThat(page.locator("body")).not().containsText("Exception");
        assertThat(page.locator("#main-menu")).isVisible();
    }
}
