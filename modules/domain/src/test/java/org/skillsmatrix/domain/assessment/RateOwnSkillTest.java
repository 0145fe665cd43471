package org.skillsmatrix.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.skillsmatrix.domain.access.Role.ADMIN;
import static org.skillsmatrix.domain.access.Role.HR;
import static org.skillsmatrix.domain.access.Role.MANAGER;
import static org.skillsmatrix.domain.testing.DomainAssertions.assertDenied;
import static org.skillsmatrix.domain.testing.DomainAssertions.assertInvalid;
import static org.skillsmatrix.domain.testing.TestOrganisation.actor;
import static org.skillsmatrix.domain.testing.TestOrganisation.employee;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.access.Role;
import org.skillsmatrix.domain.audit.AuditEntry;
import org.skillsmatrix.domain.base.AccessDenied;
import org.skillsmatrix.domain.base.NotFound;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.scale.Interest;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.testing.TestOrganisation;

class RateOwnSkillTest {

    private final TestOrganisation world = new TestOrganisation();
    private final RateOwnSkill rateOwnSkill = world.rateOwnSkill;
    private final Person ann = world.person("Ann Smith");
    private final Actor employee = employee(ann);
    private final Skill java = world.skill("Java");

    @Test
    void anEmployeeRatesTheirOwnSkill() {
        var rated =
                rateOwnSkill.rate(employee, java.id(), Level.PROFICIENT, Interest.WANTS_TO_GROW, "Built the ledger");

        assertThat(rated)
                .isEqualTo(new Assessment(
                        ann.id(),
                        java.id(),
                        Level.PROFICIENT,
                        Interest.WANTS_TO_GROW,
                        Source.SELF,
                        ann.id(),
                        world.clock.instant(),
                        "Built the ledger"));
        assertThat(world.assessments.history(ann.id())).containsExactly(rated);
        assertThat(world.auditLog.entries())
                .containsExactly(new AuditEntry(
                        world.clock.instant(),
                        ann.id(),
                        "skill.self-rated",
                        ann.id().toString(),
                        "Java = 3, WANTS_TO_GROW"));
    }

    @Test
    void ratingAgainAppendsAndTheNewestRatingIsCurrent() {
        var first = rateOwnSkill.rate(employee, java.id(), Level.AWARENESS, Interest.WANTS_TO_GROW, null);
        world.clock.advance(Duration.ofDays(30));

        var second = rateOwnSkill.rate(employee, java.id(), Level.WORKING_KNOWLEDGE, Interest.NEUTRAL, null);

        assertThat(world.assessments.history(ann.id())).containsExactly(second, first);
        assertThat(world.assessments.current(ann.id())).singleElement().satisfies(current -> {
            assertThat(current.level()).contains(Level.WORKING_KNOWLEDGE);
            assertThat(current.interest()).isEqualTo(Interest.NEUTRAL);
        });
        assertThat(world.auditLog.entries()).hasSize(2);
    }

    @Test
    void aLevelOutsideTheScaleIsRefusedBeforeAnythingIsWritten() {
        assertInvalid(
                () -> rateOwnSkill.rate(employee, java.id(), Level.of(7), Interest.NEUTRAL, null),
                "level",
                "Level must be between 0 (None) and 4 (Expert), not 7");
        assertNothingWritten();
    }

    @Test
    void anUnknownSkillIsRefused() {
        assertInvalid(
                () -> rateOwnSkill.rate(employee, SkillId.random(), Level.EXPERT, Interest.NEUTRAL, null),
                "skill",
                "Choose a skill from the catalog");
        assertNothingWritten();
    }

    @Test
    void aRetiredSkillTakesNoNewRatings() {
        var cobol = world.retiredSkill("COBOL");

        assertInvalid(
                () -> rateOwnSkill.rate(employee, cobol.id(), Level.EXPERT, Interest.RATHER_NOT, null),
                "skill",
                "'COBOL' is retired and takes no new ratings");
        assertNothingWritten();
    }

    @Test
    void evidenceIsOptionalAndAtMost2000Characters() {
        var blank = rateOwnSkill.rate(employee, java.id(), Level.EXPERT, Interest.NEUTRAL, "   ");
        assertThat(blank.evidence()).isNull();

        assertInvalid(
                () -> rateOwnSkill.rate(employee, java.id(), Level.EXPERT, Interest.NEUTRAL, "e".repeat(2001)),
                "evidence",
                "Evidence must be at most 2000 characters");
        assertThat(world.assessments.count()).isEqualTo(1);
    }

    @Test
    void onlyTheEmployeeRoleRatesItsOwnSkills() {
        for (var withoutEmployeeRole : List.of(actor(ann, HR), actor(ann, ADMIN), actor(ann, MANAGER), actor(ann))) {
            assertDenied(() -> rateOwnSkill.rate(withoutEmployeeRole, java.id(), Level.EXPERT, Interest.NEUTRAL, null));
        }
        assertNothingWritten();
    }

    @Test
    void someoneWhoLeftRatesNoMoreSkills() {
        var gina = world.inactivePerson("Gina Gone");

        assertThatExceptionOfType(AccessDenied.class)
                .isThrownBy(() -> rateOwnSkill.rate(employee(gina), java.id(), Level.EXPERT, Interest.NEUTRAL, null))
                .withMessage("Gina Gone has left the organisation and can no longer rate their skills");
        assertNothingWritten();
    }

    @Test
    void someoneWhoIsNotInTheOrganisationRatesNothing() {
        var stranger = Actor.of(PersonId.random(), Role.EMPLOYEE);

        assertThatExceptionOfType(NotFound.class)
                .isThrownBy(() -> rateOwnSkill.rate(stranger, java.id(), Level.EXPERT, Interest.NEUTRAL, null));
        assertNothingWritten();
    }

    private void assertNothingWritten() {
        assertThat(world.assessments.count()).isZero();
        assertThat(world.auditLog.entries()).isEmpty();
    }
}
