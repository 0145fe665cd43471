package org.skillsmatrix.domain.gap;

import java.util.Comparator;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.scale.Level;

/**
 * How well a team covers one skill.
 *
 * @param countingLevel the target's level, or {@link Level#HOLDS_SKILL} where the team set no target
 * @param required the target's headcount; 0 without a target
 * @param holders members at or above the counting level: the skill's bus factor
 * @param soleHolder the one holder when there is exactly one — a single point of failure
 */
public record SkillCoverage(
        SkillId skill,
        Level countingLevel,
        int required,
        int holders,
        @Nullable PersonId soleHolder) {

    /** Largest shortfall first, then targeted skills, then the fewest holders. */
    public static final Comparator<SkillCoverage> RISKIEST_FIRST = Comparator.comparingInt(SkillCoverage::shortfall)
            .reversed()
            .thenComparing(SkillCoverage::hasTarget, Comparator.reverseOrder())
            .thenComparingInt(SkillCoverage::holders);

    public SkillCoverage {
        Objects.requireNonNull(skill, "skill");
        Objects.requireNonNull(countingLevel, "countingLevel");
        if ((holders == 1) != (soleHolder != null)) {
            throw new IllegalArgumentException("a sole holder is named exactly when there is one holder");
        }
    }

    public boolean hasTarget() {
        return required > 0;
    }

    public int shortfall() {
        return Math.max(0, required - holders);
    }

    public boolean targetMet() {
        return hasTarget() && shortfall() == 0;
    }

    /** Met with nobody to spare: any one holder leaving would break it. */
    public boolean metWithNoneToSpare() {
        return targetMet() && holders == required;
    }

    public int busFactor() {
        return holders;
    }

    public boolean singlePointOfFailure() {
        return holders == 1;
    }

    public boolean uncovered() {
        return holders == 0;
    }
}
