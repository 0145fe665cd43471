package org.skillsmatrix.domain.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.skillsmatrix.domain.testing.DomainAssertions.assertDenied;
import static org.skillsmatrix.domain.testing.DomainAssertions.assertInvalid;
import static org.skillsmatrix.domain.testing.TestOrganisation.employee;
import static org.skillsmatrix.domain.testing.TestOrganisation.hr;
import static org.skillsmatrix.domain.testing.TestOrganisation.manager;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.testing.TestOrganisation;

class CalibrateTeamTest {

    private final TestOrganisation world = new TestOrganisation();
    private final CalibrateTeam calibrateTeam = new CalibrateTeam(world.matrices, world.catalog, world.policy);
    private final Person ann = world.person("Ann Smith");
    private final Person ben = world.person("Ben Brown");
    private final Person mona = world.person("Mona Manager");
    private final Person hanna = world.person("Hanna HR");
    private final Team payments = world.team("Payments", List.of(ann, ben), List.of(mona));
    private final Skill java = world.skill("Java");
    private final Skill sql = world.skill("SQL");
    private final Skill kafka = world.skill("Kafka");

    @Test
    void listsRatingsTwoLevelsApartOrMoreWidestFirst() {
        world.selfRated(ann, java, Level.EXPERT);
        world.managerRated(mona, ann, java, Level.WORKING_KNOWLEDGE);
        world.selfRated(ben, java, Level.AWARENESS);
        world.managerRated(mona, ben, java, Level.EXPERT);
        world.selfRated(ben, sql, Level.PROFICIENT);
        world.managerRated(mona, ben, sql, Level.WORKING_KNOWLEDGE);
        world.selfRated(ann, kafka, Level.EXPERT);

        var calibration = calibrateTeam.calibrate(manager(mona), payments.id(), TeamCalibration.DEFAULT_THRESHOLD);

        assertThat(calibration.divergences())
                .extracting(Divergence::person, Divergence::skill, Divergence::difference)
                .containsExactly(tuple(ben.id(), java.id(), -3), tuple(ann.id(), java.id(), 2));
        assertThat(calibration.people())
                .extracting(p -> p.person().name(), PersonCalibration::compared, PersonCalibration::diverging)
                .containsExactly(tuple("Ann Smith", 1, 1), tuple("Ben Brown", 2, 1));
        var ben = calibration.people().get(1);
        assertThat(ben.meanDifference()).isEqualTo(-1.0);
        assertThat(ben.underRatesThemselves()).isTrue();
        assertThat(calibration.people().getFirst().overRatesThemselves()).isTrue();
    }

    @Test
    void theCurrentRatingsCountNotTheOldOnes() {
        world.selfRated(ann, java, Level.EXPERT);
        world.managerRated(mona, ann, java, Level.AWARENESS);
        world.managerRated(mona, ann, java, Level.PROFICIENT);

        assertThat(calibrateTeam.calibrate(hr(hanna), payments.id(), 2).divergences())
                .isEmpty();
        assertThat(calibrateTeam.calibrate(hr(hanna), payments.id(), 1).divergences())
                .singleElement()
                .satisfies(divergence ->
                        assertThat(divergence.ratesThemselvesHigher()).isTrue());
    }

    @Test
    void retiredSkillsTakeNoPart() {
        world.selfRated(ann, java, Level.EXPERT);
        world.managerRated(mona, ann, java, Level.NONE);
        world.catalog.update(java.retire());

        assertThat(calibrateTeam.calibrate(manager(mona), payments.id(), 2).divergences())
                .isEmpty();
    }

    @Test
    void onlyTheTeamsManagersAndHrCalibrate() {
        assertDenied(() -> calibrateTeam.calibrate(employee(ann), payments.id(), 2));
        assertDenied(() -> calibrateTeam.calibrate(manager(ben), payments.id(), 2));
    }

    @Test
    void theThresholdIsOneToFourLevels() {
        assertInvalid(
                () -> calibrateTeam.calibrate(manager(mona), payments.id(), 0),
                "threshold",
                "Compare at 1 to 4 levels apart");
        assertInvalid(
                () -> calibrateTeam.calibrate(manager(mona), payments.id(), 5),
                "threshold",
                "Compare at 1 to 4 levels apart");
    }
}
