package org.skillsmatrix.app.security;

import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.people.SignedIn;

/** The principal of a bearer token that signed someone in: the person it is linked to, as of this request. */
record TokenUser(SignedIn signedIn) implements SignedInUser {

    @Override
    public Actor actor() {
        return signedIn.actor();
    }

    @Override
    public String displayName() {
        return signedIn.person().name();
    }

    @Override
    public boolean demoAccount() {
        return false;
    }
}
