package org.skillsmatrix.ui.whatif;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
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
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.certification.CertificationTarget;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.report.ReportRequest;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.whatif.Change;
import org.skillsmatrix.domain.whatif.PersonAtRisk;
import org.skillsmatrix.ui.base.ErrorView;
import org.skillsmatrix.ui.base.TeamChooser;
import org.skillsmatrix.ui.base.ViewRoutes;
import org.skillsmatrix.ui.testing.UiWorld;

/**
 * What if someone leaves or moves, as managers and HR ask it, on a small organisation: Payments (Ada, Ben, Cleo)
 * needs 2 people at Proficient in Kafka and has Ada and Ben; Search (Dan, Eva) needs 1 and has none; Eva alone
 * holds Rust. Maya manages both teams.
 */
class WhatIfViewTest {

    private final UiWorld world = new UiWorld();
    private final Person ada = world.org.person("Ada Lovelace");
    private final Person ben = world.org.person("Ben Brown");
    private final Person cleo = world.org.person("Cleo Chen");
    private final Person dan = world.org.person("Dan Diaz");
    private final Person eva = world.org.person("Eva Ek");
    private final Person maya = world.org.person("Maya Schmidt");
    private final Person hannah = world.org.person("Hannah Ruiz");
    private final Team payments = world.org.team("Payments", List.of(ada, ben, cleo), List.of(maya));
    private final Team search = world.org.team("Search", List.of(dan, eva), List.of(maya));
    private final Skill kafka = world.org.skill("Kafka");
    private final Skill rust = world.org.skill("Rust");

    WhatIfViewTest() {
        world.org.target(payments, kafka, Level.PROFICIENT, 2);
        world.org.target(search, kafka, Level.PROFICIENT, 1);
        world.org.selfRated(ada, kafka, Level.EXPERT);
        world.org.selfRated(ben, kafka, Level.PROFICIENT);
        world.org.selfRated(eva, rust, Level.EXPERT);
    }

    @AfterEach
    void close() {
        world.close();
    }

    @Test
    void aCertificationTargetThePersonHelpsMeetIsShownBroken() {
        var cka = world.org.certification("Certified Kubernetes Administrator (CKA)");
        var today = LocalDate.now(world.org.clock);
        world.org.certificationTargets.add(new CertificationTarget(search.id(), cka.id(), 2, 0));
        world.org.certificate(dan, cka, today.minusYears(1), today.plusYears(2));
        world.org.certificate(eva, cka, today.minusYears(1), today.plusYears(2));
        open(manager(maya), ViewRoutes.of(ViewRoutes.WHAT_IF, search.id()));
        var view = _get(WhatIfView.class);

        _setValue(view.people, Set.of(eva));

        assertThat(answer(view))
                .contains("Certified Kubernetes Administrator (CKA): certification target no longer met, 1 of 2"
                        + " holding a valid certificate (today 2)");
    }

    @Test
    void aManagerPicksAMemberWhoLeavesAndSeesTheTeamTodayAndAfter() {
        open(manager(maya), ViewRoutes.of(ViewRoutes.WHAT_IF, payments.id()));
        var view = _get(WhatIfView.class);
        assertThat(answer(view)).contains("Pick one or more people");

        _setValue(view.people, Set.of(ada));

        assertThat(answer(view))
                .contains(
                        "Payments",
                        "[Targets met, 1 of 1, 0 of 1]",
                        "[Shortfall against the targets, nobody, 1 person]")
                .contains("Kafka: target no longer met, 1 of 2 at 3 · Proficient or above (today 2)")
                .doesNotContain("The organisation");
        assertThat(risk(view.teamRisk)).containsExactly("Ada Lovelace", "Ben Brown");
        assertThat(view.organisationRisk.isAttached())
                .as("the organisation's list is HR's")
                .isFalse();
    }

    @Test
    void theAnswerIsOfferedAsADocumentToTakeToAMeetingOnceAQuestionIsAsked() {
        open(manager(maya), ViewRoutes.of(ViewRoutes.WHAT_IF, payments.id()));
        var view = _get(WhatIfView.class);
        assertThat(view.export.ready()).as("nothing asked yet").isFalse();

        _setValue(view.people, Set.of(ada));

        assertThat(view.export.request()).isEqualTo(new ReportRequest.WhatIf(List.of(new Change.Leaves(ada.id()))));
        assertThat(view.export.ready()).isTrue();
        assertThat(view.export.isVisible()).isTrue();
    }

