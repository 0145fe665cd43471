package org.skillsmatrix.domain.mentoring;

import java.util.List;
import java.util.Optional;
import org.skillsmatrix.domain.base.GoalId;
import org.skillsmatrix.domain.base.PersonId;

/** Port: development goals. Changes fail with ConcurrentEdit on a stale version. */
public interface DevelopmentGoals {

    /** Stores a new goal, whatever {@code goal.version()} says, and returns it at its first version. */
    DevelopmentGoal add(DevelopmentGoal goal);

    /**
     * Replaces the goal read at {@code goal.version()} and returns it at the next version. Fails with
     * ConcurrentEdit when the stored version differs or there is no such goal.
     */
    DevelopmentGoal update(DevelopmentGoal goal);

    Optional<DevelopmentGoal> byId(GoalId id);

    /** The person's goals as a learner, open and closed, the soonest due first. */
    List<DevelopmentGoal> of(PersonId learner);

    /** Every open goal of the organisation: what mentors have taken on, and what learners are already at. */
    List<DevelopmentGoal> open();

    /**
     * Holds the mentor until the current transaction ends: another transaction holding them waits until this one
     * has committed or rolled back, so goals set at once with the same mentor are counted one after the other and
     * the mentor cap holds. Call it before reading the mentor's open goals.
     */
    void holdMentor(PersonId mentor);
}
