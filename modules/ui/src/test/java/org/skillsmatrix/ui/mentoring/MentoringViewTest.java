package org.skillsmatrix.ui.mentoring;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.domain.testing.TestOrganisation.employee;
import static org.skillsmatrix.domain.testing.TestOrganisation.hr;
import static org.skillsmatrix.domain.testing.TestOrganisation.manager;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.base.KeptAnswers;
import org.skillsmatrix.domain.base.NotYetComputed;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.mentoring.GoalProgress;
import org.skillsmatrix.domain.mentoring.GoalStatus;
import org.skillsmatrix.domain.mentoring.MentorProposal;
import org.skillsmatrix.domain.mentoring.MentorProposals;
import org.skillsmatrix.domain.mentoring.Reason;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.scale.Interest;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.ui.base.ErrorView;
import org.skillsmatrix.ui.base.TeamChooser;
import org.skillsmatrix.ui.base.ViewRoutes;
import org.skillsmatrix.ui.myskills.DevelopmentGoalsGrid;
import org.skillsmatrix.ui.testing.UiWorld;

/**
 * Mentor pairing as managers and HR see it: Payments (Ada, Ben) needs 2 people at Proficient in Kafka and has Ada;
 * Ben wants to grow Kafka. Search (Dan, Eva): Eva wants to grow Rust, which Dan alone holds. Maya manages Payments,
 * Sam manages Search, Hannah is HR.
 */
class MentoringViewTest {

    private final UiWorld world = new UiWorld();
    private final Person ada = world.org.person("Ada Lovelace");
    private final Person ben = world.org.person("Ben Brown");
    private final Person dan = world.org.person("Dan Diaz");
    private final Person eva = world.org.person("Eva Ek");
    private final Person maya = world.org.person("Maya Schmidt");
    private final Person sam = world.org.person("Sam Stone");
    private final Person hannah = world.org.person("Hannah Ruiz");
    private final Team payments = world.org.team("Payments", List.of(ada, ben), List.of(maya));
    private final Team search = world.org.team("Search", List.of(dan, eva), List.of(sam, maya));
    private final Skill kafka = world.org.skill("Kafka");
    private final Skill rust = world.org.skill("Rust");

    MentoringViewTest() {
        world.org.target(payments, kafka, Level.PROFICIENT, 2);
        world.org.target(search, rust, Level.PROFICIENT, 1);
        world.org.selfRated(ada, kafka, Level.EXPERT);
        world.org.selfRated(ben, kafka, Level.AWARENESS, Interest.WANTS_TO_GROW);
        world.org.selfRated(dan, rust, Level.EXPERT);
        world.org.selfRated(eva, rust, Level.WORKING_KNOWLEDGE, Interest.WANTS_TO_GROW);
    }

    @AfterEach
    void close() {
        world.close();
    }

