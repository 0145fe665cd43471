package org.skillsmatrix.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.app.e2e.Browsing.button;
import static org.skillsmatrix.app.e2e.Browsing.open;
import static org.skillsmatrix.app.e2e.Browsing.signIn;
import static org.skillsmatrix.app.e2e.SmallScreen.PHONE;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.demo.DemoPeople;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.access.Role;
import org.skillsmatrix.domain.mentoring.ProposeMentors;

/**
 * The two main paths on a phone, 390 px wide: the employee rates a skill on My skills, their manager validates
 * it from his skills as cards on the team matrix. On the way, every page fits the phone's width, signing out stays
 * on screen, the matrix's filters fold behind their summary, a chart's labels keep a readable size, the gaps'
 * folded list keeps its summary on screen and mentor pairs show as cards.
 */
class PhoneIT extends InChromium {

    @Test
    void on_a_phone_the_employee_rates_a_skill_and_the_manager_validates_it() {
        var base = base();
        var noah = person(DemoPeople.EMPLOYEE);
        var maya = person(DemoPeople.MANAGER);
        var payments = payments();
        var newRating = newRating(noah, "PostgreSQL");
        var skill = newRating.skill();
        var levelText = newRating.levelText();

        // the employee rates the skill on My skills
        var employee = signIn(PHONE.session(chromium.browser()), base, "employee", "Noah Fischer");
        PHONE.shows(employee, button(employee, "Sign out"));
        PHONE.fits(employee);
        screenshots.save(employee, "22-phone-my-skills");
        employee.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Filter skills"))
                .fill(skill.name());
        employee.keyboard().press("Enter");
        employee.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(employee.locator("#my-skills")).containsText("Mine:");
        rateOnMySkills(employee, PHONE, newRating);
        open(employee, base, "profile");
        PHONE.fits(employee);

        // the manager validates it from the team matrix, the filters folded behind their summary
        var page = signIn(PHONE.session(chromium.browser()), base, "manager", "Maya Schmidt");
        open(page, base, "matrix/" + payments.id());
        PHONE.shows(page, button(page, "Sign out"));
        var skills = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Skills"));
        assertThat(skills).not().isVisible();
        screenshots.save(page, "23-phone-team-matrix");
        page.locator("#matrix-filters").getByText("Filters and export").first().click();
        assertThat(skills).isVisible();
        ManagerValidatesIT.filterToSkill(page, skill);
        PHONE.fits(page);
        // the manager folds the filters again, picks Noah and validates from his skills as cards, where the
        // matrix's columns do not fit
        page.locator("#matrix-filters").getByText("Filters and export").first().click();
        assertThat(skills).not().isVisible();
        assertThat((Boolean) page.locator("#matrix-member vaadin-select-value-button vaadin-select-item")
                        .evaluate("item => item.scrollWidth <= item.clientWidth"))
                .as("the person chooser shows \"Everyone, as a matrix\" whole")
                .isTrue();
        page.locator("#matrix-member").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Noah Fischer"))
                .click();
        var open = page.getByRole(
                AriaRole.BUTTON,
                new Page.GetByRoleOptions()
                        .setName(Pattern.compile("^(Validate|Rate) Noah Fischer in " + skill.name() + "$")));
        PHONE.shows(page, open);
        assertThat(page.locator("#member-cards")).containsText("Own: " + levelText);
        PHONE.fits(page);
        screenshots.save(page, "25-phone-validate-cards");
        open.click();
        var dialog = page.locator("#manager-rating-dialog");
        assertThat(dialog).isAttached();
        var validate = button(page, "Validate " + levelText);
        PHONE.shows(page, validate);
        validate.click();
        assertThat(page.getByText("Saved your rating of Noah Fischer in " + skill.name()))
                .isVisible();
        assertThat(page.locator("#member-cards")).containsText("Manager: " + levelText);

        // the gap view's chart keeps a readable type size and scrolls inside its own box
        open(page, base, "gaps/" + payments.id());
        PHONE.fits(page);
        PHONE.shows(page, page.locator("#single-points-details vaadin-details-summary"));
        var labelSize = (Number) page.evaluate("() => {"
                + " const label = document.querySelector('.chart svg text.label');"
                + " return label ? label.getBoundingClientRect().height : 0; }");
        assertThat(labelSize.doubleValue())
                .as("a chart label's height on screen, in CSS pixels")
                .isGreaterThanOrEqualTo(10);
        screenshots.save(page, "24-phone-gaps");

        // mentor pairing: each proposed pair is a card with its button on screen
        assertThat(app.getBean(ProposeMentors.class)
                        .forTeam(Actor.of(maya.id(), Role.MANAGER, Role.EMPLOYEE), payments.id())
                        .proposals())
                .as("the demo organisation has pairs to propose")
                .isNotEmpty();
        open(page, base, "mentoring/" + payments.id());
        PHONE.fits(page);
        PHONE.shows(page, page.locator("#mentor-proposals vaadin-button").first());
        screenshots.save(page, "26-phone-mentoring");
    }
}
