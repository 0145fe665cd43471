package org.skillsmatrix.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.access.Role;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.people.Identity;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.people.SignedIn;
import org.skillsmatrix.domain.testing.TestClock;
import org.skillsmatrix.persistence.people.PersonStored;

class RecentSignInsTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-11-21T09:00:00Z"));
    private final RecentSignIns<Identity, SignedIn> recent = new RecentSignIns<>(Duration.ofSeconds(10), clock);
    private final Person ada =
            new Person(PersonId.random(), "Ada Lovelace", "ada@example.com", "subject-ada", null, true, 0);
    private final Identity token = identity("Ada Lovelace", Role.EMPLOYEE);
    private final AtomicInteger lookUps = new AtomicInteger();

    @Test
    void the_same_claims_within_the_time_kept_sign_in_without_a_look_up() {
        var first = signIn(token);
        clock.advance(Duration.ofSeconds(9));

        assertThat(signIn(identity("Ada Lovelace", Role.EMPLOYEE))).isEqualTo(first);
        assertThat(lookUps).hasValue(1);
    }

    @Test
    void once_the_time_kept_is_over_the_person_is_looked_up_again() {
        signIn(token);
        clock.advance(Duration.ofSeconds(10));

        signIn(token);

        assertThat(lookUps).hasValue(2);
    }

    @Test
    void other_claims_sign_in_afresh_and_act_with_the_tokens_roles() {
        signIn(token);

        var renamed = signIn(identity("Ada King", Role.EMPLOYEE));
        var asHr = signIn(identity("Ada Lovelace", Role.EMPLOYEE, Role.HR));

        assertThat(lookUps).hasValue(3);
        assertThat(asHr.actor().roles()).containsExactlyInAnyOrder(Role.EMPLOYEE, Role.HR);
        assertThat(renamed.actor().roles()).containsExactly(Role.EMPLOYEE);
    }

    @Test
    void a_person_stored_makes_every_sign_in_look_up_again() {
        signIn(token);

        recent.forgetAll(new PersonStored(PersonId.random()));
        signIn(token);

        assertThat(lookUps).hasValue(2);
    }

    @Test
    void a_sign_in_that_a_person_stored_meanwhile_may_have_outdated_is_not_kept() {
        recent.signIn(token, () -> {
            recent.forgetAll(new PersonStored(ada.id()));
            return lookUp(token);
        });

        signIn(token);

        assertThat(lookUps).hasValue(2);
    }

    @Test
    void nothing_is_kept_when_the_time_kept_is_zero() {
        var uncached = new RecentSignIns<Identity, SignedIn>(Duration.ZERO, clock);

        uncached.signIn(token, () -> lookUp(token));
        uncached.signIn(token, () -> lookUp(token));

        assertThat(lookUps).hasValue(2);
    }

    private SignedIn signIn(Identity identity) {
        return recent.signIn(identity, () -> lookUp(identity));
    }

    private SignedIn lookUp(Identity identity) {
        lookUps.incrementAndGet();
        return new SignedIn(ada, new Actor(ada.id(), identity.roles()));
    }

    private static Identity identity(String name, Role... roles) {
        return new Identity("subject-ada", "ada@example.com", true, name, Set.of(roles));
    }
}
