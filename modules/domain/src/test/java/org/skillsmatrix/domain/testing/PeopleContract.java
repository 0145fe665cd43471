package org.skillsmatrix.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.skillsmatrix.domain.testing.DomainAssertions.assertInvalid;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.people.People;
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

    private Person person(String name, @Nullable String subject) {
        return new Person(PersonId.random(), name, email(name), subject, null, true, 0);
    }

    private String email(String name) {
        return name.toLowerCase() + "-" + tag + "@example.com";
    }
}
