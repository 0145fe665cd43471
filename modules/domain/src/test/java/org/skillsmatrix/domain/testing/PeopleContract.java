package org.skillsmatrix.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.skillsmatrix.domain.testing.DomainAssertions.assertInvalid;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.base.PageRequest;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.people.PeopleFilter;
import org.skillsmatrix.domain.people.PeopleOrder;
import org.skillsmatrix.domain.people.Person;

/**
 * What every {@link People} must do about the identity provider's subjects and the keys sign-in relies on.
 * Extend it with the store to test; each test makes its own people, with e-mails and subjects unique to the
 * test, and ignores whatever else is stored.
 */
public abstract class PeopleContract {

    protected abstract People people();

    private People people;
    private String tag;

    @BeforeEach
    void freshTag() {
        people = people();
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void peopleAreFoundByTheirIdsInOneRead() {
        var ada = people.add(person("Ada", null));
        var grace = people.add(person("Grace", null));
        var nobody = PersonId.random();

        assertThat(people.byIds(List.of(ada.id(), grace.id(), nobody, ada.id())))
                .containsOnly(entry(ada.id(), ada), entry(grace.id(), grace));
        assertThat(people.byIds(List.of())).isEmpty();
    }

    @Test
    void aPersonIsFoundByTheSubjectTheyAreLinkedTo() {
        var ada = people.add(person("Ada", "subject-ada-" + tag));

        assertThat(people.byExternalSubject("subject-ada-" + tag)).contains(ada);
        assertThat(people.byExternalSubject("subject-nobody-" + tag)).isEmpty();
        assertThat(ada.subject()).isEqualTo("subject-ada-" + tag);
    }

    @Test
    void aPersonIsLinkedLaterAndKeepsTheSubjectThroughOtherChanges() {
        var ada = people.add(person("Ada", null));
        assertThat(people.byExternalSubject("subject-ada-" + tag)).isEmpty();

        var linked = people.update(ada.withSubject("subject-ada-" + tag));
        var renamed = people.update(linked.with("Ada King", linked.email(), null));

        assertThat(renamed.subject()).isEqualTo("subject-ada-" + tag);
        assertThat(renamed.version()).isEqualTo(ada.version() + 2);
        assertThat(people.byExternalSubject("subject-ada-" + tag)).contains(renamed);
        assertThat(people.byId(ada.id())).contains(renamed);
    }

    @Test
    void twoPeopleCannotBeLinkedToTheSameSubject() {
        people.add(person("Ada", "subject-shared-" + tag));
        var grace = people.add(person("Grace", null));

        assertInvalid(
                () -> people.add(person("Linus", "subject-shared-" + tag)),
                "subject",
                "Another person is already linked to this account");
        assertInvalid(
                () -> people.update(grace.withSubject("subject-shared-" + tag)),
                "subject",
                "Another person is already linked to this account");
        assertThat(people.byId(grace.id()).orElseThrow().subject()).isNull();
    }

    @Test
    void manyPeopleAreLinkedToNoSubject() {
        var ada = people.add(person("Ada", null));
        var grace = people.add(person("Grace", null));

        assertThat(people.byId(ada.id()).orElseThrow().subject()).isNull();
        assertThat(people.byId(grace.id()).orElseThrow().subject()).isNull();
    }

    @Test
    void twoPeopleCannotHaveTheSameEmail() {
        people.add(person("Ada", null));

        assertInvalid(
                () -> people.add(new Person(PersonId.random(), "Other Ada", email("Ada"), null, true, 0)),
                "email",
                "Someone else already has the e-mail " + email("Ada"));
    }

    @Test
    void manyPeopleAddedAtOnceAreEachFoundAndCanBeChangedLater() {
        var ada = person("Ada", "subject-ada-" + tag);
        var grace = person("Grace", null);

        people.addAll(List.of(ada, grace));

        assertThat(people.byIds(List.of(ada.id(), grace.id()))).containsOnlyKeys(ada.id(), grace.id());
        assertThat(people.byEmail(email("Grace"))).map(Person::name).contains("Grace");
        assertThat(people.byExternalSubject("subject-ada-" + tag))
                .map(Person::id)
                .contains(ada.id());
        var stored = people.byId(grace.id()).orElseThrow();
        assertThat(people.update(stored.with("Grace Hopper", stored.email(), null))
                        .name())
                .isEqualTo("Grace Hopper");
    }

    @Test
    void aPageHoldsTheFilteredPeopleInOrderAndSaysHowManyThereAreInAll() {
        for (var name : List.of("erin", "Bob", "Dave", "alice", "Carol")) {
            people.add(person(name, null));
        }
        var mine = new PeopleFilter(tag.toUpperCase(), null);

        var first = people.page(mine, new PageRequest<>(0, 2, PeopleOrder.NAME, false));
        var second = people.page(mine, new PageRequest<>(1, 2, PeopleOrder.NAME, false));
        var last = people.page(mine, new PageRequest<>(2, 2, PeopleOrder.NAME, false));
        var beyond = people.page(mine, new PageRequest<>(3, 2, PeopleOrder.NAME, false));

        assertThat(first.items()).extracting(Person::name).containsExactly("alice", "Bob");
        assertThat(second.items()).extracting(Person::name).containsExactly("Carol", "Dave");
        assertThat(last.items()).extracting(Person::name).containsExactly("erin");
        assertThat(beyond.items()).isEmpty();
        assertThat(List.of(first, second, last, beyond))
                .allSatisfy(page -> assertThat(page.total()).isEqualTo(5));
        assertThat(people.page(mine, new PageRequest<>(0, 5, PeopleOrder.NAME, true))
                        .items())
                .extracting(Person::name)
                .containsExactly("erin", "Dave", "Carol", "Bob", "alice");
    }

    @Test
    void aFilterNobodyMatchesGivesAnEmptyPage() {
        people.add(person("Ada", null));

        var none =
                people.page(new PeopleFilter("nobody-" + tag, null), new PageRequest<>(0, 10, PeopleOrder.NAME, false));

        assertThat(none.items()).isEmpty();
        assertThat(none.total()).isZero();
    }

    @Test
    void wildcardsInAFilterStandForThemselves() {
        people.add(person("Ada", null));
        var request = new PageRequest<>(0, 10, PeopleOrder.NAME, false);

        assertThat(people.page(new PeopleFilter(tag + "%", null), request).items())
                .isEmpty();
        assertThat(people.page(new PeopleFilter("ada_" + tag, null), request).items())
                .isEmpty();
        assertThat(people.page(new PeopleFilter("ada-" + tag, null), request).items())
                .hasSize(1);
    }

    @Test
    void peopleWithTheSameNameComeByEmailOnEveryPageWhicheverWayTheListIsSorted() {
        var same = List.of("zed", "amy", "kim", "bea").stream()
                .map(first -> people.add(
                        new Person(PersonId.random(), "Sam " + tag, first + "-" + email("sam"), null, null, true, 0)))
                .toList();
        var mine = new PeopleFilter(tag, null);

        for (var descending : List.of(false, true)) {
            var paged = new java.util.ArrayList<Person>();
            for (int page = 0; page < 4; page++) {
                paged.addAll(people.page(mine, new PageRequest<>(page, 1, PeopleOrder.NAME, descending))
                        .items());
            }
            assertThat(paged)
                    .extracting(Person::email)
                    .containsExactly(
                            "amy-" + email("sam"), "bea-" + email("sam"), "kim-" + email("sam"), "zed-" + email("sam"));
        }
        assertThat(same).hasSize(4);
    }

    @Test
    void thePeopleAreFilteredByTheirNameOrEmailAndByWhetherTheyAreActive() {
        var ada = people.add(new Person(PersonId.random(), "Ada Lovelace", email("Ada"), null, null, true, 0));
        var grace = people.update(people.add(person("Grace", null)).withActive(false));
        var request = new PageRequest<>(0, 10, PeopleOrder.EMAIL, false);

        assertThat(people.page(new PeopleFilter("LOVELACE", null), request).items())
                .extracting(Person::id)
                .contains(ada.id())
                .doesNotContain(grace.id());
        assertThat(people.page(new PeopleFilter("grace-" + tag, null), request).items())
                .containsExactly(grace);
        assertThat(people.page(new PeopleFilter(tag, false), request).items()).containsExactly(grace);
        assertThat(people.page(new PeopleFilter(tag, true), request).items()).containsExactly(ada);
    }

    private Person person(String name, @Nullable String subject) {
        return new Person(PersonId.random(), name, email(name), subject, null, true, 0);
    }

    private String email(String name) {
        return name.toLowerCase() + "-" + tag + "@example.com";
    }
}
