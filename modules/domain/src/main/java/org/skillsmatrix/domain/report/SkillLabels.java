package org.skillsmatrix.domain.report;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.skillsmatrix.domain.base.CategoryId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.catalog.Category;
import org.skillsmatrix.domain.catalog.DefaultCatalogTexts;
import org.skillsmatrix.domain.catalog.Skill;

/**
 * The catalog as reports label it: every skill with its category's name, in the report's language where they are
 * as seeded, and the active ones in order.
 */
final class SkillLabels {

    private final Map<SkillId, SkillLabel> all = new LinkedHashMap<>();
    private final List<SkillLabel> active;

    private SkillLabels(List<Category> categories, List<Skill> skills, DefaultCatalogTexts texts) {
        Map<CategoryId, String> categoryNames = new HashMap<>();
        categories.forEach(
                category -> categoryNames.put(category.id(), texts.of(category).name()));
        for (var skill : skills) {
            all.put(
                    skill.id(),
                    new SkillLabel(
                            skill.id(),
                            categoryNames.getOrDefault(skill.category(), ""),
                            texts.of(skill).name()));
        }
        active = skills.stream()
                .filter(Skill::active)
                .map(skill -> all.get(skill.id()))
                .toList();
    }

    static SkillLabels of(Catalog catalog, DefaultCatalogTexts texts) {
        return new SkillLabels(catalog.categories(), catalog.skills(), texts);
    }

    Optional<SkillLabel> label(SkillId skill) {
        return Optional.ofNullable(all.get(skill));
    }

    /** Active skills by category position, then skill position. */
    List<SkillLabel> active() {
        return active;
    }

    /** The categories that hold active skills, in catalog order. */
    List<String> activeCategories() {
        return active.stream().map(SkillLabel::category).distinct().toList();
    }
}
