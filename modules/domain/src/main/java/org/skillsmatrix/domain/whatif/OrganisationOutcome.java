package org.skillsmatrix.domain.whatif;

import java.util.List;
import java.util.Objects;
import org.skillsmatrix.domain.gap.OrganisationSkillCoverage;
import org.skillsmatrix.domain.privacy.PrivacyThreshold;
import org.skillsmatrix.domain.privacy.ShownCount;

/**
 * The organisation's figures today and after the change, the skills whose standing changes, and the privacy
 * threshold their counts of people are shown under, as on the organisation's gaps.
 */
public record OrganisationOutcome(
        Figures before, Figures after, List<OrganisationSkillChange> skills, PrivacyThreshold privacy) {

    public OrganisationOutcome {
        skills = List.copyOf(skills);
        Objects.requireNonNull(privacy, "privacy");
    }

    /** A skill's holders, today or after, as shown outside their teams: "fewer than N" below the threshold. */
    public ShownCount holders(OrganisationSkillCoverage skill) {
        return privacy.count(skill.holders());
    }
}
