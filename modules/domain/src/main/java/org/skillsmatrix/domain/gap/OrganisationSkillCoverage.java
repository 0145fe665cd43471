package org.skillsmatrix.domain.gap;

import java.util.Comparator;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;

/**
 * How well the whole organisation covers one skill.
 *
 * @param holders active people at {@link org.skillsmatrix.domain.scale.Level#HOLDS_SKILL} or above
 * @param soleHolder the one holder when there is exactly one
 * @param teamsWithTarget teams that set a target for the skill
 * @param teamsShort of those, teams that miss it
 * @param shortfall the teams' shortfalls added up
 */
public record OrganisationSkillCoverage(
        SkillId skill, int holders, @Nullable PersonId soleHolder, int teamsWithTarget, int teamsShort, int shortfall) {

    /** Largest shortfall first, then most teams short, then the fewest holders. */
    public static final Comparator<OrganisationSkillCoverage> RISKIEST_FIRST = Comparator.comparingInt(
                    OrganisationSkillCoverage::shortfall)
            .reversed()
            .thenComparing(Comparator.comparingInt(OrganisationSkillCoverage::teamsShort)
                    .reversed())
            .thenComparingInt(OrganisationSkillCoverage::holders);

    public OrganisationSkillCoverage {
        Objects.requireNonNull(skill, "skill");
        if ((holders == 1) != (soleHolder != null)) {
            throw new IllegalArgumentException("a sole holder is named exactly when there is one holder");
        }
    }

    public boolean singlePointOfFailure() {
        return holders == 1;
    }
}
