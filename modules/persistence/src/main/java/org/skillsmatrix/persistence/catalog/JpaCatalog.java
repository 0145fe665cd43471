package org.skillsmatrix.persistence.catalog;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.skillsmatrix.domain.base.CategoryId;
import org.skillsmatrix.domain.base.NotFound;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.catalog.Category;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.persistence.base.ReferenceData;
import org.skillsmatrix.persistence.base.UniqueKey;
import org.skillsmatrix.persistence.base.Writes;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link Catalog} port on the {@code category} and {@code skill} tables; the whole catalog is read once per node
 * and shared while it is unchanged ({@link ReferenceData}).
 */
@Repository
@Transactional
class JpaCatalog implements Catalog {

    private final CategoryRepository categories;
    private final SkillRepository skills;
    private final EntityManager entityManager;
    private final ReferenceData.Kept<List<Category>> keptCategories;
    private final ReferenceData.Kept<List<Skill>> keptSkills;

    JpaCatalog(
            CategoryRepository categories,
            SkillRepository skills,
            EntityManager entityManager,
            ReferenceData referenceData) {
        this.categories = categories;
        this.skills = skills;
        this.entityManager = entityManager;
        this.keptCategories = referenceData.kept();
        this.keptSkills = referenceData.kept();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Category> categories() {
        return keptCategories.get(() -> categories.findAllByOrderByPositionAscNameAsc().stream()
                .map(CategoryEntity::toDomain)
                .toList());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Skill> skills() {
        return keptSkills.get(() -> skills.findAllInCatalogOrder().stream()
                .map(SkillEntity::toDomain)
                .toList());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Category> category(CategoryId id) {
        return categories.findById(id.value()).map(CategoryEntity::toDomain);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Skill> skill(SkillId id) {
        return skills.findById(id.value()).map(SkillEntity::toDomain);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean skillNameTaken(String name, SkillId except) {
        return skills.nameTaken(name.strip(), except.value());
    }

    @Override
    @Transactional(readOnly = true)
    public boolean categoryNameTaken(String name, CategoryId except) {
        return categories.nameTaken(name.strip(), except.value());
    }

    @Override
    public Category add(Category category) {
        var entity = new CategoryEntity(category);
        entityManager.persist(entity);
        Writes.flush(entityManager, "Category '" + category.name() + "'", uniqueName(category));
        return entity.toDomain();
    }

    @Override
    public Category update(Category category) {
        var entity =
                categories.findById(category.id().value()).orElseThrow(() -> new NotFound("Category", category.id()));
        var what = "Category '" + category.name() + "'";
        Writes.requireVersion(entity.version(), category.version(), what);
        entity.apply(category);
        Writes.flush(entityManager, what, uniqueName(category));
        return entity.toDomain();
    }

    @Override
    public Skill add(Skill skill) {
        var entity = new SkillEntity(skill);
        entityManager.persist(entity);
        Writes.flush(entityManager, "Skill '" + skill.name() + "'", uniqueName(skill));
        return entity.toDomain();
    }

    @Override
    public Skill update(Skill skill) {
        var entity = skills.findById(skill.id().value()).orElseThrow(() -> new NotFound("Skill", skill.id()));
        var what = "Skill '" + skill.name() + "'";
        Writes.requireVersion(entity.version(), skill.version(), what);
        entity.apply(skill);
        Writes.flush(entityManager, what, uniqueName(skill));
        return entity.toDomain();
    }

    private static UniqueKey uniqueName(Category category) {
        return UniqueKey.of("uq_category_name", "name", "catalog.category-name-taken", category.name());
    }

    private static UniqueKey uniqueName(Skill skill) {
        return UniqueKey.of("uq_skill_name", "name", "catalog.skill-name-taken", skill.name());
    }
}
