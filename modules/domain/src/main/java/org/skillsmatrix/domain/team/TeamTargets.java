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

    /**
     * Stores a new target, whatever {@code target.version()} says, and returns it at its first version. Fails
     * with ConcurrentEdit when the team already has a target for the skill: someone else created it first.
     */
    TeamTarget add(TeamTarget target);

    /**
     * Replaces the target read at {@code target.version()} and returns it at the next version. Fails with
     * ConcurrentEdit when the stored version differs or the target was removed in the meantime.
     */
    TeamTarget update(TeamTarget target);

    /** Removes the target; fails with ConcurrentEdit on a stale version or when it is gone already. */
    void remove(TeamId team, SkillId skill, long version);
}
