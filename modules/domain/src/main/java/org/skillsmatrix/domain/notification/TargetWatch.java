package org.skillsmatrix.domain.notification;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.TeamId;

/**
 * Whether a team target was met when the reminders last ran.
 *
 * @param unmetSince the day the reminders first found the target unmet after finding it met; absent while it is met,
 *     and for a target found unmet the first time it was seen (nobody knows it was ever met)
 */
public record TargetWatch(
        TeamId team, SkillId skill, boolean met, @Nullable LocalDate unmetSince) {

    public TargetWatch {
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(skill, "skill");
        if (met && unmetSince != null) {
            throw new IllegalArgumentException("A met target has no day it became unmet");
        }
    }
}
