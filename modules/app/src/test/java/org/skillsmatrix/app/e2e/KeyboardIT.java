package org.skillsmatrix.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.app.e2e.Browsing.open;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * The team matrix from the keyboard alone: from the page's load, the skip link (the first Tab stop) takes the
 * focus past the menus and filters to the first cell of the matrix, and the arrow keys and Enter open a skill's
 * cell for rating. Every key press is counted.
 */
class KeyboardIT extends InChromium {

    private int presses;

    @Test
    void fewer_than_five_key_presses_reach_the_first_cell_of_the_team_matrix() {
        var base = base();
        var payments = payments();
        var page = signedIn("manager", "Maya Schmidt");
        open(page, base, "matrix/" + payments.id());
        assertThat(page.locator("#team-matrix")).isVisible();

        press(page, "Tab");
        assertThat(page.locator("#skip-link")).isFocused();
        assertThat(page.locator("#skip-link")).isInViewport();
        press(page, "Enter");

        assertThat(focusedCell(page)).as("the focused cell's role and row").isEqualTo("rowheader 0");
        assertThat(presses)
                .as("key presses from the page's load to the first cell")
                .isLessThan(5);

        press(page, "ArrowRight");
        press(page, "ArrowRight");
        assertThat(focusedCell(page)).isEqualTo("gridcell 0");
        press(page, "Enter");
        assertThat(page.locator("#manager-rating-dialog")).isAttached();
        assertThat(presses)
                .as("key presses to open the first skill's cell for rating")
                .isEqualTo(5);
    }

    private void press(Page page, String key) {
        page.keyboard().press(key);
        presses++;
    }

    /** The focused cell of the matrix as its role and its row's index, or "none". */
    private static String focusedCell(Page page) {
        return (String) page.evaluate("() => {"
                + " const grid = document.querySelector('#team-matrix');"
                + " const cell = grid && grid.shadowRoot.activeElement;"
                + " if (!cell || cell.localName !== 'td') { return 'none'; }"
                + " return cell.getAttribute('role') + ' ' + cell.parentElement.index; }");
    }
}
