package org.skillsmatrix.app.e2e;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;

/**
 * What the browser refused to load or run on the application's pages because of their Content-Security-Policy,
 * as it reports it on the console. Pages of other origins (the identity provider's) are not counted.
 */
final class PolicyViolations {

    private final List<String> violations = new ArrayList<>();

    private PolicyViolations() {}

    static PolicyViolations on(Page page, String appOrigin) {
        var watch = new PolicyViolations();
        page.onConsoleMessage(message -> {
            var text = message.text();
            if (page.url().startsWith(appOrigin)
                    && (text.contains("Content Security Policy") || text.contains("Content-Security-Policy"))) {
                watch.add(page.url() + ": " + text);
            }
        });
        return watch;
    }

    private synchronized void add(String violation) {
        violations.add(violation);
    }

    synchronized List<String> all() {
        return List.copyOf(violations);
    }
}
