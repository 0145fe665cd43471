package org.skillsmatrix.ui.matrix;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.domain.testing.TestOrganisation.employee;
import static org.skillsmatrix.domain.testing.TestOrganisation.hr;
import static org.skillsmatrix.domain.testing.TestOrganisation.manager;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.AbstractField.ComponentValueChangeEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.provider.SortDirection;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.assessment.Source;
import org.skillsmatrix.domain.base.CertificationId;
import org.skillsmatrix.domain.catalog.Category;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.certification.Certification;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.ui.base.ErrorView;
import org.skillsmatrix.ui.base.TeamChooser;
import org.skillsmatrix.ui.base.ViewRoutes;
import org.skillsmatrix.ui.rating.ManagerRatingDialog;
import org.skillsmatrix.ui.testing.StateNodes;
import org.skillsmatrix.ui.testing.UiWorld;

/** The team matrix as each role meets it, on the in-memory organisation. */
class TeamMatrixViewTest {

    private final UiWorld world = new UiWorld();
    private final Person ada = world.org.person("Ada Lovelace");
    private final Person ben = world.org.person("Ben Brown");
    private final Person maya = world.org.person("Maya Schmidt");
    private final Person max = world.org.person("Max Manager");
    private final Person hannah = world.org.person("Hannah Ruiz");
    private final Team payments = world.org.team("Payments", List.of(ada, ben), List.of(maya));
    private final Team search = world.org.team("Search", List.of(max), List.of(max));
    private final Category databases = world.org.category("Databases");
    private final Category security = world.org.category("Security");
    private final Skill postgres = world.org.skill(databases, "PostgreSQL");
    private final Skill mongo = world.org.skill(databases, "MongoDB");
    private final Skill owasp = world.org.skill(security, "OWASP Top 10");

    @AfterEach
    void close() {
        world.close();
    }

    @Test
    void theMatrixNamesMembersWithACertificateExpiringOrExpiredInWordsAndSaysNothingWhenNoneIs() {
        open(manager(maya), ViewRoutes.MATRIX);
        assertThat(_get(TeamMatrixView.class).certificateFlags.isVisible()).isFalse();

        var cka = world.org.certifications.add(new Certification(CertificationId.random(), "CKA", null, 0));
        var cissp = world.org.certifications.add(new Certification(CertificationId.random(), "CISSP", null, 0));
        var today = LocalDate.now(world.org.clock);
        world.org.holdCertificates.record(employee(ada), cka.id(), today.minusYears(3), today.minusDays(1), null);
        world.org.holdCertificates.record(employee(ada), cissp.id(), today.minusYears(3), today.plusDays(10), null);
        world.org.holdCertificates.record(employee(ben), cka.id(), today.minusYears(1), today.plusYears(2), null);
        open(manager(maya), ViewRoutes.MATRIX);

        var flags = _get(TeamMatrixView.class).certificateFlags;
        assertThat(flags.isVisible()).isTrue();
        assertThat(flags.getText())
                .isEqualTo("Certificates to renew: Ada Lovelace (CKA expired, CISSP expires in 10 days)");
    }

