package org.skillsmatrix.domain.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.skillsmatrix.domain.base.ConcurrentEdit;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.team.TeamTarget;
import org.skillsmatrix.domain.team.TeamTargets;

/**
 * {@link TeamTargets} in memory, at most one per team and skill. A new target is stored at version 0, each
 * update adds one; adding a target that exists, or updating one that was removed, fails like a stale version.
 */
public class InMemoryTeamTargets implements TeamTargets {

    private record Key(TeamId team, SkillId skill) {}

    private static Key keyOf(TeamTarget target) {
        return new Key(target.team(), target.skill());
    }

    private final Map<Key, TeamTarget> targets = new LinkedHashMap<>();

    @Override
    public synchronized List<TeamTarget> of(TeamId team) {
        return targets.values().stream()
                .filter(target -> target.team().equals(team))
                .toList();
    }

    @Override
    public synchronized List<TeamTarget> all() {
        return List.copyOf(targets.values());
    }

    @Override
    public synchronized Optional<TeamTarget> find(TeamId team, SkillId skill) {
        return Optional.ofNullable(targets.get(new Key(team, skill)));
    }

    @Override
    public synchronized TeamTarget add(TeamTarget target) {
        var added = new TeamTarget(target.team(), target.skill(), target.level(), target.headcount(), 0);
        if (targets.putIfAbsent(keyOf(target), added) != null) {
            throw new ConcurrentEdit("The target");
        }
        return added;
    }

    @Override
    public synchronized TeamTarget update(TeamTarget target) {
        var key = keyOf(target);
        var stored = targets.get(key);
        if (stored == null || stored.version() != target.version()) {
            throw new ConcurrentEdit("The target");
        }
        var updated =
                new TeamTarget(target.team(), target.skill(), target.level(), target.headcount(), target.version() + 1);
        targets.put(key, updated);
        return updated;
    }

    @Override
    public synchronized void remove(TeamId team, SkillId skill, long version) {
        var key = new Key(team, skill);
        var stored = targets.get(key);
        if (stored == null || stored.version() != version) {
            throw new ConcurrentEdit("The target");
        }
        targets.remove(key);
    }
}