    @Test
    void onAPhoneThePickersFitTheScreenAndTheFiguresLabelsWrap() {
        open(manager(maya), ViewRoutes.of(ViewRoutes.WHAT_IF, payments.id()));
        var view = _get(WhatIfView.class);
        _setValue(view.people, Set.of(ada));

        assertThat(view.people.getMaxWidth())
                .as("who, 24rem wide, on a 390px screen")
                .isEqualTo("100%");
        assertThat(view.destination.getMaxWidth()).isEqualTo("100%");
        assertThat(view.question.getWidth())
                .as("the row they wrap in, as wide as the screen")
                .isEqualTo("100%");
        var figures = view.answer
                .getChildren()
                .flatMap(section -> section.getChildren())
                .filter(child -> child instanceof Grid<?>)
                .toList();
        assertThat(figures)
                .isNotEmpty()
                .allSatisfy(grid -> assertThat(((Grid<?>) grid).getThemeNames())
                        .contains(GridVariant.LUMO_WRAP_CELL_CONTENT.getVariantName()));
    }

    @Test
    void hrMovesSomeoneAndSeesOneTeamFixedAnotherBrokenAndTheOrganisation() {
        open(hr(hannah), ViewRoutes.of(ViewRoutes.WHAT_IF, payments.id()));
        var view = _get(WhatIfView.class);

        _setValue(view.destination, new WhatIfView.Destination(search));
        _setValue(view.people, Set.of(ben));

        assertThat(answer(view))
                .contains("Kafka: target no longer met, 1 of 2")
                .contains("Search", "Kafka: target met, 1 of 1 at 3 · Proficient or above (today 0)")
                .contains("The organisation");
        assertThat(risk(view.organisationRisk)).containsExactly("Ada Lovelace", "Ben Brown", "Eva Ek");
    }

    @Test
    void aProfilesLinkOpensTheQuestionForThePersonInTheirTeam() {
        open(hr(hannah), ViewRoutes.of(ViewRoutes.PROFILE, eva.id()));
        var link = _get(Anchor.class, spec -> spec.withId("what-if-link"));
        assertThat(link.getText()).isEqualTo("What if Eva Ek leaves?");

        world.navigate(link.getHref());

        var view = _get(WhatIfView.class);
        assertThat(view.getPageTitle()).isEqualTo("What if · Search");
        assertThat(view.people.getValue()).containsExactly(eva);
        assertThat(answer(view)).contains("Rust: nobody would be at 3 · Proficient or above");
    }

    @Test
    void theTeamsGapsAndMatrixLinkToTheQuestionForTheTeam() {
        open(manager(maya), ViewRoutes.of(ViewRoutes.GAPS, search.id()));
        assertThat(_get(Anchor.class, spec -> spec.withId("what-if-link")).getHref())
                .isEqualTo("what-if/" + search.id());

        world.navigate(ViewRoutes.of(ViewRoutes.MATRIX, search.id()));
        assertThat(_get(Anchor.class, spec -> spec.withId("what-if-link")).getHref())
                .isEqualTo("what-if/" + search.id());
    }

    @Test
    void askingAboutSomeoneOnTheListPicksThem() {
        open(manager(maya), ViewRoutes.of(ViewRoutes.WHAT_IF, payments.id()));
        var view = _get(WhatIfView.class);

        _click((Button) GridKt._getCellComponent(view.teamRisk, 1, "ask"));

        assertThat(view.people.getValue()).containsExactly(ben);
        assertThat(answer(view)).contains("Kafka: target no longer met, 1 of 2");
    }