    @Test
    void aManagerSetsAProposedPairAsAGoalAndTheLearnerSeesItOnMySkills() {
        open(manager(maya), ViewRoutes.of(ViewRoutes.MENTORING, payments.id()));
        var view = _get(MentoringView.class);
        assertThat(view.getPageTitle()).isEqualTo("Mentor pairing · Payments");
        assertThat(rows(view.proposals))
                .containsExactly(List.of(
                                "Ben Brown",
                                "Kafka: 1 · Awareness → 3 · Proficient",
                                "Ada Lovelace (4 · Expert)",
                                "lifts the Kafka target of Payments from 1 of 2 to 2 of 2",
                                "Button[text='Set as goal', @aria-label='Set as goal: Kafka for Ben Brown',"
                                        + " @theme='small']")
                        .toString());
        assertThat(view.summary.getText())
                .isEqualTo("1 pair proposed, at most 2 per mentor. Every learner found a mentor.");

        _click((Button) GridKt._getCellComponent(view.proposals, 0, "goal"));
        var dialog = _get(GoalDialog.class);
        assertThat(dialog.target.getValue()).isEqualTo(Level.PROFICIENT);
        _setValue(dialog.due, LocalDate.of(2025, 6, 30));
        _click(dialog.save);

        assertThat(world.org.developmentGoals.open()).singleElement().satisfies(goal -> {
            assertThat(goal.learner()).isEqualTo(ben.id());
            assertThat(goal.mentor()).isEqualTo(ada.id());
            assertThat(goal.due()).isEqualTo(LocalDate.of(2025, 6, 30));
        });
        assertThat(rows(view.proposals)).as("Ben has a goal in Kafka now").isEmpty();

        open(employee(ben), ViewRoutes.MY_SKILLS);
        @SuppressWarnings("unchecked")
        Grid<GoalProgress> goals = _get(DevelopmentGoalsGrid.class);
        assertThat(rows(goals))
                .containsExactly(List.of(
                                "Kafka",
                                "3 · Proficient",
                                "1 · Awareness",
                                "2 levels to go",
                                "Ada Lovelace",
                                "30 Jun 2025")
                        .toString());

        world.org.managerRated(maya, ben, kafka, Level.PROFICIENT);
        open(employee(ben), ViewRoutes.MY_SKILLS);
        @SuppressWarnings("unchecked")
        Grid<GoalProgress> after = _get(DevelopmentGoalsGrid.class);
        assertThat(rows(after).getFirst()).contains("Reached");
    }

    @Test
    void onAPhoneEachPairIsOneCardWithItsButtonAndTheColumnsComeBackOnAWideScreen() {
        open(manager(maya), ViewRoutes.of(ViewRoutes.MENTORING, payments.id()));
        var view = _get(MentoringView.class);

        view.showNarrow(true);

        assertThat(view.proposals.getColumns().stream().filter(column -> column.isVisible()))
                .extracting(column -> column.getKey())
                .containsExactly(MentoringView.CARD);
        var card = GridKt._getCellComponent(view.proposals, 0, MentoringView.CARD);
        assertThat(card.getElement().getTextRecursively())
                .isEqualTo("Ben Brown" + "Kafka: 1 · Awareness → 3 · Proficient" + "Mentor: Ada Lovelace (4 · Expert)"
                        + "lifts the Kafka target of Payments from 1 of 2 to 2 of 2" + "Set as goal");
        _click((Button) card.getChildren()
                .filter(child -> child instanceof Button)
                .findFirst()
                .orElseThrow());
        _assertOne(GoalDialog.class);

        view.showNarrow(false);
        assertThat(view.proposals.getColumns().stream().filter(column -> column.isVisible()))
                .extracting(column -> column.getKey())
                .containsExactly("learner", "skill", "mentor", "why", "goal");
    }

    @Test
    void theManagerClosesAGoalAsDoneFromThePersonsProfileWhereHrOnlyReadsIt() {
        world.org.setDevelopmentGoals.set(
                manager(maya), ben.id(), kafka.id(), Level.PROFICIENT, ada.id(), LocalDate.of(2025, 6, 30));
        open(hr(hannah), ViewRoutes.of(ViewRoutes.PROFILE, ben.id()));
        @SuppressWarnings("unchecked")
        Grid<GoalProgress> read = _get(DevelopmentGoalsGrid.class);
        assertThat(read.getColumnByKey("actions")).isNull();

        open(manager(maya), ViewRoutes.of(ViewRoutes.PROFILE, ben.id()));
        @SuppressWarnings("unchecked")
        Grid<GoalProgress> goals = _get(DevelopmentGoalsGrid.class);
        var done = (Button) GridKt._getCellComponent(goals, 0, "actions")
                .getChildren()
                .findFirst()
                .orElseThrow();
        assertThat(done.getAriaLabel()).contains("Close the goal in Kafka as done");
        _click(done);

        assertThat(world.org.developmentGoals.of(ben.id()))
                .singleElement()
                .satisfies(goal -> assertThat(goal.status()).isEqualTo(GoalStatus.DONE));
        assertThat(rows(goals).getFirst()).contains("Done");
        assertThat(world.org.auditLog.newest(1).getFirst().action()).isEqualTo("goal.done");
    }