    @Test
    void aManagerSeesTheTeamByCategoryAndSkillWithNumbersAndColours() {
        world.org.selfRated(ada, postgres, Level.PROFICIENT);
        world.org.managerRated(maya, ada, postgres, Level.EXPERT);
        world.org.selfRated(ben, owasp, Level.WORKING_KNOWLEDGE);
        open(manager(maya), ViewRoutes.MATRIX);

        var heatmap = heatmap();
        assertThat(people(heatmap)).containsExactly("Ada Lovelace", "Ben Brown");
        assertThat(heatmap.skills()).extracting(Skill::name).containsExactly("PostgreSQL", "MongoDB", "OWASP Top 10");
        assertThat(heatmap.getHeaderRows().getFirst().getCells())
                .extracting(cell -> cell.getComponent() == null
                        ? cell.getText()
                        : cell.getComponent().getElement().getTextRecursively())
                .filteredOn(text -> !text.isEmpty())
                .containsExactly("Category", "Databases", "Security");
        assertThat(_getFormatted(heatmap, 0, postgres.id().toString())).isEqualTo("4");
        assertThat(_getFormatted(heatmap, 0, mongo.id().toString())).isEqualTo("–");
        assertThat(heatmap.parts(row(heatmap, 0), postgres)).isEqualTo("level-4 rateable");
        assertThat(heatmap.parts(row(heatmap, 1), owasp)).isEqualTo("level-2 unvalidated rateable");
        assertThat(heatmap.parts(row(heatmap, 1), mongo)).isEqualTo("level-none rateable");
        assertThat(heatmap.tooltip(row(heatmap, 0), postgres))
                .isEqualTo("Self: 3 · Proficient, 3 Mar 2025\nManager: 4 · Expert, 3 Mar 2025");
        assertThat(heatmap.tooltip(row(heatmap, 0), mongo))
                .as("no tooltip where nobody rated; the dash says so")
                .isNull();
        assertThat(heatmap.getColumnByKey(Heatmap.PERSON).isFrozen()).isTrue();
        assertThat(_get(TeamMatrixView.class).summary.getText()).isEqualTo("2 people × 3 skills");
    }

    @Test
    void onAPhoneTheFiltersFoldBehindTheirSummaryAndTheNameColumnNarrows() {
        open(manager(maya), ViewRoutes.MATRIX);
        var view = _get(TeamMatrixView.class);
        assertThat(view.filterPanel.isOpened()).isTrue();
        assertThat(view.filterPanel.getSummaryText()).isEqualTo("Filters and export");

        view.showNarrow(true);

        assertThat(view.filterPanel.isOpened()).isFalse();
        assertThat(heatmap().getColumnByKey(Heatmap.PERSON).getWidth()).isEqualTo("8rem");
        assertThat(heatmap().getColumnByKey(Heatmap.PERSON).isFrozen()).isTrue();
        view.showNarrow(false);
        assertThat(view.filterPanel.isOpened()).isTrue();
    }

    @Test
    void onAPhoneTheCountColumnHasAShortHeaderAndTheHelpSaysWhatToTap() {
        open(manager(maya), ViewRoutes.MATRIX);
        var view = _get(TeamMatrixView.class);
        assertThat(atLevelHeader()).isEqualTo("At 3 · Proficient or above");
        assertThat(view.help()).startsWith("Click a cell");

        view.showNarrow(true);

        assertThat(atLevelHeader()).isEqualTo("≥ 3");
        assertThat(heatmap()
                        .getColumnByKey(Heatmap.AT_LEVEL)
                        .getHeaderComponent()
                        .getElement()
                        .getAttribute("title"))
                .isEqualTo("At 3 · Proficient or above");
        assertThat(view.help())
                .isEqualTo("Tap a cell to rate or validate, or pick a person to see their skills as cards.");
        _setValue(view.member, memberRow(view, "Ada Lovelace"));
        assertThat(view.help())
                .isEqualTo("Validate or rate a skill with the button on its card;"
                        + " self-ratings awaiting validation come first.");
        _setValue(view.member, null);
        assertThat(view.help()).startsWith("Tap a cell");
    }

    @Test
    void onAPhoneHrIsToldToPickAPersonForTheirCards() {
        open(hr(hannah), ViewRoutes.of(ViewRoutes.MATRIX, payments.id()));
        var view = _get(TeamMatrixView.class);
        assertThat(view.help()).isEqualTo("Point at a cell to see the ratings and their dates.");

        view.showNarrow(true);
        assertThat(view.help())
                .isEqualTo("Pick a person to see their skills as cards, with their own level and their manager’s.");
        _setValue(view.member, memberRow(view, "Ben Brown"));
        assertThat(view.help()).isEqualTo("Each card shows the person’s own level and their manager’s.");
    }

