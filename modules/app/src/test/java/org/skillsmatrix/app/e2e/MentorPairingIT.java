package org.skillsmatrix.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.app.e2e.Browsing.button;
import static org.skillsmatrix.app.e2e.Browsing.open;
import static org.skillsmatrix.app.e2e.Browsing.session;
import static org.skillsmatrix.app.e2e.Browsing.signIn;

import org.junit.jupiter.api.Test;
import org.skillsmatrix.demo.DemoPeople;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.access.Role;
import org.skillsmatrix.domain.mentoring.DevelopmentGoals;
import org.skillsmatrix.domain.mentoring.ProposeMentors;
import org.skillsmatrix.domain.people.People;

/**
 * Mentor pairing in a real browser on the demo organisation: the manager opens Payments' proposals from the gaps
 * view, sets the first pair as the learner's development goal, and the learner, signed in, sees the goal on My
 * skills. The page is also opened at a phone's width. Screenshots for the user guide on the way.
 */
class MentorPairingIT extends InChromium {

    @Test
    void the_manager_sets_a_proposed_pair_as_a_goal_and_the_learner_sees_it_on_my_skills() {
        var base = base();
        var people = app.getBean(People.class);
        var maya = person(DemoPeople.MANAGER);
        var payments = payments();
        var manager = Actor.of(maya.id(), Role.MANAGER, Role.EMPLOYEE);
        var proposals = app.getBean(ProposeMentors.class).forTeam(manager, payments.id());
        assertThat(proposals.proposals())
                .as("the demo organisation has pairs to propose")
                .isNotEmpty();
        var first = proposals.proposals().getFirst();
        var learner = people.byId(first.learner()).orElseThrow();

        var page = signedIn("manager", "Maya Schmidt");
        open(page, base, "gaps/" + payments.id());
        page.locator("#mentoring-link").click();
        assertThat(page.locator("#page-title")).containsText("Mentor pairing · " + payments.name());
        var grid = page.locator("#mentor-proposals");
        assertThat(grid).containsText(first.learnerName());
        assertThat(grid).containsText(first.mentorName());
        screenshots.save(page, "18-mentor-pairing");

        button(page, "Set as goal: " + first.skillName() + " for " + first.learnerName())
                .first()
                .click();
        var dialog = page.locator("#goal-dialog");
        assertThat(dialog).containsText("Mentor: " + first.mentorName());
        dialog.locator("#goal-save").click();
        assertThat(page.getByText(
                        "Set " + first.skillName() + " as a development goal of " + first.learnerName() + "."))
                .isVisible();
        assertThat(app.getBean(DevelopmentGoals.class).of(learner.id()))
                .singleElement()
                .satisfies(goal -> {
                    assertThat(goal.skill()).isEqualTo(first.skill());
                    assertThat(goal.mentor()).isEqualTo(first.mentor());
                    assertThat(goal.target()).isEqualTo(first.goal());
                    assertThat(goal.setBy()).isEqualTo(maya.id());
                });

        page.setViewportSize(390, 844);
        open(page, base, "mentoring/" + payments.id());
        assertThat(page.locator("#mentor-proposals")).isVisible();
        var width = (Number) page.evaluate("document.documentElement.scrollWidth");
        assertThat(width.intValue()).as("the page fits a phone's width").isLessThanOrEqualTo(390);
        screenshots.save(page, "mentor-pairing-phone");

        var learnerPage = signIn(session(chromium.browser()), base, learner.email(), learner.name());
        var goals = learnerPage.locator("#development-goals");
        assertThat(goals).containsText(first.skillName());
        assertThat(goals).containsText(first.mentorName());
        assertThat(goals).containsText("to go");
        screenshots.save(learnerPage, "19-development-goals");
    }
}
