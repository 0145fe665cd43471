package org.skillsmatrix.domain.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.skillsmatrix.domain.access.Role.EMPLOYEE;
import static org.skillsmatrix.domain.access.Role.MANAGER;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.access.Role;
import org.skillsmatrix.domain.audit.AuditEntry;
import org.skillsmatrix.domain.people.SignInRefused.Reason;
import org.skillsmatrix.domain.testing.TestOrganisation;

class SignInTest {

    private final TestOrganisation world = new TestOrganisation();
    private final SignIn signIn = signIn(UnknownUsers.CREATE, false);
    private final Person maya = world.person("Maya Schmidt");

    @Test
    void theFirstSignInFindsThePersonByVerifiedEmailAndLinksThemToTheAccount() {
        var signedIn =
                signIn.signIn(identity("kc-maya", "Maya.Schmidt@example.com", "Maya Schmidt", EMPLOYEE, MANAGER));

        assertThat(signedIn.actor()).isEqualTo(Actor.of(maya.id(), EMPLOYEE, MANAGER));
        assertThat(signedIn.person().subject()).isEqualTo("kc-maya");
        assertThat(world.people.byExternalSubject("kc-maya")).contains(signedIn.person());
        assertThat(world.auditLog.entries())
                .containsExactly(new AuditEntry(
                        world.clock.instant(),
                        maya.id(),
                        "person.linked",
                        maya.id().toString(),
                        "Maya Schmidt <maya.schmidt@example.com> signs in as the account kc-maya"));
    }

    @Test
    void laterSignInsFindThePersonBySubjectAndWriteNothing() {
        var first = signIn.signIn(identity("kc-maya", maya.email(), maya.name(), EMPLOYEE));

        var again = signIn.signIn(identity("kc-maya", maya.email(), maya.name(), EMPLOYEE, MANAGER));

        assertThat(again.person()).isEqualTo(first.person());
        assertThat(again.person().version()).isEqualTo(first.person().version());
        assertThat(again.actor().roles()).containsExactlyInAnyOrder(EMPLOYEE, MANAGER);
        assertThat(world.auditLog.entries()).hasSize(1);
    }

    @Test
    void aChangedEmailIsTakenOverAndAuditedButNotTheName() {
        signIn.signIn(identity("kc-maya", maya.email(), maya.name(), EMPLOYEE));

        var changed = signIn.signIn(identity("kc-maya", "maya.weber@example.com", "Maya Weber", EMPLOYEE));

        assertThat(changed.person().id()).isEqualTo(maya.id());
        assertThat(changed.person().name()).isEqualTo("Maya Schmidt");
        assertThat(changed.person().email()).isEqualTo("maya.weber@example.com");
        assertThat(world.auditLog.entries().getLast().detail())
                .isEqualTo("From the identity provider: Maya Schmidt <maya.weber@example.com>");
    }

    @Test
    void aChangedNameIsTakenOverWhereConfiguredTo() {
        var namesFromProvider = new SignIn(world.people, world.auditor, UnknownUsers.CREATE, false, false, true);
        namesFromProvider.signIn(identity("kc-maya", maya.email(), "M. Schmidt", EMPLOYEE));

        var renamed = namesFromProvider.signIn(identity("kc-maya", "maya.weber@example.com", "Maya Weber", EMPLOYEE));

        assertThat(renamed.person().id()).isEqualTo(maya.id());
        assertThat(renamed.person().name()).isEqualTo("Maya Weber");
        assertThat(renamed.person().email()).isEqualTo("maya.weber@example.com");
        assertThat(world.people.byId(maya.id())).contains(renamed.person());
        assertThat(world.people.byEmail(maya.email())).isEmpty();
        assertThat(world.auditLog.entries().getLast())
                .isEqualTo(new AuditEntry(
                        world.clock.instant(),
                        maya.id(),
                        "person.changed",
                        maya.id().toString(),
                        "From the identity provider: Maya Weber <maya.weber@example.com>"));
    }

    @Test
    void anEmailThatAnotherPersonHasIsNotTakenOver() {
        var noah = world.person("Noah Fischer");
        signIn.signIn(identity("kc-maya", maya.email(), maya.name(), EMPLOYEE));

        var signedIn = signIn.signIn(identity("kc-maya", noah.email(), "Maya Weber", EMPLOYEE));

        assertThat(signedIn.person().id()).isEqualTo(maya.id());
        assertThat(signedIn.person().email()).isEqualTo(maya.email());
        assertThat(signedIn.person().name()).isEqualTo("Maya Schmidt");
        assertThat(world.people.byId(noah.id())).contains(noah);
    }

