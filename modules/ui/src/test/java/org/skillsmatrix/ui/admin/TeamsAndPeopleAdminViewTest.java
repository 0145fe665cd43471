package org.skillsmatrix.ui.admin;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.domain.testing.TestOrganisation.admin;
import static org.skillsmatrix.domain.testing.TestOrganisation.employee;
import static org.skillsmatrix.domain.testing.TestOrganisation.hr;
import static org.skillsmatrix.domain.testing.TestOrganisation.manager;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.ui.base.ConflictNotice;
import org.skillsmatrix.ui.base.ErrorView;
import org.skillsmatrix.ui.base.ViewRoutes;
import org.skillsmatrix.ui.testing.UiWorld;

/** Teams, people and role profiles: HR and admins keep teams and people, admins role profiles. */
class TeamsAndPeopleAdminViewTest {

    private final UiWorld world = new UiWorld();
    private final Person ada = world.org.person("Ada Lovelace");
    private final Person ben = world.org.person("Ben Brown");
    private final Person maya = world.org.person("Maya Schmidt");
    private final Person hannah = world.org.person("Hannah Ruiz");
    private final Team payments = world.org.team("Payments", List.of(ada), List.of(maya));

    @AfterEach
    void close() {
        world.close();
    }

    @Test
    void hrAddsATeamAndSetsItsMembersAndManagers() {
        open(hr(hannah), ViewRoutes.ADMIN_TEAMS);
        var view = _get(TeamsAdminView.class);

        view.edit(null);
        var add = _get(TeamsAdminView.TeamDialog.class);
        _setValue(add.name, "Search");
        _click(add.save);
        var search = world.org.teams.all().stream()
                .filter(team -> team.name().equals("Search"))
                .findFirst()
                .orElseThrow();

        view.edit(search);
        var change = _get(TeamsAdminView.TeamDialog.class);
        _setValue(change.members, Set.of(ben));
        _setValue(change.managers, Set.of(maya));
        _click(change.save);

        var stored = world.org.teams.byId(search.id()).orElseThrow();
        assertThat(stored.members()).containsExactly(ben.id());
        assertThat(stored.managers()).containsExactly(maya.id());
        assertThat(_getFormatted(view.grid, 1, "managers")).isEqualTo("Maya Schmidt");
    }

    @Test
    void aTeamNameIsRequiredAndUnique() {
        open(admin(hannah), ViewRoutes.ADMIN_TEAMS);
        _get(TeamsAdminView.class).edit(null);
        var dialog = _get(TeamsAdminView.TeamDialog.class);

        _click(dialog.save);
        assertThat(dialog.name.getErrorMessage()).isEqualTo("Fill this in.");
        _setValue(dialog.name, "payments");
        _click(dialog.save);
        assertThat(dialog.name.getErrorMessage()).isEqualTo("The name “payments” is taken already. Choose another.");
    }

    @Test
    void aTeamSomeoneElseChangedMeanwhileSaysWho() {
        open(hr(hannah), ViewRoutes.ADMIN_TEAMS);
        _get(TeamsAdminView.class).edit(payments);
        var dialog = _get(TeamsAdminView.TeamDialog.class);
        world.org.maintainTeams.change(admin(ben), payments.withMember(ben.id()));

        _setValue(dialog.name, "Payments and Billing");
        _click(dialog.save);

        assertThat(_get(ConflictNotice.class).getElement().getTextRecursively())
                .startsWith("Ben Brown changed this on")
                .contains("changed the team");
    }

    @Test
    void hrAddsAPersonAndMarksSomeoneWhoLeft() {
        open(hr(hannah), ViewRoutes.ADMIN_PEOPLE);
        var view = _get(PeopleAdminView.class);

        view.edit(null);
        var add = _get(PeopleAdminView.PersonDialog.class);
        _setValue(add.name, "Cleo Clark");
        _setValue(add.email, "cleo.clark@example.com");
        _click(add.save);
        assertThat(world.org.people.byEmail("cleo.clark@example.com")).isPresent();

        view.edit(ben);
        var change = _get(PeopleAdminView.PersonDialog.class);
        _setValue(change.active, false);
        _click(change.save);
        assertThat(world.org.people.byId(ben.id()).orElseThrow().active()).isFalse();
        _setValue(view.filter, "ben");
        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(_getFormatted(view.grid, 0, "active")).isEqualTo("Left");
    }

