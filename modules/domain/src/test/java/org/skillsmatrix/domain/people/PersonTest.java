package org.skillsmatrix.domain.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.domain.testing.DomainAssertions.assertInvalid;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.RoleProfileId;

class PersonTest {

    @Test
    void anEmailIsStoredTrimmedAndInLowerCase() {
        var person = person("Ann Smith", "  Ann.Smith@Example.COM ");

        assertThat(person.email()).isEqualTo("ann.smith@example.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ann", "ann@example", "@example.com", "ann@", "ann smith@example.com", "ann@@example.com"})
    void somethingThatIsNoEmailIsRefused(String email) {
        assertInvalid(() -> person("Ann Smith", email), "email", "'" + email + "' is not a valid e-mail address");
    }

    @Test
    void anEmptyEmailIsRefused() {
        assertInvalid(() -> person("Ann Smith", " "), "email", "Email must not be empty");
    }

    @Test
    void aNameIsRequiredAndAtMost120Characters() {
        assertInvalid(() -> person("", "ann@example.com"), "name", "Name must not be empty");
        assertInvalid(() -> person("n".repeat(121), "ann@example.com"), "name", "Name must be at most 120 characters");
        assertThat(person("n".repeat(120), "ann@example.com").name()).hasSize(120);
    }

    @Test
    void changesKeepIdentityVersionAndTheOtherFields() {
        var profile = RoleProfileId.random();
        var ann = new Person(PersonId.random(), "Ann Smith", "ann@example.com", null, true, 7);

        var changed = ann.with("Ann Jones", "Ann.Jones@example.com", profile).withActive(false);

        assertThat(changed).isEqualTo(new Person(ann.id(), "Ann Jones", "ann.jones@example.com", profile, false, 7));
    }

    @Test
    void theSubjectOfTheLinkedAccountIsKeptThroughChanges() {
        var ann = new Person(PersonId.random(), "Ann Smith", "ann@example.com", null, true, 0);

        var linked = ann.withSubject(" f81d4fae-7dec-11d0-a765-00a0c91e6bf6 ");
        var changed = linked.with("Ann Jones", "ann.jones@example.com", null).withActive(false);

        assertThat(ann.subject()).isNull();
        assertThat(linked.subject()).isEqualTo("f81d4fae-7dec-11d0-a765-00a0c91e6bf6");
        assertThat(changed.subject()).isEqualTo(linked.subject());
    }

    @Test
    void aSubjectIsNotBlankAndAtMost255Characters() {
        var ann = person("Ann Smith", "ann@example.com");

        assertInvalid(() -> ann.withSubject(" "), "subject", "Subject must not be empty");
        assertInvalid(() -> ann.withSubject("s".repeat(256)), "subject", "Subject must be at most 255 characters");
    }

    private static Person person(String name, String email) {
        return new Person(PersonId.random(), name, email, null, true, 0);
    }
}
