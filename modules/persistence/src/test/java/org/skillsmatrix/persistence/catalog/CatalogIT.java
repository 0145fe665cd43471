package org.skillsmatrix.persistence.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Comparator;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.base.CategoryId;
import org.skillsmatrix.domain.base.ConcurrentEdit;
import org.skillsmatrix.domain.base.InvalidInput;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.catalog.Category;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.persistence.PersistenceIT;
import org.skillsmatrix.persistence.fixture.Unique;
import org.springframework.beans.factory.annotation.Autowired;

class CatalogIT extends PersistenceIT {

    @Autowired
    Catalog catalog;

    @Test
    void liquibaseLoadsTheDefaultCatalog() {
        assertThat(catalog.categories()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(catalog.skills()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(catalog.skills()).extracting(Skill::name).contains("Java", "PostgreSQL");
        assertThat(catalog.skills()).noneMatch(Skill::retired);
    }

    @Test
    void listsCategoriesByPositionAndSkillsInCatalogOrder() {
        var categories = catalog.categories();
        assertThat(categories).isSortedAccordingTo(Comparator.comparingInt(Category::position));
        var categoryOrder = categories.stream().map(Category::id).toList();
        var skills = catalog.skills();
        assertThat(skills)
                .isSortedAccordingTo(Comparator.<Skill>comparingInt(s -> categoryOrder.indexOf(s.category()))
                        .thenComparingInt(Skill::position));
    }

    @Test
    void storesAndReadsBackACategoryAndASkill() {
        var category = catalog.add(new Category(CategoryId.random(), Unique.name("Category"), "About it", 99, 0));
        var skill = catalog.add(new Skill(SkillId.random(), category.id(), Unique.name("Skill"), null, 1, false, 0));

        assertThat(catalog.category(category.id())).contains(category);
        assertThat(catalog.skill(skill.id())).contains(skill);
        assertThat(catalog.skills()).contains(skill);
        assertThat(skill.version()).isZero();
    }

    @Test
    void anUpdateReturnsTheNewVersion() {
        var skill = newSkill();

        var renamed = catalog.update(skill.renamed(Unique.name("Renamed"), "Now described"));
        var retired = catalog.update(renamed.retire());

        assertThat(renamed.version()).isEqualTo(skill.version() + 1);
        assertThat(retired.version()).isEqualTo(skill.version() + 2);
        assertThat(catalog.skill(skill.id())).contains(retired);
        assertThat(retired.retired()).isTrue();
    }

    @Test
    void refusesAnUpdateBasedOnAStaleVersion() {
        var skill = newSkill();
        catalog.update(skill.renamed(Unique.name("First"), null));

        assertThatThrownBy(() -> catalog.update(skill.renamed(Unique.name("Second"), null)))
                .isInstanceOf(ConcurrentEdit.class);

        var category = catalog.add(new Category(CategoryId.random(), Unique.name("Category"), null, 99, 0));
        catalog.update(category.renamed(Unique.name("First"), null));
        assertThatThrownBy(() -> catalog.update(category.renamed(Unique.name("Second"), null)))
                .isInstanceOf(ConcurrentEdit.class);
    }

    @Test
    void namesAreUniqueRegardlessOfCase() {
        var skill = newSkill();

        assertThat(catalog.skillNameTaken(skill.name().toUpperCase(), SkillId.random()))
                .isTrue();
        assertThat(catalog.skillNameTaken(skill.name(), skill.id())).isFalse();
        assertThatThrownBy(() -> catalog.add(new Skill(
                        SkillId.random(), skill.category(), skill.name().toLowerCase(), null, 2, false, 0)))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("already exists");

        var category = catalog.categories().getFirst();
        assertThat(catalog.categoryNameTaken(category.name().toLowerCase(), CategoryId.random()))
                .isTrue();
        assertThatThrownBy(() -> catalog.add(new Category(CategoryId.random(), category.name(), null, 99, 0)))
                .isInstanceOf(InvalidInput.class);
    }

    private Skill newSkill() {
        var category = catalog.categories().getFirst();
        return catalog.add(new Skill(SkillId.random(), category.id(), Unique.name("Skill"), null, 99, false, 0));
    }
}
