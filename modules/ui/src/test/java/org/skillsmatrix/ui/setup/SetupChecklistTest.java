package org.skillsmatrix.ui.setup;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.domain.testing.TestOrganisation.admin;
import static org.skillsmatrix.domain.testing.TestOrganisation.employee;
import static org.skillsmatrix.domain.testing.TestOrganisation.hr;

import com.vaadin.flow.component.html.ListItem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.ui.base.ViewRoutes;
import org.skillsmatrix.ui.testing.UiWorld;

/** The setup checklist on the start page of an organisation that starts empty. */
class SetupChecklistTest {

    private final UiWorld world = new UiWorld();
    private final Person hannah = world.org.person("Hannah Ruiz");

    @AfterEach
    void close() {
        world.close();
    }

    @Test
    void hrSeesEveryStepToDoOnAnEmptyStartAndEachTicksItselfOffFromTheData() {
        open(hr(hannah));
        assertThat(states()).containsExactly("To do", "To do", "To do", "To do");
        assertThat(step("setup-people").getElement().getTextRecursively())
                .isEqualTo("To doImport or add people and teams:Import from the HR systemPeopleTeams");
        assertThat(links("setup-people")).containsExactly("import", "admin/people", "admin/teams");

        var ada = world.org.person("Ada Lovelace");
        var payments = world.org.team("Payments", List.of(ada), List.of(hannah));
        open(hr(hannah));
        assertThat(states()).containsExactly("Done", "To do", "To do", "To do");

        var postgres = world.org.skill("PostgreSQL");
        world.org.roleProfile("Back-end Engineer", Map.of(postgres.id(), Level.PROFICIENT));
        open(hr(hannah));
        assertThat(states()).containsExactly("Done", "Done", "To do", "To do");

        world.org.target(payments, postgres, Level.PROFICIENT, 1);
        open(hr(hannah));
        assertThat(states()).containsExactly("Done", "Done", "Done", "To do");

        world.org.selfRated(ada, postgres, Level.WORKING_KNOWLEDGE);
        open(hr(hannah));
        _assertNone(SetupChecklist.class);
    }

    @Test
    void aCatalogChangedByAnAdminCountsAsReviewed() {
        world.org.maintainCatalog.addCategory(admin(hannah), "Data engineering", null);
        open(admin(hannah));
        assertThat(states()).containsExactly("To do", "Done", "To do", "To do");
    }

    @Test
    void anEmployeeSeesNoChecklist() {
        open(employee(hannah));
        _assertNone(SetupChecklist.class);
    }

    private void open(Actor actor) {
        world.signIn(hannah, actor);
        world.navigate(ViewRoutes.MY_SKILLS);
    }

    private static List<String> states() {
        return List.of("setup-people", "setup-catalog", "setup-targets", "setup-rate").stream()
                .map(id -> step(id).getChildren()
                        .filter(child -> child.hasClassName("setup-state"))
                        .findFirst()
                        .orElseThrow()
                        .getElement()
                        .getText())
                .toList();
    }

    private static ListItem step(String id) {
        return _get(_get(SetupChecklist.class), ListItem.class, spec -> spec.withId(id));
    }

    private static List<String> links(String id) {
        return step(id).getChildren()
                .filter(child -> child instanceof com.vaadin.flow.component.html.Anchor)
                .map(child -> ((com.vaadin.flow.component.html.Anchor) child).getHref())
                .toList();
    }
}
