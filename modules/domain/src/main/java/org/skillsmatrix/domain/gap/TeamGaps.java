package org.skillsmatrix.domain.gap;

import java.util.List;
import java.util.Map;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.certification.CertificationCoverage;
import org.skillsmatrix.domain.team.Team;

/**
 * A team's gap analysis: every active skill, riskiest first, the roll-up per category, and the names of the members
 * who alone hold a skill.
 *
 * @param staleCountsOneLevelLower whether a stale rating was counted one level lower ({@link
 *     org.skillsmatrix.domain.assessment.RatingAge}); otherwise at its level, with {@link
 *     SkillCoverage#staleHolders()} saying how many holders' ratings are stale
 * @param certifications the team's certification targets with their holders, the largest shortfall first
 */
public record TeamGaps(
        Team team,
        List<SkillCoverage> skills,
        List<CategoryRollup> categories,
        Map<PersonId, String> soleHolders,
        boolean staleCountsOneLevelLower,
        List<CertificationCoverage> certifications) {

    public TeamGaps {
        skills = List.copyOf(skills);
        certifications = List.copyOf(certifications);
        categories = List.copyOf(categories);
        soleHolders = Map.copyOf(soleHolders);
    }

    public List<SkillCoverage> singlePointsOfFailure() {
        return skills.stream().filter(SkillCoverage::singlePointOfFailure).toList();
    }

    /** Targets met only thanks to holders whose ratings have gone stale. */
    public List<SkillCoverage> metOnlyThanksToStaleRatings() {
        return skills.stream()
                .filter(SkillCoverage::metOnlyThanksToStaleRatings)
                .toList();
    }

    public List<SkillCoverage> shortfalls() {
        return skills.stream().filter(skill -> skill.shortfall() > 0).toList();
    }
}
