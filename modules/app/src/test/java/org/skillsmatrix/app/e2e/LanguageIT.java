package org.skillsmatrix.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.app.e2e.Browsing.session;
import static org.skillsmatrix.app.e2e.Browsing.signIn;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.skillsmatrix.app.it.LocalRun;
import org.skillsmatrix.demo.DemoPeople;
import org.skillsmatrix.domain.notification.Notifications;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.people.Person;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A person's language follows them: chosen from the language menu in one browser, it is stored for them, and a
 * fresh browser (an English one, with no cookie of the choice) shows the pages in it as soon as they sign in, My
 * skills with every column header whole at 1440 px.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LanguageIT {

    @RegisterExtension
    static final SharedChromium chromium = new SharedChromium();

    @Autowired
    ConfigurableApplicationContext app;

    private final Screenshots screenshots = Screenshots.configured();

    @Test
    void german_chosen_in_one_browser_greets_the_person_in_german_in_a_fresh_one() {
        var base = LocalRun.address(app);
        var person = personOfNoOtherTest();
        var notifications = app.getBean(Notifications.class);
        var before = notifications.settings(person.id());
        try (var first = session(chromium.browser());
                var second = session(chromium.browser())) {
            var page = signIn(first, base, person.email(), person.name());
            assertThat(page.locator("#sign-out")).hasText("Sign out");

            page.locator("#language-menu vaadin-menu-bar-button").first().click();
            page.locator("vaadin-menu-bar-item", new Page.LocatorOptions().setHasText("Deutsch"))
                    .click();
            assertThat(page.locator("#sign-out")).hasText("Abmelden");
            assertThat(notifications.settings(person.id()).language()).isEqualTo("de");

            var elsewhere = signIn(second, base, person.email(), person.name());
            assertThat(elsewhere.locator("#sign-out")).hasText("Abmelden");
            assertThat(elsewhere).hasTitle(Pattern.compile("Meine Skills"));
            screenshots.save(elsewhere, "34-german-my-skills");
            assertThat(hiddenHeaders(elsewhere))
                    .as("My skills' headers cut or hidden behind the actions at 1440 px")
                    .isEmpty();
            assertThat(menuItem(elsewhere, "Deutsch")).isVisible();
        } finally {
            notifications.save(before);
        }
    }

    /**
     * The headers of My skills that are cut (their text wider than their cell) or reach under the actions column,
     * which stays at the grid's end: all of them fit beside it when the grid need not scroll sideways.
     */
    private static List<?> hiddenHeaders(Page page) {
        return (List<?>) page.evaluate("() => {"
                + " const grid = document.querySelector('#my-skills');"
                + " const cells = [...grid.shadowRoot.querySelectorAll('thead th')].filter(th => !th.hidden);"
                + " const actions = cells[cells.length - 1].getBoundingClientRect().left;"
                + " const content = th => th.querySelector('slot').assignedElements()[0];"
                + " return cells.slice(0, -1)"
                + "   .filter(th => th.getBoundingClientRect().right > actions + 1"
                + "     || content(th).scrollWidth > content(th).clientWidth)"
                + "   .map(th => content(th).textContent.trim()); }");
    }

    /** The language menu opened, and its item of one language. */
    private static Locator menuItem(Page page, String language) {
        page.locator("#language-menu vaadin-menu-bar-button").first().click();
        return page.locator("vaadin-menu-bar-item[menu-item-checked]", new Page.LocatorOptions().setHasText(language));
    }

    /** A demo person none of the other end-to-end tests signs in as, so their language changes nothing there. */
    private Person personOfNoOtherTest() {
        var accounts = Set.of(DemoPeople.EMPLOYEE, DemoPeople.MANAGER, DemoPeople.HR, DemoPeople.ADMIN);
        return app.getBean(People.class).all().stream()
                .filter(Person::active)
                .filter(person -> !accounts.contains(person.email()))
                .max(Comparator.comparing(Person::email))
                .orElseThrow();
    }
}
