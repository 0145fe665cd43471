package org.skillsmatrix.domain.staffing;

import java.util.Objects;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.scale.Level;

/** What a piece of work needs in one skill: {@code headcount} people at {@code minimum} or above. */
public record Need(SkillId skill, Level minimum, int headcount) {

    public Need {
        Objects.requireNonNull(skill, "skill");
        Objects.requireNonNull(minimum, "minimum");
    }
}
