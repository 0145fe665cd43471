package org.skillsmatrix.domain.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.skillsmatrix.domain.testing.DomainAssertions.assertDenied;
import static org.skillsmatrix.domain.testing.DomainAssertions.assertInvalid;
import static org.skillsmatrix.domain.testing.TestOrganisation.actor;
import static org.skillsmatrix.domain.testing.TestOrganisation.admin;
import static org.skillsmatrix.domain.testing.TestOrganisation.employee;
import static org.skillsmatrix.domain.testing.TestOrganisation.hr;
import static org.skillsmatrix.domain.testing.TestOrganisation.manager;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.audit.AuditEntry;
import org.skillsmatrix.domain.base.ConcurrentEdit;
import org.skillsmatrix.domain.base.NotFound;
import org.skillsmatrix.domain.base.RoleProfileId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.testing.TestOrganisation;

class MaintainRoleProfilesTest {

    private final TestOrganisation world = new TestOrganisation();
    private final MaintainRoleProfiles maintainRoleProfiles = world.maintainRoleProfiles;
    private final Person ada = world.person("Ada Admin");
    private final Actor admin = admin(ada);
    private final Skill java = world.skill("Java");
    private final Skill security = world.skill("Security");

    @Test
    void anAdminAddsAProfile() {
        var senior = maintainRoleProfiles.add(
                admin, "Senior Back-end Engineer", Map.of(java.id(), Level.EXPERT, security.id(), Level.PROFICIENT));

        assertThat(world.roleProfiles.byId(senior.id())).contains(senior);
        assertThat(senior.expectations())
                .containsExactlyInAnyOrderEntriesOf(Map.of(java.id(), Level.EXPERT, security.id(), Level.PROFICIENT));
        assertThat(world.auditLog.entries())
                .containsExactly(new AuditEntry(
                        world.clock.instant(),
                        ada.id(),
                        "profile.added",
                        senior.id().toString(),
                        "Senior Back-end Engineer"));
    }

    @Test
    void everyoneWithARoleReadsTheProfilesByName() {
        world.roleProfile("Senior Back-end Engineer", Map.of());
        world.roleProfile("Junior Back-end Engineer", Map.of());

        assertThat(maintainRoleProfiles.list(employee(world.person("Ann Smith"))))
                .extracting(RoleProfile::name)
                .containsExactly("Junior Back-end Engineer", "Senior Back-end Engineer");
        assertDenied(() -> maintainRoleProfiles.list(actor(world.person("Nobody"))));
    }

    @Test
    void onlyAnAdminChangesProfiles() {
        var senior = world.roleProfile("Senior Back-end Engineer", Map.of());
        var others = List.of(
                hr(world.person("Hilda HR")), manager(world.person("Mona Manager")), employee(world.person("Ann")));

        for (var other : others) {
            assertDenied(() -> maintainRoleProfiles.add(other, "Staff Engineer", Map.of()));
            assertDenied(() -> maintainRoleProfiles.change(other, senior.with("Lead", Map.of())));
        }

        assertThat(world.roleProfiles.all()).containsExactly(senior);
        assertThat(world.auditLog.entries()).isEmpty();
    }

    @Test
    void twoProfilesCannotShareAName() {
        world.roleProfile("Senior Back-end Engineer", Map.of());

        assertInvalid(
                () -> maintainRoleProfiles.add(admin, "Senior Back-end Engineer", Map.of()),
                "name",
                "A role profile named 'Senior Back-end Engineer' already exists");
        assertThat(world.roleProfiles.all()).hasSize(1);
    }

    @Test
    void aProfileNeedsANameOfAtMost80Characters() {
        assertInvalid(() -> maintainRoleProfiles.add(admin, "", Map.of()), "name", "Name must not be empty");
        assertInvalid(
                () -> maintainRoleProfiles.add(admin, "P".repeat(81), Map.of()),
                "name",
                "Name must be at most 80 characters");
    }

    @Test
    void expectationsNameSkillsFromTheCatalog() {
        var unknown = SkillId.random();

        assertInvalid(
                () -> maintainRoleProfiles.add(admin, "Senior Back-end Engineer", Map.of(unknown, Level.EXPERT)),
                "expectations",
                "Unknown skill " + unknown);
        assertThat(world.roleProfiles.all()).isEmpty();
        assertThat(world.auditLog.entries()).isEmpty();
    }

    @Test
    void anExpectedLevelIsAboveNone() {
        assertInvalid(
                () -> maintainRoleProfiles.add(admin, "Senior Back-end Engineer", Map.of(java.id(), Level.NONE)),
                "expectations",
                "An expected level must be at least 1 (Awareness)");
    }

    @Test
    void aChangeIsStoredWithANewVersionAndAudited() {
        var senior = world.roleProfile("Senior Back-end Engineer", Map.of(java.id(), Level.PROFICIENT));

        var changed =
                maintainRoleProfiles.change(admin, senior.with("Senior Engineer", Map.of(java.id(), Level.EXPERT)));

        assertThat(changed.version()).isEqualTo(senior.version() + 1);
        assertThat(world.roleProfiles.byId(senior.id())).contains(changed);
        assertThat(world.auditLog.entries())
                .extracting(AuditEntry::action, AuditEntry::detail)
                .containsExactly(tuple("profile.changed", "Senior Engineer"));
    }

    @Test
    void aChangeBasedOnAStaleVersionFails() {
        var senior = world.roleProfile("Senior Back-end Engineer", Map.of());
        maintainRoleProfiles.change(admin, senior.with("Senior Engineer", Map.of()));

        assertThatExceptionOfType(ConcurrentEdit.class)
                .isThrownBy(() -> maintainRoleProfiles.change(admin, senior.with("Lead Engineer", Map.of())));
        assertThat(world.roleProfiles.byId(senior.id()).orElseThrow().name()).isEqualTo("Senior Engineer");
    }

    @Test
    void changingAnUnknownProfileFails() {
        var ghost = new RoleProfile(RoleProfileId.random(), "Ghost", Map.of(), 0);

        assertThatExceptionOfType(NotFound.class).isThrownBy(() -> maintainRoleProfiles.change(admin, ghost));
    }

    @Test
    void aRoleProfileSavedUnchangedKeepsItsVersionAndWritesNoAuditEntry() {
        var senior = maintainRoleProfiles.add(admin, "Senior", Map.of(java.id(), Level.PROFICIENT));

        var saved = maintainRoleProfiles.change(admin, senior);

        assertThat(saved).isEqualTo(senior);
        assertThat(world.auditLog.entries()).extracting(AuditEntry::action).containsExactly("profile.added");
    }
}
