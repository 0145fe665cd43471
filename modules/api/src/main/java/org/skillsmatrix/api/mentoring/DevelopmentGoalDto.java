package org.skillsmatrix.api.mentoring;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.api.base.PersonRef;
import org.skillsmatrix.domain.mentoring.GoalProgress;
import org.skillsmatrix.domain.mentoring.GoalStatus;

/** A development goal and the learner's progress towards it. */
@Schema(name = "DevelopmentGoal")
record DevelopmentGoalDto(
        UUID id,
        UUID person,
        UUID skill,
        @Schema(example = "Kafka") String skillName,

        @Schema(description = "The level to reach", example = "3")
        int target,

        @Schema(description = "The learner's level when the goal was set; absent if unrated then", example = "1")
        @Nullable
        Integer startLevel,

        @Schema(
                description = "The learner's level now (the manager's rating, else their own; 0 unrated)",
                example = "2")
        int current,

        @Schema(description = "Whether the current level reaches the target")
        boolean reached,

        @Nullable PersonRef mentor,
        @Schema(example = "2026-06-30") LocalDate due,
        @Schema(example = "OPEN") GoalStatus status,

        @Schema(description = "Changes with every edit; send it back in If-Match", example = "0")
        long version) {

    static DevelopmentGoalDto of(GoalProgress progress) {
        var goal = progress.goal();
        var mentor = goal.mentor();
        var start = goal.startLevel();
        return new DevelopmentGoalDto(
                goal.id().value(),
                goal.learner().value(),
                goal.skill().value(),
                progress.skillName(),
                goal.target().value(),
                start == null ? null : start.value(),
                progress.current().value(),
                progress.reached(),
                mentor == null ? null : new PersonRef(mentor.value(), nameOr(progress.mentorName())),
                goal.due(),
                goal.status(),
                goal.version());
    }

    private static String nameOr(@Nullable String name) {
        return name == null ? "" : name;
    }
}
