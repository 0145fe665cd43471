package org.skillsmatrix.domain.search;

import java.util.Objects;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.scale.Level;

/** "At least {@code minimum} in {@code skill}". */
public record SkillCriterion(SkillId skill, Level minimum) {

    public SkillCriterion {
        Objects.requireNonNull(skill, "skill");
        Objects.requireNonNull(minimum, "minimum");
    }
}
