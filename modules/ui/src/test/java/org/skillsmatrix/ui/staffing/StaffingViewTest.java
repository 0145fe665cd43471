package org.skillsmatrix.ui.staffing;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.domain.testing.TestOrganisation.employee;
import static org.skillsmatrix.domain.testing.TestOrganisation.hr;
import static org.skillsmatrix.domain.testing.TestOrganisation.manager;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.ui.base.ErrorView;
import org.skillsmatrix.ui.base.ViewRoutes;
import org.skillsmatrix.ui.testing.UiWorld;

/**
 * Staffing as managers and HR use it, on the organisation of the domain's staffing test. Payments: Ada
 * (PostgreSQL 4, Security 3), Ben (PostgreSQL 3, Kafka 3); Search: Cleo (PostgreSQL 3), Dan (Security 2), Eva
 * (Kafka 4). Maya manages Payments.
 */
class StaffingViewTest {

    private final UiWorld world = new UiWorld();
    private final Person ada = world.org.person("Ada Lovelace");
    private final Person ben = world.org.person("Ben Brown");
    private final Person cleo = world.org.person("Cleo Chen");
    private final Person dan = world.org.person("Dan Diaz");
    private final Person eva = world.org.person("Eva Ek");
    private final Person maya = world.org.person("Maya Schmidt");
    private final Person hannah = world.org.person("Hannah Ruiz");
    private final Team payments = world.org.team("Payments", List.of(ada, ben), List.of(maya));
    private final Team search = world.org.team("Search", List.of(cleo, dan, eva), List.of(hannah));
    private final Skill postgres = world.org.skill("PostgreSQL");
    private final Skill security = world.org.skill("Security");
    private final Skill kafka = world.org.skill("Kafka");
    private final Skill rust = world.org.skill("Rust");

    StaffingViewTest() {
        world.org.selfRated(ada, postgres, Level.EXPERT);
        world.org.selfRated(ada, security, Level.PROFICIENT);
        world.org.selfRated(ben, postgres, Level.PROFICIENT);
        world.org.selfRated(ben, kafka, Level.PROFICIENT);
        world.org.selfRated(cleo, postgres, Level.PROFICIENT);
        world.org.selfRated(dan, security, Level.WORKING_KNOWLEDGE);
        world.org.selfRated(eva, kafka, Level.EXPERT);
    }

    @AfterEach
    void close() {
        world.close();
    }

