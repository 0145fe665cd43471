package org.skillsmatrix.app.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.ui.testing.LitCells.call;
import static org.skillsmatrix.ui.testing.LitCells.property;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.treegrid.TreeGrid;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.demo.DemoPeople;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.access.Role;
import org.skillsmatrix.domain.assessment.Assessment;
import org.skillsmatrix.domain.assessment.CurrentRating;
import org.skillsmatrix.domain.assessment.SkillProfile;
import org.skillsmatrix.domain.assessment.Source;
import org.skillsmatrix.domain.assessment.ViewSkillProfile;
import org.skillsmatrix.domain.catalog.BrowseCatalog;
import org.skillsmatrix.domain.catalog.CatalogView;
import org.skillsmatrix.domain.catalog.MaintainCatalog;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.scale.Interest;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.ui.base.DemoModeBadge;
import org.skillsmatrix.ui.myskills.MySkillsView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * My skills on the whole application: a demo employee signs in, sees the catalog with their ratings from
 * the demo organisation, and rates a skill, which lands in the database through the use case.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MySkillsViewIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    People people;

    @Autowired
    BrowseCatalog browseCatalog;

    @Autowired
    MaintainCatalog maintainCatalog;

    @Autowired
    ViewSkillProfile viewSkillProfile;

    private Actor employee;
    private CatalogView catalog;

    @BeforeEach
    void signInAsTheDemoEmployee() {
        employee = Actor.of(people.byEmail(DemoPeople.EMPLOYEE).orElseThrow().id(), Role.EMPLOYEE);
        catalog = browseCatalog.read(employee);
        BrowserlessUi.open(context);
        BrowserlessUi.signIn(context, "employee");
    }

    @AfterEach
    void signOut() {
        BrowserlessUi.close();
    }

    @Test
    void shows_the_whole_catalog_by_category_with_the_employees_levels() {
        openMySkills();

        _assertOne(MySkillsView.class);
        assertThat(_get(Span.class, spec -> spec.withId("signed-in-user")).getText())
                .isEqualTo("Noah Fischer");
        _assertOne(DemoModeBadge.class);

        var categories = catalog.categories().stream()
                .filter(category -> catalog.activeSkills().stream()
                        .anyMatch(skill -> skill.category().equals(category.id())))
                .map(category -> category.name())
                .toList();
        assertThat(rows()).containsAll(categories);
        assertThat(rows()).containsAll(names(catalog.activeSkills()));
        assertThat(_size(grid()))
                .isEqualTo(categories.size() + catalog.activeSkills().size());

        var validated = profile().current().stream()
                .filter(rating -> rating.self() != null && rating.manager() != null)
                .findFirst()
                .orElseThrow(() -> new AssertionError("the demo employee has a validated rating"));
        int row = row(skill(validated).name());
        assertThat(_getFormatted(grid(), row, "self"))
                .startsWith(validated.self().level().value() + " · ");
        assertThat(_getFormatted(grid(), row, "manager"))
                .startsWith(validated.manager().level().value() + " · ");
        assertThat(_getFormatted(grid(), row, "interest")).isNotBlank();
        assertThat(_getFormatted(grid(), row, "last-rated")).isNotEqualTo("Never");
    }

    @Test
    void rates_a_skill_and_the_rating_is_stored_as_the_newest_self_assessment() {
        var skill = catalog.activeSkills().getLast();
        openMySkills();

        var dialog = openRating(skill);
        _setValue(levelField(dialog), Level.EXPERT);
        _setValue(interestField(dialog), Interest.WANTS_TO_GROW);
        _setValue(_get(dialog, TextArea.class), "Tuned the settlement batch from hours to minutes");
        _click(button(dialog, "Save"));

        assertThat(dialog.isOpened()).isFalse();
        expectNotifications("Saved your rating of " + skill.name() + ": 4 · Expert.");
        int row = row(skill.name());
        assertThat(_getFormatted(grid(), row, "self")).isEqualTo("4 · Expert");
        assertThat(_getFormatted(grid(), row, "interest")).isEqualTo("Wants to grow");

        Assessment newest = profile().historyOf(skill.id()).getFirst();
        assertThat(newest.source()).isEqualTo(Source.SELF);
        assertThat(newest.assessor()).isEqualTo(employee.person());
        assertThat(newest.level()).isEqualTo(Level.EXPERT);
        assertThat(newest.interest()).isEqualTo(Interest.WANTS_TO_GROW);
        assertThat(newest.evidence()).isEqualTo("Tuned the settlement batch from hours to minutes");
    }

    @Test
    void evidence_over_the_limit_is_refused_at_the_field_and_nothing_is_stored() {
        var skill = catalog.activeSkills().getFirst();
        int before = profile().historyOf(skill.id()).size();
        openMySkills();

        var dialog = openRating(skill);
        _setValue(levelField(dialog), Level.PROFICIENT);
        var evidence = _get(dialog, TextArea.class);
        _setValue(evidence, "x".repeat(Assessment.MAX_EVIDENCE + 1));
        _click(button(dialog, "Save"));

        assertThat(dialog.isOpened()).isTrue();
        assertThat(evidence.isInvalid()).isTrue();
        assertThat(evidence.getErrorMessage()).isEqualTo("Keep the evidence to at most 2,000 characters.");
        assertThat(profile().historyOf(skill.id())).hasSize(before);
    }

    @Test
    void a_retired_skill_is_shown_for_its_history_but_takes_no_rating() {
        var rated = profile().current().stream()
                .map(this::skill)
                .filter(Skill::active)
                .findFirst()
                .orElseThrow();
        var admin = Actor.of(people.byEmail(DemoPeople.ADMIN).orElseThrow().id(), Role.ADMIN);
        var retired = maintainCatalog.retireSkill(admin, rated.id(), rated.version());
        try {
            openMySkills();
            var row = row(rated.name());

            assertThat(property(grid(), row, "actions", "rate")).isEqualTo("");
            assertThat(property(grid(), row, "actions", "confirm")).isEqualTo("");
            assertThat(property(grid(), row, "actions", "history"))
                    .isEqualTo("Show or hide the history of " + rated.name());
            assertThat(property(grid(), row, "skill", "retired")).isEqualTo("Retired");
        } finally {
            maintainCatalog.reinstateSkill(admin, rated.id(), retired.version());
        }
    }

    @Test
    void a_skill_retired_while_the_dialog_is_open_is_refused_with_a_message() {
        var skill = catalog.activeSkills().get(1);
        var admin = Actor.of(people.byEmail(DemoPeople.ADMIN).orElseThrow().id(), Role.ADMIN);
        int before = profile().historyOf(skill.id()).size();
        openMySkills();

        var dialog = openRating(skill);
        var retired = maintainCatalog.retireSkill(admin, skill.id(), skill.version());
        try {
            _setValue(levelField(dialog), Level.AWARENESS);
            _click(button(dialog, "Save"));

            assertThat(dialog.isOpened()).isTrue();
            assertThat(_get(dialog, Div.class, spec -> spec.withId("rating-error"))
                            .getText())
                    .contains("retired");
            assertThat(profile().historyOf(skill.id())).hasSize(before);
        } finally {
            maintainCatalog.reinstateSkill(admin, skill.id(), retired.version());
        }
    }

    private static void openMySkills() {
        UI.getCurrent().navigate(MySkillsView.class);
    }

    private SkillProfile profile() {
        return viewSkillProfile.of(employee, employee.person());
    }

    private Skill skill(CurrentRating rating) {
        return catalog.skills().stream()
                .filter(skill -> skill.id().equals(rating.skill()))
                .findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static TreeGrid<Object> grid() {
        return _get(TreeGrid.class);
    }

    private static List<String> rows() {
        var grid = grid();
        return IntStream.range(0, _size(grid))
                .mapToObj(index -> (String) property(grid, index, "skill", "name"))
                .toList();
    }

    private static int row(String name) {
        var rows = rows();
        assertThat(rows).contains(name);
        return rows.indexOf(name);
    }

    private static List<String> names(List<Skill> skills) {
        return skills.stream().map(Skill::name).toList();
    }

    private static Dialog openRating(Skill skill) {
        int row = row(skill.name());
        assertThat(property(grid(), row, "actions", "rate")).isEqualTo("Rate " + skill.name());
        call(grid(), row, "actions", "rateSkill");
        return _get(Dialog.class);
    }

    private static Button button(Component parent, String text) {
        return _find(parent, Button.class).stream()
                .filter(button -> button.getText().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no button " + text));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static RadioButtonGroup<Level> levelField(Dialog dialog) {
        return _get(dialog, RadioButtonGroup.class, spec -> spec.withLabel("Your level"));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static RadioButtonGroup<Interest> interestField(Dialog dialog) {
        return _get(dialog, RadioButtonGroup.class, spec -> spec.withLabel("Your interest"));
    }
}