    private String atLevelHeader() {
        return heatmap()
                .getColumnByKey(Heatmap.AT_LEVEL)
                .getHeaderComponent()
                .getElement()
                .getText();
    }

    @Test
    void onAPhoneAManagerPicksAMemberAndValidatesFromTheirCardsTheSelfRatingsAwaitingValidationFirst() {
        world.org.managerRated(maya, ada, owasp, Level.EXPERT);
        world.org.selfRated(ada, postgres, Level.PROFICIENT);
        open(manager(maya), ViewRoutes.MATRIX);
        var view = _get(TeamMatrixView.class);
        assertThat(view.member.isVisible()).as("the grid fits a wide screen").isFalse();

        view.showNarrow(true);
        assertThat(view.member.isVisible()).isTrue();
        _setValue(view.member, memberRow(view, "Ada Lovelace"));

        _assertNone(Heatmap.class);
        var cards = view.cards();
        assertThat(cards).isNotNull();
        assertThat(cardTexts(cards))
                .containsExactly(
                        "PostgreSQLOwn: 3 · Proficient · Manager: not ratedValidate",
                        "OWASP Top 10Own: not rated · Manager: 4 · ExpertRate",
                        "MongoDBOwn: not rated · Manager: not ratedRate");
        _click(cardButton(cards, 0));
        var dialog = _get(ManagerRatingDialog.class);
        assertThat(dialog.validate.getText()).isEqualTo("Validate 3 · Proficient");
        _click(dialog.validate);

        expectNotifications("Saved your rating of Ada Lovelace in PostgreSQL: 3 · Proficient.");
        assertThat(world.org.assessments.history(ada.id()).getFirst().source()).isEqualTo(Source.MANAGER);
        assertThat(view.member.getValue().person()).isEqualTo(ada);
        assertThat(cardTexts(view.cards()).getFirst())
                .isEqualTo("PostgreSQLOwn: 3 · Proficient · Manager: 3 · ProficientRate");

        view.showNarrow(false);
        assertThat(view.member.isVisible()).isFalse();
        assertThat(people(heatmap())).containsExactly("Ada Lovelace", "Ben Brown");
    }

    @Test
    void totalsCountThePeopleAtTheChosenLevelPerSkillAndTheSkillsPerPersonAndASkillSortsThePeople() {
        world.org.managerRated(maya, ada, postgres, Level.PROFICIENT);
        world.org.managerRated(maya, ben, postgres, Level.EXPERT);
        world.org.managerRated(maya, ben, owasp, Level.EXPERT);
        world.org.selfRated(ada, owasp, Level.AWARENESS);
        open(manager(maya), ViewRoutes.MATRIX);
        var heatmap = heatmap();

        var totals = heatmap.getFooterRows().getFirst();
        assertThat(totals.getCell(heatmap.getColumnByKey(Heatmap.PERSON)).getText())
                .isEqualTo("People at 3 · Proficient or above");
        assertThat(totals.getCell(heatmap.getColumnByKey(postgres.id().toString()))
                        .getText())
                .isEqualTo("2");
        assertThat(totals.getCell(heatmap.getColumnByKey(owasp.id().toString())).getText())
                .isEqualTo("1");
        assertThat(_getFormatted(heatmap, 0, Heatmap.AT_LEVEL)).as("Ada").isEqualTo("1");
        assertThat(_getFormatted(heatmap, 1, Heatmap.AT_LEVEL)).as("Ben").isEqualTo("2");

        heatmap.sort(
                List.of(new GridSortOrder<>(heatmap.getColumnByKey(owasp.id().toString()), SortDirection.DESCENDING)));
        assertThat(people(heatmap)).containsExactly("Ben Brown", "Ada Lovelace");

        _setValue(_get(TeamMatrixView.class).minimum, Level.EXPERT);
        var expert = heatmap().getFooterRows().getFirst();
        assertThat(expert.getCell(heatmap().getColumnByKey(postgres.id().toString()))
                        .getText())
                .isEqualTo("1");
    }