    @Test
    void anUnknownUserIsAddedAsAnActivePersonLinkedToTheAccount() {
        long before = world.people.count();

        var signedIn = signIn.signIn(identity("kc-nina", "nina.newman@example.com", "Nina Newman", EMPLOYEE));

        var nina = signedIn.person();
        assertThat(world.people.count()).isEqualTo(before + 1);
        assertThat(nina.name()).isEqualTo("Nina Newman");
        assertThat(nina.email()).isEqualTo("nina.newman@example.com");
        assertThat(nina.subject()).isEqualTo("kc-nina");
        assertThat(nina.active()).isTrue();
        assertThat(nina.roleProfile()).isNull();
        assertThat(signedIn.actor()).isEqualTo(Actor.of(nina.id(), EMPLOYEE));
        assertThat(world.people.byExternalSubject("kc-nina")).contains(nina);
        assertThat(world.auditLog.entries())
                .containsExactly(new AuditEntry(
                        world.clock.instant(),
                        nina.id(),
                        "person.added",
                        nina.id().toString(),
                        "Nina Newman <nina.newman@example.com>, on first sign-in"));
    }

    @Test
    void anAccountWithoutANameAddsAPersonNamedByTheirEmail() {
        var signedIn = signIn.signIn(identity("kc-nina", "nina.newman@example.com", null, EMPLOYEE));

        assertThat(signedIn.person().name()).isEqualTo("nina.newman@example.com");
    }

    @Test
    void anUnknownUserIsRefusedWhenUnknownUsersAreAndNothingIsWritten() {
        long before = world.people.count();

        assertRefused(
                () -> signIn(UnknownUsers.REFUSE, false)
                        .signIn(identity("kc-nina", "nina.newman@example.com", "Nina Newman", EMPLOYEE)),
                Reason.UNKNOWN_USER);

        assertThat(world.people.count()).isEqualTo(before);
        assertThat(world.auditLog.entries()).isEmpty();
    }

    @Test
    void knownPeopleStillSignInWhenUnknownUsersAreRefused() {
        var signedIn = signIn(UnknownUsers.REFUSE, false).signIn(identity("kc-maya", maya.email(), null, EMPLOYEE));

        assertThat(signedIn.person().id()).isEqualTo(maya.id());
        assertThat(signedIn.person().name()).isEqualTo("Maya Schmidt");
    }

    @Test
    void anAccountWithNoRolesIsRefusedBeforeAnythingIsLinkedOrAdded() {
        long before = world.people.count();

        assertRefused(() -> signIn.signIn(identity("kc-maya", maya.email(), maya.name())), Reason.NO_ROLES);
        assertRefused(
                () -> signIn.signIn(identity("kc-otto", "otto.roleless@example.com", "Otto Roleless")),
                Reason.NO_ROLES);

        assertThat(world.people.byId(maya.id())).contains(maya);
        assertThat(world.people.count()).isEqualTo(before);
        assertThat(world.auditLog.entries()).isEmpty();
    }

    @Test
    void anUnverifiedEmailFindsNobodyAndAddsNobody() {
        var unverified = new Identity("kc-mallory", maya.email(), false, "Mallory", Set.of(EMPLOYEE));

        assertRefused(() -> signIn.signIn(unverified), Reason.NO_TRUSTED_EMAIL);

        assertThat(world.people.byId(maya.id())).contains(maya);
        assertThat(world.people.byExternalSubject("kc-mallory")).isEmpty();
    }

    @Test
    void anUnverifiedEmailIsTrustedWhenConfiguredTo() {
        var unverified = new Identity("kc-maya", maya.email(), false, maya.name(), Set.of(EMPLOYEE));

        var signedIn = signIn(UnknownUsers.CREATE, true).signIn(unverified);

        assertThat(signedIn.person().id()).isEqualTo(maya.id());
    }

