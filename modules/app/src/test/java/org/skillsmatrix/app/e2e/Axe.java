package org.skillsmatrix.app.e2e;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Set;

/**
 * axe-core's checks in Chromium as the end-to-end tests count them: a violation of moderate, serious or critical
 * impact fails; one of minor impact does not.
 */
final class Axe {

    private static final Set<String> FAILING_IMPACTS = Set.of("moderate", "serious", "critical");

    private Axe() {}

    /** The checks of the whole page. */
    static AxeBuilder on(Page page) {
        // the application has no frames, so axe runs in the page itself, with no second page to merge frames' results
        return new AxeBuilder(page).setLegacyMode(true);
    }

    /** The violations of moderate impact or more that the checks find, each with its first three places. */
    static List<String> violations(AxeBuilder checks) {
        return checks.analyze().getViolations().stream()
                .filter(violation -> FAILING_IMPACTS.contains(violation.getImpact()))
                .map(Axe::describe)
                .toList();
    }

    private static String describe(Rule violation) {
        return violation.getId() + " (" + violation.getImpact() + ") " + violation.getHelp() + " at "
                + violation.getNodes().stream()
                        .limit(3)
                        .map(node -> String.valueOf(node.getTarget()))
                        .toList();
    }
}
