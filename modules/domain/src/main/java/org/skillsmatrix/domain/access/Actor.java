package org.skillsmatrix.domain.access;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.skillsmatrix.domain.base.PersonId;

/** Who is acting: the signed-in person and the roles they hold. */
public record Actor(PersonId person, Set<Role> roles) {

    public Actor {
        Objects.requireNonNull(person, "person");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Actor of(PersonId person, Role... roles) {
        return new Actor(person, Set.copyOf(Arrays.asList(roles)));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean is(PersonId other) {
        return person.equals(other);
    }
}