    @Test
    void thePeopleGridSortsByNameOrEmailEitherWay() {
        open(hr(hannah), ViewRoutes.ADMIN_PEOPLE);
        var view = _get(PeopleAdminView.class);
        var names = world.org.people.all().stream().map(Person::name).toList();
        var emails = world.org.people.all().stream().map(Person::email).sorted().toList();

        assertThat(_size(view.grid)).isEqualTo(names.size());
        assertThat(_getFormatted(view.grid, 0, "name")).isEqualTo(names.getFirst());
        view.grid.sort(GridSortOrder.desc(view.grid.getColumnByKey("name")).build());
        assertThat(_getFormatted(view.grid, 0, "name")).isEqualTo(names.getLast());
        view.grid.sort(GridSortOrder.desc(view.grid.getColumnByKey("email")).build());
        assertThat(_getFormatted(view.grid, 0, "email")).isEqualTo(emails.getLast());
        assertThat(_getFormatted(view.grid, names.size() - 1, "email")).isEqualTo(emails.getFirst());
    }

    @Test
    void anEmailMustBeValidAndUnused() {
        open(hr(hannah), ViewRoutes.ADMIN_PEOPLE);
        _get(PeopleAdminView.class).edit(null);
        var dialog = _get(PeopleAdminView.PersonDialog.class);
        _setValue(dialog.name, "Cleo Clark");

        _setValue(dialog.email, "cleo");
        _click(dialog.save);
        assertThat(dialog.email.getErrorMessage()).isEqualTo("Enter an e-mail address such as name@example.com.");

        _setValue(dialog.email, "ada.lovelace@example.com");
        _click(dialog.save);
        assertThat(dialog.email.getErrorMessage())
                .isEqualTo("Someone else has the e-mail address ada.lovelace@example.com already.");
    }

    @Test
    void anAdminKeepsRoleProfilesWithTheirExpectations() {
        var skill = world.org.skill("PostgreSQL");
        open(admin(hannah), ViewRoutes.ADMIN_ROLE_PROFILES);
        var view = _get(RoleProfilesAdminView.class);

        view.edit(null);
        var dialog = _get(RoleProfilesAdminView.ProfileDialog.class);
        _setValue(dialog.name, "Senior Back-end Engineer");
        _setValue(dialog.newSkill, skill);
        _setValue(dialog.newLevel, Level.EXPERT);
        _click(dialog.addExpectation);
        _click(dialog.save);

        assertThat(world.org.roleProfiles.all())
                .singleElement()
                .satisfies(profile -> assertThat(profile.expectations()).isEqualTo(Map.of(skill.id(), Level.EXPERT)));
        assertThat(_getFormatted(view.grid, 0, "skills")).isEqualTo("1");
    }

    @Test
    void whoMayOpenWhat() {
        open(employee(ada), ViewRoutes.ADMIN_TEAMS);
        _assertOne(ErrorView.class);
        world.close();
        open(manager(maya), ViewRoutes.ADMIN_PEOPLE);
        _assertOne(ErrorView.class);
        world.close();
        open(hr(hannah), ViewRoutes.ADMIN_ROLE_PROFILES);
        _assertOne(ErrorView.class);
        world.close();
        open(admin(hannah), ViewRoutes.ADMIN_PEOPLE);
        _assertOne(PeopleAdminView.class);
    }

    @Test
    void eachAdminPageOpenedAgainShowsEachColumnOnce() {
        for (var route : List.of(ViewRoutes.ADMIN_TEAMS, ViewRoutes.ADMIN_PEOPLE, ViewRoutes.ADMIN_ROLE_PROFILES)) {
            open(route.equals(ViewRoutes.ADMIN_ROLE_PROFILES) ? admin(hannah) : hr(hannah), route);
            var columns = _get(Grid.class).getColumns().size();

            world.navigate(route + "?again");

            _assertNone(ErrorView.class);
            Grid<?> grid = _get(Grid.class);
            assertThat(grid.getColumns()).as(route).hasSize(columns);
            world.close();
        }
    }

    private void open(Actor actor, String path) {
        world.signIn(world.org.people.byId(actor.person()).orElseThrow(), actor);
        world.navigate(path);
    }
}