    @Test
    void anUnverifiedNewEmailOfALinkedAccountIsNotTakenOver() {
        signIn.signIn(identity("kc-maya", maya.email(), maya.name(), EMPLOYEE));

        var signedIn =
                signIn.signIn(new Identity("kc-maya", "someone@example.org", false, maya.name(), Set.of(EMPLOYEE)));

        assertThat(signedIn.person().email()).isEqualTo(maya.email());
    }

    @Test
    void aLinkedAccountSignsInWithoutAnEmail() {
        signIn.signIn(identity("kc-maya", maya.email(), maya.name(), EMPLOYEE));

        var signedIn = signIn.signIn(identity("kc-maya", null, null, EMPLOYEE));

        assertThat(signedIn.person().id()).isEqualTo(maya.id());
        assertThat(signedIn.person().email()).isEqualTo(maya.email());
    }

    @Test
    void anInactivePersonIsRefusedWhetherFoundBySubjectOrByEmail() {
        var gone = world.inactivePerson("Gone Person");
        assertRefused(() -> signIn.signIn(identity("kc-gone", gone.email(), gone.name(), EMPLOYEE)), Reason.INACTIVE);
        assertThat(world.people.byId(gone.id())).contains(gone);

        signIn.signIn(identity("kc-maya", maya.email(), maya.name(), EMPLOYEE));
        var linked = world.people.byId(maya.id()).orElseThrow();
        world.people.update(linked.withActive(false));
        assertRefused(() -> signIn.signIn(identity("kc-maya", maya.email(), maya.name(), EMPLOYEE)), Reason.INACTIVE);
    }

    @Test
    void anotherAccountWithTheEmailOfALinkedPersonIsRefusedAuditedAndLinksNothing() {
        signIn.signIn(identity("kc-old", maya.email(), maya.name(), EMPLOYEE));
        var before = world.people.byId(maya.id()).orElseThrow();

        assertRefused(
                () -> signIn.signIn(identity("kc-new", maya.email(), "Someone Else", EMPLOYEE, MANAGER)),
                Reason.LINKED_TO_ANOTHER_ACCOUNT);

        assertThat(world.people.byId(maya.id())).contains(before);
        assertThat(world.people.byExternalSubject("kc-old")).map(Person::id).contains(maya.id());
        assertThat(world.people.byExternalSubject("kc-new")).isEmpty();
        assertThat(world.auditLog.entries().getLast()).satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("person.link-refused");
            assertThat(entry.subject()).isEqualTo(maya.id().toString());
            assertThat(entry.detail()).contains("kc-new").endsWith("signs in as the account kc-old");
        });
    }

    @Test
    void aPersonLinkedToAnotherAccountIsRelinkedByVerifiedEmailWhereConfiguredTo() {
        var relinking = new SignIn(world.people, world.auditor, UnknownUsers.CREATE, false, true, false);
        relinking.signIn(identity("kc-old", maya.email(), maya.name(), EMPLOYEE));

        var signedIn = relinking.signIn(identity("kc-new", maya.email(), maya.name(), EMPLOYEE));

        assertThat(signedIn.person().id()).isEqualTo(maya.id());
        assertThat(signedIn.person().subject()).isEqualTo("kc-new");
        assertThat(world.people.byExternalSubject("kc-old")).isEmpty();
        assertThat(world.auditLog.entries().getLast().action()).isEqualTo("person.relinked");
        assertThat(world.auditLog.entries().getLast().detail()).endsWith("no longer as kc-old");
    }

    @Test
    void aLongNameIsShortenedToWhatAPersonHolds() {
        var signedIn = signIn.signIn(identity("kc-long", "long@example.com", "L".repeat(200), EMPLOYEE));

        assertThat(signedIn.person().name()).hasSize(Person.MAX_NAME);
    }

    private SignIn signIn(UnknownUsers unknownUsers, boolean trustUnverifiedEmails) {
        return new SignIn(world.people, world.auditor, unknownUsers, trustUnverifiedEmails, false, false);
    }

    private static Identity identity(String subject, @Nullable String email, @Nullable String name, Role... roles) {
        return new Identity(subject, email, true, name, Set.of(roles));
    }

    private static void assertRefused(
            org.assertj.core.api.ThrowableAssert.ThrowingCallable call, SignInRefused.Reason reason) {
        assertThatExceptionOfType(SignInRefused.class)
                .isThrownBy(call)
                .satisfies(refused -> assertThat(refused.reason()).isEqualTo(reason));
    }
}
