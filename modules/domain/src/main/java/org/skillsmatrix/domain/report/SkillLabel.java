package org.skillsmatrix.domain.report;

import java.util.Objects;
import org.skillsmatrix.domain.base.SkillId;

/** A skill as reports name it: with its category. */
public record SkillLabel(SkillId skill, String category, String name) {

    public SkillLabel {
        Objects.requireNonNull(skill, "skill");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(name, "name");
    }
}
