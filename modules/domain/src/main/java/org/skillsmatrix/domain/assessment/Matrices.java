package org.skillsmatrix.domain.assessment;

import org.skillsmatrix.domain.base.TeamId;

/** Port: the team matrix read model, one set-based query. */
public interface Matrices {

    /** Current ratings of the team's active members in every skill; empty team → empty matrix. */
    TeamMatrix ofTeam(TeamId team);
}
