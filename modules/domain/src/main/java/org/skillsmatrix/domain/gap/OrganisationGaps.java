package org.skillsmatrix.domain.gap;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.privacy.PrivacyThreshold;
import org.skillsmatrix.domain.privacy.ShownCount;

/**
 * The organisation's gap analysis: every skill's coverage across all teams, riskiest first, the names of the
 * people who alone hold a skill, and the privacy threshold its counts of people are shown under.
 */
public record OrganisationGaps(
        List<OrganisationSkillCoverage> skills, Map<PersonId, String> soleHolders, PrivacyThreshold privacy) {

    public OrganisationGaps {
        skills = List.copyOf(skills);
        soleHolders = Map.copyOf(soleHolders);
        Objects.requireNonNull(privacy, "privacy");
    }

    /** The skill's holders as shown outside their teams: "fewer than N" below the privacy threshold. */
    public ShownCount holders(OrganisationSkillCoverage skill) {
        return privacy.count(skill.holders());
    }
}
