package org.skillsmatrix.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.skillsmatrix.app.it.LocalRun;
import org.skillsmatrix.demo.DemoPeople;
import org.skillsmatrix.domain.assessment.Assessments;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.scale.Scale;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.team.Teams;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An end-to-end test in the Chromium that the end-to-end classes share, on the application they share with its demo
 * organisation. What a test changes there stays for the classes after it, so a test finds what it needs from the
 * organisation as it is, not as another class may have left it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class InChromium {

    @RegisterExtension
    static final SharedChromium chromium = new SharedChromium();

    final Screenshots screenshots = Screenshots.configured();

    @Autowired
    ConfigurableApplicationContext app;

    /** Where the application answers, e.g. {@code http://localhost:41234}. */
    String base() {
        return LocalRun.address(app);
    }

    /** A person of the demo organisation, e.g. {@link DemoPeople#EMPLOYEE}. */
    Person person(String email) {
        return app.getBean(People.class).byEmail(email).orElseThrow();
    }

    /** Payments: the team of the demo employee, Noah, which the demo manager, Maya, manages. */
    Team payments() {
        return app.getBean(Teams.class)
                .memberOf(person(DemoPeople.EMPLOYEE).id())
                .getFirst();
    }

    /** A fresh browser session, as wide as a laptop screen, signed in with a demo account. */
    Page signedIn(String username, String name) {
        return Browsing.signIn(Browsing.session(chromium.browser()), base(), username, name);
    }

    /** An active skill by name, a level to rate a person at in it that differs from the validated one, and its label. */
    record NewRating(Skill skill, Level level, String levelText) {}

    /** A new rating of {@code person} in the active skill {@code name}: Expert, or Proficient where Expert is validated. */
    NewRating newRating(Person person, String name) {
        var skill = app.getBean(Catalog.class).skills().stream()
                .filter(Skill::active)
                .filter(candidate -> candidate.name().equals(name))
                .findFirst()
                .orElseThrow();
        var validated = app.getBean(Assessments.class).current(person.id()).stream()
                .filter(rating -> rating.skill().equals(skill.id()))
                .findFirst()
                .flatMap(rating -> rating.validatedLevel())
                .orElse(null);
        var level = validated == Level.EXPERT ? Level.PROFICIENT : Level.EXPERT;
        return new NewRating(
                skill,
                level,
                level.value() + " · "
                        + app.getBean(Scale.class).levels().get(level.value()).name());
    }

    /**
     * Rates the skill at the new level from its Rate button on My skills, which the screen shows: the dialog opens and
     * the rating is saved.
     */
    static void rateOnMySkills(Page employee, SmallScreen screen, NewRating newRating) {
        var skill = newRating.skill();
        var rate = Browsing.button(employee, "Rate " + skill.name());
        screen.shows(employee, rate);
        rate.click();
        var rating = employee.locator("#rating-dialog");
        assertThat(rating).isAttached();
        rating.getByText(newRating.levelText()).first().click();
        rating.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(employee.getByText("Saved your rating of " + skill.name())).isVisible();
    }
}