    @Test
    void anotherTeamOrPersonRefillsTheViewWithEachColumnOnce() {
        open(manager(maya), ViewRoutes.of(ViewRoutes.WHAT_IF, payments.id()) + "?person=" + ada.id());
        var view = _get(WhatIfView.class);
        int columns = view.teamRisk.getColumns().size();
        assertThat(view.people.getValue()).containsExactly(ada);

        _setValue(_get(TeamChooser.class), search);

        assertThat(_get(WhatIfView.class)).isSameAs(view);
        assertThat(view.getPageTitle()).isEqualTo("What if · Search");
        assertThat(view.people.getValue()).isEmpty();
        assertThat(view.people.getListDataView().getItems()).containsExactlyInAnyOrder(dan, eva);
        assertThat(answer(view)).contains("Pick one or more people").doesNotContain("Kafka");
        assertThat(view.teamRisk.getColumns()).hasSize(columns);
        assertThat(risk(view.teamRisk)).containsExactly("Eva Ek");

        world.navigate(ViewRoutes.WHAT_IF + "?person=" + ben.id());

        assertThat(view.getPageTitle()).isEqualTo("What if · Payments");
        assertThat(view.people.getValue()).containsExactly(ben);
        assertThat(answer(view)).contains("Kafka: target no longer met, 1 of 2");
        assertThat(view.teamRisk.getColumns()).hasSize(columns);
    }

    @Test
    void thePeoplePickedAndWhereTheyMoveAreInTheAddressSoAReloadOrBackAsksTheSameQuestion() {
        open(manager(maya), ViewRoutes.of(ViewRoutes.WHAT_IF, payments.id()));
        var view = _get(WhatIfView.class);

        _setValue(view.people, Set.of(ben, ada));
        _setValue(view.destination, new WhatIfView.Destination(search));

        var address = "what-if/" + payments.id() + "?person=" + ada.id() + "&person=" + ben.id() + "&to=" + search.id();
        assertThat(view.address()).isEqualTo(address);
        world.navigate(ViewRoutes.of(ViewRoutes.GAPS, payments.id()));
        world.navigate(address);

        var again = _get(WhatIfView.class);
        assertThat(again.people.getValue()).containsExactlyInAnyOrder(ada, ben);
        assertThat(again.destination.getValue()).isEqualTo(new WhatIfView.Destination(search));
        assertThat(answer(again)).contains("Search", "Kafka: target met, 2 of 1");

        _setValue(again.destination, new WhatIfView.Destination(null));
        assertThat(again.address())
                .isEqualTo("what-if/" + payments.id() + "?person=" + ada.id() + "&person=" + ben.id());
    }

    @Test
    void withoutATeamInThePathTheAddressBecomesTheTeamsOwn() {
        open(manager(maya), ViewRoutes.WHAT_IF + "?person=" + eva.id());

        assertThat(world.location()).isEqualTo("what-if/" + search.id() + "?person=" + eva.id());
        assertThat(_get(WhatIfView.class).people.getValue()).containsExactly(eva);
    }

    @Test
    void theOrganisationsGapsLeadToTheQuestion() {
        open(hr(hannah), ViewRoutes.ORGANISATION_GAPS);
        var link = _get(Anchor.class, spec -> spec.withId("what-if-link"));
        assertThat(link.getText()).isEqualTo("What if someone leaves?");

        world.navigate(link.getHref());

        _assertOne(WhatIfView.class);
        assertThat(world.location()).isEqualTo("what-if/" + payments.id());
    }

    @Test
    void anEmployeeMayNotAskAndAManagerNotAboutAnotherTeam() {
        var other = world.org.team("Other", List.of(world.org.person("Olga Other")), List.of(hannah));
        open(employee(ada), ViewRoutes.WHAT_IF);
        _assertOne(ErrorView.class);
        _assertNone(WhatIfView.class);

        open(manager(maya), ViewRoutes.of(ViewRoutes.WHAT_IF, other.id()));
        _assertOne(ErrorView.class);
    }

    private void open(Actor actor, String path) {
        world.signIn(world.org.people.byId(actor.person()).orElseThrow(), actor);
        world.navigate(path);
    }

    private static String answer(WhatIfView view) {
        return view.answer.getElement().getTextRecursively()
                + String.join(
                        " ",
                        view.answer
                                .getChildren()
                                .flatMap(section -> section.getChildren())
                                .filter(child -> child instanceof Grid<?>)
                                .map(grid -> figures((Grid<?>) grid))
                                .toList());
    }

    private static String figures(Grid<?> grid) {
        return String.join(
                " ",
                IntStream.range(0, _size(grid))
                        .mapToObj(row -> GridKt._getFormattedRow(grid, row).toString())
                        .toList());
    }

    private static List<String> risk(Grid<PersonAtRisk> grid) {
        return IntStream.range(0, _size(grid))
                .mapToObj(index -> GridKt._get(grid, index).name())
                .toList();
    }
}
