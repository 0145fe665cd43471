package org.skillsmatrix.ui.myskills;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.ui.testing.LitCells.call;
import static org.skillsmatrix.ui.testing.LitCells.property;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.assessment.Source;
import org.skillsmatrix.domain.base.CategoryId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.catalog.Category;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.scale.Interest;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.testing.TestOrganisation;
import org.skillsmatrix.ui.base.Dates;
import org.skillsmatrix.ui.base.FixedUser;
import org.skillsmatrix.ui.testing.StateNodes;

/** The view on the domain's in-memory organisation, without a browser. */
class MySkillsViewTest {

    private final TestOrganisation org = new TestOrganisation();
    private final Person ada = org.person("Ada Lovelace");
    private final Person maya = org.person("Maya Schmidt");
    private final Skill postgres = org.skill(org.category("Databases"), "PostgreSQL");
    private final Skill oracle =
            org.skill(org.catalog.category(postgres.category()).orElseThrow(), "Oracle");
    private final Skill owasp = org.skill(org.category("Security"), "OWASP Top 10");
    private final Skill perl = org.skill(org.category("Languages"), "Perl");

    private TreeGrid<CatalogRow> grid;

    @BeforeEach
    void openView() {
        org.team("Payments", List.of(ada), List.of(maya));
        org.measuredBy(ada, org.roleProfile("Back-end Engineer", Map.of(owasp.id(), Level.PROFICIENT)));
        org.selfRated(ada, postgres, Level.WORKING_KNOWLEDGE, Interest.WANTS_TO_GROW);
        org.managerRated(maya, ada, postgres, Level.PROFICIENT);
        org.selfRated(ada, oracle, Level.AWARENESS, Interest.RATHER_NOT);
        org.catalog.update(org.catalog.skill(oracle.id()).orElseThrow().retire());
        org.catalog.update(perl.retire());

        MockVaadin.setup();
        UI.getCurrent().setLocale(Locale.UK);
        show();
    }

    private void show() {
        UI.getCurrent().removeAll();
        UI.getCurrent()
                .add(new MySkillsView(
                        new FixedUser(TestOrganisation.employee(ada), ada.name(), true),
                        org.browseCatalog,
                        org.viewSkillProfile,
                        org.analysePersonGaps,
                        org.rateOwnSkill,
                        org.confirmRatings,
                        org.ratingAge,
                        org.setDevelopmentGoals,
                        org.readSetupProgress));
        @SuppressWarnings("unchecked")
        TreeGrid<CatalogRow> shown = _get(TreeGrid.class);
        grid = shown;
    }

    @AfterEach
    void closeView() {
        MockVaadin.tearDown();
    }

    @Test
    void showsTheCatalogByCategoryWithThePersonsStanding() {
        assertThat(rows()).containsExactly("Databases", "PostgreSQL", "Oracle", "Security", "OWASP Top 10");
        int postgresRow = row("PostgreSQL");
        assertThat(_getFormatted(grid, postgresRow, SkillTree.SELF)).isEqualTo("2 · Working knowledge");
        assertThat(_getFormatted(grid, postgresRow, SkillTree.MANAGER)).isEqualTo("3 · Proficient");
        assertThat(_getFormatted(grid, postgresRow, SkillTree.INTEREST)).isEqualTo("Wants to grow");
        assertThat(_getFormatted(grid, postgresRow, SkillTree.LAST_RATED))
                .as("the manager's rating, a minute after the self-rating")
                .isEqualTo(new Dates(Locale.UK, ZoneId.systemDefault())
                        .format(TestOrganisation.START.plus(Duration.ofMinutes(1))));
        int owaspRow = row("OWASP Top 10");
        assertThat(_getFormatted(grid, owaspRow, SkillTree.SELF)).isEqualTo("Not rated");
        assertThat(_getFormatted(grid, owaspRow, SkillTree.MANAGER)).isEqualTo("Not validated");
        assertThat(_getFormatted(grid, owaspRow, SkillTree.EXPECTED)).isEqualTo("3 · Proficient (3 levels to go)");
        assertThat(_get(Paragraph.class, spec -> spec.withId("my-skills-summary"))
                        .getText())
                .isEqualTo("You are measured against the role profile Back-end Engineer:"
                        + " 1 skill is below what it expects.");
    }

