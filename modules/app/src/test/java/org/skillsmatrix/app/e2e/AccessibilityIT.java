package org.skillsmatrix.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.app.e2e.Browsing.session;
import static org.skillsmatrix.app.e2e.Browsing.signIn;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
 * impact, and every page has its {@code main} landmark. Each role signs in once and goes from view to view as the
 * application's own links do, without loading the page again: the address changes in the browser's history and
 * Vaadin's router shows the view.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessibilityIT {

    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

    /** True once Vaadin's client has no request to the server under way. */
    private static final String VAADIN_IDLE =
            "() => !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients"
                    + " || Object.values(window.Vaadin.Flow.clients).every(client => !client.isActive || !client.isActive())";

    @RegisterExtension
    static final SharedChromium chromium = new SharedChromium();

    @Autowired
    ConfigurableApplicationContext app;

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
        show(page, base, path);
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.waitForFunction(VAADIN_IDLE);
        assertThat(page.locator("[role=main]")).hasCount(1);
        // the application has no frames, so axe runs in the page itself, with no second page to merge frames' results
        var results = new AxeBuilder(page).setLegacyMode(true).analyze();
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

    /**
     * Shows the view at the path as the application's links do, unless the page shows it already (the home page after
     * signing in), and waits until its title is shown.
     */
    private static void show(Page page, String base, String path) {
        var title = page.locator("#page-title");
        var target = "/" + path;
        if (!URI.create(page.url()).getPath().equals(target)) {
            var before = title.textContent();
            page.evaluate(
                    "path => { history.pushState(null, '', path); dispatchEvent(new PopStateEvent('popstate')); }",
                    target);
            assertThat(page).hasURL(base + target);
            assertThat(title).not().hasText(before);
        }
        assertThat(title).not().isEmpty();
    }
}