    @Test
    void compactColumnsAreNarrowWithTheirNamesInTheHeaderAndTheCountColumnShortens() {
        world.org.selfRated(ada, postgres, Level.PROFICIENT);
        open(manager(maya), ViewRoutes.MATRIX);
        var view = _get(TeamMatrixView.class);
        assertThat(heatmap().hasClassName("compact")).isFalse();
        assertThat(heatmap().getColumnByKey(postgres.id().toString()).getWidth())
                .isEqualTo("7.5rem");

        _setValue(view.compact, true);

        assertThat(heatmap().hasClassName("compact")).isTrue();
        assertThat(heatmap().getColumnByKey(postgres.id().toString()).getWidth())
                .isEqualTo(Heatmap.COMPACT_WIDTH);
        assertThat(heatmap()
                        .getColumnByKey(postgres.id().toString())
                        .getHeaderComponent()
                        .getElement()
                        .getText())
                .isEqualTo("PostgreSQL");
        assertThat(_getFormatted(heatmap(), 0, postgres.id().toString()))
                .as("the level as its number, readable without colour")
                .isEqualTo("3");
        assertThat(atLevelHeader()).isEqualTo("≥ 3");

        _setValue(view.minimum, Level.AWARENESS);
        assertThat(heatmap().hasClassName("compact"))
                .as("a filter keeps compact mode")
                .isTrue();
    }

    @Test
    void aManagerCollapsesACategoryIntoOneColumnThatCountsItsSkillsAndExpandsItAgain() {
        world.org.managerRated(maya, ada, postgres, Level.PROFICIENT);
        world.org.managerRated(maya, ada, mongo, Level.AWARENESS);
        world.org.managerRated(maya, ben, owasp, Level.EXPERT);
        open(manager(maya), ViewRoutes.MATRIX);
        var view = _get(TeamMatrixView.class);
        var folded = Heatmap.FOLDED + databases.id();
        assertThat(heatmap().getColumns())
                .as("an unfolded category has no folded column")
                .extracting(column -> column.getKey())
                .containsExactly(
                        Heatmap.PERSON,
                        Heatmap.AT_LEVEL,
                        postgres.id().toString(),
                        mongo.id().toString(),
                        owasp.id().toString());
        assertThat(heatmap().toggle(databases.id()).getElement().getAttribute("aria-expanded"))
                .isEqualTo("true");

        _click(heatmap().toggle(databases.id()));

        assertThat(heatmap().skills()).extracting(Skill::name).containsExactly("OWASP Top 10");
        assertThat(heatmap().getColumns())
                .as("a folded category has its one column and none for its skills")
                .extracting(column -> column.getKey())
                .containsExactly(
                        Heatmap.PERSON, Heatmap.AT_LEVEL, folded, owasp.id().toString());
        var toggle = heatmap().toggle(databases.id());
        assertThat(_getFormatted(heatmap(), 0, folded))
                .as("Ada holds 1 of 2 at Proficient")
                .isEqualTo("1/2");
        assertThat(_getFormatted(heatmap(), 1, folded)).as("Ben").isEqualTo("0/2");
        assertThat(heatmap().getColumnByKey(folded).getTooltipGenerator().apply(row(heatmap(), 0)))
                .isEqualTo("Ada Lovelace: 1 of 2 skills in Databases at 3 · Proficient or above");
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(toggle.getElement().getAttribute("aria-label")).isEqualTo("Databases");

        _setValue(view.source, LevelSource.SELF);
        assertThat(heatmap().skills())
                .as("a folded category stays folded when a filter changes")
                .extracting(Skill::name)
                .containsExactly("OWASP Top 10");

        _click(heatmap().toggle(databases.id()));
        assertThat(heatmap().skills()).extracting(Skill::name).containsExactly("PostgreSQL", "MongoDB", "OWASP Top 10");
        assertThat(heatmap().getColumnByKey(folded)).isNull();

        _click(view.collapseAll);
        assertThat(heatmap().skills()).isEmpty();
        assertThat(heatmap().getColumns())
                .extracting(column -> column.getKey())
                .containsExactly(Heatmap.PERSON, Heatmap.AT_LEVEL, folded, Heatmap.FOLDED + security.id());
        _click(view.expandAll);
        assertThat(heatmap().skills()).hasSize(3);
    }

