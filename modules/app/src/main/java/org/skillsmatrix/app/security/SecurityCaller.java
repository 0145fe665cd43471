package org.skillsmatrix.app.security;

import org.skillsmatrix.api.base.Caller;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.base.NotFound;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.people.SignedIn;

/**
 * The API's caller from Spring Security's context: the person a bearer token signed in (as of this request),
 * or, in demo mode, the person of the local account given with HTTP Basic.
 */
final class SecurityCaller implements Caller {

    private final People people;
    private final SecurityCurrentUser user;

    SecurityCaller(People people, SecurityCurrentUser user) {
        this.people = people;
        this.user = user;
    }

    @Override
    public SignedIn current() {
        return switch (user.signedIn()) {
            case TokenUser token -> token.signedIn();
            case LocalAccount account ->
                new SignedIn(
                        people.byId(account.person()).orElseThrow(() -> new NotFound("Person", account.person())),
                        account.actor());
            case SignedInUser other -> throw new IllegalStateException("Not an API caller: " + other.getClass());
        };
    }

    @Override
    public Actor actor() {
        return user.signedIn().actor();
    }
}
