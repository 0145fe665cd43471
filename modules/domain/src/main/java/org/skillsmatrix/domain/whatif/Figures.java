package org.skillsmatrix.domain.whatif;

import java.util.Collection;
import org.skillsmatrix.domain.gap.OrganisationSkillCoverage;
import org.skillsmatrix.domain.gap.SkillCoverage;

/**
 * The headline figures of a gap analysis, as the gaps view shows them: targets and how many are met, the
 * headcount shortfall, single points of failure, and skills nobody holds.
 */
public record Figures(int targets, int targetsMet, int shortfall, int singlePointsOfFailure, int heldByNobody) {

    /** A team's figures; a target is one skill the team set a target for. */
    public static Figures ofTeam(Collection<SkillCoverage> skills) {
        return new Figures(
                (int) skills.stream().filter(SkillCoverage::hasTarget).count(),
                (int) skills.stream().filter(SkillCoverage::targetMet).count(),
                skills.stream().mapToInt(SkillCoverage::shortfall).sum(),
                (int) skills.stream()
                        .filter(SkillCoverage::singlePointOfFailure)
                        .count(),
                (int) skills.stream().filter(SkillCoverage::uncovered).count());
    }

    /** The organisation's figures; a target is one team's target for one skill. */
    public static Figures ofOrganisation(Collection<OrganisationSkillCoverage> skills) {
        int targets = skills.stream()
                .mapToInt(OrganisationSkillCoverage::teamsWithTarget)
                .sum();
        int missed =
                skills.stream().mapToInt(OrganisationSkillCoverage::teamsShort).sum();
        return new Figures(
                targets,
                targets - missed,
                skills.stream().mapToInt(OrganisationSkillCoverage::shortfall).sum(),
                (int) skills.stream()
                        .filter(OrganisationSkillCoverage::singlePointOfFailure)
                        .count(),
                (int) skills.stream().filter(skill -> skill.holders() == 0).count());
    }
}