    @Test
    void switchesBetweenTheLevelThatCountsSelfAndManagerRatings() {
        world.org.selfRated(ada, postgres, Level.PROFICIENT);
        world.org.managerRated(maya, ada, postgres, Level.EXPERT);
        open(manager(maya), ViewRoutes.MATRIX);
        var view = _get(TeamMatrixView.class);

        _setValue(view.source, LevelSource.SELF);
        assertThat(_getFormatted(heatmap(), 0, postgres.id().toString())).isEqualTo("3");

        _setValue(view.source, LevelSource.MANAGER);
        assertThat(_getFormatted(heatmap(), 0, postgres.id().toString())).isEqualTo("4");
        assertThat(heatmap().parts(row(heatmap(), 1), postgres)).startsWith("level-none");
    }

    @Test
    void filtersByCategorySkillAndMinimumLevel() {
        world.org.selfRated(ada, postgres, Level.PROFICIENT);
        world.org.selfRated(ben, mongo, Level.AWARENESS);
        world.org.selfRated(ben, owasp, Level.EXPERT);
        open(manager(maya), ViewRoutes.MATRIX);
        var view = _get(TeamMatrixView.class);

        _setValue(view.categories, Set.of(databases));
        assertThat(heatmap().skills()).extracting(Skill::name).containsExactly("PostgreSQL", "MongoDB");
        assertThat(view.skills.getListDataView().getItems()).containsExactly(postgres, mongo);

        _setValue(view.skills, Set.of(mongo));
        assertThat(heatmap().skills()).extracting(Skill::name).containsExactly("MongoDB");

        _setValue(view.skills, Set.of());
        _setValue(view.categories, Set.of());
        _setValue(view.minimum, Level.PROFICIENT);
        assertThat(people(heatmap())).containsExactly("Ada Lovelace", "Ben Brown");
        assertThat(heatmap().skills()).extracting(Skill::name).containsExactly("PostgreSQL", "OWASP Top 10");
        assertThat(heatmap().parts(row(heatmap(), 1), postgres)).contains("below-minimum");

        _setValue(view.minimum, Level.EXPERT);
        assertThat(people(heatmap())).containsExactly("Ben Brown");
        assertThat(view.summary.getText()).isEqualTo("1 person × 1 skill");
    }

    @Test
    void aManagerValidatesASelfRatingFromTheCell() {
        world.org.selfRated(ada, postgres, Level.PROFICIENT);
        open(manager(maya), ViewRoutes.MATRIX);

        _get(TeamMatrixView.class).open(row(heatmap(), 0), postgres);
        var dialog = _get(ManagerRatingDialog.class);
        assertThat(dialog.validate.getText()).isEqualTo("Validate 3 · Proficient");
        _click(dialog.validate);

        expectNotifications("Saved your rating of Ada Lovelace in PostgreSQL: 3 · Proficient.");
        var newest = world.org.assessments.history(ada.id()).getFirst();
        assertThat(newest.source()).isEqualTo(Source.MANAGER);
        assertThat(newest.assessor()).isEqualTo(maya.id());
        assertThat(newest.level()).isEqualTo(Level.PROFICIENT);
        assertThat(heatmap().parts(row(heatmap(), 0), postgres)).isEqualTo("level-3 rateable");
    }

