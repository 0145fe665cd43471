package org.skillsmatrix.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.domain.testing.DomainAssertions.assertDenied;
import static org.skillsmatrix.domain.testing.DomainAssertions.assertInvalid;
import static org.skillsmatrix.domain.testing.TestOrganisation.admin;
import static org.skillsmatrix.domain.testing.TestOrganisation.employee;
import static org.skillsmatrix.domain.testing.TestOrganisation.hr;
import static org.skillsmatrix.domain.testing.TestOrganisation.manager;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.audit.AuditEntry;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.scale.Interest;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.testing.TestOrganisation;

class RateTeamMemberTest {

    private final TestOrganisation world = new TestOrganisation();
    private final RateTeamMember rateTeamMember = world.rateTeamMember;
    private final Person ann = world.person("Ann Smith");
    private final Person mona = world.person("Mona Manager");
    private final Person bob = world.person("Bob Other");
    private final Person max = world.person("Max Manager");
    private final Team payments = world.team("Payments", List.of(ann, mona), List.of(mona));
    private final Team search = world.team("Search", List.of(bob), List.of(max));
    private final Actor manager = manager(mona);
    private final Skill java = world.skill("Java");

    @Test
    void aManagerRatesAMemberOfTheirTeam() {
        var rated = rateTeamMember.rate(manager, ann.id(), java.id(), Level.EXPERT, "Ran the Java 21 upgrade");

        assertThat(rated)
                .isEqualTo(new Assessment(
                        ann.id(),
                        java.id(),
                        Level.EXPERT,
                        null,
                        Source.MANAGER,
                        mona.id(),
                        world.clock.instant(),
                        "Ran the Java 21 upgrade"));
        assertThat(world.assessments.history(ann.id())).containsExactly(rated);
        assertThat(world.auditLog.entries())
                .containsExactly(new AuditEntry(
                        world.clock.instant(),
                        mona.id(),
                        "skill.manager-rated",
                        ann.id().toString(),
                        "Java = 4"));
    }

    @Test
    void theManagersRatingIsAppendedBesideTheSelfRatingAndBecomesTheValidatedLevel() {
        var own = world.selfRated(ann, java, Level.EXPERT, Interest.WANTS_TO_GROW);

        var validated = rateTeamMember.rate(manager, ann.id(), java.id(), Level.WORKING_KNOWLEDGE, null);

        assertThat(world.assessments.history(ann.id())).containsExactly(validated, own);
        var current = world.assessments.current(ann.id()).getFirst();
        assertThat(current.level()).contains(Level.WORKING_KNOWLEDGE);
        assertThat(current.validatedLevel()).contains(Level.WORKING_KNOWLEDGE);
        assertThat(current.selfLevel()).contains(Level.EXPERT);
        assertThat(current.interest()).isEqualTo(Interest.WANTS_TO_GROW);
    }

    @Test
    void aLaterManagerRatingSupersedesTheEarlierOne() {
        var earlier = rateTeamMember.rate(manager, ann.id(), java.id(), Level.AWARENESS, null);
        world.clock.advance(Duration.ofDays(90));
        var later = rateTeamMember.rate(manager, ann.id(), java.id(), Level.PROFICIENT, null);

        assertThat(world.assessments.history(ann.id())).containsExactly(later, earlier);
        assertThat(world.assessments.current(ann.id()).getFirst().validatedLevel())
                .contains(Level.PROFICIENT);
    }

    @Test
    void aManagerCannotRateSomeoneOutsideTheTeamsTheyManage() {
        assertDenied(() -> rateTeamMember.rate(manager, bob.id(), java.id(), Level.EXPERT, null));
        assertNothingWritten();
    }

    @Test
    void aManagerCannotRateThemselvesAsManagerEvenInTheirOwnTeam() {
        assertDenied(() -> rateTeamMember.rate(manager, mona.id(), java.id(), Level.EXPERT, null));
        assertNothingWritten();
    }

    @Test
    void hrAdminsAndColleaguesDoNotRateOthers() {
        var others =
                List.of(hr(world.person("Hilda HR")), admin(world.person("Ada Admin")), employee(ann), manager(max));

        for (var other : others) {
            assertDenied(() -> rateTeamMember.rate(other, ann.id(), java.id(), Level.EXPERT, null));
        }
        assertNothingWritten();
    }

    @Test
    void aLevelOutsideTheScaleIsRefused() {
        assertInvalid(
                () -> rateTeamMember.rate(manager, ann.id(), java.id(), Level.of(-1), null),
                "level",
                "Level must be between 0 (None) and 4 (Expert), not -1");
        assertNothingWritten();
    }

    @Test
    void someoneWhoLeftTakesNoNewRatings() {
        world.people.update(ann.withActive(false));

        assertInvalid(
                () -> rateTeamMember.rate(manager, ann.id(), java.id(), Level.EXPERT, null),
                "person",
                "Ann Smith has left the organisation and takes no new ratings");
        assertNothingWritten();
    }

    @Test
    void unknownAndRetiredSkillsAreRefused() {
        var cobol = world.retiredSkill("COBOL");

        assertInvalid(
                () -> rateTeamMember.rate(manager, ann.id(), SkillId.random(), Level.EXPERT, null),
                "skill",
                "Choose a skill from the catalog");
        assertInvalid(
                () -> rateTeamMember.rate(manager, ann.id(), cobol.id(), Level.EXPERT, null),
                "skill",
                "'COBOL' is retired and takes no new ratings");
        assertNothingWritten();
    }

    private void assertNothingWritten() {
        assertThat(world.assessments.count()).isZero();
        assertThat(world.auditLog.entries()).isEmpty();
    }
}