    @Test
    void fetchesTheRowsAScreenShowsNotTheGridsDefaultOfFifty() {
        assertThat(grid.getPageSize()).isEqualTo(20);
    }

    @Test
    void onAPhoneTheSkillAndItsRateButtonStayAndTheLevelsMoveUnderTheName() {
        var tree = _get(SkillTree.class);

        tree.showNarrow(true);

        assertThat(grid.getColumns().stream().filter(Grid.Column::isVisible))
                .extracting(Grid.Column::getKey)
                .containsExactly(SkillTree.SKILL, SkillTree.ACTIONS);
        assertThat(grid.getColumnByKey(SkillTree.ACTIONS).isFrozenToEnd()).isTrue();
        assertThat(property(grid, row("PostgreSQL"), SkillTree.SKILL, "standing"))
                .isEqualTo("Mine: 2 · Working knowledge · Manager: 3 · Proficient");
        assertThat(property(grid, row("PostgreSQL"), SkillTree.ACTIONS, "rate")).isEqualTo("Rate PostgreSQL");
        assertThat(property(grid, row("PostgreSQL"), SkillTree.ACTIONS, "confirmText"))
                .as("Still accurate shows as its icon")
                .isEqualTo("");

        tree.showNarrow(false);
        assertThat(grid.getColumns().stream().filter(Grid.Column::isVisible)).hasSize(7);
        assertThat(property(grid, row("PostgreSQL"), SkillTree.SKILL, "standing"))
                .isEqualTo("");
    }

    @Test
    void offersRetiredSkillsOnlyForTheirHistory() {
        int oracleRow = row("Oracle");

        assertThat(property(grid, oracleRow, SkillTree.ACTIONS, "rate")).isEqualTo("");
        assertThat(property(grid, oracleRow, SkillTree.ACTIONS, "confirm")).isEqualTo("");
        assertThat(property(grid, oracleRow, SkillTree.ACTIONS, "history"))
                .isEqualTo("Show or hide the history of Oracle");
        assertThat(property(grid, oracleRow, SkillTree.SKILL, "retired")).isEqualTo("Retired");
        assertThat(property(grid, row("PostgreSQL"), SkillTree.SKILL, "retired"))
                .isEqualTo("");
        call(grid, oracleRow, SkillTree.ACTIONS, "rateSkill");
        assertThat(_find(RatingDialog.class))
                .as("no dialog for a retired skill")
                .isEmpty();
        assertThat(rows()).doesNotContain("Perl");
    }

    @Test
    void aFetchedRowCostsNoComponentsOnTheServer() {
        int oneRow = stateNodesWithRowsFetched(1);

        assertThat(stateNodesWithRowsFetched(_size(grid)))
                .as("the server's state with all %d rows fetched, against one", _size(grid))
                .isEqualTo(oneRow);
    }

    private int stateNodesWithRowsFetched(int rows) {
        grid.getDataCommunicator().setViewportRange(0, rows);
        MockVaadin.clientRoundtrip(false);
        return StateNodes.count();
    }

