package org.skillsmatrix.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.app.e2e.Browsing.open;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.catalog.Category;
import org.skillsmatrix.domain.catalog.Skill;

/**
 * The team matrix of the whole catalog on a laptop screen, 1440 px wide: in compact mode a whole category shows
 * beside the names; the manager folds a category into one column and its skills' columns go, and unfolds it and
 * they come back; with every category folded the whole catalog fits on the screen; the name column stays in place
 * while the skills scroll sideways. axe-core finds no serious or critical violation in the compact matrix. With
 * the filters open, seven whole rows of the matrix still fit below them.
 */
class CompactMatrixIT extends InChromium {

    @Test
    void a_manager_folds_a_category_of_the_compact_matrix_and_its_columns_go_and_come_back() {
        var base = base();
        var payments = payments();
        var page = signedIn("manager", "Maya Schmidt");
        open(page, base, "matrix/" + payments.id());
        var grid = page.locator("#team-matrix");
        assertThat(grid).isVisible();

        page.locator("#matrix-compact").click();
        assertThat(grid).hasClass(Pattern.compile("\\bcompact\\b"));
        var first = categoryOf(page.locator(".category-toggle").first().getAttribute("aria-label"));
        var skills = activeSkills(first);
        assertThat(skills).as("skills in %s", first.name()).isNotEmpty();
        for (var skill : skills) {
            assertThat(header(grid, skill.name())).isInViewport();
        }
        screenshots.save(page, "27-matrix-compact");

        toggle(page, first.name()).click();
        for (var skill : skills) {
            assertThat(header(grid, skill.name())).not().isVisible();
        }
        assertThat(header(grid, first.name())).isVisible();
        assertThat(toggle(page, first.name())).hasAttribute("aria-expanded", "false");

        toggle(page, first.name()).click();
        for (var skill : skills) {
            assertThat(header(grid, skill.name())).isInViewport();
        }
        assertThat(toggle(page, first.name())).hasAttribute("aria-expanded", "true");

        page.locator("#matrix-collapse-all").click();
        var categories = app.getBean(Catalog.class).categories().stream()
                .filter(category -> !activeSkills(category).isEmpty())
                .toList();
        for (var category : categories) {
            // the whole catalog on one screen
            assertThat(header(grid, category.name())).isInViewport();
        }
        screenshots.save(page, "28-matrix-folded");
        assertThat(Axe.violations(Axe.on(page).include(List.of("#team-matrix"))))
                .as("violations of moderate impact or more in the folded matrix")
                .isEmpty();

        page.locator("#matrix-expand-all").click();
        assertThat(header(grid, skills.getFirst().name())).isInViewport();
        var name = grid.getByRole(AriaRole.LINK).first();
        assertThat(name).isInViewport();
        grid.evaluate("grid => grid.$.table.scrollLeft = grid.$.table.scrollWidth");
        assertThat(header(grid, skills.getFirst().name())).not().isInViewport();
        // the name column stays while the skills scroll
        assertThat(name).isInViewport();
    }

    @Test
    void with_the_filters_open_a_laptop_screen_shows_seven_rows_of_the_matrix() {
        var base = base();
        var payments = payments();
        assertThat(payments.members()).as("members of %s", payments.name()).hasSizeGreaterThanOrEqualTo(7);
        var page = signedIn("manager", "Maya Schmidt");
        open(page, base, "matrix/" + payments.id());
        var grid = page.locator("#team-matrix");
        assertThat(grid).isVisible();
        assertThat(page.locator("#matrix-filters")).hasAttribute("opened", "");

        // on a 1440 x 900 screen the filters' small fields leave room for seven whole rows below them
        var seventh = grid.getByRole(AriaRole.LINK).nth(6);
        assertThat(seventh).isInViewport(new LocatorAssertions.IsInViewportOptions().setRatio(1.0));
    }

    private Category categoryOf(String name) {
        return app.getBean(Catalog.class).categories().stream()
                .filter(category -> category.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private List<Skill> activeSkills(Category category) {
        return app.getBean(Catalog.class).skills().stream()
                .filter(Skill::active)
                .filter(skill -> skill.category().equals(category.id()))
                .toList();
    }

    private static Locator toggle(Page page, String category) {
        return page.locator(".category-toggle[aria-label=\"" + category + "\"]");
    }

    /** A column's name in the grid's header, which also carries it whole as its title. */
    private static Locator header(Locator grid, String name) {
        return grid.locator(".column-name[title=\"" + name + "\"]");
    }
}
