package org.skillsmatrix.domain.people;

import jakarta.transaction.Transactional;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.audit.Auditor;
import org.skillsmatrix.domain.base.InvalidInput;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.people.SignInRefused.Reason;

/**
 * Use case: someone signed in through the identity provider; find the person they are, and the actor they
 * act as.
 *
 * <p>The person is the one linked to the account's subject; failing that, the one with the account's e-mail, who
 * is then linked to the account, unless another account signs in as them already: that sign-in is refused and
 * audited, as an account that only shares a person's e-mail (of a second realm, or recreated) must not take them
 * over, unless re-linking is switched on for a move to new accounts. Failing both, a new person, or a refusal, as
 * {@link UnknownUsers} says. An e-mail that changed at the identity provider is taken over; a name only when
 * configured to (the name HR keeps is the application's otherwise). An account with none of the application's
 * roles is refused before anything is looked up or written.
 *
 * <p>An e-mail is trusted, to find a person by or to store, only when the identity provider has verified it,
 * unless unverified e-mails are trusted by configuration: otherwise anyone who can set an account's e-mail
 * could take over the person who has it.
 *
 * <p>A sign-in of a known person whose name and e-mail are unchanged is one look-up and no write.
 */
@Transactional(dontRollbackOn = SignInRefused.class)
public class SignIn {

    private final People people;
    private final Auditor auditor;
    private final UnknownUsers unknownUsers;
    private final boolean trustUnverifiedEmails;
    private final boolean relinkByEmail;
    private final boolean namesFromProvider;

    /**
     * @param relinkByEmail whether an account may take over, by e-mail, a person another account signs in as
     * @param namesFromProvider whether a sign-in takes over the name the identity provider gives
     */
    public SignIn(
            People people,
            Auditor auditor,
            UnknownUsers unknownUsers,
            boolean trustUnverifiedEmails,
            boolean relinkByEmail,
            boolean namesFromProvider) {
        this.people = people;
        this.auditor = auditor;
        this.unknownUsers = Objects.requireNonNull(unknownUsers, "unknownUsers");
        this.trustUnverifiedEmails = trustUnverifiedEmails;
        this.relinkByEmail = relinkByEmail;
        this.namesFromProvider = namesFromProvider;
    }

    public SignedIn signIn(Identity identity) {
        if (identity.roles().isEmpty()) {
            throw new SignInRefused(
                    Reason.NO_ROLES, "Your account holds none of the roles of Skills Matrix, so you have no access");
        }
        var email = trustedEmail(identity);
        var linked = people.byExternalSubject(identity.subject());
        if (linked.isPresent()) {
            return refreshed(active(linked.get()), identity, email);
        }
        var withEmail = email == null ? Optional.<Person>empty() : people.byEmail(email);
        if (withEmail.isPresent()) {
            return linked(active(withEmail.get()), identity);
        }
        return added(identity, email);
    }

    /**
     * A linked person: takes over a changed e-mail unless another person has it (then the stored e-mail stays, until
     * HR sorts the two people out), and a changed name where configured to.
     */
    private SignedIn refreshed(Person person, Identity identity, @Nullable String email) {
        var actor = new Actor(person.id(), identity.roles());
        var name = nameOf(person, identity);
        var newEmail = email == null
                        || email.equals(person.email())
                        || people.byEmail(email).isPresent()
                ? person.email()
                : email;
        if (name.equals(person.name()) && newEmail.equals(person.email())) {
            return new SignedIn(person, actor);
        }
        var updated = people.update(person.with(name, newEmail, person.roleProfile()));
        auditor.record(actor, "person.changed", updated.id(), "From the identity provider: " + describe(updated));
        return new SignedIn(updated, actor);
    }

    /**
     * A person found by e-mail: linked to the account from now on. One another account signs in as already is
     * refused, with an audit entry, unless re-linking is on.
     */
    private SignedIn linked(Person person, Identity identity) {
        var actor = new Actor(person.id(), identity.roles());
        var previous = person.subject();
        if (previous != null && !relinkByEmail) {
            auditor.record(
                    actor,
                    "person.link-refused",
                    person.id(),
                    "The account " + identity.subject() + " with the e-mail of " + describe(person)
                            + " was refused: the person signs in as the account " + previous);
            throw new SignInRefused(
                    Reason.LINKED_TO_ANOTHER_ACCOUNT,
                    "Another account already signs in as the person with your e-mail address; ask your"
                            + " administrator to sort the accounts out");
        }
        var name = nameOf(person, identity);
        var updated = people.update(
                person.with(name, person.email(), person.roleProfile()).withSubject(identity.subject()));
        auditor.record(
                actor,
                previous == null ? "person.linked" : "person.relinked",
                updated.id(),
                describe(updated) + " signs in as the account " + identity.subject()
                        + (previous == null ? "" : ", no longer as " + previous));
        return new SignedIn(updated, actor);
    }

    private SignedIn added(Identity identity, @Nullable String email) {
        if (unknownUsers == UnknownUsers.REFUSE) {
            throw new SignInRefused(
                    Reason.UNKNOWN_USER,
                    "You are not among the people of Skills Matrix yet; ask HR to add you, then sign in again");
        }
        if (email == null) {
            throw new SignInRefused(
                    Reason.NO_TRUSTED_EMAIL,
                    "Your account has no verified e-mail address, which Skills Matrix needs to know who you are");
        }
        var person = new Person(PersonId.random(), identity.personName(), email, identity.subject(), null, true, 0);
        var added = people.add(person);
        var actor = new Actor(added.id(), identity.roles());
        auditor.record(actor, "person.added", added.id(), describe(added) + ", on first sign-in");
        return new SignedIn(added, actor);
    }

    private String nameOf(Person person, Identity identity) {
        return namesFromProvider && identity.name() != null ? identity.personName() : person.name();
    }

    private static Person active(Person person) {
        if (!person.active()) {
            throw new SignInRefused(
                    Reason.INACTIVE, "Your place in Skills Matrix has been closed; ask HR if that is a mistake");
        }
        return person;
    }

    private @Nullable String trustedEmail(Identity identity) {
        if (identity.email() == null || !(identity.emailVerified() || trustUnverifiedEmails)) {
            return null;
        }
        try {
            return Person.normalisedEmail(identity.email());
        } catch (InvalidInput notAnEmail) {
            return null;
        }
    }

    private static String describe(Person person) {
        return person.name() + " <" + person.email() + ">";
    }
}