    @Test
    void aManagerConfirmsAStaleRatingStillAccurateFromTheCell() {
        world.org.managerRated(maya, ada, postgres, Level.EXPERT);
        world.org.clock.advance(java.time.Duration.ofDays(400));
        open(manager(maya), ViewRoutes.MATRIX);

        _get(TeamMatrixView.class).open(row(heatmap(), 0), postgres);
        var dialog = _get(ManagerRatingDialog.class);
        assertThat(dialog.validate.getText()).isEqualTo("Still accurate: 4 · Expert");
        _click(dialog.validate);

        var newest = world.org.assessments.history(ada.id()).getFirst();
        assertThat(newest.source()).isEqualTo(Source.MANAGER);
        assertThat(newest.level()).isEqualTo(Level.EXPERT);
        assertThat(newest.assessedAt()).isEqualTo(world.org.clock.instant());
        assertThat(world.org.auditLog.entries().getLast().action()).isEqualTo("skill.manager-confirmed");
        assertThat(_getFormatted(heatmap(), 0, postgres.id().toString())).isEqualTo("4");
    }

    @Test
    void aManagerRatesAnotherLevelWithEvidence() {
        world.org.selfRated(ada, postgres, Level.PROFICIENT);
        open(manager(maya), ViewRoutes.MATRIX);

        _get(TeamMatrixView.class).open(row(heatmap(), 0), postgres);
        var dialog = _get(ManagerRatingDialog.class);
        _setValue(dialog.level, Level.WORKING_KNOWLEDGE);
        _setValue(dialog.evidence, "Needs help with replication");
        _click(dialog.save);

        assertThat(_getFormatted(heatmap(), 0, postgres.id().toString())).isEqualTo("2");
        assertThat(world.org.assessments.history(ada.id()).getFirst().evidence())
                .isEqualTo("Needs help with replication");
    }

    @Test
    void theRatingsBinderAsksForALevelShowsTheDomainsRejectionAtTheFieldAndSavesNothingMeanwhile() {
        open(manager(maya), ViewRoutes.MATRIX);
        _get(TeamMatrixView.class).open(row(heatmap(), 0), postgres);
        var dialog = _get(ManagerRatingDialog.class);

        _click(dialog.save);
        assertThat(dialog.level.isInvalid()).isTrue();
        assertThat(dialog.level.getErrorMessage()).isEqualTo("Choose the level you see in their work.");

        _setValue(dialog.level, Level.EXPERT);
        _setValue(dialog.evidence, "x".repeat(2001));
        _click(dialog.save);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.level.isInvalid()).isFalse();
        assertThat(dialog.evidence.isInvalid()).isTrue();
        assertThat(dialog.evidence.getErrorMessage()).isEqualTo("Keep the evidence to at most 2,000 characters.");
        assertThat(world.org.assessments.history(ada.id())).isEmpty();

