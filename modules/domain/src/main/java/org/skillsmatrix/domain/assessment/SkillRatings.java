package org.skillsmatrix.domain.assessment;

import org.skillsmatrix.domain.base.InvalidInput;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.catalog.Skill;

/** The rule both rating use cases share: only an existing, active skill takes a new rating. */
final class SkillRatings {

    private SkillRatings() {}

    static Skill rateableSkill(Catalog catalog, SkillId id) {
        var skill = catalog.skill(id).orElseThrow(() -> new InvalidInput("skill", "skill.unknown"));
        if (skill.retired()) {
            throw new InvalidInput("skill", "skill.retired.ratings", skill.name());
        }
        return skill;
    }
}