    @Test
    void aBadDueDateIsRefusedInTheDialogAndNothingIsSet() {
        open(manager(maya), ViewRoutes.of(ViewRoutes.MENTORING, payments.id()));
        var view = _get(MentoringView.class);
        var dialog = view.openGoal(GridKt._get(view.proposals, 0));

        _setValue(dialog.due, null);
        _click(dialog.save);

        assertThat(dialog.due.isInvalid()).isTrue();
        assertThat(dialog.due.getErrorMessage()).isEqualTo("Choose a due date, today or later.");
        assertThat(world.org.developmentGoals.open()).isEmpty();
    }

    @Test
    void theGoalsBinderShowsAMissingLevelAndAPastDueDateTheDomainRefusesAtTheirFieldsAndSetsNothingMeanwhile() {
        open(manager(maya), ViewRoutes.of(ViewRoutes.MENTORING, payments.id()));
        var view = _get(MentoringView.class);
        var dialog = view.openGoal(GridKt._get(view.proposals, 0));
        var today = LocalDate.now(world.org.clock);

        _setValue(dialog.target, null);
        _click(dialog.save);
        assertThat(dialog.target.isInvalid()).isTrue();
        assertThat(dialog.target.getErrorMessage()).isEqualTo("Choose the level to reach.");

        _setValue(dialog.target, Level.PROFICIENT);
        _setValue(dialog.due, today.minusDays(1));
        _click(dialog.save);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.target.isInvalid()).isFalse();
        assertThat(dialog.due.isInvalid())
                .as("the domain refuses a past due date")
                .isTrue();
        assertThat(dialog.due.getErrorMessage()).isEqualTo("Choose a due date, today or later.");
        assertThat(world.org.developmentGoals.open()).isEmpty();

