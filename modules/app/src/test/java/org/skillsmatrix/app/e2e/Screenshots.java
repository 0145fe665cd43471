package org.skillsmatrix.app.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Where the end-to-end tests save their screenshots: the folder that the system property {@code
 * skills-matrix.screenshots} or the environment variable {@code SKILLS_MATRIX_SCREENSHOTS} names, or nowhere when
 * neither names one (or either says {@code off}). The user guide shows the ones saved into {@code docs/images}. A
 * test waits where it would take one either way, so that it takes the same steps whether pictures are taken or not.
 */
final class Screenshots {

    private final @Nullable Path folder;

    private Screenshots(@Nullable Path folder) {
        this.folder = folder;
    }

    static Screenshots configured() {
        var setting = System.getProperty("skills-matrix.screenshots", System.getenv("SKILLS_MATRIX_SCREENSHOTS"));
        if (setting == null || setting.isBlank() || "off".equalsIgnoreCase(setting)) {
            return new Screenshots(null);
        }
        var folder = Path.of(setting);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Screenshots(folder);
    }

    /**
     * Saves what the page shows as {@code <name>.png}, once Vaadin has nothing more to do and no overlay (a select's
     * list of options, say) is still closing.
     */
    void save(Page page, String name) {
        Browsing.settle(page);
        page.waitForFunction("() => !document.querySelector('[closing]')");
        if (folder == null) {
            return;
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve(name + ".png")));
    }

    /** Saves what one part of the page shows, e.g. a chart with its table, as {@code <name>.png}. */
    void save(Page page, Locator part, String name) {
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        if (folder == null) {
            return;
        }
        part.screenshot(new Locator.ScreenshotOptions().setPath(folder.resolve(name + ".png")));
    }
}
