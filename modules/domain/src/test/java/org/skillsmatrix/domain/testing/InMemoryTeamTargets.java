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
 * replacement adds one; a target that was removed in the meantime makes a stale change fail too.
 */
public class InMemoryTeamTargets implements TeamTargets {

    private record Key(TeamId team, SkillId skill) {}

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
    public synchronized TeamTarget put(TeamTarget target) {
        var key = new Key(target.team(), target.skill());
        var stored = targets.get(key);
        long expected = stored == null ? 0 : stored.version();
        if (target.version() != expected) {
            throw new ConcurrentEdit("The target");
        }
        var put = stored == null
                ? target
                : new TeamTarget(target.team(), target.skill(), target.level(), target.headcount(), expected + 1);
        targets.put(key, put);
        return put;
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
