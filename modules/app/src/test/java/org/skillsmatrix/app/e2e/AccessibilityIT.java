package org.skillsmatrix.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.app.e2e.Browsing.settle;

import com.microsoft.playwright.Page;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.demo.DemoPeople;

/**
 * axe-core, run in Chromium over every view of the menu as each role sees it (employee, manager, HR, admin), the
 * notifications, a member's profile, and the pages before signing in (sign-in, signed out, no access); the
 * employee's and the manager's views in German too. No violation of moderate impact or more, and every page has
 * its one {@code main} landmark. Each role signs in once and goes from view to view as the application's own links
 * do, without loading the page again: the address changes in the browser's history and Vaadin's router shows the
 * view.
 */
class AccessibilityIT extends InChromium {

    private final List<String> found = new ArrayList<>();

    @Test
    void no_view_has_an_accessibility_violation_of_moderate_impact_or_more() {
        var base = base();
        var noah = person(DemoPeople.EMPLOYEE);

        try (var anonymous = Browsing.session(chromium.browser())) {
            var page = anonymous.newPage();
            for (var path : List.of("login", "signed-out", "no-access?reason=no-roles")) {
                page.navigate(base + "/" + path);
                check(page);
            }
        }

        checkTheMenu(signedIn("employee", "Noah Fischer"), "notifications");
        checkTheMenu(signedIn("manager", "Maya Schmidt"), "profile/" + noah.id());
        checkTheMenu(signedIn("hr", "Hannah Ruiz"));
        checkTheMenu(signedIn("admin", "Adam Novak"));

        checkTheMenu(signedInInGerman("employee"));
        checkTheMenu(signedInInGerman("manager"));

        assertThat(found).as("violations of moderate impact or more").isEmpty();
    }

    /** Every view of the page's menu, then the other paths, one after the other. */
    private void checkTheMenu(Page page, String... otherPaths) {
        check(page);
        var menu = (List<?>) page.locator("#main-menu vaadin-side-nav-item")
                .evaluateAll("items => items.map(item => item.getAttribute('path'))");
        var paths = new ArrayList<String>();
        menu.forEach(path -> paths.add(String.valueOf(path)));
        assertThat(paths).as("the menu's entries").isNotEmpty();
        paths.addAll(List.of(otherPaths));
        for (var path : paths) {
            if (!URI.create(page.url()).getPath().equals("/" + path)) {
                follow(page, path);
                check(page);
            }
        }
    }

    /** Shows the view at the path as the application's links do, and waits until its title is shown. */
    private static void follow(Page page, String path) {
        var title = page.locator("#page-title");
        var before = title.textContent();
        page.evaluate(
                "path => { history.pushState(null, '', path); dispatchEvent(new PopStateEvent('popstate')); }",
                "/" + path);
        assertThat(title).not().hasText(before);
        assertThat(title).not().isEmpty();
    }

    /** Checks the page, each violation found named with the page's path and title (which says its language). */
    private void check(Page page) {
        settle(page);
        assertThat(page.locator("[role=main]")).hasCount(1);
        var where = URI.create(page.url()).getPath() + " “" + page.title() + "”: ";
        Axe.violations(Axe.on(page)).forEach(violation -> found.add(where + violation));
    }

    /** A fresh browser session in German, signed in with a demo account from the German sign-in page. */
    private Page signedInInGerman(String username) {
        return Browsing.signInInGerman(Browsing.session(chromium.browser(), "de-DE"), base(), username);
    }
}
