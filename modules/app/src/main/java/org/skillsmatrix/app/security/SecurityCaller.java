package org.skillsmatrix.app.security;

import org.skillsmatrix.api.base.Caller;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.base.NotFound;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.people.SignedIn;

/**
 * The API's caller from Spring Security's context: the person a bearer token signed in (as of this request),
 * or, in demo mode, the person of the local account given with HTTP Basic, kept as a bearer token's sign-in is, so
 * that a demo client's calls do not each read the person again.
 */
final class SecurityCaller implements Caller {

    private final People people;
    private final SecurityCurrentUser user;
    private final RecentSignIns<PersonId, Person> demoCallers;

    SecurityCaller(People people, SecurityCurrentUser user, RecentSignIns<PersonId, Person> demoCallers) {
        this.people = people;
        this.user = user;
        this.demoCallers = demoCallers;
    }

    @Override
    public SignedIn current() {
        return switch (user.signedIn()) {
            case TokenUser token -> token.signedIn();
            case LocalAccount account ->
                new SignedIn(demoCallers.signIn(account.person(), () -> person(account)), account.actor());
            case SignedInUser other -> throw new IllegalStateException("Not an API caller: " + other.getClass());
        };
    }

    private Person person(LocalAccount account) {
        return people.byId(account.person()).orElseThrow(() -> new NotFound("Person", account.person()));
    }

    @Override
    public Actor actor() {
        return user.signedIn().actor();
    }
}
