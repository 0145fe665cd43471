package org.skillsmatrix.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.app.e2e.Browsing.settle;
import static org.skillsmatrix.app.e2e.Browsing.show;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.demo.DemoPeople;

/**
 * axe-core, run in Chromium over every main view as the role that uses it: no violation of serious or critical
 * impact, and every page has its {@code main} landmark. Each role signs in once and goes from view to view as the
 * application's own links do, without loading the page again: the address changes in the browser's history and
 * Vaadin's router shows the view.
 */
class AccessibilityIT extends InChromium {

    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

    @Test
    void the_main_views_have_no_serious_or_critical_accessibility_violation() {
        var base = base();
        var noah = person(DemoPeople.EMPLOYEE);
        var payments = payments();
        var found = new ArrayList<String>();

        var employee = signedIn("employee", "Noah Fischer");
        check(employee, base, "", found);
        check(employee, base, "profile", found);
        check(employee, base, "reports", found);

        var manager = signedIn("manager", "Maya Schmidt");
        for (var view : List.of("matrix/", "gaps/", "calibration/", "mentoring/", "what-if/")) {
            check(manager, base, view + payments.id(), found);
        }
        check(manager, base, "profile/" + noah.id(), found);
        check(manager, base, "people-finder", found);
        check(manager, base, "staffing", found);

        var hr = signedIn("hr", "Hannah Ruiz");
        for (var view : List.of("organisation-gaps", "admin/people", "admin/teams", "import")) {
            check(hr, base, view, found);
        }
        var admin = signedIn("admin", "Adam Novak");
        for (var view : List.of("admin/catalog", "admin/role-profiles")) {
            check(admin, base, view, found);
        }

        assertThat(found).as("serious or critical violations").isEmpty();
    }

    private static void check(Page page, String base, String path, List<String> found) {
        show(page, base, path);
        settle(page);
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
}
