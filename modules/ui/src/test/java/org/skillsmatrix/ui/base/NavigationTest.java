package org.skillsmatrix.ui.base;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.access.Role;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.testing.TestOrganisation;
import org.skillsmatrix.ui.testing.UiWorld;

/** The main menu shows each role what it may open, and nothing else. */
class NavigationTest {

    private final UiWorld world = new UiWorld();
    private final Person ada = world.org.person("Ada Lovelace");

    @AfterEach
    void close() {
        world.close();
    }

    @Test
    void anEmployeeSeesTheirSkillsAndProfile() {
        assertThat(menu(TestOrganisation.employee(ada))).containsExactly("My skills", "My profile", "Reports");
    }

    @Test
    void aManagerAlsoSeesTheTeamViewsAndThePeopleFinder() {
        assertThat(menu(TestOrganisation.manager(ada)))
                .containsExactly(
                        "My skills",
                        "My profile",
                        "Team matrix",
                        "Gaps",
                        "Calibration",
                        "Mentor pairing",
                        "What if",
                        "People finder",
                        "Staffing",
                        "Reports");
    }

    @Test
    void hrAlsoSeesTheOrganisationsGapsAndMaintainsPeopleAndTeams() {
        assertThat(menu(TestOrganisation.hr(ada)))
                .containsExactly(
                        "My skills",
                        "My profile",
                        "Team matrix",
                        "Gaps",
                        "Calibration",
                        "Mentor pairing",
                        "What if",
                        "Organisation gaps",
                        "People finder",
                        "Staffing",
                        "Reports",
                        "Import",
                        "Audit trail",
                        "Teams",
                        "People");
    }

    @Test
    void anAdminMaintainsTheCatalogTeamsPeopleAndRoleProfilesButSeesNoTeamData() {
        assertThat(menu(TestOrganisation.admin(ada)))
                .containsExactly(
                        "My skills",
                        "My profile",
                        "Reports",
                        "Import",
                        "Audit trail",
                        "Catalog",
                        "Teams",
                        "People",
                        "Role profiles");
    }

    @Test
    void reportsShowOnlyToThoseWhoMayExportSomething() {
        assertThat(Navigation.entries(Actor.of(ada.id(), Role.ADMIN)))
                .extracting(Navigation.Entry::labelKey)
                .containsExactly(
                        "nav.import",
                        "nav.audit",
                        "nav.admin.catalog",
                        "nav.admin.teams",
                        "nav.admin.people",
                        "nav.admin.role-profiles");
    }

    @Test
    void eachEntryLeadsToItsView() {
        world.signIn(ada, TestOrganisation.hr(ada));
        world.navigate(ViewRoutes.MY_SKILLS);

        assertThat(_find(SideNavItem.class))
                .extracting(SideNavItem::getPath)
                .containsExactly(
                        "",
                        "profile",
                        "matrix",
                        "gaps",
                        "calibration",
                        "mentoring",
                        "what-if",
                        "organisation-gaps",
                        "people-finder",
                        "staffing",
                        "reports",
                        "import",
                        "audit",
                        "admin/teams",
                        "admin/people");
    }

    private List<String> menu(Actor actor) {
        world.signIn(ada, actor);
        world.navigate(ViewRoutes.MY_SKILLS);
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }
}
