package org.skillsmatrix.app.e2e;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;

/**
 * What the browser reports on the console of the application's pages as refused by their Content-Security-Policy
 * or as failed to load (a missing icon, script or style sheet). Pages of other origins (the identity provider's)
 * are not counted.
 */
final class PageProblems {

    private final List<String> problems = new ArrayList<>();

    private PageProblems() {}

    static PageProblems on(Page page, String appOrigin) {
        var watch = new PageProblems();
        page.onConsoleMessage(message -> {
            var text = message.text();
            if (page.url().startsWith(appOrigin)
                    && (text.contains("Content Security Policy")
                            || text.contains("Content-Security-Policy")
                            || text.startsWith("Failed to load resource"))) {
                watch.add(page.url() + ": " + text);
            }
        });
        return watch;
    }

    private synchronized void add(String problem) {
        problems.add(problem);
    }

    synchronized List<String> all() {
        return List.copyOf(problems);
    }
}
