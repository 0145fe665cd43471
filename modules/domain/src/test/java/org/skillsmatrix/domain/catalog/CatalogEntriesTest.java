package org.skillsmatrix.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.domain.testing.DomainAssertions.assertInvalid;

import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.base.CategoryId;
import org.skillsmatrix.domain.base.SkillId;

/** Categories and skills as values: names and descriptions are checked as they are made. */
class CatalogEntriesTest {

    private final CategoryId backEnd = CategoryId.random();

    @Test
    void aCategoryHasANameOfAtMost80CharactersAndAnOptionalDescription() {
        assertInvalid(
                () -> new Category(backEnd, "C".repeat(81), null, 1, 0), "name", "Name must be at most 80 characters");
        assertInvalid(
                () -> new Category(backEnd, "Back-end", "d".repeat(301), 1, 0),
                "description",
                "Description must be at most 300 characters");
        assertThat(new Category(backEnd, "Back-end", "  ", 1, 0).description()).isNull();
    }

    @Test
    void aSkillHasANameOfAtMost80CharactersAndAnOptionalDescription() {
        assertInvalid(() -> skill("S".repeat(81), null), "name", "Name must be at most 80 characters");
        assertInvalid(
                () -> skill("Java", "d".repeat(301)), "description", "Description must be at most 300 characters");
        assertThat(skill(" Java ", " The language ")).satisfies(java -> {
            assertThat(java.name()).isEqualTo("Java");
            assertThat(java.description()).isEqualTo("The language");
        });
    }

    @Test
    void retiringAndReinstatingKeepEverythingElse() {
        var java = new Skill(SkillId.random(), backEnd, "Java", "JVM", 3, false, 5);

        var retired = java.retire();

        assertThat(retired.retired()).isTrue();
        assertThat(retired.active()).isFalse();
        assertThat(retired.reinstate()).isEqualTo(java);
    }

    private Skill skill(String name, String description) {
        return new Skill(SkillId.random(), backEnd, name, description, 1, false, 0);
    }
}
