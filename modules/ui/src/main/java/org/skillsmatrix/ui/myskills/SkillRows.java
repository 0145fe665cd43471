package org.skillsmatrix.ui.myskills;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.skillsmatrix.domain.assessment.Assessment;
import org.skillsmatrix.domain.assessment.SkillProfile;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.catalog.CatalogView;
import org.skillsmatrix.domain.gap.PersonGap;
import org.skillsmatrix.domain.gap.PersonGaps;
import org.skillsmatrix.domain.scale.Level;

/**
 * Lays the catalog out for one person: categories in catalog order, each with its skills and the person's
 * standing in them. Retired skills appear only where the person has history in them; empty categories not
 * at all.
 */
final class SkillRows {

    private SkillRows() {}

    static List<CategoryRow> of(CatalogView catalog, SkillProfile profile, PersonGaps gaps) {
        var current = profile.currentBySkill();
        Map<SkillId, List<Assessment>> history =
                profile.history().stream().collect(Collectors.groupingBy(Assessment::skill));
        Map<SkillId, Level> expected =
                gaps.gaps().stream().collect(Collectors.toMap(PersonGap::skill, PersonGap::expected, (a, b) -> a));
        var skillsByCategory = catalog.skillsByCategory();

        var rows = new ArrayList<CategoryRow>();
        for (var category : catalog.categories()) {
            var skills = skillsByCategory.getOrDefault(category.id(), List.of()).stream()
                    .filter(skill -> skill.active() || history.containsKey(skill.id()))
                    .map(skill -> new SkillRow(
                            skill,
                            category.name(),
                            expected.get(skill.id()),
                            current.get(skill.id()),
                            history.getOrDefault(skill.id(), List.of())))
                    .toList();
            if (!skills.isEmpty()) {
                rows.add(new CategoryRow(category.id(), category.name(), skills));
            }
        }
        return rows;
    }

    /** How many skills that still take ratings are below what the role profile expects. */
    static long belowExpectation(List<CategoryRow> categories) {
        return skills(categories)
                .filter(SkillRow::rateable)
                .filter(row -> row.gap() > 0)
                .count();
    }

    static Stream<SkillRow> skills(List<CategoryRow> categories) {
        return categories.stream().flatMap(category -> category.skills().stream());
    }

    static Map<SkillId, SkillRow> bySkill(List<CategoryRow> categories) {
        return skills(categories).collect(Collectors.toMap(row -> row.skill().id(), Function.identity()));
    }
}
