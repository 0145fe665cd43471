package org.skillsmatrix.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.app.e2e.Browsing.session;
import static org.skillsmatrix.app.e2e.Browsing.signIn;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.skillsmatrix.app.it.LocalRun;
import org.skillsmatrix.demo.DemoPeople;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.team.Teams;

/**
 * The team matrix at its largest promised size, 50 people by 200 skills, in Chromium: the time from opening
 * it to the first cells on screen, from the menu and by address, and to the last column after scrolling to
 * the end. It measures and does not judge: the times go to {@code target/matrix-render-times.txt}, and the
 * test asserts only that the cells and the last column render. It goes through it once; the system property
 * {@code skills-matrix.render-rounds} asks for more rounds, as a measurement wants (the first round of a fresh
 * application is its slowest).
 */
class MatrixRenderTimeIT {

    private static final int ROUNDS = Integer.getInteger("skills-matrix.render-rounds", 1);

    @RegisterExtension
    static final SharedChromium chromium = new SharedChromium();

    @TempDir
    Path data;

    @Test
    void fifty_people_by_two_hundred_skills_render_down_to_the_last_column() throws IOException {
        try (var app = LocalRun.start(
                data,
                "--skills-matrix.demo-data.people=50",
                "--skills-matrix.demo-data.teams=1",
                "--skills-matrix.demo-data.skills=200")) {
            var base = LocalRun.address(app);
            var maya = app.getBean(People.class).byEmail(DemoPeople.MANAGER).orElseThrow();
            var team = app.getBean(Teams.class).managedBy(maya.id()).getFirst();
            assertThat(team.members()).hasSizeGreaterThanOrEqualTo(50);
            assertThat(app.getBean(Catalog.class).skills().stream().filter(Skill::active))
                    .hasSizeGreaterThanOrEqualTo(200);
            var page = signIn(session(chromium.browser()), base, "manager", "Maya Schmidt");
            var lines = new ArrayList<String>();

            for (int round = 1; round <= ROUNDS; round++) {
                page.navigate(base + "/");
                assertThat(page.locator("#my-skills")).isVisible();
                long start = System.nanoTime();
                page.getByRole(
                                com.microsoft.playwright.options.AriaRole.LINK,
                                new Page.GetByRoleOptions().setName("Team matrix"))
                        .click();
                waitForCells(page);
                lines.add("from the menu, round " + round + ": " + millis(start) + " ms");

                start = System.nanoTime();
                page.navigate(base + "/matrix/" + team.id());
                waitForCells(page);
                lines.add("by address (page load), round " + round + ": " + millis(start) + " ms");

                start = System.nanoTime();
                page.evaluate("() => { const table = document.querySelector('#team-matrix').$.table;"
                        + " table.scrollLeft = table.scrollWidth; }");
                page.waitForFunction(
                        "() => { const grid = document.querySelector('#team-matrix');"
                                + " const last = grid._getColumns().filter(c => !c.hidden).pop();"
                                + " return [...grid.querySelectorAll('vaadin-grid-cell-content')]"
                                + "   .some(cell => cell.assignedSlot && cell.assignedSlot.parentElement"
                                + "     && cell.assignedSlot.parentElement._column === last && /\\d|–/.test(cell.textContent)); }");
                lines.add("scrolled to the last column, round " + round + ": " + millis(start) + " ms");
            }
            var report = "Team matrix of " + team.members().size() + " people by "
                    + app.getBean(Catalog.class).skills().stream()
                            .filter(Skill::active)
                            .count()
                    + " skills in headless Chromium\n" + String.join("\n", lines) + "\n";
            System.out.print(report);
            Files.writeString(Path.of("target", "matrix-render-times.txt"), report);
        }
    }

    /** Waits until the heatmap shows body cells with levels in them. */
    private static void waitForCells(Page page) {
        page.waitForFunction(
                "() => { const grid = document.querySelector('#team-matrix');"
                        + " if (!grid || grid.loading) { return false; }"
                        + " return [...grid.querySelectorAll('vaadin-grid-cell-content')]"
                        + "   .filter(cell => /^[0-4]$/.test(cell.textContent.trim())).length > 50; }",
                null,
                new Page.WaitForFunctionOptions().setTimeout(60_000));
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
