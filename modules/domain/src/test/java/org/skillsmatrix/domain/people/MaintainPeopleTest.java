package org.skillsmatrix.domain.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.skillsmatrix.domain.testing.DomainAssertions.assertDenied;
import static org.skillsmatrix.domain.testing.DomainAssertions.assertInvalid;
import static org.skillsmatrix.domain.testing.TestOrganisation.actor;
import static org.skillsmatrix.domain.testing.TestOrganisation.admin;
import static org.skillsmatrix.domain.testing.TestOrganisation.employee;
import static org.skillsmatrix.domain.testing.TestOrganisation.hr;
import static org.skillsmatrix.domain.testing.TestOrganisation.manager;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.audit.AuditEntry;
import org.skillsmatrix.domain.base.ConcurrentEdit;
import org.skillsmatrix.domain.base.NotFound;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.RoleProfileId;
import org.skillsmatrix.domain.testing.TestOrganisation;

class MaintainPeopleTest {

    private final TestOrganisation world = new TestOrganisation();
    private final MaintainPeople maintainPeople = world.maintainPeople;
    private final Person hilda = world.person("Hilda HR");
    private final Actor hr = hr(hilda);

    @Test
    void hrAddsAPersonWithALowerCaseEmail() {
        var grace = maintainPeople.add(hr, "Grace Hopper", " Grace.Hopper@Example.COM ", null);

        assertThat(grace.email()).isEqualTo("grace.hopper@example.com");
        assertThat(grace.active()).isTrue();
        assertThat(world.people.byId(grace.id())).contains(grace);
        assertThat(world.auditLog.entries())
                .containsExactly(new AuditEntry(
                        world.clock.instant(),
                        hilda.id(),
                        "person.added",
                        grace.id().toString(),
                        "Grace Hopper <grace.hopper@example.com>"));
    }

    @Test
    void anAdminMayAddPeopleToo() {
        var grace = maintainPeople.add(admin(world.person("Ada Admin")), "Grace Hopper", "grace@example.com", null);

        assertThat(world.people.byId(grace.id())).isPresent();
    }

    static Stream<String> neitherHrNorAdmin() {
        return Stream.of("employee", "manager", "no roles");
    }

    @ParameterizedTest
    @MethodSource("neitherHrNorAdmin")
    void othersCannotListAddOrChangePeople(String who) {
        var person = world.person("Pat Other");
        var other = switch (who) {
            case "employee" -> employee(person);
            case "manager" -> manager(person);
            default -> actor(person);
        };
        long before = world.people.count();

        assertDenied(() -> maintainPeople.list(other));
        assertDenied(() -> maintainPeople.add(other, "Grace Hopper", "grace@example.com", null));
        assertDenied(() -> maintainPeople.change(other, person.with("Pat Changed", person.email(), null)));

        assertThat(world.people.count()).isEqualTo(before);
        assertThat(world.people.byId(person.id())).contains(person);
        assertThat(world.auditLog.entries()).isEmpty();
    }

    @Test
    void anEmailMustLookLikeOne() {
        assertInvalid(
                () -> maintainPeople.add(hr, "Grace Hopper", "grace at example.com", null),
                "email",
                "'grace at example.com' is not a valid e-mail address");
        assertThat(world.people.count()).isEqualTo(1);
        assertThat(world.auditLog.entries()).isEmpty();
    }

    @Test
    void aNameMustBeGivenAndAtMost120Characters() {
        assertInvalid(() -> maintainPeople.add(hr, " ", "grace@example.com", null), "name", "Name must not be empty");
        assertInvalid(
                () -> maintainPeople.add(hr, "G".repeat(121), "grace@example.com", null),
                "name",
                "Name must be at most 120 characters");
    }

    @Test
    void twoPeopleCannotShareAnEmailWhateverItsCase() {
        world.person("Ann Smith");

        assertInvalid(
                () -> maintainPeople.add(hr, "Ann Other", "ANN.SMITH@example.com", null),
                "email",
                "Someone else already has the e-mail ann.smith@example.com");
        assertThat(world.people.count()).isEqualTo(2);
    }

    @Test
    void aRoleProfileMustExist() {
        assertInvalid(
                () -> maintainPeople.add(hr, "Grace Hopper", "grace@example.com", RoleProfileId.random()),
                "roleProfile",
                "Choose an existing role profile");

        var senior = world.roleProfile("Senior Back-end Engineer", Map.of());
        var grace = maintainPeople.add(hr, "Grace Hopper", "grace@example.com", senior.id());
        assertThat(grace.roleProfile()).isEqualTo(senior.id());
    }

