package org.skillsmatrix.domain.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.skillsmatrix.domain.testing.DomainAssertions.assertDenied;
import static org.skillsmatrix.domain.testing.DomainAssertions.assertInvalid;
import static org.skillsmatrix.domain.testing.TestOrganisation.admin;
import static org.skillsmatrix.domain.testing.TestOrganisation.employee;
import static org.skillsmatrix.domain.testing.TestOrganisation.hr;
import static org.skillsmatrix.domain.testing.TestOrganisation.manager;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.audit.AuditEntry;
import org.skillsmatrix.domain.base.ConcurrentEdit;
import org.skillsmatrix.domain.base.NotFound;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.testing.TestOrganisation;

class SetTeamTargetTest {

    private final TestOrganisation world = new TestOrganisation();
    private final SetTeamTarget setTeamTarget = world.setTeamTarget;
    private final Person ann = world.person("Ann Smith");
    private final Person mona = world.person("Mona Manager");
    private final Person mia = world.person("Mia Manager");
    private final Person max = world.person("Max Manager");
    private final Team payments = world.team("Payments", List.of(ann), List.of(mona, mia));
    private final Team search = world.team("Search", List.of(), List.of(max));
    private final Skill security = world.skill("Security");
    private final Skill java = world.skill("Java");
    private final Actor manager = manager(mona);

    @Test
    void theTeamsManagerAddsATarget() {
        var target = setTeamTarget.add(manager, target(payments, security, Level.PROFICIENT, 2, 0));

        assertThat(world.targets.find(payments.id(), security.id())).contains(target);
        assertThat(world.auditLog.entries())
                .containsExactly(new AuditEntry(
                        world.clock.instant(),
                        mona.id(),
                        "target.added",
                        payments.id().toString(),
                        "Security: 2 at level 3 or above"));
    }

    @Test
    void theTargetsComeInTheCatalogsOrderByCategoryThenWithinIt() {
        var databases = world.category("Databases");
        var postgres = world.skill(databases, "PostgreSQL");
        var apis = world.skill("APIs");
        for (var skill : List.of(postgres, apis, java, security)) {
            world.target(payments, skill, Level.PROFICIENT, 1);
        }

        assertThat(setTeamTarget.targetsOf(manager, payments.id()))
                .extracting(TeamTarget::skill)
                .containsExactly(security.id(), java.id(), apis.id(), postgres.id());
    }

    @Test
    void nobodyElseAddsOrChangesTheTeamsTargets() {
        var existing = world.target(payments, java, Level.PROFICIENT, 1);
        var others =
                List.of(manager(max), hr(world.person("Hilda HR")), admin(world.person("Ada Admin")), employee(ann));

        for (var other : others) {
            assertDenied(() -> setTeamTarget.add(other, target(payments, security, Level.PROFICIENT, 2, 0)));
            assertDenied(
                    () -> setTeamTarget.change(other, target(payments, java, Level.EXPERT, 3, existing.version())));
        }

        assertThat(world.targets.all()).containsExactly(existing);
        assertThat(world.auditLog.entries()).isEmpty();
    }

    @Test
    void aTargetNamesASkillFromTheCatalog() {
        var unknown = new TeamTarget(payments.id(), SkillId.random(), Level.EXPERT, 1, 0);

        assertInvalid(() -> setTeamTarget.add(manager, unknown), "skill", "Choose a skill from the catalog");
        assertInvalid(() -> setTeamTarget.change(manager, unknown), "skill", "Choose a skill from the catalog");
        assertThat(world.targets.all()).isEmpty();
    }

    @Test
    void aRetiredSkillTakesNoNewTargetsAndNoChangedOnes() {
        var cobol = world.skill("COBOL");
        var existing = world.target(payments, cobol, Level.EXPERT, 1);
        world.catalog.update(cobol.retire());

        assertInvalid(
                () -> setTeamTarget.add(manager, target(payments, cobol, Level.EXPERT, 1, 0)),
                "skill",
                "'COBOL' is retired and takes no new targets");
        assertInvalid(
                () -> setTeamTarget.change(manager, target(payments, cobol, Level.EXPERT, 2, existing.version())),
                "skill",
                "'COBOL' is retired and takes no new targets");
        assertThat(world.targets.all()).containsExactly(existing);
        assertThat(world.auditLog.entries()).isEmpty();
    }

    @Test
    void aTargetNeedsAtLeastOnePersonAndALevelAboveNone() {
        assertInvalid(
                () -> target(payments, security, Level.PROFICIENT, 0, 0),
                "headcount",
                "Headcount must be between 1 and 1000");
        assertInvalid(
                () -> target(payments, security, Level.NONE, 2, 0),
                "level",
                "A target level must be at least 1 (Awareness)");
    }

    @Test
    void ofTwoManagersAddingTheSameTargetTheSecondIsToldSomeoneWasFirst() {
        var first = setTeamTarget.add(manager, target(payments, security, Level.PROFICIENT, 2, 0));

        assertThatExceptionOfType(ConcurrentEdit.class)
                .isThrownBy(() -> setTeamTarget.add(manager(mia), target(payments, security, Level.EXPERT, 5, 0)));

        assertThat(world.targets.of(payments.id())).containsExactly(first);
        assertThat(world.auditLog.entries()).extracting(AuditEntry::actor).containsExactly(mona.id());
    }

