package org.skillsmatrix.domain.gap;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.skillsmatrix.domain.base.CategoryId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.catalog.Skill;

/** A team's coverage summed up over one category. */
public record CategoryRollup(
        CategoryId category,
        int skills,
        int targets,
        int targetsMet,
        int shortfall,
        int singlePointsOfFailure,
        int uncovered) {

    /** Share of the category's targets that are met, 0–100; 100 where there are no targets. */
    public int percentMet() {
        return targets == 0 ? 100 : targetsMet * 100 / targets;
    }

    /** Rolls coverage up per category, in the order the skills come in. */
    public static List<CategoryRollup> of(Collection<SkillCoverage> coverage, Collection<Skill> skills) {
        Map<SkillId, CategoryId> categoryOf = new LinkedHashMap<>();
        skills.forEach(skill -> categoryOf.put(skill.id(), skill.category()));
        Map<CategoryId, int[]> sums = new LinkedHashMap<>();
        categoryOf.values().forEach(category -> sums.putIfAbsent(category, new int[6]));
        for (var skill : coverage) {
            var category = categoryOf.get(skill.skill());
            if (category == null) {
                continue;
            }
            var sum = sums.computeIfAbsent(category, unused -> new int[6]);
            sum[0]++;
            sum[1] += skill.hasTarget() ? 1 : 0;
            sum[2] += skill.targetMet() ? 1 : 0;
            sum[3] += skill.shortfall();
            sum[4] += skill.singlePointOfFailure() ? 1 : 0;
            sum[5] += skill.uncovered() ? 1 : 0;
        }
        var rollups = new ArrayList<CategoryRollup>();
        sums.forEach((category, s) -> {
            if (s[0] > 0) {
                rollups.add(new CategoryRollup(category, s[0], s[1], s[2], s[3], s[4], s[5]));
            }
        });
        return rollups;
    }
}