        _setValue(dialog.due, today);
        assertThat(dialog.due.isInvalid()).isFalse();
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(world.org.developmentGoals.open())
                .singleElement()
                .satisfies(goal -> assertThat(goal.due()).isEqualTo(today));
    }

    @Test
    void aGoalTheDomainRefusesShowsItsRefusalInThePagesLanguageAsTheCalendarShowsItsNames() {
        open(manager(maya), ViewRoutes.of(ViewRoutes.MENTORING, payments.id()));
        UI.getCurrent().setLocale(Locale.GERMAN);
        world.navigate(ViewRoutes.of(ViewRoutes.MENTORING, payments.id()));
        var view = _get(MentoringView.class);
        var dialog = view.openGoal(GridKt._get(view.proposals, 0));
        assertThat(dialog.getHeaderTitle()).contains("Ben Brown", "Kafka");
        var calendar = dialog.due.getI18n();
        assertThat(calendar.getToday()).isEqualTo("Heute");
        assertThat(calendar.getCancel()).isEqualTo("Abbrechen");
        assertThat(calendar.getMonthNames().getFirst()).isEqualTo("Januar");
        assertThat(calendar.getWeekdays().getFirst()).isEqualTo("Sonntag");
        assertThat(calendar.getFirstDayOfWeek())
                .as("Monday, counted from Sunday as 0")
                .isEqualTo(1);

        // meanwhile Ben rates himself an expert: the goal's level is reached already
        world.org.selfRated(ben, kafka, Level.EXPERT);
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.target.isInvalid()).isTrue();
        assertThat(dialog.target.getErrorMessage()).isEqualTo("Ben Brown ist in Kafka schon auf Stufe 4");
        assertThat(world.org.developmentGoals.open()).isEmpty();
    }

    @Test
    void anotherTeamRefillsTheViewAndHrSeesTheOrganisationButSetsNoGoal() {
        open(manager(maya), ViewRoutes.of(ViewRoutes.MENTORING, payments.id()));
        var view = _get(MentoringView.class);
        int columns = view.proposals.getColumns().size();

        _setValue(_get(TeamChooser.class), search);

        assertThat(_get(MentoringView.class)).isSameAs(view);
        assertThat(view.getPageTitle()).isEqualTo("Mentor pairing · Search");
        assertThat(rows(view.proposals))
                .containsExactly(List.of(
                                "Eva Ek",
                                "Rust: 2 · Working knowledge → 3 · Proficient",
                                "Dan Diaz (4 · Expert)",
                                "Rust in Search would no longer rest on one person",
                                "Button[text='Set as goal', @aria-label='Set as goal: Rust for Eva Ek',"
                                        + " @theme='small']")
                        .toString());
        assertThat(view.proposals.getColumns()).hasSize(columns);
        _assertNone(Anchor.class, spec -> spec.withId("mentoring-organisation-link"));

        open(hr(hannah), ViewRoutes.of(ViewRoutes.MENTORING, payments.id()));
        world.navigate(_get(Anchor.class, spec -> spec.withId("mentoring-organisation-link"))
                .getHref());
        var organisation = _get(MentoringView.class);
        assertThat(organisation.getPageTitle()).isEqualTo("Mentor pairing · The organisation");
        assertThat(rows(organisation.proposals)).hasSize(2);
        assertThat(GridKt._getCellComponent(organisation.proposals, 0, "goal")).isNotInstanceOf(Button.class);
    }

    @Test
    void whileTheOrganisationsPairsAreComputedAfterTheStartHrIsToldToReloadShortly() {
        world.proposeMentorsKeepingIn(answering(() -> {
            throw new NotYetComputed();
        }));

        open(hr(hannah), ViewRoutes.of(ViewRoutes.MENTORING, MentoringView.ORGANISATION));

        var view = _get(MentoringView.class);
        _assertNone(ErrorView.class);
        assertThat(view.getPageTitle()).isEqualTo("Mentor pairing · The organisation");
        assertThat(_get(Paragraph.class, spec -> spec.withId("mentoring-not-yet-computed"))
                        .getText())
                .isEqualTo("The organisation’s mentor pairings are still being worked out after the application"
                        + " started. Reload the page in a few seconds.");
        assertThat(view.proposals.isAttached()).as("no pairs, not even none").isFalse();
    }

    @Test
    void whileTheOrganisationsPairsAreComputedAfterTheStartAManagerIsToldToReloadShortlyForTheirTeamToo() {
        world.proposeMentorsKeepingIn(answering(() -> {
            throw new NotYetComputed();
        }));

        open(manager(maya), ViewRoutes.of(ViewRoutes.MENTORING, payments.id()));

        var view = _get(MentoringView.class);
        _assertNone(ErrorView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("mentoring-not-yet-computed"))
                        .getText())
                .isEqualTo("The organisation’s mentor pairings are still being worked out after the application"
                        + " started. Reload the page in a few seconds.");
        assertThat(view.proposals.isAttached()).as("no pairs, not even none").isFalse();
    }

    @Test
    void theOrganisationsTwentyThousandPairsScrollAndNarrowToATeamAndASkillWithoutARowBuiltForEach() {
        var many = IntStream.range(0, 20_000)
                .mapToObj(row -> new MentorProposal(
                        PersonId.random(),
                        "Learner %05d".formatted(row),
                        row % 2 == 0 ? kafka.id() : rust.id(),
                        row % 2 == 0 ? "Kafka" : "Rust",
                        Level.AWARENESS,
                        Level.PROFICIENT,
                        ada.id(),
                        "Ada Lovelace",
                        Level.EXPERT,
                        row / 2 % 2 == 0 ? payments.id() : search.id(),
                        row / 2 % 2 == 0 ? "Payments" : "Search",
                        false,
                        new Reason(Reason.Kind.TEAM_TARGET, 0, 0)))
                .toList();
        world.proposeMentorsKeepingIn(answering(() -> new MentorProposals(many, 2, 7, Map.of())));

        open(hr(hannah), ViewRoutes.of(ViewRoutes.MENTORING, MentoringView.ORGANISATION));

        var view = _get(MentoringView.class);
        assertThat(view.summary.getText())
                .isEqualTo("20,000 pairs proposed, at most 2 per mentor. 7 learners found no mentor with room.");
        assertThat(view.proposals.isAllRowsVisible())
                .as("a grid showing all its rows has the browser build all 20,000")
                .isFalse();
        assertThat(view.proposals.getHeight()).isEqualTo(MentoringView.SCROLLING_HEIGHT);
        assertThat(GridKt._size(view.proposals)).isEqualTo(20_000);
        assertThat(view.shown.isVisible()).isFalse();

        view.proposals.getDataCommunicator().setViewportRange(0, 50);
        MockVaadin.clientRoundtrip(false);
        assertThat(renderedComponents(view.proposals))
                .as("components for the rows asked for, not for every row")
                .isPositive()
                .isLessThanOrEqualTo(2 * 100);

        assertThat(view.teamFilter.getListDataView().getItems()).containsExactly(payments.id(), search.id());
        assertThat(view.teamFilter.getItemLabelGenerator().apply(search.id())).isEqualTo("Search");
        _setValue(view.teamFilter, search.id());
        assertThat(GridKt._size(view.proposals)).isEqualTo(10_000);
        assertThat(view.shown.getText()).isEqualTo("10,000 of the 20,000 pairs match the filters.");
        _setValue(view.skillFilter, rust.id());
        assertThat(GridKt._size(view.proposals)).isEqualTo(5_000);
        assertThat(GridKt._getFormattedRow(view.proposals, 0))
                .startsWith(
                        "Learner 00003",
                        "Rust: 1 · Awareness → 3 · Proficient",
                        "Ada Lovelace (4 · Expert, another team)");
        assertThat(GridKt._getFormattedRow(view.proposals, 4_999)).startsWith("Learner 19999");

        _setValue(view.teamFilter, null);
        _setValue(view.skillFilter, null);
        assertThat(GridKt._size(view.proposals)).isEqualTo(20_000);
        assertThat(view.shown.isVisible()).isFalse();
    }

    @Test
    void theGapsViewAndTheTeamMatrixLeadHereAndAnEmployeeMayNotOpenIt() {
        open(manager(maya), ViewRoutes.of(ViewRoutes.GAPS, search.id()));
        assertThat(_get(Anchor.class, spec -> spec.withId("mentoring-link")).getHref())
                .isEqualTo(ViewRoutes.of(ViewRoutes.MENTORING, search.id()));
        world.navigate(ViewRoutes.of(ViewRoutes.MATRIX, search.id()));
        assertThat(_get(Anchor.class, spec -> spec.withId("mentoring-link")).getHref())
                .isEqualTo(ViewRoutes.of(ViewRoutes.MENTORING, search.id()));

        open(employee(ben), ViewRoutes.MENTORING);
        _assertOne(ErrorView.class);
        _assertNone(MentoringView.class);
        assertThat(world.org.developmentGoals.open()).noneMatch(goal -> goal.status() != GoalStatus.OPEN);
    }

    private void open(Actor actor, String path) {
        world.signIn(world.org.people.byId(actor.person()).orElseThrow(), actor);
        world.navigate(path);
    }

    /** Kept pairs that are always {@code answer}'s, whatever the question, and never computed aside. */
    private static KeptAnswers<MentorProposals> answering(Supplier<MentorProposals> answer) {
        return new KeptAnswers<>() {
            @Override
            public MentorProposals get(Object question, Supplier<MentorProposals> compute) {
                return answer.get();
            }

            @Override
            public void computeAside(Object question, Supplier<MentorProposals> compute) {}
        };
    }

    /** The components the grid's component columns have built, which it keeps as children of its element. */
    private static long renderedComponents(Grid<?> grid) {
        return grid.getElement()
                .getChildren()
                .filter(child -> !child.getTag().startsWith("vaadin-grid-column"))
                .count();
    }

    private static <T> List<String> rows(Grid<T> grid) {
        return IntStream.range(0, GridKt._size(grid))
                .mapToObj(row -> GridKt._getFormattedRow(grid, row).toString())
                .toList();
    }
}