    @Test
    void ratesASkillThroughTheDialog() {
        rate("OWASP Top 10");
        var dialog = _get(RatingDialog.class);
        assertThat(dialog.interest.getValue()).isEqualTo(Interest.NEUTRAL);

        _setValue(dialog.level, Level.PROFICIENT);
        _setValue(dialog.interest, Interest.WANTS_TO_GROW);
        _setValue(dialog.evidence, "Led the threat modelling of the card vault");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        expectNotifications("Saved your rating of OWASP Top 10: 3 · Proficient.");
        int owaspRow = row("OWASP Top 10");
        assertThat(_getFormatted(grid, owaspRow, SkillTree.SELF)).isEqualTo("3 · Proficient");
        assertThat(_getFormatted(grid, owaspRow, SkillTree.EXPECTED)).isEqualTo("3 · Proficient");
        assertThat(_getFormatted(grid, owaspRow, SkillTree.INTEREST)).isEqualTo("Wants to grow");
        var history = org.viewSkillProfile
                .of(TestOrganisation.employee(ada), ada.id())
                .historyOf(owasp.id());
        assertThat(history).singleElement().satisfies(assessment -> {
            assertThat(assessment.source()).isEqualTo(Source.SELF);
            assertThat(assessment.level()).isEqualTo(Level.PROFICIENT);
            assertThat(assessment.evidence()).isEqualTo("Led the threat modelling of the card vault");
        });
    }

    @Test
    void startsFromTheLastSelfRating() {
        rate("PostgreSQL");
        var dialog = _get(RatingDialog.class);

        assertThat(dialog.level.getValue()).isEqualTo(Level.WORKING_KNOWLEDGE);
        assertThat(dialog.interest.getValue()).isEqualTo(Interest.WANTS_TO_GROW);
    }

