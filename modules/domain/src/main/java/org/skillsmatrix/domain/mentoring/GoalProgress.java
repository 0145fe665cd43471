package org.skillsmatrix.domain.mentoring;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.scale.Level;

/**
 * A development goal and how far its learner has come: their level now, from their current rating (the
 * manager's, else their own; {@link Level#NONE} when unrated).
 */
public record GoalProgress(
        DevelopmentGoal goal, String skillName, @Nullable String mentorName, Level current) {

    public GoalProgress {
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(skillName, "skillName");
        Objects.requireNonNull(current, "current");
    }

    public boolean reached() {
        return current.isAtLeast(goal.target());
    }

    /** Levels still to go: 0 once reached. */
    public int stepsToGo() {
        return Math.max(0, goal.target().value() - current.value());
    }
}
