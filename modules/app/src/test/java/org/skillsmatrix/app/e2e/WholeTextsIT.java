package org.skillsmatrix.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.app.e2e.Browsing.button;
import static org.skillsmatrix.app.e2e.Browsing.open;
import static org.skillsmatrix.app.e2e.Browsing.settle;
import static org.skillsmatrix.app.e2e.Browsing.signIn;
import static org.skillsmatrix.app.e2e.Browsing.signInInGerman;
import static org.skillsmatrix.app.e2e.SmallScreen.PHONE;
import static org.skillsmatrix.app.e2e.SmallScreen.TABLET;

import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Long names show whole in the grids, wrapped between words instead of cut with an ellipsis or clipped: in German,
 * the organisation's gaps on a laptop, a tablet and a phone, a team's gaps and targets (their notes on a phone too),
 * and the trend of both; the team matrix's skill headers on a tablet and its folded categories' headers on a laptop;
 * and My skills in German on a phone and a tablet.
 */
class WholeTextsIT extends InChromium {

    /**
     * The texts of a grid's rendered cells that do not fit: a cell's (or a sortable header's) text wider than its
     * box, or reaching past its cell's padding where a part of the cell clips it.
     */
    private static final String CUT_TEXTS = """
            grid => [...grid.querySelectorAll('vaadin-grid-cell-content')]
              .filter(content => content.textContent.trim() && content.getClientRects().length > 0)
              .filter(content => {
                const sorter = content.querySelector('vaadin-grid-sorter');
                const box = sorter ? sorter.shadowRoot.querySelector('[part=content]') : content;
                const text = document.createRange();
                text.selectNodeContents(content);
                const end = content.getBoundingClientRect().right - parseFloat(getComputedStyle(content).paddingRight);
                return box.scrollWidth > box.clientWidth || text.getBoundingClientRect().right > end + 1;
              })
              .map(content => content.textContent.trim())""";

    @Test
    void the_organisations_gaps_show_long_german_names_whole() {
        var page = signInInGerman(TABLET.session(chromium.browser(), "de-DE"), base(), "hr");
        open(page, base(), "organisation-gaps");
        assertThat(cutTexts(page, "#organisation-gaps")).as("cut at 768 px").isEmpty();
        assertThat(cutTexts(page, "#gap-trend-table"))
                .as("cut in the trend at 768 px")
                .isEmpty();
        page.setViewportSize(PHONE.width(), PHONE.height());
        assertThat(cutTexts(page, "#organisation-gaps")).as("cut at 390 px").isEmpty();
        page.setViewportSize(1440, 900);
        assertThat(cutTexts(page, "#organisation-gaps")).as("cut at 1440 px").isEmpty();
        assertThat(cutTexts(page, "#gap-trend-table"))
                .as("cut in the trend at 1440 px")
                .isEmpty();
    }

    @Test
    void a_teams_gaps_show_long_german_names_whole() {
        var page = signInInGerman(TABLET.session(chromium.browser(), "de-DE"), base(), "manager");
        open(page, base(), "gaps/" + payments().id());
        assertThat(cutTexts(page, "#coverage")).as("cut at 768 px").isEmpty();
        assertThat(cutTexts(page, "#targets")).as("targets cut at 768 px").isEmpty();
        page.setViewportSize(PHONE.width(), PHONE.height());
        settle(page);
        PHONE.shows(page, page.locator("#targets-note"));
        PHONE.shows(page, page.locator("#certification-targets-note"));
        assertThat(cutTexts(page, "#certification-targets"))
                .as("certification targets cut at 390 px")
                .isEmpty();
        page.setViewportSize(1440, 900);
        assertThat(cutTexts(page, "#coverage")).as("cut at 1440 px").isEmpty();
        assertThat(cutTexts(page, "#gap-trend-table"))
                .as("cut in the trend at 1440 px")
                .isEmpty();
    }

    @Test
    void the_team_matrix_shows_its_skill_and_folded_category_headers_whole() {
        var path = "matrix/" + payments().id();
        var tablet = signIn(TABLET.session(chromium.browser()), base(), "manager", "Maya Schmidt");
        open(tablet, base(), path);
        settle(tablet);
        tablet.locator("#team-matrix").evaluate("grid => { grid.$.table.scrollLeft = grid.$.table.scrollWidth; }");
        assertThat(cutTexts(tablet, "#team-matrix"))
                .as("cut at 768 px, scrolled to the last skills")
                .isEmpty();

        var laptop = signedIn("manager", "Maya Schmidt");
        open(laptop, base(), path);
        // the folded categories are remembered for Maya, so they are unfolded again for the other tests
        try {
            button(laptop, "Collapse all categories").click();
            assertThat(cutTexts(laptop, "#team-matrix"))
                    .as("cut at 1440 px, every category folded")
                    .isEmpty();
        } finally {
            button(laptop, "Expand all categories").click();
            settle(laptop);
        }
    }

    @Test
    void my_skills_show_long_german_names_and_levels_whole() {
        var page = signInInGerman(PHONE.session(chromium.browser(), "de-DE"), base(), "employee");
        assertThat(cutTexts(page, "#my-skills")).as("cut at 390 px").isEmpty();
        page.setViewportSize(TABLET.width(), TABLET.height());
        assertThat(cutTexts(page, "#my-skills")).as("cut at 768 px").isEmpty();
    }

    private static List<?> cutTexts(Page page, String grid) {
        settle(page);
        return (List<?>) page.locator(grid).evaluate(CUT_TEXTS);
    }
}
