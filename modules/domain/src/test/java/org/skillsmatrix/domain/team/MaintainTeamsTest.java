package org.skillsmatrix.domain.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.skillsmatrix.domain.testing.DomainAssertions.assertDenied;
import static org.skillsmatrix.domain.testing.DomainAssertions.assertInvalid;
import static org.skillsmatrix.domain.testing.TestOrganisation.actor;
import static org.skillsmatrix.domain.testing.TestOrganisation.admin;
import static org.skillsmatrix.domain.testing.TestOrganisation.employee;
import static org.skillsmatrix.domain.testing.TestOrganisation.hr;
import static org.skillsmatrix.domain.testing.TestOrganisation.manager;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.audit.AuditEntry;
import org.skillsmatrix.domain.base.ConcurrentEdit;
import org.skillsmatrix.domain.base.NotFound;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.testing.TestOrganisation;

class MaintainTeamsTest {

    private final TestOrganisation world = new TestOrganisation();
    private final MaintainTeams maintainTeams = world.maintainTeams;
    private final Person hilda = world.person("Hilda HR");
    private final Actor hr = hr(hilda);
    private final Person ann = world.person("Ann Smith");
    private final Person ben = world.person("Ben Brown");
    private final Person mona = world.person("Mona Manager");

    @Test
    void hrAddsAnEmptyTeam() {
        var payments = maintainTeams.add(hr, "Payments");

        assertThat(payments.members()).isEmpty();
        assertThat(payments.managers()).isEmpty();
        assertThat(world.teams.byId(payments.id())).contains(payments);
        assertThat(world.auditLog.entries())
                .containsExactly(new AuditEntry(
                        world.clock.instant(),
                        hilda.id(),
                        "team.added",
                        payments.id().toString(),
                        "Payments"));
    }

    @Test
    void anAdminMayAddTeamsToo() {
        var payments = maintainTeams.add(admin(world.person("Ada Admin")), "Payments");

        assertThat(world.teams.byId(payments.id())).isPresent();
    }

    @Test
    void managersEmployeesAndPeopleWithoutRolesCannotMaintainTeams() {
        var payments = world.team("Payments", List.of(ann), List.of(mona));

        for (var other : List.of(manager(mona), employee(ann), actor(ben))) {
            assertDenied(() -> maintainTeams.add(other, "Search"));
            assertDenied(() -> maintainTeams.change(other, payments.withMember(ben.id())));
        }

        assertThat(world.teams.all()).containsExactly(payments);
        assertThat(world.auditLog.entries()).isEmpty();
    }

    @Test
    void aTeamNameIsRequiredAndAtMost80Characters() {
        assertInvalid(() -> maintainTeams.add(hr, "  "), "name", "Name must not be empty");
        assertInvalid(() -> maintainTeams.add(hr, "T".repeat(81)), "name", "Name must be at most 80 characters");
        assertThat(world.teams.all()).isEmpty();
        assertThat(world.auditLog.entries()).isEmpty();
    }

    @Test
    void twoTeamsCannotShareAName() {
        var payments = world.team("Payments", List.of(), List.of());
        var search = world.team("Search", List.of(), List.of());

        assertInvalid(() -> maintainTeams.add(hr, "Payments"), "name", "A team named 'Payments' already exists");
        assertInvalid(
                () -> maintainTeams.change(hr, search.renamed("Payments")),
                "name",
                "A team named 'Payments' already exists");
        assertThat(world.teams.all()).containsExactly(payments, search);
    }

    @Test
    void membersAndManagersAreSetWithANewVersionAndAudited() {
        var payments = world.team("Payments", List.of(), List.of());

        var staffed = maintainTeams.change(
                hr, payments.withMember(ann.id()).withMember(ben.id()).withManager(mona.id()));

        assertThat(staffed.version()).isEqualTo(payments.version() + 1);
        var stored = world.teams.byId(payments.id()).orElseThrow();
        assertThat(stored.members()).containsExactlyInAnyOrder(ann.id(), ben.id());
        assertThat(stored.managers()).containsExactly(mona.id());
        assertThat(world.auditLog.entries())
                .containsExactly(new AuditEntry(
                        world.clock.instant(),
                        hilda.id(),
                        "team.changed",
                        payments.id().toString(),
                        "name=Payments, members 0 -> 2, managers 0 -> 1"));
    }

    @Test
    void aNewManagerGetsAccessToTheTeamAtOnce() {
        var payments = world.team("Payments", List.of(ann), List.of());
        assertThat(world.policy.allows(manager(mona), new Action.ReadPerson(ann.id())))
                .isFalse();

        maintainTeams.change(hr, payments.withManager(mona.id()));

        assertThat(world.policy.allows(manager(mona), new Action.ReadPerson(ann.id())))
                .isTrue();
    }

    @Test
    void membersAndManagersMustBeKnownPeople() {
        var payments = world.team("Payments", List.of(), List.of());
        var stranger = PersonId.random();

        assertInvalid(
                () -> maintainTeams.change(hr, payments.withMember(stranger)), "members", "Unknown person " + stranger);
        assertInvalid(
                () -> maintainTeams.change(hr, payments.withManager(stranger)),
                "managers",
                "Unknown person " + stranger);
        assertThat(world.teams.byId(payments.id())).contains(payments);
        assertThat(world.auditLog.entries()).isEmpty();
    }

    @Test
    void aChangeBasedOnAStaleVersionFailsAndKeepsTheOtherChange() {
        var payments = world.team("Payments", List.of(), List.of());
        maintainTeams.change(hr, payments.withMember(ann.id()));

        assertThatExceptionOfType(ConcurrentEdit.class)
                .isThrownBy(() -> maintainTeams.change(hr, payments.withMember(ben.id())));

        assertThat(world.teams.byId(payments.id()).orElseThrow().members()).containsExactly(ann.id());
        assertThat(world.auditLog.entries()).hasSize(1);
    }

    @Test
    void changingAnUnknownTeamFails() {
        var ghost = new Team(TeamId.random(), "Ghost", Set.of(), Set.of(), 0);

        assertThatExceptionOfType(NotFound.class).isThrownBy(() -> maintainTeams.change(hr, ghost));
    }

    @Test
    void aTeamSavedUnchangedKeepsItsVersionAndWritesNoAuditEntry() {
        var payments = world.team("Payments", List.of(ann), List.of(mona));

        var saved = maintainTeams.change(hr, payments);

        assertThat(saved).isEqualTo(payments);
        assertThat(world.teams.byId(payments.id())).contains(payments);
        assertThat(world.auditLog.entries()).isEmpty();
    }
}
