package org.skillsmatrix.domain.gap;

import java.util.List;
import org.skillsmatrix.domain.team.Team;

/** A team's gap analysis: every active skill, riskiest first, and the roll-up per category. */
public record TeamGaps(Team team, List<SkillCoverage> skills, List<CategoryRollup> categories) {

    public TeamGaps {
        skills = List.copyOf(skills);
        categories = List.copyOf(categories);
    }

    public List<SkillCoverage> singlePointsOfFailure() {
        return skills.stream().filter(SkillCoverage::singlePointOfFailure).toList();
    }

    public List<SkillCoverage> shortfalls() {
        return skills.stream().filter(skill -> skill.shortfall() > 0).toList();
    }
}
