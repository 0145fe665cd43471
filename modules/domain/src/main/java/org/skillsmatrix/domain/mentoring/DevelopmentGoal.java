package org.skillsmatrix.domain.mentoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.base.GoalId;
import org.skillsmatrix.domain.base.InvalidInput;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.scale.Level;

/**
 * A person's goal to reach a level in a skill by a date, optionally with a mentor; set by their manager.
 *
 * @param startLevel the learner's level when the goal was set; absent when they had no rating in the skill
 * @param setBy the manager who set it
 */
public record DevelopmentGoal(
        GoalId id,
        PersonId learner,
        SkillId skill,
        Level target,
        @Nullable Level startLevel,
        @Nullable PersonId mentor,
        LocalDate due,
        GoalStatus status,
        PersonId setBy,
        Instant setAt,
        long version) {

    public DevelopmentGoal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(skill, "skill");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(setBy, "setBy");
        Objects.requireNonNull(setAt, "setAt");
        if (target == Level.NONE) {
            throw new InvalidInput("target", "goal.level-too-low");
        }
        if (learner.equals(mentor)) {
            throw new InvalidInput("mentor", "goal.mentor-is-learner");
        }
    }

    public boolean open() {
        return status == GoalStatus.OPEN;
    }

    public DevelopmentGoal withStatus(GoalStatus newStatus) {
        return new DevelopmentGoal(
                id, learner, skill, target, startLevel, mentor, due, newStatus, setBy, setAt, version);
    }
}
