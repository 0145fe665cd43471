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
 * <p>The person is the one linked to the account's subject; failing that, the one with the account's e-mail,
 * who is then linked to the account; failing that, a new person, or a refusal, as {@link UnknownUsers} says.
 * A name or e-mail that changed at the identity provider is taken over. An account with none of the
 * application's roles is refused before anything is looked up or written.
 *
 * <p>An e-mail is trusted, to find a person by or to store, only when the identity provider has verified it,
 * unless unverified e-mails are trusted by configuration: otherwise anyone who can set an account's e-mail
 * could take over the person who has it.
 *
 * <p>A sign-in of a known person whose name and e-mail are unchanged is one look-up and no write.
 */
@Transactional
public class SignIn {

    private final People people;
    private final Auditor auditor;
    private final UnknownUsers unknownUsers;
    private final boolean trustUnverifiedEmails;

    public SignIn(People people, Auditor auditor, UnknownUsers unknownUsers, boolean trustUnverifiedEmails) {
        this.people = people;
        this.auditor = auditor;
        this.unknownUsers = Objects.requireNonNull(unknownUsers, "unknownUsers");
        this.trustUnverifiedEmails = trustUnverifiedEmails;
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
     * A linked person: takes over a changed name, and a changed e-mail unless another person has it (then the
     * stored e-mail stays, until HR sorts the two people out).
     */
    private SignedIn refreshed(Person person, Identity identity, @Nullable String email) {
        var actor = new Actor(person.id(), identity.roles());
        var name = identity.name() == null ? person.name() : identity.personName();
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

    /** A person found by e-mail: linked to the account from now on (re-linked, if another account had them). */
    private SignedIn linked(Person person, Identity identity) {
        var actor = new Actor(person.id(), identity.roles());
        var name = identity.name() == null ? person.name() : identity.personName();
        var previous = person.subject();
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
