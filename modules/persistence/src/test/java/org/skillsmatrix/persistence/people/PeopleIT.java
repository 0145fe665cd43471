package org.skillsmatrix.persistence.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.base.ConcurrentEdit;
import org.skillsmatrix.domain.base.InvalidInput;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.RoleProfileId;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.profile.RoleProfile;
import org.skillsmatrix.domain.profile.RoleProfiles;
import org.skillsmatrix.domain.testing.PeopleContract;
import org.skillsmatrix.persistence.PersistenceIT;
import org.skillsmatrix.persistence.fixture.Waits;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.support.TransactionTemplate;

class PeopleIT extends PersistenceIT {

    @Autowired
    People people;

    @Autowired
    RoleProfiles profiles;

    @Autowired
    TransactionTemplate transactions;

    /** Two threads of its own: the common pool may have just one on a small machine, which would serialise the writers. */
    final ExecutorService writers = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopWriters() {
        writers.shutdownNow();
    }

    @Nested
    class KeepsTheContract extends PeopleContract {

        @Override
        protected People people() {
            return people;
        }
    }

    @Test
    void storesAndFindsAPersonByIdAndByEmailInAnyCase() {
        var profile = profiles.add(new RoleProfile(RoleProfileId.random(), "Back-end engineer", Map.of(), 0));
        var ada = people.add(new Person(PersonId.random(), "Ada Lovelace", "Ada@Example.org", profile.id(), true, 0));

        assertThat(ada.email()).isEqualTo("ada@example.org");
        assertThat(people.byId(ada.id())).contains(ada);
        assertThat(people.byEmail("ADA@example.ORG")).contains(ada);
        assertThat(people.byEmail("nobody@example.org")).isEmpty();
        assertThat(people.count()).isEqualTo(1);
    }

    @Test
    void listsEveryoneByName() {
        people.add(person("Grace Hopper", "grace@example.org"));
        people.add(person("Alan Turing", "alan@example.org"));
        people.add(person("Barbara Liskov", "barbara@example.org"));

        assertThat(people.all())
                .extracting(Person::name)
                .containsExactly("Alan Turing", "Barbara Liskov", "Grace Hopper");
    }

    @Test
    void anUpdateReturnsTheNewVersionAndAStaleOneIsRefused() {
        var ada = people.add(person("Ada Lovelace", "ada@example.org"));

        var inactive = people.update(ada.withActive(false));

        assertThat(inactive.version()).isEqualTo(ada.version() + 1);
        assertThat(people.byId(ada.id())).contains(inactive);
        assertThatThrownBy(() -> people.update(ada.with("Ada King", ada.email(), null)))
                .isInstanceOf(ConcurrentEdit.class);
    }

    @Test
    void ofTwoConcurrentUpdatesOfTheSameVersionExactlyOneWins() throws Exception {
        var ada = people.add(person("Ada Lovelace", "ada@example.org"));
        var start = new CountDownLatch(1);
        List<CompletableFuture<Person>> updates = new ArrayList<>();
        for (var name : List.of("Ada King", "Ada Byron")) {
            updates.add(CompletableFuture.supplyAsync(
                    () -> {
                        Waits.forLatch(start);
                        return people.update(ada.with(name, ada.email(), null));
                    },
                    writers));
        }
        start.countDown();

        int won = 0;
        int refused = 0;
        for (var update : updates) {
            try {
                update.get(30, TimeUnit.SECONDS);
                won++;
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(ConcurrentEdit.class);
                refused++;
            }
        }
        assertThat(won).isEqualTo(1);
        assertThat(refused).isEqualTo(1);
        assertThat(people.byId(ada.id()).orElseThrow().version()).isEqualTo(ada.version() + 1);
    }

    /**
     * The second writer read the row before the first committed, so its version check passes; its flush then
     * waits for the first writer's row lock and finds the version moved on.
     */
    @Test
    void aVersionThatMovesOnBeforeTheFlushIsAConcurrentEditToo() throws Exception {
        var ada = people.add(person("Ada Lovelace", "ada@example.org"));
        var firstWrote = new CountDownLatch(1);
        var secondWaits = new CountDownLatch(1);
        var first = CompletableFuture.runAsync(
                () -> transactions.executeWithoutResult(status -> {
                    people.update(ada.with("Ada King", ada.email(), null));
                    firstWrote.countDown();
                    Waits.forLatch(secondWaits);
                }),
                writers);
        Waits.forLatch(firstWrote);
        var second = CompletableFuture.supplyAsync(
                () -> transactions.execute(status -> people.update(ada.with("Ada Byron", ada.email(), null))), writers);
        Waits.untilAWriterWaitsForALock(jdbc);
        secondWaits.countDown();

        first.get(30, TimeUnit.SECONDS);
        assertThatThrownBy(() -> second.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(ConcurrentEdit.class);
        assertThat(people.byId(ada.id()).orElseThrow().name()).isEqualTo("Ada King");
    }

    @Test
    void emailsAreUnique() {
        people.add(person("Ada Lovelace", "ada@example.org"));

        assertThatThrownBy(() -> people.add(person("Another Ada", "ADA@example.org")))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("ada@example.org");
    }

    @Test
    void theSubjectIsLookedUpThroughItsUniqueIndex() {
        var indexes = jdbc.queryForList(
                "select indexdef from pg_indexes where tablename = 'person' and indexdef like '%(subject)%'",
                String.class);

        assertThat(indexes).singleElement().asString().contains("UNIQUE");
    }

    @Test
    void theSchemaKeepsEmailsInLowerCase() {
        assertThatThrownBy(() -> jdbc.update(
                        "insert into person (id, name, email) values (gen_random_uuid(), 'Ada', 'Ada@example.org')"))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("ck_person_email_lower_case");
    }

    private static Person person(String name, String email) {
        return new Person(PersonId.random(), name, email, null, true, 0);
    }
}
