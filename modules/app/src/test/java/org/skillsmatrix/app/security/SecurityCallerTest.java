package org.skillsmatrix.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.access.Role;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.testing.InMemoryPeople;
import org.skillsmatrix.domain.testing.TestClock;
import org.skillsmatrix.persistence.people.PersonStored;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;

class SecurityCallerTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-11-21T09:00:00Z"));
    private final AtomicInteger reads = new AtomicInteger();
    private final InMemoryPeople people = new InMemoryPeople() {
        @Override
        public synchronized Optional<Person> byId(PersonId id) {
            reads.incrementAndGet();
            return super.byId(id);
        }
    };
    private final Person ada =
            people.add(new Person(PersonId.random(), "Ada Lovelace", "ada@example.com", null, null, true, 0));
    private final RecentSignIns<PersonId, Person> demoCallers = new RecentSignIns<>(Duration.ofSeconds(10), clock);
    private final SecurityCaller caller = new SecurityCaller(
            people, new SecurityCurrentUser(signedInAs(account(ada, Role.EMPLOYEE, Role.MANAGER))), demoCallers);

    @Test
    void a_demo_accounts_calls_within_the_time_kept_read_the_person_once() {
        var first = caller.current();
        clock.advance(Duration.ofSeconds(9));
        var second = caller.current();

        assertThat(reads).hasValue(1);
        assertThat(second).isEqualTo(first);
        assertThat(second.person().name()).isEqualTo("Ada Lovelace");
        assertThat(second.actor().roles()).containsExactlyInAnyOrder(Role.EMPLOYEE, Role.MANAGER);
    }

    @Test
    void a_person_stored_is_read_again_by_the_next_call() {
        caller.current();
        people.update(new Person(ada.id(), "Ada King", ada.email(), null, null, true, ada.version()));

        demoCallers.forgetAll(new PersonStored(ada.id()));

        assertThat(caller.current().person().name()).isEqualTo("Ada King");
        assertThat(reads).hasValue(2);
    }

    private static LocalAccount account(Person person, Role... roles) {
        return new LocalAccount(person.id().value(), "ada", person.name(), "{public}demo", Set.of(roles));
    }

    private static SecurityContextHolderStrategy signedInAs(LocalAccount account) {
        var context = new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
        return new SecurityContextHolderStrategy() {
            @Override
            public void clearContext() {}

            @Override
            public SecurityContext getContext() {
                return context;
            }

            @Override
            public void setContext(SecurityContext ignored) {}

            @Override
            public SecurityContext createEmptyContext() {
                return new SecurityContextImpl();
            }
        };
    }
}
