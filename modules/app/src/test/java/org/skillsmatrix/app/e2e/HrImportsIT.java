package org.skillsmatrix.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.app.e2e.Browsing.open;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.demo.DemoPeople;
import org.skillsmatrix.domain.assessment.Assessments;

/**
 * HR imports ratings from the HR system in a real browser: a file with a mistake is shown line by line and
 * writes nothing; the corrected file says what it adds, and importing it stores exactly that.
 */
class HrImportsIT extends InChromium {

    private static final String WITH_A_MISTAKE = """
            email,skill,level,source,assessed_at,interest,assessor,evidence
            noah.fischer@example.com,PostgreSQL,3,self,2025-06-02T09:30:00Z,wants_to_grow,,Ran the upgrade
            noah.fischer@example.com,Postgres,2,manager,2025-06-10,,maya.schmidt@example.com,
            """;

    private static final String CORRECTED = WITH_A_MISTAKE.replace(",Postgres,", ",PostgreSQL,");

    @Test
    void hr_sees_the_problem_corrects_the_file_and_imports_it() {
        var base = base();
        var noah = person(DemoPeople.EMPLOYEE);
        var assessments = app.getBean(Assessments.class);
        var before = assessments.count();

        var page = signedIn("hr", "Hannah Ruiz");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import"))
                .click();
        assertThat(page.locator("#page-title")).hasText("Import");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Ratings"))
                .check();

        upload(page, "ratings.csv", WITH_A_MISTAKE);
        assertThat(page.locator("#import-status"))
                .hasText("“ratings.csv” has one problem, so nothing can be imported."
                        + " Correct the file and upload it again.");
        assertThat(page.locator("#import-problems")).containsText("There is no skill ‘Postgres’ in the catalog");
        assertThat(page.locator("#import-apply")).isHidden();
        assertThat(assessments.count()).isEqualTo(before);
        screenshots.save(page, "14-import-problems");

        upload(page, "ratings.csv", CORRECTED);
        assertThat(page.locator("#import-status")).containsText("2 ratings added, 0 present already");
        screenshots.save(page, "15-import-valid");
        page.locator("#import-apply").click();

        assertThat(page.locator("#import-status"))
                .hasText("Imported “ratings.csv”: 2 ratings added, 0 present already.");
        assertThat(assessments.count()).isEqualTo(before + 2);
        assertThat(assessments.history(noah.id()).stream()
                        .filter(rating -> "Ran the upgrade".equals(rating.evidence())))
                .hasSize(1);

        open(page, base, "import");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Ratings"))
                .check();
        upload(page, "ratings.csv", CORRECTED);
        assertThat(page.locator("#import-status")).containsText("holds nothing new");
        assertThat(page.locator("#import-apply")).isDisabled();

        long start = System.nanoTime();
        upload(page, "history.csv", history(20_000));
        assertThat(page.locator("#import-status")).containsText("(20,000 rows)");
        long checked = System.nanoTime();
        page.locator("#import-apply").click();
        assertThat(page.locator("#import-status"))
                .hasText("Imported “history.csv”: 20,000 ratings added, 0 present already.");
        long imported = System.nanoTime();
        assertThat(assessments.count()).isEqualTo(before + 2 + 20_000);
        // measured, not judged
        System.out.printf(
                "Import page, 20,000 ratings (2.2 MB): uploaded and checked in %d ms, imported in %d ms%n",
                (checked - start) / 1_000_000, (imported - checked) / 1_000_000);

        // Noah's profile opens with the imported history, which scrolls in the history table's own box
        open(page, base, "profile/" + noah.id());
        var skill = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Skill"));
        skill.fill("PostgreSQL");
        page.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName("PostgreSQL").setExact(true))
                .click();
        assertThat(page.locator("#profile-timeline")).containsText("PostgreSQL over time");
        assertThat(page.locator("#profile-timeline circle").count())
                .as("the self-ratings' marks on the timeline, at most four a pixel of its time axis")
                .isBetween(1, 4 * 531);
        var history = page.locator("#profile-history");
        assertThat(history).isVisible();
        assertThat(history.locator("vaadin-grid-cell-content").count())
                .as("the cells the history table puts in the page")
                .isLessThan(300);
    }

    /** Noah's self-ratings of PostgreSQL, one a minute: a file of about 2 MB, above the servlet's usual limits. */
    private static String history(int rows) {
        var csv = new StringBuilder("email,skill,level,source,assessed_at,interest,assessor,evidence\n");
        var start = Instant.parse("2024-01-01T00:00:00Z");
        for (int row = 0; row < rows; row++) {
            csv.append("noah.fischer@example.com,PostgreSQL,")
                    .append(row % 5)
                    .append(",self,")
                    .append(start.plusSeconds(60L * row))
                    .append(",neutral,,Imported from the HR system's history\n");
        }
        return csv.toString();
    }

    /** Chooses the file in the upload's file input, as the file dialog would. */
    private static void upload(Page page, String name, String csv) {
        page.locator("#import-upload input[type=file]")
                .setInputFiles(new FilePayload(name, "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
    }
}
