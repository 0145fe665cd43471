package org.skillsmatrix.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.app.e2e.Browsing.open;
import static org.skillsmatrix.app.e2e.Browsing.session;
import static org.skillsmatrix.app.e2e.Browsing.signIn;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.LoadState;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.skillsmatrix.app.it.LocalRun;
import org.skillsmatrix.domain.demo.DemoPeople;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.team.Teams;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * axe-core, run in Chromium over every main view as the role that uses it: no violation of serious or critical
 * impact, and every page has its {@code main} landmark.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessibilityIT {

    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

    @RegisterExtension
    static final SharedChromium chromium = new SharedChromium();

    @Autowired
    ConfigurableApplicationContext app;

    @BeforeAll
    static void allowForSlowFirstPages() {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }

    @Test
    void the_main_views_have_no_serious_or_critical_accessibility_violation() {
        var base = LocalRun.address(app);
        var noah = app.getBean(People.class).byEmail(DemoPeople.EMPLOYEE).orElseThrow();
        var payments = app.getBean(Teams.class).memberOf(noah.id()).getFirst();
        var found = new ArrayList<String>();

        var employee = signIn(session(chromium.browser()), base, "employee", "Noah Fischer");
        check(employee, base, "", found);
        check(employee, base, "profile", found);
        check(employee, base, "reports", found);

        var manager = signIn(session(chromium.browser()), base, "manager", "Maya Schmidt");
        for (var view : List.of("matrix/", "gaps/", "calibration/", "mentoring/", "what-if/")) {
            check(manager, base, view + payments.id(), found);
        }
        check(manager, base, "profile/" + noah.id(), found);
        check(manager, base, "people-finder", found);
        check(manager, base, "staffing", found);

        var hr = signIn(session(chromium.browser()), base, "hr", "Hannah Ruiz");
        for (var view : List.of("organisation-gaps", "admin/people", "admin/teams", "import")) {
            check(hr, base, view, found);
        }
        var admin = signIn(session(chromium.browser()), base, "admin", "Adam Novak");
        for (var view : List.of("admin/catalog", "admin/role-profiles")) {
            check(admin, base, view, found);
        }

        assertThat(found).as("serious or critical violations").isEmpty();
    }

    private static void check(Page page, String base, String path, List<String> found) {
        open(page, base, path);
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator("[role=main]")).hasCount(1);
        var results = new AxeBuilder(page).analyze();
        for (Rule violation : results.getViolations()) {
            if (FAILING_IMPACTS.contains(violation.getImpact())) {
                found.add("/" + path + ": " + violation.getId() + " (" + violation.getImpact() + ") "
                        + violation.getHelp() + " at "
                        + violation.getNodes().stream()
                                .limit(3)
                                .map(node -> String.valueOf(node.getTarget()))
                                .toList());
            }
        }
    }
}