    @Test
    void aManagerBuildsARequestSeesEveryoneItFindsNamedAndTheAddressKeepsIt() {
        open(manager(maya), ViewRoutes.STAFFING);
        var view = _get(StaffingView.class);
        assertThat(text(view.answer)).contains("Choose the skills the work needs");

        var first = view.rows().getFirst();
        _setValue(first.skill, kafka);
        _setValue(first.headcount, 2);
        _click(view.addNeed);
        var second = view.rows().get(1);
        _setValue(second.skill, security);
        _setValue(second.minimum, Level.WORKING_KNOWLEDGE);
        _click(view.propose);

        assertThat(address()).isEqualTo("staffing?need=" + kafka.id() + "%3A3%3A2&need=" + security.id() + "%3A2%3A1");
        assertThat(text(view.answer)).contains("3 people cover every need.");
        // Eva and Dan are in Search, which Maya does not manage: named as in the people finder
        assertThat(proposed()).containsExactly("Eva Ek", "Ada Lovelace", "Ben Brown");
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("staffing-hidden")))
                .isEmpty();
        assertThat(text(view.answer))
                .contains("Search · covers Kafka at 4 · Expert")
                .contains("Payments · covers Security at 3 · Proficient")
                .contains("Dan Diaz")
                .doesNotContain("in teams you cannot see");

        world.navigate(address());

        var reloaded = _get(StaffingView.class);
        assertThat(reloaded.rows()).hasSize(2);
        assertThat(reloaded.rows().getFirst().skill.getValue()).isEqualTo(kafka);
        assertThat(reloaded.rows().getFirst().headcount.getValue()).isEqualTo(2);
        assertThat(reloaded.rows().get(1).minimum.getValue()).isEqualTo(Level.WORKING_KNOWLEDGE);
        assertThat(proposed()).containsExactly("Eva Ek", "Ada Lovelace", "Ben Brown");
    }

    @Test
    void hrSwapsAPersonForAStandInAndUndoesIt() {
        open(hr(hannah), project());
        var view = _get(StaffingView.class);
        assertThat(proposed()).containsExactly("Ada Lovelace", "Ben Brown");
        assertThat(view.undoSwaps.isVisible()).isFalse();

        _click(swapButton("Swap for Dan Diaz"));

        assertThat(address()).contains("exclude=" + ada.id(), "pin=" + dan.id());
        assertThat(proposed()).containsExactly("Dan Diaz", "Ben Brown", "Cleo Chen");
        assertThat(text(view.answer)).contains("Dan Diaz" + "pinned", "3 people cover every need.");
        assertThat(view.undoSwaps.isVisible()).isTrue();

        _click(view.undoSwaps);

        assertThat(address()).doesNotContain("exclude", "pin");
        assertThat(proposed()).containsExactly("Ada Lovelace", "Ben Brown");
    }

    @Test
    void whatNobodyCanFillIsShownAsOpenPlaces() {
        open(hr(hannah), ViewRoutes.STAFFING + "?need=" + postgres.id() + ":4:2&need=" + rust.id() + ":1:1");
        var view = _get(StaffingView.class);

        assertThat(text(view.answer)).contains("1 person covers what can be covered; 2 places stay open.");
        var cover = view.answer
                .getChildren()
                .filter(child -> child instanceof Grid<?>)
                .map(child -> (Grid<?>) child)
                .findFirst()
                .orElseThrow();
        assertThat(rows(cover))
                .containsExactly(
                        "[PostgreSQL at 4 · Expert, 1 of 2, 1 place nobody drawn from can fill]",
                        "[Rust at 1 · Awareness, 0 of 1, 1 place nobody drawn from can fill]");
    }

    @Test
    void teamsToDrawFromAreKeptInTheAddressAndLimitThePeople() {
        open(hr(hannah), project() + "&team=" + search.id());
        var view = _get(StaffingView.class);

        assertThat(view.teams.getValue()).containsExactly(search);
        assertThat(proposed()).containsExactly("Eva Ek", "Cleo Chen", "Dan Diaz");

        _setValue(view.teams, Set.of());
        _click(view.propose);

        assertThat(address()).doesNotContain("team=");
        assertThat(proposed()).containsExactly("Ada Lovelace", "Ben Brown");
    }

    @Test
    void anIncompleteFormSaysWhatIsMissingAndABadAddressSaysWhatIsWrong() {
        open(manager(maya), ViewRoutes.STAFFING);
        var view = _get(StaffingView.class);

        _click(view.propose);

        assertThat(view.rows().getFirst().skill.isInvalid()).isTrue();
        assertThat(view.rows().getFirst().skill.getErrorMessage()).isEqualTo("Choose a skill, or remove this line.");
        assertThat(address()).isEqualTo("staffing");

        world.navigate(ViewRoutes.STAFFING + "?need=" + kafka.id() + ":3:99");

        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("staffing-error"))
                        .getText())
                .isEqualTo("Ask for between 1 and 50 people per skill");
    }

    @Test
    void theTeamsMatrixAndGapsLinkHere() {
        world.org.target(payments, kafka, Level.PROFICIENT, 3);
        open(manager(maya), ViewRoutes.of(ViewRoutes.MATRIX, payments.id()));
        assertThat(_get(Anchor.class, spec -> spec.withId("staffing-link")).getHref())
                .isEqualTo("staffing?team=" + payments.id());

        world.navigate(ViewRoutes.of(ViewRoutes.GAPS, payments.id()));
        var gapsLink = _get(Anchor.class, spec -> spec.withId("staffing-link"));
        assertThat(gapsLink.getText()).isEqualTo("Who could fill these gaps?");

        world.navigate(gapsLink.getHref());

        // Kafka's target of 3 at Proficient has Ben: 2 places to fill from outside Payments, Eva (in Search) fills one
        var view = _get(StaffingView.class);
        assertThat(view.rows()).singleElement().satisfies(row -> {
            assertThat(row.skill.getValue()).isEqualTo(kafka);
            assertThat(row.headcount.getValue()).isEqualTo(2);
        });
        assertThat(address()).contains("exclude=" + ada.id(), "exclude=" + ben.id());
        assertThat(proposed()).containsExactly("Eva Ek");
        assertThat(text(view.answer)).contains("1 person covers what can be covered; 1 place stays open.");
    }

    @Test
    void employeesCannotOpenIt() {
        open(employee(ada), ViewRoutes.STAFFING);
        _assertOne(ErrorView.class);
        _assertNone(StaffingView.class);
    }

    private String project() {
        return ViewRoutes.STAFFING + "?need=" + postgres.id() + ":3:2&need=" + security.id() + ":2:1&need=" + kafka.id()
                + ":3:1";
    }

    private void open(Actor actor, String path) {
        world.signIn(world.org.people.byId(actor.person()).orElseThrow(), actor);
        world.navigate(path);
    }

    private static String address() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    private static List<String> proposed() {
        return _find(Anchor.class).stream()
                .filter(anchor -> anchor.getHref().startsWith(ViewRoutes.PROFILE + "/"))
                .map(Anchor::getText)
                .toList();
    }

    private static Button swapButton(String text) {
        return _get(Button.class, spec -> spec.withText(text));
    }

    private static String text(com.vaadin.flow.component.Component component) {
        return component.getElement().getTextRecursively();
    }

    private static List<String> rows(Grid<?> grid) {
        return IntStream.range(0, _size(grid))
                .mapToObj(row -> GridKt._getFormattedRow(grid, row).toString())
                .toList();
    }
}
