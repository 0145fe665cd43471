package org.skillsmatrix.domain.people;

import java.util.Objects;
import org.skillsmatrix.domain.access.Actor;

/** The outcome of signing in: the person, as stored after the sign-in, and the actor they act as. */
public record SignedIn(Person person, Actor actor) {

    public SignedIn {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(actor, "actor");
        if (!actor.is(person.id())) {
            throw new IllegalArgumentException("The actor must be the signed-in person");
        }
    }
}
