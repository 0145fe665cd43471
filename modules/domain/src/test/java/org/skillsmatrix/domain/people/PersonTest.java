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

    private static Person person(String name, String email) {
        return new Person(PersonId.random(), name, email, null, true, 0);
    }
}
