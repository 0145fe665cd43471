package org.skillsmatrix.ui.calibration;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
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
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.ui.base.ErrorView;
import org.skillsmatrix.ui.base.TeamChooser;
import org.skillsmatrix.ui.base.ViewRoutes;
import org.skillsmatrix.ui.rating.ManagerRatingDialog;
import org.skillsmatrix.ui.testing.UiWorld;

/** Calibration for a team's managers and HR, on the in-memory organisation. */
class CalibrationViewTest {

    private final UiWorld world = new UiWorld();
    private final Person ada = world.org.person("Ada Lovelace");
    private final Person ben = world.org.person("Ben Brown");
    private final Person maya = world.org.person("Maya Schmidt");
    private final Person hannah = world.org.person("Hannah Ruiz");
    private final Team payments = world.org.team("Payments", List.of(ada, ben), List.of(maya));
    private final Skill postgres = world.org.skill("PostgreSQL");
    private final Skill kafka = world.org.skill("Kafka");

    {
        world.org.selfRated(ada, postgres, Level.EXPERT);
        world.org.managerRated(maya, ada, postgres, Level.WORKING_KNOWLEDGE);
        world.org.selfRated(ben, kafka, Level.AWARENESS);
        world.org.managerRated(maya, ben, kafka, Level.EXPERT);
        world.org.selfRated(ben, postgres, Level.PROFICIENT);
        world.org.managerRated(maya, ben, postgres, Level.WORKING_KNOWLEDGE);
    }

    @AfterEach
    void close() {
        world.close();
    }

    @Test
    void aManagerSeesRatingsTwoLevelsApartWidestFirstAndEachPersonsTendency() {
        open(manager(maya), ViewRoutes.CALIBRATION);
        var view = _get(CalibrationView.class);

        assertThat(_size(view.divergences)).isEqualTo(2);
        assertThat(_getFormatted(view.divergences, 0, CalibrationView.PERSON)).isEqualTo("Ben Brown");
        assertThat(_getFormatted(view.divergences, 0, CalibrationView.DIFFERENCE))
                .isEqualTo("Rates themselves 3 levels lower");
        assertThat(_getFormatted(view.divergences, 1, CalibrationView.DIFFERENCE))
                .isEqualTo("Rates themselves 2 levels higher");
        assertThat(view.count.getText()).isEqualTo("2 ratings are 2 levels or more apart.");
        assertThat(_getFormatted(view.people, 1, "mean")).isEqualTo("-1.0");
        assertThat(_getFormatted(view.people, 1, "tendency")).isEqualTo("Rates themselves lower");
        assertThat(_getFormatted(view.people, 0, "mean")).isEqualTo("+2.0");

        _setValue(view.threshold, 1);
        assertThat(_size(view.divergences)).isEqualTo(3);
    }

    @Test
    void aManagerReviewsADivergentRating() {
        open(manager(maya), ViewRoutes.CALIBRATION);
        var view = _get(CalibrationView.class);

        _click((Button) GridKt._getCellComponent(view.divergences, 1, "review"));
        var dialog = _get(ManagerRatingDialog.class);
        _click(dialog.validate);

        assertThat(world.org.assessments.current(ada.id()).getFirst().validatedLevel())
                .contains(Level.EXPERT);
        assertThat(_size(view.divergences)).isEqualTo(1);
    }

    @Test
    void hrSeesItButReviewsNothing() {
        open(hr(hannah), ViewRoutes.of(ViewRoutes.CALIBRATION, payments.id()));
        var view = _get(CalibrationView.class);

        assertThat(_size(view.divergences)).isEqualTo(2);
        assertThat(GridKt._getCellComponent(view.divergences, 0, "review").getChildren())
                .isEmpty();
        assertThat(GridKt._getCellComponent(view.divergences, 0, "review")).isNotInstanceOf(Button.class);
    }

    @Test
    void anEmployeeMayNotOpenIt() {
        open(employee(ada), ViewRoutes.CALIBRATION);

        _assertOne(ErrorView.class);
    }

    @Test
    void choosingAnotherTeamShowsItsRatingsApartAndBackShowsTheFirst() {
        var cleo = world.org.person("Cleo Clark");
        var data = world.org.team("Data", List.of(cleo), List.of(maya));
        world.org.selfRated(cleo, kafka, Level.EXPERT);
        world.org.managerRated(maya, cleo, kafka, Level.AWARENESS);
        open(manager(maya), ViewRoutes.of(ViewRoutes.CALIBRATION, payments.id()));
        var view = _get(CalibrationView.class);
        _setValue(view.threshold, 3);
        assertThat(view.count.getText()).isEqualTo("1 rating is 3 levels or more apart.");

        _setValue(_get(TeamChooser.class), data);

        _assertNone(ErrorView.class);
        assertThat(view.getPageTitle()).isEqualTo("Calibration · Data");
        assertThat(view.threshold.getValue())
                .as("a team opens at the usual distance")
                .isEqualTo(2);
        assertThat(view.count.getText()).isEqualTo("1 rating is 2 levels or more apart.");
        assertThat(_getFormatted(view.divergences, 0, CalibrationView.PERSON)).isEqualTo("Cleo Clark");
        assertThat(view.divergences.getColumns()).hasSize(6);
        _setValue(view.threshold, 4);
        assertThat(view.count.getText()).isEqualTo("No ratings are 4 levels or more apart.");

        world.navigate(ViewRoutes.of(ViewRoutes.CALIBRATION, payments.id()));
        assertThat(view.count.getText()).isEqualTo("2 ratings are 2 levels or more apart.");
        assertThat(_getFormatted(view.divergences, 0, CalibrationView.PERSON)).isEqualTo("Ben Brown");
        assertThat(_get(TeamChooser.class).getValue()).isEqualTo(payments);
    }

    @Test
    void aMeanDifferenceThatRoundsToNothingHasNoSign() {
        var format = NumberFormat.getNumberInstance(Locale.ENGLISH);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);

        assertThat(CalibrationView.signed(-0.04, format)).isEqualTo("0.0");
        assertThat(CalibrationView.signed(0.04, format)).isEqualTo("0.0");
        assertThat(CalibrationView.signed(-0.25, format)).isEqualTo("-0.2");
        assertThat(CalibrationView.signed(1.46, format)).isEqualTo("+1.5");
    }

    private void open(Actor actor, String path) {
        world.signIn(world.org.people.byId(actor.person()).orElseThrow(), actor);
        world.navigate(path);
    }
}