    @Test
    void theTeamsManagerChangesATargetToItsNextVersion() {
        var first = setTeamTarget.add(manager, target(payments, security, Level.PROFICIENT, 2, 0));

        var second = setTeamTarget.change(manager, target(payments, security, Level.EXPERT, 1, first.version()));

        assertThat(second.version()).isEqualTo(first.version() + 1);
        assertThat(world.targets.of(payments.id())).containsExactly(second);
        assertThat(world.auditLog.entries())
                .extracting(AuditEntry::action, AuditEntry::detail)
                .containsExactly(
                        tuple("target.added", "Security: 2 at level 3 or above"),
                        tuple("target.changed", "Security: 1 at level 4 or above"));
    }

    @Test
    void changingAStaleTargetFailsAndKeepsTheOtherChange() {
        var first = setTeamTarget.add(manager, target(payments, security, Level.PROFICIENT, 2, 0));
        var second = setTeamTarget.change(manager, target(payments, security, Level.EXPERT, 1, first.version()));

        assertThatExceptionOfType(ConcurrentEdit.class)
                .isThrownBy(() ->
                        setTeamTarget.change(manager, target(payments, security, Level.AWARENESS, 5, first.version())));

        assertThat(world.targets.find(payments.id(), security.id())).contains(second);
        assertThat(world.auditLog.entries()).hasSize(2);
    }

    @Test
    void changingATargetSomeoneRemovedFailsAndDoesNotBringItBack() {
        var target = world.target(payments, security, Level.PROFICIENT, 2);
        setTeamTarget.remove(manager(mia), payments.id(), security.id(), target.version());

        assertThatExceptionOfType(ConcurrentEdit.class)
                .isThrownBy(() ->
                        setTeamTarget.change(manager, target(payments, security, Level.EXPERT, 3, target.version())));

        assertThat(world.targets.of(payments.id())).isEmpty();
        assertThat(world.auditLog.entries()).extracting(AuditEntry::action).containsExactly("target.removed");
    }

    @Test
    void theTeamsManagerAndHrReadTheTargetsAndNobodyElse() {
        var target = world.target(payments, security, Level.PROFICIENT, 2);

        assertThat(setTeamTarget.targetsOf(manager, payments.id())).containsExactly(target);
        assertThat(setTeamTarget.targetsOf(hr(world.person("Hilda HR")), payments.id()))
                .containsExactly(target);
        assertDenied(() -> setTeamTarget.targetsOf(employee(ann), payments.id()));
        assertDenied(() -> setTeamTarget.targetsOf(manager(max), payments.id()));
    }

    @Test
    void theTargetsOfATeamThatDoesNotExistAreNotFound() {
        var unknown = TeamId.random();

        assertThatExceptionOfType(NotFound.class)
                .isThrownBy(() -> setTeamTarget.targetsOf(hr(world.person("Hilda HR")), unknown))
                .withMessage("Team " + unknown + " does not exist");
    }

    @Test
    void oneTargetIsReadByTheSameRules() {
        var target = world.target(payments, security, Level.PROFICIENT, 2);

        assertThat(setTeamTarget.targetOf(manager, payments.id(), security.id()))
                .contains(target);
        assertThat(setTeamTarget.targetOf(manager, payments.id(), java.id())).isEmpty();
        assertDenied(() -> setTeamTarget.targetOf(manager(max), payments.id(), security.id()));
    }

    @Test
    void theTeamsManagerRemovesATarget() {
        var target = world.target(payments, security, Level.PROFICIENT, 2);

        setTeamTarget.remove(manager, payments.id(), security.id(), target.version());

        assertThat(world.targets.of(payments.id())).isEmpty();
        assertThat(world.auditLog.entries())
                .containsExactly(new AuditEntry(
                        world.clock.instant(),
                        mona.id(),
                        "target.removed",
                        payments.id().toString(),
                        "Security"));
    }

    @Test
    void removingAStaleTargetFails() {
        var target = world.target(payments, security, Level.PROFICIENT, 2);
        var changed = setTeamTarget.change(manager, target(payments, security, Level.EXPERT, 2, target.version()));

        assertThatExceptionOfType(ConcurrentEdit.class)
                .isThrownBy(() -> setTeamTarget.remove(manager, payments.id(), security.id(), target.version()));
        assertThat(world.targets.of(payments.id())).containsExactly(changed);
    }

    @Test
    void removingAMissingTargetFails() {
        assertThatExceptionOfType(NotFound.class)
                .isThrownBy(() -> setTeamTarget.remove(manager, payments.id(), security.id(), 0))
                .withMessage("Target for skill " + security.id() + " does not exist");
    }

    @Test
    void anotherTeamsManagerCannotRemoveATarget() {
        var target = world.target(payments, security, Level.PROFICIENT, 2);

        assertDenied(() -> setTeamTarget.remove(manager(max), payments.id(), security.id(), target.version()));
        assertThat(world.targets.of(payments.id())).containsExactly(target);
        assertThat(world.targets.of(search.id())).isEmpty();
    }

    private static TeamTarget target(Team team, Skill skill, Level level, int headcount, long version) {
        return new TeamTarget(team.id(), skill.id(), level, headcount, version);
    }

    @Test
    void aTargetSavedUnchangedKeepsItsVersionAndWritesNoAuditEntry() {
        var first = setTeamTarget.add(manager, target(payments, security, Level.PROFICIENT, 2, 0));

        var saved = setTeamTarget.change(manager, target(payments, security, Level.PROFICIENT, 2, first.version()));

        assertThat(saved).isEqualTo(first);
        assertThat(world.targets.find(payments.id(), security.id())).contains(first);
        assertThat(world.auditLog.entries()).extracting(AuditEntry::action).containsExactly("target.added");
        assertThatExceptionOfType(ConcurrentEdit.class)
                .as("saved unchanged on an older version: still a conflict")
                .isThrownBy(() -> setTeamTarget.change(
                        manager, target(payments, security, Level.PROFICIENT, 2, first.version() + 7)));
    }
}
