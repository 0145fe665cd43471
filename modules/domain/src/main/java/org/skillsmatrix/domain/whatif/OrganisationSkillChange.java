package org.skillsmatrix.domain.whatif;

import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.gap.OrganisationSkillCoverage;

/** One skill whose standing across the organisation the change alters: today and after. */
public record OrganisationSkillChange(
        SkillId skill, OrganisationSkillCoverage before, OrganisationSkillCoverage after) {

    static boolean notable(OrganisationSkillCoverage before, OrganisationSkillCoverage after) {
        return before.teamsShort() != after.teamsShort()
                || before.shortfall() != after.shortfall()
                || before.singlePointOfFailure() != after.singlePointOfFailure()
                || (before.holders() == 0) != (after.holders() == 0);
    }

    /** Teams' targets on the skill met today and missed after, less those the change would meet. */
    public int targetsBroken() {
        return Math.max(0, after.teamsShort() - before.teamsShort());
    }

    public boolean becomesSinglePoint() {
        return !before.singlePointOfFailure() && after.singlePointOfFailure();
    }

    public boolean becomesHeldByNobody() {
        return before.holders() > 0 && after.holders() == 0;
    }
}
