package org.skillsmatrix.ui.matrix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.base.CategoryId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.catalog.CatalogView;
import org.skillsmatrix.domain.catalog.Category;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.scale.Level;

/**
 * What the heatmap shows: the chosen categories and skills (none chosen: all), the levels from which source,
 * and a minimum level. With a minimum, only people who reach it in a shown skill stay, and only skills in
 * which one of them reaches it.
 */
record MatrixFilter(
        Set<CategoryId> categories,
        Set<SkillId> skills,
        LevelSource source,
        @Nullable Level minimum) {

    static final MatrixFilter ALL = new MatrixFilter(Set.of(), Set.of(), LevelSource.VALIDATED, null);

    MatrixFilter {
        categories = Set.copyOf(categories);
        skills = Set.copyOf(skills);
    }

    /** The active skills the filter keeps before looking at levels, grouped by category in catalog order. */
    Map<Category, List<Skill>> skillsByCategory(CatalogView catalog) {
        var byCategory = catalog.skillsByCategory();
        var result = new LinkedHashMap<Category, List<Skill>>();
        for (var category : catalog.categories()) {
            if (!categories.isEmpty() && !categories.contains(category.id())) {
                continue;
            }
            var kept = new ArrayList<Skill>();
            for (var skill : byCategory.getOrDefault(category.id(), List.of())) {
                if (skill.active() && (skills.isEmpty() || skills.contains(skill.id()))) {
                    kept.add(skill);
                }
            }
            if (!kept.isEmpty()) {
                result.put(category, kept);
            }
        }
        return result;
    }

    /** The rows and skills shown once the minimum level is applied. */
    Layout layout(CatalogView catalog, List<MatrixRow> rows) {
        var candidates = skillsByCategory(catalog);
        if (minimum == null) {
            return new Layout(rows, candidates);
        }
        var keptRows = rows.stream()
                .filter(row ->
                        candidates.values().stream().flatMap(List::stream).anyMatch(skill -> reaches(row, skill)))
                .toList();
        var keptSkills = new LinkedHashMap<Category, List<Skill>>();
        candidates.forEach((category, skillList) -> {
            var kept = skillList.stream()
                    .filter(skill -> keptRows.stream().anyMatch(row -> reaches(row, skill)))
                    .toList();
            if (!kept.isEmpty()) {
                keptSkills.put(category, kept);
            }
        });
        return new Layout(keptRows, keptSkills);
    }

    /** Whether the row's level in the skill, from the chosen source, is at least the minimum. */
    boolean reaches(MatrixRow row, Skill skill) {
        if (minimum == null) {
            return true;
        }
        return row.rating(skill.id())
                .flatMap(source::level)
                .map(level -> level.isAtLeast(minimum))
                .orElse(false);
    }

    /** People by skills, in the order shown. */
    record Layout(List<MatrixRow> rows, Map<Category, List<Skill>> skills) {

        int skillCount() {
            return skills.values().stream().mapToInt(List::size).sum();
        }
    }
}
