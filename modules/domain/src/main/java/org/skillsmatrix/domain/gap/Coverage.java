package org.skillsmatrix.domain.gap;

import java.util.List;
import org.skillsmatrix.domain.base.TeamId;

/**
 * Port: the coverage aggregates as set-based queries, one each. Implementations must agree with {@link
 * GapAnalysis}, which states the rules.
 */
public interface Coverage {

    /** One entry per active skill, for the team's active members. */
    List<SkillCoverage> ofTeam(TeamId team);

    /** One entry per active skill, over all active people and all teams' targets. */
    List<OrganisationSkillCoverage> ofOrganisation();

    /**
     * The team's active members who hold a skill for a target the team meets with nobody to spare ({@link
     * SkillCoverage#metWithNoneToSpare()}): the target breaks if any one of them leaves.
     */
    List<CriticalHolding> criticalHoldings(TeamId team);

    /** {@link #criticalHoldings(TeamId)} for every team at once. */
    List<CriticalHolding> criticalHoldings();
}