    @Test
    void asksForALevelBeforeSaving() {
        rate("OWASP Top 10");
        var dialog = _get(RatingDialog.class);

        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.level.isInvalid()).isTrue();
        assertThat(dialog.level.getErrorMessage()).isEqualTo("Choose the level that describes you best.");
    }

    @Test
    void showsTheDomainsRejectionAtTheField() {
        rate("OWASP Top 10");
        var dialog = _get(RatingDialog.class);
        _setValue(dialog.level, Level.EXPERT);
        _setValue(dialog.evidence, "x".repeat(2001));

        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.evidence.isInvalid()).isTrue();
        assertThat(dialog.evidence.getErrorMessage()).isEqualTo("Keep the evidence to at most 2,000 characters.");
        assertThat(org.assessments.history(ada.id())).noneMatch(a -> a.skill().equals(owasp.id()));
    }

    @Test
    void saysSoWhenTheSkillWasRetiredWhileTheDialogWasOpen() {
        rate("OWASP Top 10");
        var dialog = _get(RatingDialog.class);
        org.catalog.update(org.catalog.skill(owasp.id()).orElseThrow().retire());
        _setValue(dialog.level, Level.EXPERT);

        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.error.isVisible()).isTrue();
        assertThat(dialog.error.getText()).contains("retired");
    }

    @Test
    void filtersBySkillOrCategoryName() {
        _setValue(_get(TextField.class, spec -> spec.withId("skill-filter")), "postgres");
        assertThat(rows()).containsExactly("Databases", "PostgreSQL");

        _setValue(_get(TextField.class, spec -> spec.withId("skill-filter")), "SECURITY");
        assertThat(rows()).containsExactly("Security", "OWASP Top 10");

        _setValue(_get(TextField.class, spec -> spec.withId("skill-filter")), "cobol");
        assertThat(_size(grid)).isZero();
    }

    @Test
    void showsAndHidesASkillsHistory() {
        int postgresRow = row("PostgreSQL");
        assertThat(property(grid, postgresRow, SkillTree.ACTIONS, "history"))
                .isEqualTo("Show or hide the history of PostgreSQL");

        call(grid, postgresRow, SkillTree.ACTIONS, "toggleHistory");
        assertThat(grid.isDetailsVisible(GridKt._get(grid, postgresRow))).isTrue();

        call(grid, postgresRow, SkillTree.ACTIONS, "toggleHistory");
        assertThat(grid.isDetailsVisible(GridKt._get(grid, postgresRow))).isFalse();
        assertThat(property(grid, row("OWASP Top 10"), SkillTree.ACTIONS, "history"))
                .as("no history to show")
                .isEqualTo("");
    }

    @Test
    void marksStaleRatingsAndConfirmsThemUnchangedOneByOneOrAllAtOnce() {
        org.selfRated(ada, owasp, Level.AWARENESS, Interest.NEUTRAL);
        org.clock.advance(Duration.ofDays(400));
        show();

        assertThat(_getFormatted(grid, row("PostgreSQL"), SkillTree.LAST_RATED)).endsWith(" · stale");
        var confirmAll = _get(Button.class, spec -> spec.withId("confirm-all"));
        assertThat(confirmAll.getText()).isEqualTo("Confirm all 2 stale ratings unchanged");
        assertThat(confirmAll.isEnabled()).isTrue();
        assertThat(property(grid, row("Oracle"), SkillTree.ACTIONS, "confirm"))
                .as("a retired skill takes no confirmation")
                .isEqualTo("");
        assertThat(property(grid, row("PostgreSQL"), SkillTree.ACTIONS, "confirm"))
                .isEqualTo("Confirm your rating of PostgreSQL is still accurate");
        assertThat(property(grid, row("PostgreSQL"), SkillTree.ACTIONS, "confirmText"))
                .isEqualTo("Still accurate");

        call(grid, row("PostgreSQL"), SkillTree.ACTIONS, "confirmRating");

        expectNotifications("Confirmed your rating of PostgreSQL: 2 · Working knowledge.");
        assertThat(property(grid, row("PostgreSQL"), SkillTree.ACTIONS, "confirm"))
                .isEqualTo("");
        assertThat(_getFormatted(grid, row("PostgreSQL"), SkillTree.LAST_RATED))
                .as("the manager's rating still counts and is still stale")
                .endsWith(" · stale");
        assertThat(confirmAll.getText()).isEqualTo("Confirm 1 stale rating unchanged");

        _click(confirmAll);

        expectNotifications("Confirmed 1 rating unchanged.");
        assertThat(_getFormatted(grid, row("OWASP Top 10"), SkillTree.LAST_RATED))
                .doesNotContain("stale");
        assertThat(confirmAll.isEnabled()).isFalse();
        assertThat(org.assessments.history(ada.id()))
                .filteredOn(assessment -> assessment.source() == Source.SELF
                        && assessment.assessedAt().equals(org.clock.instant()))
                .hasSize(2);
    }

    @Test
    void theDefaultCatalogReadsInThePagesLanguageWhereItIsAsSeededAndTheRestAsStored() {
        var languages = org.catalog.add(new Category(
                new CategoryId(UUID.fromString("2cf9b95a-41f1-5a14-bec4-35ff6e2d1f61")),
                "Programming languages",
                "Server-side languages used to build and maintain back-end services.",
                9,
                0));
        org.catalog.add(new Skill(
                new SkillId(UUID.fromString("8b9c5dba-1eaf-5a7b-81b1-d5749377c051")),
                languages.id(),
                "Ruby",
                null,
                1,
                false,
                0));
        UI.getCurrent().setLocale(Locale.GERMAN);
        show();

        assertThat(rows()).contains("Programmiersprachen", "Ruby", "Databases", "PostgreSQL");
        assertThat(_getFormatted(grid, row("PostgreSQL"), SkillTree.MANAGER))
                .as("the scale's seeded names too")
                .isEqualTo("3 · Fortgeschritten");
    }

    private List<String> rows() {
        return IntStream.range(0, _size(grid))
                .mapToObj(index -> GridKt._get(grid, index).name())
                .toList();
    }

    private int row(String name) {
        var rows = rows();
        assertThat(rows).contains(name);
        return rows.indexOf(name);
    }

    /** A click on the skill's Rate button, which its row offers. */
    private void rate(String skill) {
        int row = row(skill);
        assertThat(property(grid, row, SkillTree.ACTIONS, "rate")).isEqualTo("Rate " + skill);
        call(grid, row, SkillTree.ACTIONS, "rateSkill");
    }
}