        _setValue(dialog.evidence, "Runs our replication");
        assertThat(dialog.evidence.isInvalid()).isFalse();
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(world.org.assessments.history(ada.id()).getFirst().level()).isEqualTo(Level.EXPERT);
    }

    @Test
    void saysSoWhenTheSkillWasRetiredWhileRating() {
        open(manager(maya), ViewRoutes.MATRIX);
        _get(TeamMatrixView.class).open(row(heatmap(), 0), postgres);
        var dialog = _get(ManagerRatingDialog.class);
        world.org.catalog.update(
                world.org.catalog.skill(postgres.id()).orElseThrow().retire());

        _setValue(dialog.level, Level.EXPERT);
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.getElement().getTextRecursively()).contains("retired");
        assertThat(world.org.assessments.history(ada.id())).isEmpty();
    }

    @Test
    void hrReadsEveryTeamButRatesNobody() {
        world.org.selfRated(max, postgres, Level.EXPERT);
        open(hr(hannah), ViewRoutes.of(ViewRoutes.MATRIX, search.id()));

        assertThat(people(heatmap())).containsExactly("Max Manager");
        assertThat(heatmap().parts(row(heatmap(), 0), postgres)).isEqualTo("level-4 unvalidated");
        _get(TeamMatrixView.class).open(row(heatmap(), 0), postgres);
        _assertNone(ManagerRatingDialog.class);
    }

    @Test
    void theTeamChooserOffersOnlyTheTeamsTheActorMayRead() {
        open(manager(maya), ViewRoutes.MATRIX);
        assertThat(chooserItems()).containsExactly("Payments");

        world.close();
        open(hr(hannah), ViewRoutes.MATRIX);
        assertThat(chooserItems()).containsExactly("Payments", "Search");
    }

    @Test
    void anEmployeeMayNotOpenTheMatrix() {
        open(employee(ada), ViewRoutes.MATRIX);

        _assertOne(ErrorView.class);
        _assertNone(TeamMatrixView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("error-message")).getText())
                .isEqualTo("You are not allowed to do this.");
    }

    @Test
    void aManagerMayNotOpenAnotherTeamsMatrix() {
        open(manager(maya), ViewRoutes.of(ViewRoutes.MATRIX, search.id()));

        _assertOne(ErrorView.class);
        _assertNone(TeamMatrixView.class);
    }

    @Test
    void aManagerOfNoTeamIsToldSo() {
        open(manager(ben), ViewRoutes.MATRIX);

        assertThat(_get(Paragraph.class, spec -> spec.withId("no-team")).getText())
                .startsWith("You manage no team");
    }

    @Test
    void choosingAnotherTeamShowsItsMembersWithWorkingFiltersAndBackShowsTheFirstAgain() {
        world.org.selfRated(max, postgres, Level.EXPERT);
        open(hr(hannah), ViewRoutes.of(ViewRoutes.MATRIX, payments.id()));
        var view = _get(TeamMatrixView.class);
        int listeners = changeListeners(view);

        _setValue(_get(TeamChooser.class), search);

        _assertNone(ErrorView.class);
        assertThat(people(heatmap())).containsExactly("Max Manager");
        assertThat(view.getPageTitle()).isEqualTo("Team matrix · Search");
        _setValue(view.minimum, Level.EXPERT);
        assertThat(heatmap().skills()).extracting(Skill::name).containsExactly("PostgreSQL");
        assertThat(view.minimum.getListDataView().getItems().map(view.minimum.getItemLabelGenerator()))
                .contains("4 · Expert");

        world.navigate(ViewRoutes.of(ViewRoutes.MATRIX, payments.id()));
        assertThat(view.minimum.getValue())
                .as("a team opens with the filters as they start")
                .isNull();
        assertThat(people(heatmap())).containsExactly("Ada Lovelace", "Ben Brown");
        assertThat(_get(TeamChooser.class).getValue()).isEqualTo(payments);
        assertThat(changeListeners(view))
                .as("each change of a filter shows the heatmap once, however often the team changed")
                .isEqualTo(listeners);
    }

    @Test
    void aFetchedRowCostsNoComponentsOnTheServer() {
        var members = IntStream.range(0, 30)
                .mapToObj(index -> world.org.person("Member " + index))
                .toList();
        members.forEach(member -> world.org.selfRated(member, postgres, Level.PROFICIENT));
        var platform = world.org.team("Platform", members, List.of(maya));
        open(manager(maya), ViewRoutes.of(ViewRoutes.MATRIX, platform.id()));
        int oneRow = stateNodesWithRowsFetched(1);

        assertThat(stateNodesWithRowsFetched(members.size()))
                .as("the server's state with all %d rows fetched, against one", members.size())
                .isEqualTo(oneRow);
    }

    @Test
    void aSkillsColumnCostsTheServerOneNodeItsHeaderAndTotalAreText() {
        open(manager(maya), ViewRoutes.MATRIX);
        int threeSkills = stateNodesWithRowsFetched(2);

        var redis = world.org.skill(databases, "Redis");
        world.navigate(ViewRoutes.of(ViewRoutes.MATRIX, payments.id()));

        assertThat(heatmap().skills()).hasSize(4);
        assertThat(stateNodesWithRowsFetched(2))
                .as("the server's state with a fourth skill's column, against three")
                .isEqualTo(threeSkills + 1);
        assertThat(heatmap().getColumnByKey(redis.id().toString()).getHeaderText())
                .isEqualTo("Redis");
    }

    private static int stateNodesWithRowsFetched(int rows) {
        heatmap().getDataCommunicator().setViewportRange(0, rows);
        MockVaadin.clientRoundtrip(false);
        return StateNodes.count();
    }

    @Test
    void aStaleRatingIsMarkedInItsCellReadableWithoutColour() {
        world.org.selfRated(ada, postgres, Level.PROFICIENT);
        world.org.managerRated(maya, ada, postgres, Level.EXPERT);
        world.org.clock.advance(java.time.Duration.ofDays(400));
        world.org.selfRated(ben, owasp, Level.WORKING_KNOWLEDGE);
        open(manager(maya), ViewRoutes.MATRIX);
        var view = _get(TeamMatrixView.class);

        var heatmap = heatmap();
        assertThat(_getFormatted(heatmap, 0, postgres.id().toString())).isEqualTo("4†");
        assertThat(heatmap.parts(row(heatmap, 0), postgres)).isEqualTo("level-4 stale rateable");
        assertThat(heatmap.tooltip(row(heatmap, 0), postgres)).endsWith("\nStale: last stated more than 12 months ago");
        assertThat(_getFormatted(heatmap, 1, owasp.id().toString())).isEqualTo("2");
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("stale-legend"))
                        .getText())
                .isEqualTo("† stale: the level was last stated more than 12 months ago");

        _setValue(view.source, LevelSource.SELF);
        assertThat(_getFormatted(heatmap(), 0, postgres.id().toString())).isEqualTo("3†");
    }

    private static int changeListeners(TeamMatrixView view) {
        return java.util.stream.Stream.<Component>of(view.source, view.categories, view.skills, view.minimum)
                .mapToInt(field -> ComponentUtil.getListeners(field, ComponentValueChangeEvent.class)
                        .size())
                .sum();
    }

    private void open(org.skillsmatrix.domain.access.Actor actor, String path) {
        var person = world.org.people.byId(actor.person()).orElseThrow();
        world.signIn(person, actor);
        world.navigate(path);
    }

    private static MatrixRow memberRow(TeamMatrixView view, String name) {
        return view.member
                .getListDataView()
                .getItems()
                .filter(row -> row.person().name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> cardTexts(MemberCards cards) {
        return IntStream.range(0, _size(cards))
                .mapToObj(index -> GridKt._getCellComponent(cards, index, MemberCards.CARD)
                        .getElement()
                        .getTextRecursively())
                .toList();
    }

    private static com.vaadin.flow.component.button.Button cardButton(MemberCards cards, int index) {
        return (com.vaadin.flow.component.button.Button) GridKt._getCellComponent(cards, index, MemberCards.CARD)
                .getChildren()
                .filter(child -> child instanceof com.vaadin.flow.component.button.Button)
                .findFirst()
                .orElseThrow();
    }

    private static Heatmap heatmap() {
        return _get(Heatmap.class);
    }

    private static MatrixRow row(Heatmap heatmap, int index) {
        return GridKt._get(heatmap, index);
    }

    private static List<String> people(Heatmap heatmap) {
        return IntStream.range(0, _size(heatmap))
                .mapToObj(index -> row(heatmap, index).person().name())
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> chooserItems() {
        var chooser = _get(org.skillsmatrix.ui.base.TeamChooser.class);
        return chooser.getListDataView().getItems().map(Team::name).toList();
    }
}
