package org.skillsmatrix.app.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.demo.DemoPeople;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.access.Role;
import org.skillsmatrix.domain.assessment.Assessments;
import org.skillsmatrix.domain.assessment.Source;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.team.Teams;
import org.skillsmatrix.ui.base.ErrorView;
import org.skillsmatrix.ui.base.ViewRoutes;
import org.skillsmatrix.ui.rating.ManagerRatingDialog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * The team matrix on the whole application: the demo manager opens Payments, sees its members from the
 * database and validates a rating through the use case; the demo employee is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TeamMatrixViewIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    People people;

    @Autowired
    Teams teams;

    @Autowired
    Assessments assessments;

    @BeforeEach
    void openUi() {
        BrowserlessUi.open(context);
    }

    @AfterEach
    void closeUi() {
        BrowserlessUi.close();
    }

    @Test
    void the_manager_sees_payments_and_validates_the_employees_rating_from_a_cell() {
        var noah = people.byEmail(DemoPeople.EMPLOYEE).orElseThrow();
        var maya = people.byEmail(DemoPeople.MANAGER).orElseThrow();
        var payments = teams.memberOf(noah.id()).getFirst();
        var selfRated = assessments.current(noah.id()).stream()
                .filter(rating -> rating.self() != null)
                .findFirst()
                .orElseThrow();
        BrowserlessUi.signIn(context, "manager");

        UI.getCurrent().navigate(ViewRoutes.of(ViewRoutes.MATRIX, payments.id()));

        @SuppressWarnings({"unchecked", "rawtypes"})
        Grid<Object> grid = _get(Grid.class, spec -> spec.withId("team-matrix"));
        var names = IntStream.range(0, _size(grid))
                .mapToObj(index -> GridKt._get(grid, index).toString())
                .toList();
        assertThat(names).anyMatch(row -> row.contains("Noah Fischer"));
        assertThat(grid.getColumns()).hasSizeGreaterThan(100);

        int noahRow = IntStream.range(0, names.size())
                .filter(index -> names.get(index).contains("Noah Fischer"))
                .findFirst()
                .orElseThrow();
        var column = grid.getColumnByKey(selfRated.skill().toString());
        var item = GridKt._get(grid, noahRow);
        GridKt._clickItem(grid, noahRow, column);
        var dialog = _get(ManagerRatingDialog.class);
        if (dialog.validate.isVisible()) {
            _click(dialog.validate);
        } else {
            _click(dialog.save);
        }

        var newest = assessments.history(noah.id()).getFirst();
        assertThat(newest.source()).isEqualTo(Source.MANAGER);
        assertThat(newest.assessor()).isEqualTo(maya.id());
        assertThat(newest.skill()).isEqualTo(selfRated.skill());
        assertThat(item).isNotNull();
    }

    @Test
    void the_employee_may_not_open_a_team_matrix() {
        BrowserlessUi.signIn(context, "employee");

        UI.getCurrent().navigate(ViewRoutes.MATRIX);

        _assertOne(ErrorView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("error-message")).getText())
                .isEqualTo("You are not allowed to do this.");
        assertThat(Actor.of(people.byEmail(DemoPeople.EMPLOYEE).orElseThrow().id(), Role.EMPLOYEE)
                        .has(Role.MANAGER))
                .isFalse();
    }
}
