package org.skillsmatrix.app.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One headless {@link Chromium} for all the end-to-end classes of a test run: the first class to need it starts
 * it, and it is closed when the run ends. Each test opens its own browser context, so no cookies or pages are
 * shared. Register it as {@code @RegisterExtension static final SharedChromium chromium = new SharedChromium();}.
 *
 * <p>Playwright's assertions wait 5 s by default, in one setting for the whole JVM; each class starts from 20 s
 * here, so that a class does not inherit whatever the class before it chose, and a busy machine does not fail a
 * page that is merely slow. A class that needs longer sets it in its own {@code @BeforeAll}.
 */
final class SharedChromium implements BeforeAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedChromium.class);

    private @Nullable Chromium chromium;

    @Override
    public void beforeAll(ExtensionContext context) {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        chromium = context.getRoot()
                .getStore(NAMESPACE)
                .computeIfAbsent(Chromium.class, type -> new Chromium(), Chromium.class);
    }

    Browser browser() {
        return Objects.requireNonNull(chromium, "registered as a static extension field")
                .browser();
    }
}
