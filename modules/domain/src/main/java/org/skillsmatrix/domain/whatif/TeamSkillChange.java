package org.skillsmatrix.domain.whatif;

import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.gap.SkillCoverage;

/** One skill of a team whose standing the change alters: its coverage today and after. */
public record TeamSkillChange(SkillId skill, SkillCoverage before, SkillCoverage after) {

    /** Whether the change alters whether the target is met, the shortfall, or who alone or nobody holds it. */
    static boolean notable(SkillCoverage before, SkillCoverage after) {
        return before.targetMet() != after.targetMet()
                || before.shortfall() != after.shortfall()
                || before.singlePointOfFailure() != after.singlePointOfFailure()
                || before.uncovered() != after.uncovered();
    }

    /** The target is met today and would not be. */
    public boolean targetBroken() {
        return before.targetMet() && !after.targetMet();
    }

    /** The target is missed today and would be met. */
    public boolean targetFixed() {
        return !before.targetMet() && after.targetMet();
    }

    /** Held by several or by nobody today, by one person alone after. */
    public boolean becomesSinglePoint() {
        return !before.singlePointOfFailure() && after.singlePointOfFailure();
    }

    /** Held by someone today, by nobody after. */
    public boolean becomesHeldByNobody() {
        return !before.uncovered() && after.uncovered();
    }
}
