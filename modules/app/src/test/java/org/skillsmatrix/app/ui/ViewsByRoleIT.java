package org.skillsmatrix.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.skillsmatrix.ui.admin.CatalogAdminView;
import org.skillsmatrix.ui.admin.PeopleAdminView;
import org.skillsmatrix.ui.admin.RoleProfilesAdminView;
import org.skillsmatrix.ui.admin.TeamsAdminView;
import org.skillsmatrix.ui.base.ErrorView;
import org.skillsmatrix.ui.base.ViewRoutes;
import org.skillsmatrix.ui.calibration.CalibrationView;
import org.skillsmatrix.ui.finder.PeopleFinderView;
import org.skillsmatrix.ui.gaps.OrganisationGapsView;
import org.skillsmatrix.ui.gaps.TeamGapsView;
import org.skillsmatrix.ui.imports.ImportView;
import org.skillsmatrix.ui.matrix.TeamMatrixView;
import org.skillsmatrix.ui.myskills.MySkillsView;
import org.skillsmatrix.ui.profile.PersonProfileView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * Every main view on the whole application and the demo organisation, for each demo account: the menu
 * offers what the account may open, each of those opens on the real database, and the others end on the
 * error page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ViewsByRoleIT {

    private static final Map<String, Class<? extends Component>> VIEWS = Map.ofEntries(
            Map.entry(ViewRoutes.MY_SKILLS, MySkillsView.class),
            Map.entry(ViewRoutes.PROFILE, PersonProfileView.class),
            Map.entry(ViewRoutes.MATRIX, TeamMatrixView.class),
            Map.entry(ViewRoutes.GAPS, TeamGapsView.class),
            Map.entry(ViewRoutes.CALIBRATION, CalibrationView.class),
            Map.entry(ViewRoutes.ORGANISATION_GAPS, OrganisationGapsView.class),
            Map.entry(ViewRoutes.PEOPLE_FINDER, PeopleFinderView.class),
            Map.entry(ViewRoutes.IMPORT, ImportView.class),
            Map.entry(ViewRoutes.ADMIN_CATALOG, CatalogAdminView.class),
            Map.entry(ViewRoutes.ADMIN_TEAMS, TeamsAdminView.class),
            Map.entry(ViewRoutes.ADMIN_PEOPLE, PeopleAdminView.class),
            Map.entry(ViewRoutes.ADMIN_ROLE_PROFILES, RoleProfilesAdminView.class));

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void openUi() {
        BrowserlessUi.open(context);
    }

    @AfterEach
    void closeUi() {
        BrowserlessUi.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"employee", "manager", "hr", "admin"})
    void each_account_opens_what_its_menu_offers_and_nothing_else(String account) {
        BrowserlessUi.signIn(context, account);
        UI.getCurrent().navigate(ViewRoutes.MY_SKILLS);
        List<String> offered =
                _find(SideNavItem.class).stream().map(SideNavItem::getPath).toList();
        assertThat(offered).contains(ViewRoutes.MY_SKILLS, ViewRoutes.PROFILE);

        VIEWS.forEach((route, view) -> {
            UI.getCurrent().navigate(route);
            var shown = _find(view).size() == 1;
            var refused = !_find(ErrorView.class).isEmpty();
            if (offered.contains(route)) {
                assertThat(shown).as("%s opens %s", account, route).isTrue();
            } else {
                assertThat(refused).as("%s is refused %s", account, route).isTrue();
            }
        });
    }
}
