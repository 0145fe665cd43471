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
 * @param staleHolders of the holders, those whose rating has gone stale ({@link
 *     org.skillsmatrix.domain.assessment.RatingAge})
 */
public record SkillCoverage(
        SkillId skill,
        Level countingLevel,
        int required,
        int holders,
        @Nullable PersonId soleHolder,
        int staleHolders) {

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
        if (staleHolders < 0 || staleHolders > holders) {
            throw new IllegalArgumentException("stale holders are some of the holders");
        }
    }

    /** Coverage whose holders' ratings are all fresh, or whose age was not looked at. */
    public SkillCoverage(SkillId skill, Level countingLevel, int required, int holders, @Nullable PersonId soleHolder) {
        this(skill, countingLevel, required, holders, soleHolder, 0);
    }

    public SkillCoverage withStaleHolders(int stale) {
        return new SkillCoverage(skill, countingLevel, required, holders, soleHolder, stale);
    }

    /** The target is met, but would not be without holders whose ratings have gone stale. */
    public boolean metOnlyThanksToStaleRatings() {
        return targetMet() && holders - staleHolders < required;
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
