package org.skillsmatrix.domain.team;

import java.util.List;
import org.skillsmatrix.domain.base.SkillId;

/** Port: team targets, at most one per team and skill. */
public interface TeamTargets extends VersionedTargets<TeamTarget, SkillId> {

    List<TeamTarget> all();
}
