package org.skillsmatrix.domain.team;

import java.util.List;
import java.util.Optional;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.TeamId;

/** Port: team targets, at most one per team and skill. */
public interface TeamTargets {

    List<TeamTarget> of(TeamId team);

    List<TeamTarget> all();

    Optional<TeamTarget> find(TeamId team, SkillId skill);

    /** Creates (version 0) or replaces the target; fails with ConcurrentEdit on a stale version. */
    TeamTarget put(TeamTarget target);

    /** Removes the target; fails with ConcurrentEdit on a stale version. */
    void remove(TeamId team, SkillId skill, long version);
}
