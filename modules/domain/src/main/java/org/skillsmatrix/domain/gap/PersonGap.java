package org.skillsmatrix.domain.gap;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.scale.Level;

/** How far a person is from what their role profile expects in one skill. */
public record PersonGap(
        SkillId skill, Level expected, @Nullable Level current) {

    public PersonGap {
        Objects.requireNonNull(skill, "skill");
        Objects.requireNonNull(expected, "expected");
    }

    /** Levels still to go: 0 once the expectation is met. An unrated skill counts as level 0. */
    public int gap() {
        int have = current == null ? 0 : current.value();
        return Math.max(0, expected.value() - have);
    }
}
