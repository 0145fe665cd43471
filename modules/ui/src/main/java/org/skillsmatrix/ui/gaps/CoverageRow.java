package org.skillsmatrix.ui.gaps;

import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.gap.SkillCoverage;
import org.skillsmatrix.domain.team.TeamTarget;

/** A skill's coverage in the team, with the names the grid shows. */
record CoverageRow(
        SkillCoverage coverage,
        Skill skill,
        String category,
        @Nullable TeamTarget target,
        @Nullable String soleHolder) {

    boolean atRisk() {
        return coverage.shortfall() > 0 || coverage.singlePointOfFailure() || coverage.metOnlyThanksToStaleRatings();
    }
}
