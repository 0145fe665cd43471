package org.skillsmatrix.domain.testing;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.skillsmatrix.domain.base.ConcurrentEdit;
import org.skillsmatrix.domain.base.GoalId;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.mentoring.DevelopmentGoal;
import org.skillsmatrix.domain.mentoring.DevelopmentGoals;

/** {@link DevelopmentGoals} in memory: a new goal at version 0, each update one more. */
public class InMemoryDevelopmentGoals implements DevelopmentGoals {

    private final Map<GoalId, DevelopmentGoal> goals = new LinkedHashMap<>();

    @Override
    public synchronized DevelopmentGoal add(DevelopmentGoal goal) {
        var added = atVersion(goal, 0);
        if (goals.putIfAbsent(goal.id(), added) != null) {
            throw new ConcurrentEdit("The development goal");
        }
        return added;
    }

    @Override
    public synchronized DevelopmentGoal update(DevelopmentGoal goal) {
        var stored = goals.get(goal.id());
        if (stored == null || stored.version() != goal.version()) {
            throw new ConcurrentEdit("The development goal");
        }
        var updated = atVersion(goal, goal.version() + 1);
        goals.put(goal.id(), updated);
        return updated;
    }

    @Override
    public synchronized Optional<DevelopmentGoal> byId(GoalId id) {
        return Optional.ofNullable(goals.get(id));
    }

    @Override
    public synchronized List<DevelopmentGoal> of(PersonId learner) {
        return goals.values().stream()
                .filter(goal -> goal.learner().equals(learner))
                .sorted(Comparator.comparing(DevelopmentGoal::due))
                .toList();
    }

    @Override
    public synchronized List<DevelopmentGoal> open() {
        return goals.values().stream().filter(DevelopmentGoal::open).toList();
    }

    private static DevelopmentGoal atVersion(DevelopmentGoal goal, long version) {
        return new DevelopmentGoal(
                goal.id(),
                goal.learner(),
                goal.skill(),
                goal.target(),
                goal.startLevel(),
                goal.mentor(),
                goal.due(),
                goal.status(),
                goal.setBy(),
                goal.setAt(),
                version);
    }

    /** One test thread at a time: nothing to hold. */
    @Override
    public void holdMentor(PersonId mentor) {}
}
