package org.skillsmatrix.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.app.e2e.Browsing.button;
import static org.skillsmatrix.app.e2e.Browsing.show;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.demo.DemoPeople;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.access.Role;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.catalog.MaintainCatalog;

/**
 * The notice of an edit that lost a race, as shown in Chromium: an admin saves a category that was changed while
 * his dialog was open, and the notice that says so passes axe-core's colour contrast check.
 */
class ConflictNoticeIT extends InChromium {

    @Test
    void the_conflict_notice_passes_the_colour_contrast_check() {
        var adam = person(DemoPeople.ADMIN);
        var admin = Actor.of(adam.id(), Role.ADMIN);
        var catalog = app.getBean(Catalog.class);
        var maintain = app.getBean(MaintainCatalog.class);
        var category = catalog.categories().getFirst();
        var page = signedIn("admin", "Adam Novak");
        show(page, base(), "admin/catalog");
        button(page, "Change " + category.name()).click();
        var dialog = page.locator("#category-dialog");
        assertThat(dialog).isAttached();
        var meanwhile = maintain.changeCategory(admin, category.renamed(category.name(), "Changed meanwhile"));
        try {
            page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Description"))
                    .fill("Changed in the dialog");
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save"))
                    .click();
            var notice = page.locator("#conflict-notice");
            assertThat(notice).containsText("Adam Novak changed this on");

            assertContrastChecked(page);

            notice.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Reload"))
                    .click();
            assertThat(dialog).not().isAttached();
        } finally {
            var current = catalog.category(category.id()).orElseThrow();
            maintain.changeCategory(admin, current.renamed(category.name(), category.description()));
        }
        assertThat(meanwhile.description()).isEqualTo("Changed meanwhile");
    }

    /** axe-core checked the notice's text and button for colour contrast and found no violation. */
    private static void assertContrastChecked(Page page) {
        var results = Axe.on(page)
                .include(List.of("#conflict-notice"))
                .withRules(List.of("color-contrast"))
                .analyze();
        assertThat(results.getViolations()).as("colour contrast violations").isEmpty();
        assertThat(results.getIncomplete()).as("what axe could not decide").isEmpty();
        assertThat(results.getPasses())
                .as("the notice's texts whose contrast axe checked")
                .singleElement()
                .satisfies(rule -> assertThat(rule.getNodes()).hasSizeGreaterThanOrEqualTo(2));
    }
}