    @Test
    void aChangeIsStoredWithANewVersionAndAudited() {
        var ann = world.person("Ann Smith");

        var changed = maintainPeople.change(hr, ann.with("Ann Jones", "ann.jones@example.com", null));

        assertThat(changed.version()).isEqualTo(ann.version() + 1);
        assertThat(world.people.byId(ann.id())).contains(changed);
        assertThat(world.auditLog.entries())
                .containsExactly(new AuditEntry(
                        world.clock.instant(),
                        hilda.id(),
                        "person.changed",
                        ann.id().toString(),
                        "Ann Jones <ann.jones@example.com>"));
    }

    @Test
    void aChangeKeepsTheLinkToTheIdentityProvidersAccount() {
        var ann = world.people.update(world.person("Ann Smith").withSubject("kc-ann"));
        var withoutLink = new Person(ann.id(), "Ann Jones", ann.email(), null, true, ann.version());

        var changed = maintainPeople.change(hr, withoutLink);

        assertThat(changed.name()).isEqualTo("Ann Jones");
        assertThat(changed.subject()).isEqualTo("kc-ann");
    }

    @Test
    void aPersonIsDeactivatedKeepingTheirEmail() {
        var ann = world.person("Ann Smith");

        var gone = maintainPeople.change(hr, ann.withActive(false));

        assertThat(gone.active()).isFalse();
        assertThat(gone.email()).isEqualTo(ann.email());
    }

    @Test
    void anEmailCannotBeTakenFromSomeoneElse() {
        var ann = world.person("Ann Smith");
        var ben = world.person("Ben Brown");

        assertInvalid(
                () -> maintainPeople.change(hr, ben.with(ben.name(), ann.email(), null)),
                "email",
                "Someone else already has the e-mail ann.smith@example.com");
        assertThat(world.people.byId(ben.id())).contains(ben);
    }

    @Test
    void aChangeBasedOnAStaleVersionFailsAndKeepsTheOtherChange() {
        var ann = world.person("Ann Smith");
        maintainPeople.change(hr, ann.with("Ann Jones", ann.email(), null));

        assertThatExceptionOfType(ConcurrentEdit.class)
                .isThrownBy(() -> maintainPeople.change(hr, ann.withActive(false)))
                .withMessageContaining("changed by someone else");

        var stored = world.people.byId(ann.id()).orElseThrow();
        assertThat(stored.name()).isEqualTo("Ann Jones");
        assertThat(stored.active()).isTrue();
        assertThat(world.auditLog.entries()).hasSize(1);
    }

    @Test
    void changingAnUnknownPersonFails() {
        var ghost = new Person(PersonId.random(), "Ghost", "ghost@example.com", null, true, 0);

        assertThatExceptionOfType(NotFound.class)
                .isThrownBy(() -> maintainPeople.change(hr, ghost))
                .withMessage("Person " + ghost.id() + " does not exist");
    }

    @Test
    void hrListsEveryoneByName() {
        world.person("Zoe Zimmer");
        world.person("alan Turing");

        assertThat(maintainPeople.list(hr))
                .extracting(Person::name)
                .containsExactly("alan Turing", "Hilda HR", "Zoe Zimmer");
    }

    @Test
    void onePersonIsShownToThoseWhoMaintainPeopleAndToThoseWhoMayReadThem() {
        var noah = world.person("Noah Fischer");
        var maya = world.person("Maya Schmidt");
        var otto = world.person("Otto Other");
        world.team("Payments", java.util.List.of(noah), java.util.List.of(maya));

        assertThat(maintainPeople.person(hr, noah.id())).isEqualTo(noah);
        assertThat(maintainPeople.person(admin(otto), noah.id())).isEqualTo(noah);
        assertThat(maintainPeople.person(manager(maya), noah.id())).isEqualTo(noah);
        assertThat(maintainPeople.person(employee(noah), noah.id())).isEqualTo(noah);
        assertDenied(() -> maintainPeople.person(employee(otto), noah.id()));
        assertDenied(() -> maintainPeople.person(manager(maya), otto.id()));
        assertThatExceptionOfType(NotFound.class).isThrownBy(() -> maintainPeople.person(hr, PersonId.random()));
    }

    @Test
    void aPersonSavedUnchangedKeepsTheirVersionAndWritesNoAuditEntry() {
        var ann = world.person("Ann Smith");

        var saved = maintainPeople.change(
                hr,
                new Person(
                        ann.id(),
                        ann.name(),
                        ann.email().toUpperCase(Locale.ROOT),
                        ann.roleProfile(),
                        true,
                        ann.version()));

        assertThat(saved).isEqualTo(ann);
        assertThat(world.people.byId(ann.id())).contains(ann);
        assertThat(world.auditLog.entries()).isEmpty();
    }
}
