package org.skillsmatrix.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.domain.access.Role.EMPLOYEE;
import static org.skillsmatrix.domain.access.Role.MANAGER;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.base.PersonId;

class ActorTest {

    private final PersonId ann = PersonId.random();

    @Test
    void anActorHoldsTheRolesGivenAndNoOthers() {
        var actor = Actor.of(ann, MANAGER, EMPLOYEE);

        assertThat(actor.has(MANAGER)).isTrue();
        assertThat(actor.has(EMPLOYEE)).isTrue();
        assertThat(actor.has(Role.HR)).isFalse();
        assertThat(actor.is(ann)).isTrue();
        assertThat(actor.is(PersonId.random())).isFalse();
    }

    @Test
    void anActorMayHoldNoRoles() {
        assertThat(Actor.of(ann).roles()).isEmpty();
        assertThat(new Actor(ann, EnumSet.noneOf(Role.class)).roles()).isEmpty();
    }

    @Test
    void aRoleNamedTwiceIsHeldOnce() {
        assertThat(Actor.of(ann, EMPLOYEE, EMPLOYEE, MANAGER).roles()).containsExactlyInAnyOrder(EMPLOYEE, MANAGER);
    }

    @Test
    void anActorKeepsItsOwnCopyOfTheRoles() {
        var roles = EnumSet.of(EMPLOYEE);
        var actor = new Actor(ann, roles);

        roles.add(Role.ADMIN);

        assertThat(actor.has(Role.ADMIN)).isFalse();
    }
}
