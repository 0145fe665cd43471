package org.skillsmatrix.domain.gap;

import java.util.List;
import java.util.Map;
import org.skillsmatrix.domain.base.PersonId;

/**
 * The organisation's gap analysis: every skill's coverage across all teams, riskiest first, and the names of the
 * people who alone hold a skill.
 */
public record OrganisationGaps(List<OrganisationSkillCoverage> skills, Map<PersonId, String> soleHolders) {

    public OrganisationGaps {
        skills = List.copyOf(skills);
        soleHolders = Map.copyOf(soleHolders);
    }
}
