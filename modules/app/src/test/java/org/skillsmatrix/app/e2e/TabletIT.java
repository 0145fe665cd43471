package org.skillsmatrix.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.app.e2e.Browsing.button;
import static org.skillsmatrix.app.e2e.Browsing.open;
import static org.skillsmatrix.app.e2e.Browsing.settle;
import static org.skillsmatrix.app.e2e.Browsing.signIn;
import static org.skillsmatrix.app.e2e.SmallScreen.TABLET;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.demo.DemoPeople;
import org.skillsmatrix.domain.assessment.Assessments;
import org.skillsmatrix.domain.catalog.Skill;

/**
 * The two main paths on a tablet, 768 px wide: the employee rates a skill on My skills, their manager validates it
 * from its cell in the team matrix, whose skills scroll sideways while the people's names stay. On the way, the
 * top bar keeps to one line with its title whole and signing out on screen, and every page fits the width.
 */
class TabletIT extends InChromium {

    @Test
    void on_a_tablet_the_employee_rates_a_skill_and_the_manager_validates_it_in_the_matrix() {
        var base = base();
        var noah = person(DemoPeople.EMPLOYEE);
        var payments = payments();
        var newRating = newRating(noah, "Kotlin");
        var skill = newRating.skill();
        var level = newRating.level();
        var levelText = newRating.levelText();

        // the employee rates the skill on My skills
        var employee = signIn(TABLET.session(chromium.browser()), base, "employee", "Noah Fischer");
        topBarOnOneLine(employee);
        TABLET.fits(employee);
        screenshots.save(employee, "36-tablet-my-skills");
        employee.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Filter skills"))
                .fill(skill.name());
        employee.keyboard().press("Enter");
        employee.waitForLoadState(LoadState.NETWORKIDLE);
        rateOnMySkills(employee, TABLET, newRating);
        open(employee, base, "profile");
        topBarOnOneLine(employee);
        TABLET.fits(employee);

        // the manager's matrix scrolls sideways beside the names, then she validates the rating from its cell
        var page = signIn(TABLET.session(chromium.browser()), base, "manager", "Maya Schmidt");
        open(page, base, "matrix/" + payments.id());
        topBarOnOneLine(page);
        TABLET.fits(page);
        var grid = page.locator("#team-matrix");
        var name = grid.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Noah Fischer"));
        assertThat(name).isInViewport();
        var scrolled = (Number) grid.evaluate(
                "grid => { grid.$.table.scrollLeft = grid.$.table.scrollWidth;" + " return grid.$.table.scrollLeft; }");
        assertThat(scrolled.intValue())
                .as("how far the matrix scrolled sideways")
                .isPositive();
        assertThat(name).isInViewport();
        screenshots.save(page, "37-tablet-team-matrix");
        ManagerValidatesIT.seeSelfRating(page, "Noah Fischer", skill, level);
        settle(page);
        openCell(page, skill);
        assertThat(page.locator("#manager-rating-dialog")).isAttached();
        var validate = button(page, "Validate " + levelText);
        TABLET.shows(page, validate);
        validate.click();
        assertThat(page.getByText("Saved your rating of Noah Fischer in " + skill.name()))
                .isVisible();
        assertThat(app.getBean(Assessments.class).current(noah.id()).stream()
                        .filter(current -> current.skill().equals(skill.id()))
                        .findFirst()
                        .flatMap(current -> current.validatedLevel()))
                .contains(level);
        topBarOnOneLine(page);

        // signing out from the top bar
        button(page, "Sign out").click();
        assertThat(page.getByText("You are signed out")).isVisible();
    }

    /**
     * Clicks Noah's cell in the skill's column until it opens the rating dialog: the grid may still redraw its cells
     * after a change of what it shows, and a click on a replaced cell goes nowhere.
     */
    private static void openCell(Page page, Skill skill) {
        for (int attempt = 1; attempt <= 3; attempt++) {
            try {
                ManagerValidatesIT.cell(page, "Noah Fischer", skill.name(), "^[0-4]")
                        .click();
                return;
            } catch (PlaywrightException replaced) {
                settle(page);
            }
        }
        assertThat(page.locator("#manager-rating-dialog")).isAttached();
    }

    /**
     * The top bar is one line: the page's title whole beside the menu's toggle, what follows it (the demo badge)
     * clear of the bar's end, and signing out on screen level with the title.
     */
    private static void topBarOnOneLine(Page page) {
        var title = page.locator("#page-title");
        assertThat(title).isVisible();
        var cut = (Boolean) title.evaluate("title => title.scrollWidth > title.clientWidth");
        assertThat(cut).as("the title is cut").isFalse();
        var signOut = button(page, "Sign out");
        TABLET.shows(page, signOut);
        var titleBox = title.boundingBox();
        var signOutBox = signOut.boundingBox();
        assertThat(Math.abs((titleBox.y + titleBox.height / 2) - (signOutBox.y + signOutBox.height / 2)))
                .as("how far signing out sits below or above the title, in CSS pixels")
                .isLessThan(4);
        var startEnd = (Number) page.evaluate("() => Math.max(...[...document.querySelector('.navbar-start').children]"
                + ".filter(child => child.getClientRects().length > 0)"
                + ".map(child => child.getBoundingClientRect().right))");
        var endStart = page.locator(".navbar-end").boundingBox().x;
        assertThat(startEnd.doubleValue())
                .as("the right edge of the title and badge, left of the bell and menus at %s", endStart)
                .isLessThanOrEqualTo(endStart);
    }
}
