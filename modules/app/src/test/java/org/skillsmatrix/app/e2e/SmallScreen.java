package org.skillsmatrix.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.util.List;

/** A screen narrower than a laptop's, a phone's or a tablet's, and what fitting it means. */
record SmallScreen(int width, int height) {

    static final SmallScreen PHONE = new SmallScreen(390, 844);
    static final SmallScreen TABLET = new SmallScreen(768, 1024);

    /** A fresh browser session of this size, in British English. */
    BrowserContext session(Browser browser) {
        return session(browser, "en-GB");
    }

    /** A fresh browser session of this size, asking for pages in the language, e.g. {@code de-DE}. */
    BrowserContext session(Browser browser, String locale) {
        return browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(width, height)
                .setLocale(locale)
                .setTimezoneId("Europe/Berlin"));
    }

    /**
     * Nothing on the page reaches past the screen's right edge, neither by widening the page nor cut off at its
     * edge: only boxes of their own (grids, charts) scroll sideways.
     */
    void fits(Page page) {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        var scrollWidth = (Number) page.evaluate("document.documentElement.scrollWidth");
        assertThat(scrollWidth.intValue()).as("the page's width").isLessThanOrEqualTo(width);
        var beyond = (List<?>) page.evaluate(
                "(width) => [...document.querySelectorAll('vaadin-app-layout *')]"
                        + ".filter(element => !element.closest('vaadin-grid, .chart')"
                        + "   && element.getClientRects().length > 0"
                        + "   && element.getBoundingClientRect().right > width + 1)"
                        + ".map(element => element.localName + (element.id ? '#' + element.id : ''))",
                width);
        assertThat(beyond).as("what reaches past the right edge").isEmpty();
    }

    /** The element is visible and wholly between the screen's left and right edges. */
    void shows(Page page, Locator element) {
        assertThat(element).isVisible();
        var box = element.boundingBox();
        assertThat(box.x).as("left edge").isGreaterThanOrEqualTo(0);
        assertThat(box.x + box.width).as("right edge").isLessThanOrEqualTo(width);
    }
}
