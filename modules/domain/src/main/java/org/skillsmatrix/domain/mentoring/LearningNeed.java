package org.skillsmatrix.domain.mentoring;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.scale.Level;

/**
 * A team member who wants to grow a skill and is below what their team's target or their role profile asks in it,
 * with their team's standing in the skill. A member of several teams has a need for each team.
 *
 * @param level the learner's level (the manager's, else their own)
 * @param targetLevel the team target's level, if the team has a target for the skill
 * @param required the target's headcount; 0 without a target
 * @param holders the team's active members at or above the {@linkplain #countingLevel() counting level}
 * @param profileLevel the level the learner's role profile expects, if it names the skill
 */
public record LearningNeed(
        PersonId learner,
        SkillId skill,
        TeamId team,
        Level level,
        @Nullable Level targetLevel,
        int required,
        int holders,
        @Nullable Level profileLevel) {

    public LearningNeed {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(skill, "skill");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(level, "level");
        if (goalOrNull(level, targetLevel, profileLevel) == null) {
            throw new IllegalArgumentException("a learning need is below its target or role profile");
        }
    }

    /** The level to aim for: the higher of what the target and the role profile ask. */
    public Level goal() {
        return Objects.requireNonNull(goalOrNull(level, targetLevel, profileLevel));
    }

    /** The level at which the team counts a holder: the target's, else {@link Level#HOLDS_SKILL}. */
    public Level countingLevel() {
        return targetLevel == null ? Level.HOLDS_SKILL : targetLevel;
    }

    /** Whether reaching the goal makes the learner a new holder for the team. */
    public boolean becomesHolder() {
        return !level.isAtLeast(countingLevel()) && goal().isAtLeast(countingLevel());
    }

    /** Whether the goal comes from the team's target (else from the role profile alone). */
    public boolean fromTarget() {
        return targetLevel != null && !level.isAtLeast(targetLevel);
    }

    private static @Nullable Level goalOrNull(Level level, @Nullable Level target, @Nullable Level profile) {
        Level goal = null;
        for (var asked : new Level[] {target, profile}) {
            if (asked != null && !level.isAtLeast(asked) && (goal == null || asked.isAtLeast(goal))) {
                goal = asked;
            }
        }
        return goal;
    }
}
