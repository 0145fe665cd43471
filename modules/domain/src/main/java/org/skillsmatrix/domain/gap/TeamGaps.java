package org.skillsmatrix.domain.gap;

import java.util.List;
import java.util.Map;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.team.Team;

/**
 * A team's gap analysis: every active skill, riskiest first, the roll-up per category, and the names of the members
 * who alone hold a skill.
 */
public record TeamGaps(
        Team team, List<SkillCoverage> skills, List<CategoryRollup> categories, Map<PersonId, String> soleHolders) {

    public TeamGaps {
        skills = List.copyOf(skills);
        categories = List.copyOf(categories);
        soleHolders = Map.copyOf(soleHolders);
    }

    public List<SkillCoverage> singlePointsOfFailure() {
        return skills.stream().filter(SkillCoverage::singlePointOfFailure).toList();
    }

    public List<SkillCoverage> shortfalls() {
        return skills.stream().filter(skill -> skill.shortfall() > 0).toList();
    }
}
