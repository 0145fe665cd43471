package org.skillsmatrix.domain.testing;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.skillsmatrix.domain.base.CategoryId;
import org.skillsmatrix.domain.base.ConcurrentEdit;
import org.skillsmatrix.domain.base.NotFound;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.catalog.Category;
import org.skillsmatrix.domain.catalog.Skill;

/** {@link Catalog} in memory. Names are compared ignoring case. */
public class InMemoryCatalog implements Catalog {

    private final Map<CategoryId, Category> categories = new LinkedHashMap<>();
    private final Map<SkillId, Skill> skills = new LinkedHashMap<>();

    @Override
    public synchronized List<Category> categories() {
        return categories.values().stream()
                .sorted(Comparator.comparingInt(Category::position))
                .toList();
    }

    @Override
    public synchronized List<Skill> skills() {
        Comparator<Skill> byCategoryPosition = Comparator.comparingInt(
                skill -> categories.get(skill.category()).position());
        return skills.values().stream()
                .sorted(byCategoryPosition.thenComparingInt(Skill::position))
                .toList();
    }

    @Override
    public synchronized Optional<Category> category(CategoryId id) {
        return Optional.ofNullable(categories.get(id));
    }

    @Override
    public synchronized Optional<Skill> skill(SkillId id) {
        return Optional.ofNullable(skills.get(id));
    }

    @Override
    public synchronized boolean skillNameTaken(String name, SkillId except) {
        return skills.values().stream()
                .anyMatch(skill -> !skill.id().equals(except) && skill.name().equalsIgnoreCase(name));
    }

    @Override
    public synchronized boolean categoryNameTaken(String name, CategoryId except) {
        return categories.values().stream()
                .anyMatch(category ->
                        !category.id().equals(except) && category.name().equalsIgnoreCase(name));
    }

    @Override
    public synchronized Category add(Category category) {
        if (categories.putIfAbsent(category.id(), category) != null) {
            throw new IllegalArgumentException("category " + category.id() + " was added before");
        }
        return category;
    }

    @Override
    public synchronized Category update(Category category) {
        var stored = categories.get(category.id());
        if (stored == null) {
            throw new NotFound("Category", category.id());
        }
        if (stored.version() != category.version()) {
            throw new ConcurrentEdit("Category '" + stored.name() + "'");
        }
        var updated = new Category(
                category.id(), category.name(), category.description(), category.position(), category.version() + 1);
        categories.put(updated.id(), updated);
        return updated;
    }

    @Override
    public synchronized Skill add(Skill skill) {
        if (!categories.containsKey(skill.category())) {
            throw new IllegalArgumentException("unknown category " + skill.category());
        }
        if (skills.putIfAbsent(skill.id(), skill) != null) {
            throw new IllegalArgumentException("skill " + skill.id() + " was added before");
        }
        return skill;
    }

    @Override
    public synchronized Skill update(Skill skill) {
        var stored = skills.get(skill.id());
        if (stored == null) {
            throw new NotFound("Skill", skill.id());
        }
        if (stored.version() != skill.version()) {
            throw new ConcurrentEdit("Skill '" + stored.name() + "'");
        }
        var updated = new Skill(
                skill.id(),
                skill.category(),
                skill.name(),
                skill.description(),
                skill.position(),
                skill.retired(),
                skill.version() + 1);
        skills.put(updated.id(), updated);
        return updated;
    }
}
