package org.skillsmatrix.domain.whatif;

import java.util.List;
import org.skillsmatrix.domain.team.Team;

/** A team the change touches: its figures today and after, and the skills whose standing changes. */
public record TeamOutcome(Team team, Figures before, Figures after, List<TeamSkillChange> skills) {

    public TeamOutcome {
        skills = List.copyOf(skills);
    }

    public List<TeamSkillChange> targetsBroken() {
        return skills.stream().filter(TeamSkillChange::targetBroken).toList();
    }
}
