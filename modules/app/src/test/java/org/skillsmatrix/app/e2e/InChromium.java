package org.skillsmatrix.app.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.skillsmatrix.app.it.LocalRun;
import org.skillsmatrix.demo.DemoPeople;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.people.Person;
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
}
